"""Progress lines on stderr while a crawl runs, for people watching ``lurewatch run``."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from scrapy import signals

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler


class Progress:
    """Prints ``crawl <source>: N posts`` every ``LUREWATCH_PROGRESS_EVERY`` items and a final
    line per spider with its finish reason."""

    def __init__(self, crawler: Crawler, every: int) -> None:
        self.crawler = crawler
        self.every = every
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        ext = cls(crawler, crawler.settings.getint("LUREWATCH_PROGRESS_EVERY", 50))
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _label(self, spider: Spider) -> str:
        return getattr(spider, "source_name", None) or spider.name

    def item_scraped(self, item: Any, spider: Spider) -> None:
        assert self.crawler.stats is not None
        count = self.crawler.stats.get_value("item_scraped_count", 0)
        if count and count % self.every == 0:
            print(f"  crawl {self._label(spider)}: {count} posts", file=sys.stderr, flush=True)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = self.crawler.stats
        count = stats.get_value("item_scraped_count", 0)
        new = stats.get_value("lurewatch/posts_new", 0)
        seconds = time.monotonic() - self.started
        print(
            f"  crawl {self._label(spider)}: {count} posts ({new} new) in {seconds:.1f}s, {reason}",
            file=sys.stderr,
            flush=True,
        )
