"""One run of the whole flow: crawl → (enrich, store in the crawl) → cluster → index → summary.

The crawl runs in a child process (Twisted's reactor cannot restart); everything after it works
on the store, which is the source of truth. Elasticsearch is optional at every step: when it is
missing or fails, the work stays queued in the store's outbox and the summary says so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crawlers.evidence import summarize as summarize_evidence
from index.linker import IncrementalLinker
from index.es import ESConfig, IndexUnavailable, connect, count_documents, drain_outbox, ensure_indices
from index.store import Store
from ops.config import Config, Source

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


class CrawlFailed(RuntimeError):
    """The crawl child process failed before it could report; message is one line."""


def crawl_sources(
    sources: tuple[Source, ...] | list[Source],
    store_path: str,
    settings: dict[str, Any] | None = None,
    progress: Progress = _quiet,
) -> dict[str, Any]:
    """Crawl ``sources`` into the store in a child process; per-source stats."""
    if not sources:
        return {}
    spec = {
        "store": store_path,
        "settings": settings or {},
        "sources": [{"name": s.name, "spider": s.spider, "args": s.spider_args()} for s in sources],
    }
    with tempfile.TemporaryDirectory(prefix="lurewatch-crawl-") as tmp:
        spec_path = os.path.join(tmp, "spec.json")
        result_path = os.path.join(tmp, "result.json")
        with open(spec_path, "w", encoding="utf-8") as handle:
            json.dump(spec, handle)
        progress(f"crawling {len(sources)} source(s)…")
        # stdout stays clean for the run summary: the child's output goes to stderr.
        completed = subprocess.run(
            [sys.executable, "-m", "crawlers.runner", spec_path, result_path],
            stdout=sys.stderr,
            stderr=sys.stderr,
            check=False,
        )
        if completed.returncode != 0 or not os.path.exists(result_path):
            raise CrawlFailed(f"the crawl process failed (exit status {completed.returncode}); see the log above")
        with open(result_path, encoding="utf-8") as handle:
            result: dict[str, Any] = json.load(handle)
            return result


def cluster_store(store: Store, progress: Progress = _quiet, full: bool = False) -> dict[str, int]:
    """Link the posts not linked yet into the store's clusters (incremental; ``full`` relinks the
    whole store). Cluster ids are stable. Counts of new, grown and merged clusters."""
    linker = IncrementalLinker(store, progress=progress)
    outcome = linker.relink_all() if full else linker.run()
    return outcome.counts()


@dataclass
class IndexOutcome:
    """What indexing did in this run, for the summary."""

    url: str | None
    indexed: dict[str, int] = field(default_factory=lambda: {"posts": 0, "clusters": 0, "identifiers": 0})
    written: dict[str, int] = field(default_factory=lambda: {"posts": 0, "clusters": 0, "identifiers": 0})
    backlog: int = 0
    error: str | None = None


def index_store(store: Store, es_config: ESConfig | None, progress: Progress = _quiet) -> IndexOutcome:
    """Drain the outbox into Elasticsearch. Without Elasticsearch, or when it fails, the work
    stays queued and the outcome says why."""
    if es_config is None:
        return IndexOutcome(url=None, backlog=store.outbox_size(), error="no Elasticsearch configured")
    try:
        client = connect(es_config)
        ensure_indices(client, es_config)
        progress(f"indexing {store.outbox_size()} queued documents into {es_config.url}…")
        result = drain_outbox(store, client, es_config, progress=progress)
        counts = count_documents(client, es_config) if result.error is None else dict(result.indexed)
    except IndexUnavailable as exc:
        return IndexOutcome(url=None, backlog=store.outbox_size(), error=str(exc))
    outcome = IndexOutcome(url=es_config.url, written=result.indexed, backlog=result.backlog, error=result.error)
    if result.error is None:
        outcome.indexed = counts
    else:
        outcome.url = None
    return outcome


def run_flow(
    config: Config,
    es_config: ESConfig | None,
    progress: Progress = _quiet,
    crawl_settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The whole flow once against ``config``'s sources; returns the run summary."""
    started = time.monotonic()
    with Store(config.store) as store:
        run_id = store.start_run()
        status = "ok"
        try:
            settings = {"LUREWATCH_EVIDENCE_DIR": str(config.evidence_dir), **config.crawl_settings,
                        **(crawl_settings or {})}
            crawled = crawl_sources(config.sources, str(config.store), settings, progress)
            progress("clustering…")
            changes = cluster_store(store, progress)
            progress(
                f"clusters: {store.count_clusters()} ({changes['new']} new, {changes['grown']} grown, "
                f"{changes['merged']} merged)"
            )
            outcome = index_store(store, es_config, progress)
            if outcome.error:
                progress(f"not indexed: {outcome.error}; {outcome.backlog} documents stay queued for the next run")
                status = "ok, index backlog" if es_config is not None else "ok"
            summary = {
                "posts": store.count_posts(),
                "by_platform": store.posts_by_platform(),
                "crawled": crawled,
                "clusters": store.count_clusters(),
                "cluster_changes": changes,
                "indexed": outcome.indexed,
                "written": outcome.written,
                "backlog": outcome.backlog,
                "es": outcome.url,
                "alerts": {},
                "evidence": summarize_evidence(store.iter_evidence()),
                "seconds": round(time.monotonic() - started, 1),
            }
        except BaseException:
            store.finish_run(run_id, "failed", {})
            raise
        store.finish_run(run_id, status, summary)
    return summary
