"""Clustering at scale: `lurewatch cluster` over 100k and 1M raw generated posts.

    python tests/bench/cluster.py [--sizes 100000 1000000] [--workers N]

For each size it runs the real command (``python -m ops.cli cluster raw.jsonl``) in a child process
and prints, measured in this one run: wall time, posts/s end to end, linking posts/s (enriched
posts in, clusters out, as the command reports it), peak RSS of the whole process tree (sampled
every 0.2 s from /proc: the command and its enrichment workers), and time(1M)/time(100k).
Targets on 2 cores: linking ≥ 5,000 posts/s; 1M raw posts ≤ 15 minutes with peak RSS ≤ 4 GB;
scaling ratio ≤ 12.

The raw posts come from the sandbox generator (operations with rotated numbers, templates,
copycats, benign posts and warnings) and are cached under data/bench/ so that a second run does
not generate them again; generation is not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "data" / "bench"

from tests.bench.procfs import tree_rss  # noqa: E402


def raw_posts(size: int, seed: int = 2026) -> Path:
    """A JSON Lines file of ``size`` raw posts (id, text, platform, author_id, published_at)."""
    path = CACHE / f"raw-{seed}-{size}.jsonl"
    if path.exists():
        return path
    from ops.sandbox.generator import generate_corpus

    CACHE.mkdir(parents=True, exist_ok=True)
    print(f"generating {size:,} posts (cached in {path.relative_to(ROOT)})…", file=sys.stderr, flush=True)
    corpus = generate_corpus(seed=seed, scale=max(1, -(-size // 300)))
    posts = sorted(corpus.posts, key=lambda p: p.published_at)[:size]
    partial = path.with_suffix(".partial")
    with open(partial, "w", encoding="utf-8") as out:
        for post in posts:
            record = {"id": f"{post.platform}-{post.place}-{post.native_id}", "text": post.text,
                      "platform": post.platform, "author_id": None if post.signature else post.author_id,
                      "published_at": post.published_at.isoformat()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.rename(path)
    return path


def run_cluster(path: Path, workers: int | None) -> dict[str, float]:
    command = [sys.executable, "-m", "ops.cli", "cluster", str(path)]
    if workers:
        command += ["--workers", str(workers)]
    peak = 0
    started = time.monotonic()
    with open(os.devnull, "w") as sink:
        child = subprocess.Popen(command, cwd=ROOT, stdout=sink, stderr=subprocess.PIPE, text=True)
        stderr_lines: list[str] = []

        def read_stderr() -> None:
            assert child.stderr is not None
            for line in child.stderr:
                stderr_lines.append(line)
                print(f"    {line.rstrip()}", file=sys.stderr, flush=True)

        reader = threading.Thread(target=read_stderr, daemon=True)
        reader.start()
        while child.poll() is None:
            peak = max(peak, tree_rss(child.pid))
            time.sleep(0.2)
        reader.join()
    seconds = time.monotonic() - started
    if child.returncode != 0:
        raise SystemExit(f"lurewatch cluster failed ({child.returncode}):\n{''.join(stderr_lines[-20:])}")
    linked = next((float(m.group(1).replace(",", "")) for line in stderr_lines
                   if (m := re.search(r"linked in ([\d,.]+)s", line))), float("nan"))
    return {"seconds": seconds, "link_seconds": linked, "peak_rss": peak}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--workers", type=int, default=None, help="enrichment processes [default: one per core]")
    args = parser.parse_args()
    results: dict[int, dict[str, float]] = {}
    for size in args.sizes:
        path = raw_posts(size)
        print(f"cluster {size:,} raw posts…", file=sys.stderr, flush=True)
        result = run_cluster(path, args.workers)
        results[size] = result
        print(f"cluster {size:>9,} posts: {result['seconds']:8.1f}s wall = {size / result['seconds']:7,.0f} posts/s; "
              f"linking {result['link_seconds']:.1f}s = {size / result['link_seconds']:,.0f} posts/s (target >= 5,000); "
              f"peak RSS {result['peak_rss'] / 2**30:.2f} GiB (target <= 4)", flush=True)
    if len(results) >= 2:
        small, large = min(results), max(results)
        ratio = results[large]["seconds"] / results[small]["seconds"]
        print(f"time({large:,})/time({small:,}) = {ratio:.2f} (target <= {1.2 * large / small:.0f})")
        if large >= 1_000_000:
            print(f"1M raw posts in {results[large]['seconds'] / 60:.1f} min (target <= 15 min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
