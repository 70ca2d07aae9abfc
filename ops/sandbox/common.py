"""What every sandbox platform shares: the answer type, status reasons and stable numbers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

#: Reason phrases of the error statuses the sandbox answers with.
REASONS = {404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}


@dataclass
class Response:
    """An answer before it is written: status, body, content type and extra headers."""

    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


def stable(key: str) -> int:
    """A number that depends on ``key`` only (``hash()`` is salted per process)."""
    return int.from_bytes(hashlib.sha1(key.encode()).digest()[:6], "big")
