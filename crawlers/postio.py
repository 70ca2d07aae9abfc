"""JSON Lines in and out: the one reader and writer of Post records every command uses.

A bad line stops the read with :class:`InputError`, whose message is ``FILE:LINE: reason`` so that
the command line can print ``error: posts.jsonl:17: …`` and exit 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from crawlers.items import PostError, validate_post


class InputError(ValueError):
    """A user's input file is unusable; ``str(error)`` is ``FILE:LINE: reason``."""

    def __init__(self, source: str, line: int, reason: str) -> None:
        super().__init__(f"{source}:{line}: {reason}")
        self.source = source
        self.line = line
        self.reason = reason


def read_posts(stream: IO[str], source: str = "-") -> Iterator[dict[str, Any]]:
    """Yield validated posts from a JSON Lines stream, lazily, one per non-blank line."""
    name = "<stdin>" if source == "-" else source
    line_no = 0
    while True:
        try:
            line = stream.readline()
        except UnicodeDecodeError as exc:
            raise InputError(name, line_no + 1, f"not UTF-8 text ({exc.reason})") from None
        if not line:
            return
        line_no += 1
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            place = f"column {exc.colno}" if exc.lineno == 1 else "end of line"
            raise InputError(name, line_no, f"not valid JSON ({exc.msg} at {place})") from None
        try:
            yield validate_post(record)
        except PostError as exc:
            raise InputError(name, line_no, str(exc)) from None


def open_input(path: str) -> IO[str]:
    """Open ``path`` for reading posts (``-`` is standard input); a missing file is an InputError."""
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(path, 0, exc.strerror or str(exc)) from None


def dump_post(post: dict[str, Any]) -> str:
    """One post as one JSON line (no newline), UTF-8 kept readable, keys in a stable order."""
    return json.dumps(post, ensure_ascii=False, separators=(",", ":"), default=str)


def write_posts(posts: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    """Write posts as JSON Lines, streaming: each is written as soon as it is made."""
    count = 0
    for post in posts:
        stream.write(dump_post(post))
        stream.write("\n")
        count += 1
    stream.flush()
    return count
