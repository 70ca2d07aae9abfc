"""What every lurewatch spider shares: the source config it crawls, and Post construction."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import scrapy

from crawlers.items import PostItem, make_post_id, utc_iso


class SourceSpider(scrapy.Spider):
    """A spider that crawls one configured source.

    Arguments (``-a name=value`` on the command line, or keys of a source in sources.yaml):
    ``url`` — where to start; ``source`` — the source's name, stored on every post; ``region`` —
    ISO 3166 country whose local phone-number format the source uses; ``max_pages``.
    Only the start URL's host is crawled (``allowed_domains``).
    """

    platform = ""

    def __init__(self, url: str | None = None, source: str | None = None, region: str | None = None,
                 max_pages: str | int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_url = url
        self.source_name = source
        self.region = region.upper() if region else None
        self.max_pages_arg = int(max_pages) if max_pages else None
        if url:
            host = urlsplit(url).hostname
            if not host:
                raise ValueError(f"{self.name}: url {url!r} has no host")
            self.allowed_domains = [host]

    def make_post(self, native_id: str, text: str, **fields: Any) -> PostItem:
        """A Post for this source with its stable id; ``None`` fields are left out."""
        post = PostItem(
            id=make_post_id(self.platform, native_id=native_id),
            platform=self.platform,
            text=text,
            fetched_at=utc_iso(datetime.now(timezone.utc)),
        )
        if self.source_name:
            post["source"] = self.source_name
        if self.region:
            post["region"] = self.region
        for key, value in fields.items():
            if value is not None:
                post[key] = value
        return post
