"""The pieces browser spiders are made of: shown dates, block text, board descriptions, group
selectors, the evidence of a page many posts were read from."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from parsel import Selector
from scrapy.utils.test import get_crawler

from crawlers.boards import BoardConfig, BoardConfigError
from crawlers.dates import parse_shown_date
from crawlers.evidence import EvidenceStore, Stored
from crawlers.htmltext import block_text
from crawlers.pipelines import EvidencePipeline
from crawlers.spiders.fbgroup import SELECTORS, FacebookGroupSpider
from ops.config import ConfigError, config_from_dict
from ops.sandbox.browser_pages import SANDBOX_BOARD

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("shown", "expected"), [
    ("2026-11-14T09:32:11Z", "2026-11-14T09:32:11Z"),
    ("2026-11-14T16:32:11+07:00", "2026-11-14T09:32:11Z"),
    ("Saturday 14 November 2026 at 09:32", "2026-11-14T09:32:00Z"),
    ("Saturday, November 14, 2026 at 9:32 AM", "2026-11-14T09:32:00Z"),
    ("14 November at 09:32", "2026-11-14T09:32:00Z"),
    ("25 December at 10:00", "2025-12-25T10:00:00Z"),  # no year, later than now: last year's
    ("Just now", "2026-11-20T12:00:00Z"),
    ("59m", "2026-11-20T11:01:00Z"),
    ("3h", "2026-11-20T09:00:00Z"),
    ("2 days ago", "2026-11-18T12:00:00Z"),
    ("Posted 3 days ago", "2026-11-17T12:00:00Z"),
    ("an hour ago", "2026-11-20T11:00:00Z"),
    ("1w", "2026-11-13T12:00:00Z"),
    ("Yesterday at 10:15", "2026-11-19T10:15:00Z"),
    ("", None),
    ("soon", None),
])
def test_shown_dates(shown: str, expected: str | None) -> None:
    assert parse_shown_date(shown, NOW) == expected


def test_shown_dates_are_read_in_the_page_time_zone() -> None:
    assert parse_shown_date("Saturday 14 November 2026 at 16:32", NOW, zone="Asia/Phnom_Penh") == "2026-11-14T09:32:00Z"
    assert parse_shown_date("14/11/2026", NOW, fmt="%d/%m/%Y") == "2026-11-14T00:00:00Z"


@pytest.mark.parametrize(("markup", "text"), [
    ("<div class=t><p>a</p><p></p><p>b c</p></div>", "a\n\nb c"),
    ("<div class=t>\n  <p>a</p>\n  <p>b</p>\n</div>", "a\nb"),
    ("<div class=t>one<br>two<br/>three</div>", "one\ntwo\nthree"),
    ('<div class=t><div dir=auto>Call <a href="tel:1">+855 97</a></div><div role=button>See more</div></div>',
     "Call +855 97"),
])
def test_block_text_keeps_one_line_per_block(markup: str, text: str) -> None:
    assert block_text(Selector(text=markup).css(".t")[0]) == text


def test_the_sandbox_board_description_loads() -> None:
    board = BoardConfig.load(SANDBOX_BOARD)
    assert board.item == "article.job-card" and board.scroll is not None and board.scroll.end == ".feed-end"
    assert board.published is not None and board.published.attr == "datetime"


@pytest.mark.parametrize(("change", "message"), [
    (lambda b: b["listing"].pop("item"), "listing.item: missing"),
    (lambda b: b["listing"].update(link="a[href"), "listing.link: 'a[href' is not a CSS selector"),
    (lambda b: b["detail"].update(text={"selector": ".d", "colour": "red"}), "detail.text: unknown key 'colour'"),
    (lambda b: b["listing"].update(scroll={"max": 0}), "listing.scroll.max: must be a positive whole number"),
    (lambda b: b["detail"].update(id={"pattern": "(("}), "detail.id.pattern: not a regular expression"),
])
def test_a_bad_board_is_one_error_naming_the_field(change, message: str) -> None:
    board = {key: dict(value) if isinstance(value, dict) else value for key, value in SANDBOX_BOARD.items()}
    change(board)
    source = {"name": "b", "platform": "jobboard", "url": "https://jobs.example.org/jobs", "board": board}
    with pytest.raises(ConfigError) as info:
        config_from_dict({"sources": [source]}, "lurewatch.yaml")
    assert str(info.value).startswith(f"lurewatch.yaml: sources[0].board.{message}")
    with pytest.raises(BoardConfigError):
        BoardConfig.from_dict(board)


def test_a_jobboard_source_needs_a_board() -> None:
    with pytest.raises(ConfigError, match=r"sources\[0\]\.board: a jobboard source needs"):
        config_from_dict({"sources": [{"platform": "jobboard", "url": "https://jobs.example.org/"}]}, "x.yaml")


def test_board_fields_read_text_attributes_patterns_and_urls() -> None:
    board = BoardConfig.load('{"listing": {"item": "li", "link": "a"}, "detail": {"ready": "main", '
                             '"text": ".d", "id": {"pattern": "/job/(\\\\d+)"}, "title": {"selector": "h1", '
                             '"pattern": "Job: (.*)"}}}')
    page = Selector(text="<main><h1>Job:  Cook </h1><div class=d><p>x</p></div></main>")
    assert board.id.extract(page, "https://b.example/job/42?ref=1") == "42"
    assert board.title is not None and board.title.extract(page, "") == "Cook"
    assert board.text.extract(page, "", multiline=True) == "x"


def test_a_board_is_json_text_or_a_file_that_can_be_read(tmp_path: Path) -> None:
    text = json.dumps(SANDBOX_BOARD)
    assert len(text) > 255  # longer than a file name may be
    assert BoardConfig.load(text) == BoardConfig.from_dict(SANDBOX_BOARD)
    assert BoardConfig.load("{listing: {item: li, link: a}, detail: {ready: main, text: .d}}").item == "li"
    path = tmp_path / "board.yaml"
    path.write_text("listing: {item: li, link: a}\ndetail: {ready: main, text: .d}\n", encoding="utf-8")
    assert BoardConfig.load(str(path)).ready == "main"
    with pytest.raises(BoardConfigError, match=rf"^board: cannot read {tmp_path}/missing.yaml: No such file or directory$"):
        BoardConfig.load(str(tmp_path / "missing.yaml"))
    with pytest.raises(BoardConfigError, match=rf"^board: cannot read {tmp_path}: Is a directory$"):
        BoardConfig.load(str(tmp_path))


def test_group_selectors_come_as_json_and_unknown_names_are_refused() -> None:
    url = "https://www.facebook.com/groups/some.group/"
    spider = FacebookGroupSpider(url=url, selectors=json.dumps({"post": "div.post", "author": "h4 a"}))
    assert spider.selectors == {**SELECTORS, "post": "div.post", "author": "h4 a"}
    assert FacebookGroupSpider(url=url, selectors={"feed": "main"}).selectors["feed"] == "main"
    with pytest.raises(ValueError, match=r"^fbgroup: unknown selectors 'autor', 'posts' \(known: feed, post,"):
        FacebookGroupSpider(url=url, selectors='{"posts": "div", "autor": "h4", "post": "div"}')
    with pytest.raises(ValueError, match=r"^fbgroup: selectors must be a JSON mapping"):
        FacebookGroupSpider(url=url, selectors="post=div")


class CountingStore(EvidenceStore):
    """The evidence store, counting the bytes it is given to hash."""

    hashed = 0

    def put(self, data: bytes, extension: str) -> Stored:
        self.hashed += 1
        return super().put(data, extension)


def test_the_page_many_posts_were_read_from_is_hashed_once(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={"LUREWATCH_EVIDENCE_DIR": str(tmp_path / "evidence")})
    pipeline = EvidencePipeline.from_crawler(crawler)
    store = pipeline.store = CountingStore(tmp_path / "evidence")
    page, other = "<html>one page, three posts</html>".encode(), "<html>another page</html>".encode()
    raws = [page, page, page, other, "<html>another page</html>".encode()]  # the last: equal bytes, not the same
    items = [pipeline.process_item({"raw": raw, "raw_type": "text/html"}) for raw in raws]
    assert store.hashed == 3  # the page once, the other page once, and an equal copy of it again
    assert len({item["evidence"]["path"] for item in items[:3]}) == 1 and items[3]["evidence"] == items[4]["evidence"]
    assert crawler.stats.get_value("lurewatch/evidence/raw") == 5
    assert crawler.stats.get_value("lurewatch/evidence/files_written") == 2
    assert all("raw" not in item for item in items)
