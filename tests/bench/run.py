"""Benchmarks: `make bench`. Each prints its measurements and ratios taken in the same run.

Run one with ``python tests/bench/run.py enrich`` (default: all).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def corpus_texts(count: int) -> list[dict]:
    """A mixed multilingual corpus: the sandbox generator's posts, repeated with distinct ids."""
    from ops.sandbox.generator import generate_corpus

    corpus = generate_corpus(seed=3, scale=max(1, count // 300))
    places = {(p.platform, p.name): p.region for p in corpus.places}
    posts = [
        {"id": str(i), "text": post.text, "title": post.title, "platform": post.platform,
         "region": places[(post.platform, post.place)]}
        for i, post in enumerate(corpus.posts)
    ]
    return (posts * (count // len(posts) + 1))[:count]


def bench_enrich(count: int) -> None:
    """Enrichment posts/s on one core, and the ratio to langdetect alone over the same texts."""
    from langdetect import DetectorFactory, detect_langs

    from enrichment import enrich

    posts = corpus_texts(count)
    enrich(posts[0])  # load profiles and compile patterns before timing
    DetectorFactory.seed = 0
    started = time.perf_counter()
    for post in posts:
        enrich(post)
    enrich_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for post in posts:
        try:
            detect_langs(post["text"])
        except Exception:  # noqa: BLE001 - langdetect raises on texts without features
            pass
    detect_seconds = time.perf_counter() - started
    rate = count / enrich_seconds
    print(f"enrich: {count} posts in {enrich_seconds:.2f}s = {rate:,.0f} posts/s (target >= 1,000)")
    print(f"langdetect alone: {count / detect_seconds:,.0f} posts/s")
    print(f"ratio enrich/langdetect-alone speed: {detect_seconds / enrich_seconds:.2f}x (target >= 2.5x)")


BENCHES = {"enrich": bench_enrich}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", default=list(BENCHES), help=f"benchmarks: {', '.join(BENCHES)}")
    parser.add_argument("--posts", type=int, default=3000)
    args = parser.parse_args()
    for name in args.names:
        BENCHES[name](args.posts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
