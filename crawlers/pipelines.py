"""Item pipelines: validate → drop duplicates → enrich → store.

Each is a Scrapy component built by ``from_crawler``; the store pipeline switches itself off with
``NotConfigured`` when no store is set, so ``scrapy crawl … -O file.jsonl`` works on its own.
Drops are counted in stats as ``item_dropped_reasons_count/<reason>`` by Scrapy itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem, NotConfigured

from crawlers.items import PostError, validate_post
from enrichment import enrich
from index.store import Store

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


def _as_dict(item: Any) -> dict[str, Any]:
    data = dict(item)
    data.pop("raw", None)
    return data


class ValidatePipeline:
    """Drop items that break the Post contract, saying which field and why."""

    def process_item(self, item: Any) -> dict[str, Any]:
        try:
            return validate_post(_as_dict(item))
        except PostError as exc:
            raise DropItem(f"invalid post: {exc}") from None


class DropDuplicatesPipeline:
    """Drop a post already seen in this crawl (same stable id, e.g. on two overlapping pages)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        if item["id"] in self.seen:
            raise DropItem("duplicate post id")
        self.seen.add(item["id"])
        return item


class EnrichPipeline:
    """Language, identifiers, indicators: the pure enrichment stages."""

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        return enrich(item)


class StorePipeline:
    """Upsert posts into the SQLite store (the source of truth), counting new/updated/unchanged."""

    def __init__(self, path: str, stats: StatsCollector) -> None:
        self.path = path
        self.stats = stats
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        path = crawler.settings.get("LUREWATCH_STORE")
        if not path:
            raise NotConfigured("LUREWATCH_STORE is not set")
        assert crawler.stats is not None
        return cls(path, crawler.stats)

    def open_spider(self) -> None:
        self.store = Store(self.path)

    def close_spider(self) -> None:
        if self.store is not None:
            self.store.close()

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        assert self.store is not None
        outcome = self.store.upsert_post(item)
        self.stats.inc_value(f"lurewatch/posts_{outcome}")
        return item
