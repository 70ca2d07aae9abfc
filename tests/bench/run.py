"""Benchmarks: `make bench`. Each prints its measurements and ratios taken in the same run.

Run one with ``python tests/bench/run.py enrich`` (default: all).
"""

from __future__ import annotations

import argparse
import sys
import time
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
