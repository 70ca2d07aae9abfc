"""One run of the whole flow: crawl → (enrich, store in the crawl) → cluster → index → health
checks → alerts → summary.

The crawl runs in a child process (Twisted's reactor cannot restart); everything after it works
on the store, which is the source of truth. Elasticsearch and the mail system are optional at
every step: when they are missing or fail, the work stays queued in the store (the outbox, the
mail queue) and the summary says so; the next run finishes it.
"""

from __future__ import annotations

import json
import os
import subprocess
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crawlers.evidence import summarize as summarize_evidence
from index.linker import IncrementalLinker
from index.es import ESConfig, IndexUnavailable, connect, count_documents, drain_outbox, ensure_indices
from index.store import Store, StoreLock
from ops.alerts import queue_alerts
from ops.config import Config, Source
from ops.health import check_crawl
from ops.mail import DeliveryOutcome, deliver_queued, render_health, to_bytes, transport_for

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


class CrawlFailed(RuntimeError):
    """The crawl child process failed before it could report; message is one line."""


#: After asking a crawl to stop, how long Scrapy gets to close its spiders before it is killed.
STOP_GRACE_SECONDS = 60.0


def crawl_sources(
    sources: tuple[Source, ...] | list[Source],
    store_path: str,
    settings: dict[str, Any] | None = None,
    progress: Progress = _quiet,
    stop: threading.Event | None = None,
) -> dict[str, Any]:
    """Crawl ``sources`` into the store in a child process; per-source stats.

    When ``stop`` is set (the scheduler got SIGTERM), the child gets SIGTERM: Scrapy closes its
    spiders (finish reason ``shutdown``) and reports what it stored. The child then runs in a
    session of its own, so a terminal's Ctrl-C reaches it through us only, once."""
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
        child = subprocess.Popen(
            [sys.executable, "-m", "crawlers.runner", spec_path, result_path],
            stdout=sys.stderr,
            stderr=sys.stderr,
            start_new_session=stop is not None,
        )
        returncode = _wait(child, stop, progress)
        if stop is not None and stop.is_set() and not os.path.exists(result_path):
            # Stopped before Scrapy could take the signal (still starting up): what it stored
            # stays stored, and the run goes on without its stats.
            return {source.name: {"finish_reason": "shutdown"} for source in sources}
        if returncode != 0 or not os.path.exists(result_path):
            raise CrawlFailed(f"the crawl process failed (exit status {returncode}); see the log above")
        with open(result_path, encoding="utf-8") as handle:
            result: dict[str, Any] = json.load(handle)
            return result


def _wait(child: subprocess.Popen[bytes], stop: threading.Event | None, progress: Progress) -> int:
    if stop is None:
        return child.wait()
    while True:
        try:
            return child.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            if stop.is_set():
                break
    progress("stopping the crawl…")
    child.send_signal(signal.SIGTERM)
    try:
        return child.wait(timeout=STOP_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        child.kill()
        return child.wait()


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
        ensure_indices(client, es_config, progress)
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


def alerts_step(store: Store, config: Config, run_id: int, problems: list[dict[str, Any]], group: str | None,
                progress: Progress = _quiet) -> DeliveryOutcome:
    """Queue this run's digests (and the operator's mail about failed health checks), then deliver
    everything queued, including what earlier runs could not."""
    queue_alerts(store, config, run_id, progress)
    if problems and config.alerts.operator:
        message = render_health(problems, config, run_id, group)
        with store.transaction():
            store.queue_mail(f"health:{run_id}", "health", config.alerts.operator, str(message["Subject"]),
                             to_bytes(message), run_id=run_id)
    outcome = deliver_queued(store, transport_for(config))
    if outcome.sent or outcome.queued or outcome.error:
        progress(f"alerts: {outcome.sent} sent, {outcome.queued} queued"
                 + (f" ({outcome.error})" if outcome.error else ""))
    if outcome.undeliverable:
        progress(f"alerts: {outcome.undeliverable} message(s) refused for good by the mail system, kept in "
                 "the store's mail_queue (given_up_at) and not retried")
    return outcome


def resolve_es(config: Config, progress: Progress = _quiet, prefix: str | None = None) -> ESConfig | None:
    """The Elasticsearch a run writes to when no URL is given on the command line: the config's,
    else the local node if `lurewatch es start` runs one, else none (the store alone)."""
    from dataclasses import replace

    from ops.esnode import LocalES

    if config.es is not None:
        return replace(config.es, prefix=prefix) if prefix else config.es
    status = LocalES(config.data_dir).status()
    if status["running"] and status["url"]:
        return ESConfig(url=status["url"], prefix=prefix or "lurewatch")
    progress("no Elasticsearch configured or running: results stay in the store (see `lurewatch es start`)")
    return None


def run_flow(
    config: Config,
    es_config: ESConfig | None,
    progress: Progress = _quiet,
    crawl_settings: dict[str, Any] | None = None,
    *,
    group: str | None = None,
    trigger: str = "manual",
    stop: threading.Event | None = None,
) -> dict[str, Any]:
    """The whole flow once against ``config``'s sources (those of ``group`` only, when given);
    returns the run summary. ``stop`` ends the crawl early; the rest of the run still finishes
    on what was stored, and the run is recorded as ``interrupted``."""
    started = time.monotonic()
    sources = config.group_sources(group) if group is not None else config.sources
    what = f"lurewatch run{f' of group {group}' if group else ''} ({trigger})"
    with StoreLock(config.store, what, progress, stop), Store(config.store) as store:
        run_id = store.start_run(group, trigger)
        status = "ok"
        errors: list[str] = []
        try:
            settings = {"LUREWATCH_EVIDENCE_DIR": str(config.evidence_dir), **config.crawl_settings,
                        **(crawl_settings or {})}
            crawled = crawl_sources(sources, str(config.store), settings, progress, stop)
            if stop is not None and stop.is_set():
                status = "interrupted"
            progress("clustering…")
            changes = cluster_store(store, progress)
            progress(
                f"clusters: {store.count_clusters()} ({changes['new']} new, {changes['grown']} grown, "
                f"{changes['merged']} merged)"
            )
            outcome = index_store(store, es_config, progress)
            if outcome.error:
                progress(f"not indexed: {outcome.error}; {outcome.backlog} documents stay queued for the next run")
                if es_config is not None:
                    errors.append(outcome.error)
                    status = "ok, index backlog" if status == "ok" else status
            # A crawl the scheduler stopped closed early on request: judging it would mail the
            # operator a false alarm at every stop.
            problems = check_crawl(crawled, config.health) if status != "interrupted" else []
            for problem in problems:
                progress(f"health: {problem['source']}: {problem['message']}")
            delivery = alerts_step(store, config, run_id, problems, group, progress)
            if delivery.error:
                errors.append(delivery.error)
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
                "alerts": delivery.as_dict(),
                "health": problems,
                "evidence": summarize_evidence(store.iter_evidence()),
                "seconds": round(time.monotonic() - started, 1),
            }
        except BaseException as exc:
            store.finish_run(run_id, "failed", {}, errors=[f"{type(exc).__name__}: {exc}"[:500]])
            raise
        store.finish_run(
            run_id, status, summary,
            posts=sum(int(stats.get("posts") or 0) for stats in crawled.values()),
            new_clusters=changes["new"], grown_clusters=changes["grown"], errors=errors, health=problems,
        )
    return summary
