"""Benchmarks: `make bench`. Each prints its measurements and ratios taken in the same run.

Run some with ``python tests/bench/run.py enrich browser`` (default: all: enrich, cluster, browser, es).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

#: Posts per round: enrichment and langdetect alone take turns on the same posts, so that both
#: see the same load on a machine shared with other work.
ROUND = 100


def corpus_texts(count: int) -> list[dict]:
    """A mixed multilingual corpus of ``count`` distinct posts from the sandbox generator (larger
    corpora until there are enough: no text is read twice, so no cache can answer for the work)."""
    from ops.sandbox.generator import generate_corpus

    posts: list[dict] = []
    seen: set[tuple[str, str]] = set()
    scale = max(1, count // 300)
    while len(posts) < count:
        corpus = generate_corpus(seed=3, scale=scale)
        places = {(p.platform, p.name): p.region for p in corpus.places}
        for post in corpus.posts:
            key = (post.title or "", post.text)
            if key not in seen:
                seen.add(key)
                posts.append({"id": str(len(posts)), "text": post.text, "title": post.title, "platform": post.platform,
                              "region": places[(post.platform, post.place)]})
        scale *= 2
    return posts[:count]


def bench_enrich(count: int) -> None:
    """Enrichment posts/s on one core (CPU time), and the ratio to langdetect alone over the same
    texts, measured in alternating rounds."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.detector_factory import init_factory

    from enrichment import enrich

    posts = corpus_texts(count)
    # Load langdetect's profiles (the language stage asks langdetect only when unsure, which may
    # first happen in the middle of the corpus) and compile patterns before timing.
    init_factory()
    enrich(posts[0])
    DetectorFactory.seed = 0
    enrich_seconds = detect_seconds = 0.0
    for first in range(0, count, ROUND):
        batch = posts[first : first + ROUND]
        started = time.process_time()
        for post in batch:
            enrich(post)
        enrich_seconds += time.process_time() - started
        started = time.process_time()
        for post in batch:
            try:
                detect_langs(post["text"])
            except Exception:  # noqa: BLE001 - langdetect raises on texts without features
                pass
        detect_seconds += time.process_time() - started
    rate = count / enrich_seconds
    print(f"enrich: {count} posts in {enrich_seconds:.2f}s = {rate:,.0f} posts/s (target >= 1,000)")
    print(f"langdetect alone: {count / detect_seconds:,.0f} posts/s")
    print(f"ratio enrich/langdetect-alone speed: {detect_seconds / enrich_seconds:.2f}x (target >= 2.5x)")


def script(name: str) -> Callable[[argparse.Namespace], int]:
    """A benchmark that runs as its own script (tests/bench/<name>.py) in a child process: each
    starts what it measures (Chromium, Elasticsearch, the clustering command) and reports alone."""

    def bench(_: argparse.Namespace) -> int:
        path = Path(__file__).with_name(f"{name}.py")
        return subprocess.run([sys.executable, str(path)], check=False).returncode

    return bench


BENCHES: dict[str, Callable[[argparse.Namespace], int]] = {
    "enrich": lambda args: bench_enrich(args.posts) or 0,
    "cluster": script("cluster"),
    "browser": script("browser"),
    "es": script("es"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", default=list(BENCHES), help=f"benchmarks: {', '.join(BENCHES)}")
    parser.add_argument("--posts", type=int, default=3000, help="posts for the enrich benchmark")
    args = parser.parse_args()
    failed = []
    for name in args.names:
        if name not in BENCHES:
            parser.error(f"unknown benchmark {name!r} (known: {', '.join(BENCHES)})")
        print(f"== {name}", flush=True)
        if BENCHES[name](args) != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
