"""``python -m ops.sandbox [--seed 7] [--scale 1]``: serve the sandbox platforms until Ctrl-C."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from types import FrameType

from ops.sandbox.server import Sandbox


def main(argv: list[str] | None = None) -> int:
    """Start the sandbox, print its two base URLs and its sources as JSON, and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m ops.sandbox",
                                     description="Serve the sandbox Telegram and Reddit platforms on 127.0.0.1.")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated corpus (default: 7)")
    parser.add_argument("--scale", type=int, default=1, help="size of the corpus, ×300 posts (default: 1)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error(f"--scale must be 1 or more, not {args.scale}")

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt  # SIGTERM stops as cleanly as Ctrl-C

    signal.signal(signal.SIGTERM, stop)
    with Sandbox(seed=args.seed, scale=args.scale, host=args.host) as sandbox:
        print(f"telegram: {sandbox.telegram_url}")
        print(f"reddit:   {sandbox.reddit_url}")
        print(json.dumps(sandbox.sources(), ensure_ascii=False, indent=2), flush=True)
        print(f"serving {len(sandbox.corpus.posts)} posts; Ctrl-C to stop", file=sys.stderr, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
