"""Facebook-style public group pages, rendered in Chromium.

Posts are built by JavaScript in a ``role="feed"`` list, older ones load as the page is scrolled,
and long posts are cut with a "See more" button that fetches the rest when clicked: the spider
scrolls the feed to its end, clicks every "See more", and only then reads the page. Each post's
date is read from the absolute ``title`` of its time stamp (the page's shown relative text —
"3h", "2d" — when there is no title). Comments are never opened.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawlers.browser import BrowserSpider
from crawlers.dates import parse_shown_date
from crawlers.htmltext import block_text
from crawlers.items import PostItem

#: Where things are on a group page (the public markup; override with ``-a selectors=…`` JSON).
SELECTORS = {
    "feed": '[role="feed"]',
    "post": '[role="feed"] > [role="article"]',
    "message": '[data-ad-preview="message"]',
    "author": "h3 a",
    "time": 'a[href*="/posts/"] abbr, a[href*="/permalink/"] abbr',
    "permalink": 'a[href*="/posts/"], a[href*="/permalink/"]',
    "see_more": '[role="feed"] [role="article"] [role="button"]:text-is("See more")',
}
_POST_ID = re.compile(r"/(?:posts|permalink)/(\d+)")


class FacebookGroupSpider(BrowserSpider):
    """Crawl one public group: ``-a url=https://www.facebook.com/groups/NAME/``."""

    name = "fbgroup"
    platform = "fbgroup"

    def __init__(self, url: str | None = None, max_scrolls: str | int | None = None,
                 scroll_wait_ms: str | int | None = None, selectors: Any = None, **kwargs: Any) -> None:
        if not url:
            raise ValueError("fbgroup: give -a url=https://www.facebook.com/groups/NAME/")
        super().__init__(url=url, **kwargs)
        parts = [p for p in urlsplit(url).path.split("/") if p]
        self.group = parts[parts.index("groups") + 1] if "groups" in parts[:-1] else (parts[-1] if parts else "group")
        self.source_name = self.source_name or f"fbgroup-{self.group}"
        self.max_scrolls = int(max_scrolls) if max_scrolls else 200
        self.scroll_wait_ms = int(scroll_wait_ms) if scroll_wait_ms else 2500
        self.selectors = {**SELECTORS, **_selectors(selectors)}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        assert self.start_url is not None
        yield self.browser_request(self.start_url, self.parse_group)

    async def parse_group(self, response: Response) -> AsyncIterator[PostItem]:
        """Scroll the feed to its end, expand every long post, read and screenshot each post."""
        page = response.meta["playwright_page"]
        sel = self.selectors
        posts: list[PostItem] = []
        try:
            if not await self.wait_ready(page, sel["post"]):
                return
            await self.scroll_to_load(page, sel["post"], self.max_scrolls, self.scroll_wait_ms)
            await self.click_all(page, sel["see_more"], limit=10_000)
            html = await page.content()
            raw = html.encode("utf-8")
            fetched = datetime.now(timezone.utc)
            for index, article in enumerate(Selector(text=html).css(sel["post"])):
                post = self.read_post(article, response, fetched)
                if post is None:
                    continue
                post["raw"], post["raw_type"] = raw, "text/html; charset=utf-8"
                post["screenshot"] = await self.screenshot(page, sel["post"], index)
                posts.append(post)
        finally:
            await self.close_response_page(response)
        self.logger.info("%s: %d posts", self.source_name, len(posts))
        for post in posts:
            yield post

    def read_post(self, article: Selector, response: Response, fetched: datetime) -> PostItem | None:
        """One post of the feed, or None when it has no permalink or no text."""
        sel = self.selectors
        href = article.css(sel["permalink"]).attrib.get("href") if article.css(sel["permalink"]) else None
        match = _POST_ID.search(href or "")
        message = article.css(sel["message"])
        text = block_text(message[0]) if message else ""
        if not match or not text:
            self.crawler.stats.inc_value("lurewatch/malformed_posts")  # type: ignore[union-attr]
            return None
        if article.css(f'{sel["message"]} [role="button"]'):
            # A "See more" that could not be clicked: the text is cut short; keep it, but count it.
            self.crawler.stats.inc_value("lurewatch/browser/unexpanded")  # type: ignore[union-attr]
        author = article.css(sel["author"])
        author_href = author.attrib.get("href", "") if author else ""
        stamp = article.css(sel["time"])
        shown = (stamp.attrib.get("title") or " ".join(stamp.xpath(".//text()").getall())) if stamp else None
        zone = self.settings.get("LUREWATCH_BROWSER_TIMEZONE", "UTC")
        return self.make_post(
            match.group(1),
            text,
            url=response.urljoin(href or ""),
            author=" ".join("".join(author.xpath(".//text()").getall()).split()) or None if author else None,
            author_id=_profile_id(author_href),
            published_at=parse_shown_date(shown, fetched, zone),
        )


def _selectors(raw: Any) -> dict[str, str]:
    """The ``selectors`` argument (a mapping, or its JSON text from ``-a selectors=…``) checked
    against the keys of :data:`SELECTORS`."""
    if not raw:
        return {}
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError as exc:
            raise ValueError(f"fbgroup: selectors must be a JSON mapping ({exc})") from None
    if not isinstance(raw, dict):
        raise ValueError(f"fbgroup: selectors must be a mapping, not {type(raw).__name__}")
    unknown = sorted(set(raw) - set(SELECTORS))
    if unknown:
        raise ValueError(f"fbgroup: unknown selectors {', '.join(map(repr, unknown))} "
                         f"(known: {', '.join(SELECTORS)})")
    return raw


def _profile_id(href: str) -> str | None:
    """``profile.php?id=100…`` → ``100…``; ``/some.name`` → ``some.name``."""
    if not href:
        return None
    split = urlsplit(href)
    if split.path.endswith("profile.php"):
        return (parse_qs(split.query).get("id") or [None])[0]
    parts = [p for p in split.path.split("/") if p]
    if parts and parts[0] in ("groups", "people") and "user" in parts:
        return parts[parts.index("user") + 1] if parts.index("user") + 1 < len(parts) else None
    return parts[-1] if parts else None
