"""Evidence: the bytes every post was read from, kept content-addressed by SHA-256.

A file's name is the SHA-256 of its bytes (``evidence/3f/3f9a….html``), so the same response
shared by twenty posts of a listing is stored once, a file can never be silently replaced by other
bytes, and ``lurewatch evidence verify`` needs nothing but the files (and the posts naming them)
to prove that nothing changed. Files are written once, atomically, and left read-only.

Paths in ``post["evidence"]`` are relative to the directory that holds the evidence directory
(the data directory), so a data directory can be moved or copied as a whole.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Content type → file extension, so an investigator can open a file with the right program.
EXTENSIONS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/json": ".json",
    "text/plain": ".txt",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "image/png": ".png",
}
_NAME = re.compile(r"^([0-9a-f]{64})(\.[a-z0-9]+)?$")
_CHUNK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extension_for(content_type: str | bytes | None) -> str:
    """File extension for a Content-Type header value (``.bin`` when unknown)."""
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    mime = (content_type or "").split(";")[0].strip().lower()
    return EXTENSIONS.get(mime, ".bin")


@dataclass(frozen=True)
class Stored:
    """One stored file: its hash, its path relative to the data directory, and whether this call wrote it."""

    sha256: str
    path: str
    size: int
    written: bool


class EvidenceStore:
    """A content-addressed directory of evidence files (``root`` is e.g. ``data/evidence``)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.base = self.root.parent

    def path_for(self, sha256: str, extension: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{extension}"

    def relative(self, path: Path) -> str:
        return path.relative_to(self.base).as_posix()

    def resolve(self, relative: str) -> Path:
        """The file a post's evidence ``path`` names."""
        return self.base / relative

    def put(self, data: bytes, extension: str = ".bin") -> Stored:
        """Store ``data`` under its SHA-256 unless a file with that name is already there."""
        digest = sha256_bytes(data)
        target = self.path_for(digest, extension)
        if target.exists():
            return Stored(digest, self.relative(target), len(data), written=False)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the target and rename: a crash or a concurrent writer of the same bytes
        # never leaves a half-written file under a hash name.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return Stored(digest, self.relative(target), len(data), written=True)

    def files(self) -> Iterator[Path]:
        """Every evidence file, in a stable order (temporary files of an interrupted write excluded)."""
        if not self.root.is_dir():
            return
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and not path.name.startswith(".incoming-"):
                yield path


def evidence_record(raw: Stored | None, screenshot: Stored | None) -> dict[str, Any]:
    """The ``evidence`` field of a Post (DESIGN.md): ``sha256`` and ``path`` of the raw bytes,
    ``screenshot`` (path) and ``screenshot_sha256`` of the PNG when a browser rendered the post."""
    record: dict[str, Any] = {"sha256": None, "path": None, "screenshot": None}
    if raw is not None:
        record["sha256"], record["path"] = raw.sha256, raw.path
    if screenshot is not None:
        record["screenshot"] = screenshot.path
        record["screenshot_sha256"] = screenshot.sha256
    return record


# -- verification ---------------------------------------------------------------------------------


@dataclass
class VerifyReport:
    """What ``verify`` found: counts, and one line per problem."""

    files: int = 0
    posts: int = 0
    references: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(store: EvidenceStore, posts: Iterable[dict[str, Any]] = ()) -> VerifyReport:
    """Re-hash every evidence file and check every post's references against the files.

    A problem is a file whose bytes no longer hash to its name, a file not named by a hash, or a
    post whose evidence names a missing file or a different hash.
    """
    report = VerifyReport()
    hashed: dict[str, str] = {}
    for path in store.files():
        report.files += 1
        relative = store.relative(path)
        match = _NAME.match(path.name)
        if not match:
            report.problems.append(f"{relative}: not named by its SHA-256")
            continue
        actual = sha256_file(path)
        hashed[relative] = actual
        if actual != match.group(1):
            report.problems.append(f"{relative}: sha256 is {actual}, the name says {match.group(1)}")
    for post in posts:
        evidence = post.get("evidence")
        if not isinstance(evidence, dict):
            continue
        report.posts += 1
        pairs = [("raw", evidence.get("path"), evidence.get("sha256")),
                 ("screenshot", evidence.get("screenshot"), evidence.get("screenshot_sha256"))]
        for kind, relative, expected in pairs:
            if not relative:
                continue
            report.references += 1
            actual = hashed.get(relative)
            if actual is None:
                target = store.resolve(relative)
                if not target.is_file():
                    report.problems.append(f"post {post.get('id')}: {kind} {relative} is missing")
                    continue
                actual = sha256_file(target)
            if expected and actual != expected:
                report.problems.append(f"post {post.get('id')}: {kind} {relative} has sha256 {actual}, "
                                       f"the post says {expected}")
    return report


def summarize(posts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Evidence counts for the run summary: posts with raw bytes, posts with a screenshot, the
    distinct files they name, and both counts per platform."""
    raw = screenshots = 0
    files: set[str] = set()
    by_platform: dict[str, Counter[str]] = {}
    for post in posts:
        evidence = post.get("evidence") or {}
        counts = by_platform.setdefault(post.get("platform") or "unknown", Counter(raw=0, screenshots=0))
        if evidence.get("path"):
            raw += 1
            counts["raw"] += 1
            files.add(evidence["path"])
        if evidence.get("screenshot"):
            screenshots += 1
            counts["screenshots"] += 1
            files.add(evidence["screenshot"])
    return {"raw": raw, "screenshots": screenshots, "files": len(files),
            "by_platform": {name: dict(counts) for name, counts in sorted(by_platform.items())}}
