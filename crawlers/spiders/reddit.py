"""Reddit listings as JSON (``/r/<sub>/new.json``), newest first, paged with ``after``."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import scrapy
from scrapy.http import Response

from crawlers.items import utc_iso
from crawlers.spiders.base import SourceSpider


class RedditSpider(SourceSpider):
    """Crawl one subreddit: ``-a subreddit=NAME`` or ``-a url=https://www.reddit.com/r/NAME``."""

    name = "reddit"
    platform = "reddit"

    def __init__(self, subreddit: str | None = None, url: str | None = None, **kwargs: Any) -> None:
        if url and not subreddit:
            parts = [p for p in urlsplit(url).path.split("/") if p]
            subreddit = parts[parts.index("r") + 1] if "r" in parts[:-1] else None
        if not subreddit:
            raise ValueError("reddit: give -a subreddit=NAME or -a url=https://www.reddit.com/r/NAME")
        self.subreddit = subreddit
        super().__init__(url=url, **kwargs)
        self.source_name = self.source_name or f"reddit-{self.subreddit}"
        self.base_url = url.split("/r/")[0] if url else None

    def listing_url(self, after: str | None = None) -> str:
        base = self.base_url or self.settings.get("REDDIT_BASE_URL").rstrip("/")
        query = {"limit": self.settings.getint("REDDIT_PAGE_SIZE"), "raw_json": 1}
        if after:
            query["after"] = after
        return f"{base}/r/{self.subreddit}/new.json?{urlencode(query)}"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        url = self.listing_url()
        if not self.allowed_domains:
            self.allowed_domains = [urlsplit(url).hostname or "www.reddit.com"]
        yield scrapy.Request(url, callback=self.parse, cb_kwargs={"page": 1})

    def parse(self, response: Response, page: int = 1) -> Iterator[Any]:
        try:
            listing = json.loads(response.text)
            data = listing["data"]
            children = data["children"]
        except (ValueError, KeyError, TypeError) as exc:
            self.logger.warning("not a reddit listing at %s: %s", response.url, exc)
            self.crawler.stats.inc_value("lurewatch/malformed_pages", spider=self)
            return
        for child in children:
            post = child.get("data") or {}
            if child.get("kind") != "t3" or not post.get("id"):
                continue
            text = post.get("selftext") or ""
            created = post.get("created_utc")
            permalink = post.get("permalink")
            yield self.make_post(
                post["id"],
                text,
                title=post.get("title"),
                url=urljoin(response.url, permalink) if permalink else post.get("url"),
                author=post.get("author"),
                author_id=post.get("author") if post.get("author") not in (None, "[deleted]") else None,
                published_at=utc_iso(datetime.fromtimestamp(float(created), timezone.utc)) if created else None,
                outlinks=[post["url"]] if post.get("url") and not post.get("is_self") else None,
                # The listing the post was read from: a page of posts shares one evidence file.
                raw=response.body,
                raw_type=response.headers.get("Content-Type"),
            )
        after = data.get("after")
        if after and children and page < (self.max_pages_arg or self.settings.getint("REDDIT_MAX_PAGES")):
            yield scrapy.Request(self.listing_url(after), callback=self.parse, cb_kwargs={"page": page + 1})
