"""JavaScript job boards, described by configuration (crawlers/boards.py), not code.

The listing is rendered in Chromium: a consent overlay is dismissed with its "necessary only"
button, the list is scrolled until it stops growing, and every job's own page is then rendered
(or fetched plainly, ``detail.render: false``), read with the configured selectors, and
screenshotted as evidence. The rendered HTML the post was read from is its raw evidence.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawlers.boards import BoardConfig
from crawlers.browser import BrowserSpider
from crawlers.dates import parse_shown_date
from crawlers.items import PostItem


class JobBoardSpider(BrowserSpider):
    """Crawl one job board: ``-a url=LISTING_URL -a board=board.yaml`` (or a JSON mapping)."""

    name = "jobboard"
    platform = "jobboard"

    def __init__(self, url: str | None = None, board: Any = None, **kwargs: Any) -> None:
        if not url or board is None:
            raise ValueError("jobboard: give -a url=LISTING_URL and -a board=FILE (selectors, see config.example.yaml)")
        super().__init__(url=url, **kwargs)
        self.board = BoardConfig.load(board)
        self.board_name = self.board.name or (urlsplit(url).hostname or "board")
        self.source_name = self.source_name or f"jobboard-{self.board_name}"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        assert self.start_url is not None
        yield self.browser_request(self.start_url, self.parse_listing)

    async def parse_listing(self, response: Response) -> AsyncIterator[scrapy.Request]:
        """Dismiss the overlay, scroll the list to its end, and follow every job link."""
        page = response.meta["playwright_page"]
        board = self.board
        try:
            if not await self.wait_ready(page, board.item):
                return
            await self.dismiss(page, board.consent)
            if board.scroll:
                await self.scroll_to_load(page, board.item, board.scroll.max, board.scroll.wait_ms, board.scroll.end)
            html = await page.content()
            links = []
            for item in Selector(text=html).css(board.item)[: board.max_items]:
                href = item.css(board.link).attrib.get("href") if item.css(board.link) else None
                if href:
                    links.append(response.urljoin(href))
            self.logger.info("%s: %d jobs listed", self.source_name, len(links))
            for link in links:
                if board.render:
                    yield self.browser_request(link, self.parse_job)
                else:
                    yield scrapy.Request(link, callback=self.parse_job)
        finally:
            # After the job requests are scheduled, so that the listing's tab can render the first job.
            await self.close_response_page(response)

    async def parse_job(self, response: Response) -> AsyncIterator[PostItem]:
        """One job's page: wait for it to render, read it, screenshot it."""
        page = response.meta.get("playwright_page")
        screenshot = None
        if page is None:
            raw, raw_type = response.body, response.headers.get("Content-Type")
        else:
            try:
                if not await self.wait_ready(page, self.board.ready):
                    return
                await self.dismiss(page, self.board.consent)
                raw, raw_type = (await page.content()).encode("utf-8"), "text/html; charset=utf-8"
                screenshot = await self.screenshot(page, self.board.post)
            finally:
                await self.close_response_page(response)
        post = self.read_job(Selector(text=raw.decode("utf-8", "replace")), response.url)
        if post is not None:
            post["raw"], post["raw_type"], post["screenshot"] = raw, raw_type, screenshot
            yield post

    def read_job(self, root: Selector, url: str) -> PostItem | None:
        """The Post on a job page, or None (counted) when the configured fields are not there."""
        board = self.board
        node = root.css(board.post)
        scope = node[0] if node else root
        native = board.id.extract(scope, url) or board.id.extract(root, url)
        text = board.text.extract(scope, url, multiline=True)
        if not native or not text:
            self.logger.warning("no job read at %s (id %r, text %s)", url, native, "found" if text else "missing")
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("lurewatch/malformed_pages")
            return None

        def read(spec: Any) -> str | None:
            return spec.extract(scope, url) if spec is not None else None

        published = None
        if board.published is not None:
            shown = read(board.published)
            published = parse_shown_date(shown, datetime.now(timezone.utc),
                                         self.settings.get("LUREWATCH_BROWSER_TIMEZONE", "UTC"), board.published.format)
        return self.make_post(
            f"{self.board_name}/{native}",
            text,
            url=url,
            title=read(board.title),
            author=read(board.author),
            author_id=read(board.author_id),
            published_at=published,
        )
