"""The spiders against the sandbox platforms over real HTTP, run the way a user runs them:
``scrapy crawl`` from the repository root."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawlers.items import make_post_id, validate_post
from ops.sandbox.server import Sandbox

REPO = Path(__file__).resolve().parents[2]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0.05", "-s", "LOG_LEVEL=INFO"]


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(seed=7) as box:
        yield box


def scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=REPO, capture_output=True, text=True, timeout=180)


def crawl(tmp_path: Path, spider: str, *args: str) -> tuple[list[dict], str]:
    out = tmp_path / f"{spider}.jsonl"
    result = scrapy("crawl", spider, *args, *FAST, "-O", str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return items, result.stderr


def biggest_channel(sandbox: Sandbox) -> str:
    places = [p for p in sandbox.corpus.places if p.platform == "telegram"]
    return max(places, key=lambda p: len(sandbox.corpus.posts_in("telegram", p.name))).name


def test_scrapy_list_from_the_root() -> None:
    result = scrapy("list")
    assert result.returncode == 0
    assert {"telegram", "reddit"} <= set(result.stdout.split())


def test_telegram_walks_every_page_of_a_channel(sandbox: Sandbox, tmp_path: Path) -> None:
    channel = biggest_channel(sandbox)
    expected = sandbox.corpus.posts_in("telegram", channel)
    assert len(expected) > 20, "the test needs a channel with several pages"
    items, _ = crawl(tmp_path, "telegram", "-a", f"url={sandbox.telegram_url}/s/{channel}", "-a", "region=KH")
    assert len(items) == len(expected)
    by_id = {item["id"]: item for item in items}
    for post in expected:
        item = by_id[make_post_id("telegram", native_id=f"{channel.lower()}/{post.native_id}")]
        validate_post(item)
        assert item["text"] == post.text.strip()
        assert item["published_at"] == post.published_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert item["platform"] == "telegram" and item["region"] == "KH"
        assert item["url"] == f"https://t.me/{channel}/{post.native_id}"
        # Signed posts show a display name only: no account id to link on.
        assert item.get("author_id") == (None if post.signature else channel.lower())
        assert "raw" not in item


def test_reddit_follows_after_cursors(sandbox: Sandbox, tmp_path: Path) -> None:
    sub = max((p for p in sandbox.corpus.places if p.platform == "reddit"),
              key=lambda p: len(sandbox.corpus.posts_in("reddit", p.name))).name
    expected = sandbox.corpus.posts_in("reddit", sub)
    items, _ = crawl(tmp_path, "reddit", "-a", f"url={sandbox.reddit_url}/r/{sub}", "-s", "REDDIT_PAGE_SIZE=10")
    assert sorted(i["id"] for i in items) == sorted(make_post_id("reddit", native_id=p.native_id) for p in expected)
    item = next(i for i in items if i["id"] == make_post_id("reddit", native_id=expected[0].native_id))
    assert item["title"] == expected[0].title and item["author_id"] == expected[0].author_id


def test_robots_txt_is_obeyed(sandbox: Sandbox, tmp_path: Path) -> None:
    channel = biggest_channel(sandbox)
    sandbox.set_robots("telegram", "User-agent: *\nDisallow: /s/\n")
    try:
        items, log = crawl(tmp_path, "telegram", "-a", f"url={sandbox.telegram_url}/s/{channel}")
    finally:
        sandbox.set_robots("telegram", "User-agent: *\nDisallow: /private/\n")
    assert items == []
    assert "'robotstxt/forbidden': 1" in log


def test_a_429_is_retried_and_nothing_is_lost(sandbox: Sandbox, tmp_path: Path) -> None:
    channel = biggest_channel(sandbox)
    sandbox.add_fault("telegram", f"/s/{channel}", "429", times=2, retry_after=1)
    items, log = crawl(tmp_path, "telegram", "-a", f"url={sandbox.telegram_url}/s/{channel}")
    assert len(items) == len(sandbox.corpus.posts_in("telegram", channel))
    assert "'downloader/response_status_count/429': 2" in log
