"""Evidence: content-addressed raw bytes for every post, and ``lurewatch evidence verify``."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from crawlers.evidence import EvidenceStore, summarize, verify
from index.store import Store
from ops.sandbox.server import Sandbox

REPO = Path(__file__).resolve().parents[2]
LUREWATCH = [sys.executable, "-m", "ops.cli"]


def test_same_bytes_are_stored_once_read_only_under_their_hash(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    first = store.put(b"<html>page</html>", ".html")
    again = store.put(b"<html>page</html>", ".html")
    digest = hashlib.sha256(b"<html>page</html>").hexdigest()
    assert first.written and not again.written and first.path == again.path
    assert first.path == f"evidence/{digest[:2]}/{digest}.html"
    path = store.resolve(first.path)
    assert path.read_bytes() == b"<html>page</html>"
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert verify(store).ok


def test_verify_lists_changed_misnamed_and_missing_files(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    kept, changed = store.put(b"kept", ".html"), store.put(b"original", ".html")
    target = store.resolve(changed.path)
    os.chmod(target, 0o644)
    target.write_bytes(b"tampered")
    (store.root / "notes.txt").write_text("not evidence")
    posts = [{"id": "a", "evidence": {"sha256": kept.sha256, "path": kept.path, "screenshot": None}},
             {"id": "b", "evidence": {"sha256": "0" * 64, "path": "evidence/00/" + "0" * 64 + ".html"}}]
    report = verify(store, posts)
    assert not report.ok and report.files == 3 and report.references == 2
    assert any(changed.path in line and "sha256 is" in line for line in report.problems)
    assert any("notes.txt: not named by its SHA-256" in line for line in report.problems)
    assert any(line.startswith("post b:") and "is missing" in line for line in report.problems)
    assert len(report.problems) == 3


def test_summary_counts_posts_with_raw_bytes_and_screenshots() -> None:
    posts = [{"platform": "telegram", "evidence": {"path": "evidence/aa/a.html", "sha256": "a"}},
             {"platform": "telegram", "evidence": {"path": "evidence/aa/a.html", "sha256": "a"}},
             {"platform": "fbgroup", "evidence": {"path": "evidence/bb/b.html", "screenshot": "evidence/cc/c.png"}},
             {"platform": "reddit"}]
    assert summarize(posts) == {"raw": 3, "screenshots": 1, "files": 3, "by_platform": {
        "fbgroup": {"raw": 1, "screenshots": 1}, "reddit": {"raw": 0, "screenshots": 0},
        "telegram": {"raw": 2, "screenshots": 0}}}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory filled by crawling one Telegram channel and one subreddit into a store."""
    data = tmp_path_factory.mktemp("data")
    with Sandbox(seed=7) as sandbox:
        channel = next(p.name for p in sandbox.corpus.places if p.platform == "telegram")
        sub = next(p.name for p in sandbox.corpus.places if p.platform == "reddit")
        for spider, url in (("telegram", f"{sandbox.telegram_url}/s/{channel}"),
                            ("reddit", f"{sandbox.reddit_url}/r/{sub}")):
            result = subprocess.run(
                [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"url={url}", "-s", "DOWNLOAD_DELAY=0",
                 "-s", "AUTOTHROTTLE_START_DELAY=0.05", "-s", "REDDIT_PAGE_SIZE=10",
                 "-s", f"LUREWATCH_STORE={data / 'lurewatch.db'}", "-s", f"LUREWATCH_EVIDENCE_DIR={data / 'evidence'}"],
                cwd=REPO, capture_output=True, text=True, timeout=180,
            )
            assert result.returncode == 0, result.stderr[-2000:]
    return data


def test_plain_http_posts_keep_the_page_they_were_read_from(crawled: Path) -> None:
    with Store(crawled / "lurewatch.db") as store:
        posts = list(store.iter_posts())
    assert {post["platform"] for post in posts} == {"telegram", "reddit"}
    pages: dict[str, int] = {}
    for post in posts:
        evidence = post["evidence"]
        body = (crawled / evidence["path"]).read_bytes()
        assert hashlib.sha256(body).hexdigest() == evidence["sha256"] and evidence["screenshot"] is None
        pages[evidence["path"]] = pages.get(evidence["path"], 0) + 1
        # The raw bytes are the whole page or listing the post was on, not a re-serialised copy.
        suffix = ".html" if post["platform"] == "telegram" else ".json"
        assert evidence["path"].endswith(suffix)
    # Posts of one page share one file.
    assert len(pages) < len(posts) and max(pages.values()) > 1


def test_verify_passes_then_names_a_tampered_file_and_exits_1(crawled: Path) -> None:
    ok = subprocess.run([*LUREWATCH, "evidence", "verify", "--data-dir", str(crawled)], cwd=REPO,
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.strip().endswith(": ok")

    victim = sorted((crawled / "evidence").rglob("*.json"))[0]
    os.chmod(victim, 0o644)
    victim.write_bytes(victim.read_bytes() + b" ")
    bad = subprocess.run([*LUREWATCH, "evidence", "verify", "--data-dir", str(crawled)], cwd=REPO,
                         capture_output=True, text=True)
    assert bad.returncode == 1
    relative = victim.relative_to(crawled).as_posix()
    lines = bad.stdout.splitlines()
    assert any(line.startswith(f"mismatch: {relative}: sha256 is") for line in lines)
    assert any(line.startswith("mismatch: post ") and relative in line for line in lines)
    assert "problem" in lines[-1]


def test_verify_of_a_missing_data_directory_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = subprocess.run([*LUREWATCH, "evidence", "verify", "--data-dir", str(tmp_path / "nowhere")], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'nowhere'}: no such data directory"
