"""The streaming work behind ``lurewatch enrich`` and ``lurewatch cluster``, built for millions of
posts on a small machine.

Enrichment is pure and CPU-bound, so it runs in worker processes (one per core by default) over
batches of posts, in order. Clustering needs every post before it can answer, but not every post's
text: ``cluster_stream`` spools the enriched posts to a temporary file, keeps only the compact link
record of each (the template text only for lures that can link by wording), links, then streams the
spool back out with ``cluster_id`` and ``links`` added. Memory grows with the number of posts'
link keys, not with their text.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import IO, Any

from crawlers.postio import dump_post, write_posts

Progress = Callable[[str], None]

#: Posts per batch handed to a worker.
BATCH = 400
#: A progress line every this many posts.
REPORT_EVERY = 50_000


def _quiet(_: str) -> None:
    pass


def _enrich_batch(posts: list[dict[str, Any]], keep_enriched: bool) -> list[dict[str, Any]]:
    from enrichment import enrich

    return [post if keep_enriched and "identifiers" in post else enrich(post) for post in posts]


def _enrich_records(posts: list[dict[str, Any]], keep_enriched: bool) -> list[tuple[str, Any]]:
    """What ``cluster_stream`` keeps of each post, made in the worker: the enriched post as its
    JSON line, and its link record (the template text and bands only where wording links). The
    parent then neither encodes posts nor walks their identifiers."""
    from enrichment.linking import LinkPolicy, record_from_post

    policy = LinkPolicy()
    out = []
    for post in _enrich_batch(posts, keep_enriched):
        record = record_from_post(post)
        if not record.links_by_wording(policy):
            record.template_text, record.bands = "", None
        out.append((dump_post(post), record))
    return out


def _worker_start() -> None:
    """A worker's first step: its cycle collector on (a parent that forks with the collector
    paused must not leave the workers without it, their enrichment makes cycles), and what it
    inherited set aside from it, so that collections walk only the worker's own objects and do not
    write to the pages it shares with the parent."""
    gc.enable()
    gc.freeze()


def _batches(posts: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(posts)
    while batch := list(islice(iterator, size)):
        yield batch


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def enrich_stream(
    posts: Iterable[dict[str, Any]], workers: int | None = None, progress: Progress = _quiet, label: str = "enriched",
    keep_enriched: bool = False,
) -> Iterator[dict[str, Any]]:
    """Enriched posts in input order; with ``keep_enriched``, posts that already carry
    ``identifiers`` pass through as they are."""
    for batch in _reported(_ordered(posts, workers or default_workers(), keep_enriched), progress, label):
        yield from batch


def _reported(batches: Iterable[list[Any]], progress: Progress, label: str) -> Iterator[list[Any]]:
    """``batches`` as they come, with a progress line every ``REPORT_EVERY`` items."""
    started = time.monotonic()
    done = 0
    for batch in batches:
        yield batch
        before, done = done, done + len(batch)
        if done // REPORT_EVERY > before // REPORT_EVERY:
            elapsed = max(time.monotonic() - started, 1e-9)
            progress(f"{label} {done:,} posts ({done / elapsed:,.0f}/s)")


def _ordered(posts: Iterable[dict[str, Any]], workers: int, keep_enriched: bool,
             task: Callable[[list[dict[str, Any]], bool], list[Any]] = _enrich_batch) -> Iterator[list[Any]]:
    """``task``'s results (enriched posts) batch by batch, in input order. The input is read here,
    in the caller's thread, so that a bad line raises its InputError to the caller; at most two
    batches per worker are in flight."""
    if workers == 1:
        yield from (task(batch, keep_enriched) for batch in _batches(posts, BATCH))
        return
    # fork: workers inherit the compiled patterns and loaded profiles of the parent.
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_start)
    pending: deque[Any] = deque()
    try:
        for batch in _batches(posts, BATCH):
            pending.append(pool.apply_async(task, (batch, keep_enriched)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()


def cluster_stream(
    posts: Iterable[dict[str, Any]], out: IO[str], workers: int | None = None, progress: Progress = _quiet
) -> dict[str, int]:
    """Enrich (where needed) and cluster ``posts``; write them to ``out`` with ``cluster_id`` and
    ``links``, in input order. Returns counts of posts and clusters."""
    from enrichment.cluster import link_entry
    from enrichment.linking import LinkPolicy, link, without_cycle_collector

    policy = LinkPolicy()
    records = []
    order: dict[str, tuple[str, int]] = {}
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", prefix="lurewatch-spool-") as spool:
        batches = _ordered(posts, workers or default_workers(), True, _enrich_records)
        # The records gathered here hold no reference cycles, and the cycle collector would walk
        # all of them again and again while they pile up (a million at a time), taking a core's
        # time from the workers: it waits until they are all in.
        with without_cycle_collector():
            for batch in _reported(batches, progress, "enriched"):
                for line, record in batch:
                    spool.write(line)
                    spool.write("\n")
                    order[record.id] = (record.published, len(records))
                    records.append(record)
        progress(f"linking {len(records):,} posts…")
        started = time.monotonic()
        result = link(records, post_order=order, policy=policy)
        del records, order
        clusters = len(set(result.cluster_of.values()))
        progress(f"linked in {time.monotonic() - started:,.1f}s: {clusters:,} clusters")
        spool.seek(0)

        def clustered() -> Iterator[dict[str, Any]]:
            for line in spool:
                post = json.loads(line)
                post["cluster_id"] = result.cluster_of.get(post["id"])
                strength = result.template_strength.get(post["id"])
                post["links"] = [link_entry(key, strength) for key in result.reasons.get(post["id"], [])]
                yield post

        written = write_posts(clustered(), out)
    return {"posts": written, "clusters": clusters}
