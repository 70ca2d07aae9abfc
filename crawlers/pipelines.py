"""Item pipelines: evidence → validate → drop duplicates → enrich → store.

Each is a Scrapy component built by ``from_crawler``; the store pipeline switches itself off with
``NotConfigured`` when no store is set, so ``scrapy crawl … -O file.jsonl`` works on its own.
The evidence pipeline comes first: it turns the raw bytes (and screenshot) a spider attached to
an item into files under the evidence directory and the item's ``evidence`` field.
Drops are counted in stats as ``item_dropped_reasons_count/<reason>`` by Scrapy itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem, NotConfigured

from crawlers.evidence import EvidenceStore, Stored, evidence_record, extension_for
from crawlers.items import PostError, validate_post
from enrichment import enrich
from index.store import Store

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


#: Item fields that carry bytes through the crawl and never leave it.
TRANSIENT_FIELDS = ("raw", "raw_type", "screenshot")


def _as_dict(item: Any) -> dict[str, Any]:
    data = dict(item)
    for name in TRANSIENT_FIELDS:
        data.pop(name, None)
    return data


class EvidencePipeline:
    """Store each post's raw bytes and screenshot content-addressed (crawlers/evidence.py) and
    record them in ``evidence``. Counted in stats as ``lurewatch/evidence/raw``,
    ``…/screenshots``, ``…/files_written``, ``…/bytes_written`` and ``…/missing`` (a post that
    came without raw bytes: a spider bug worth seeing)."""

    def __init__(self, root: str, stats: StatsCollector) -> None:
        self.store = EvidenceStore(root)
        self.stats = stats
        # The raw bytes last stored (the very object, with its extension) and where: the posts
        # of one page share one bytes object, hashed once.
        self._last_raw: tuple[bytes, str, Stored] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EvidencePipeline:
        root = crawler.settings.get("LUREWATCH_EVIDENCE_DIR")
        if not root:
            raise NotConfigured("LUREWATCH_EVIDENCE_DIR is not set")
        assert crawler.stats is not None
        return cls(str(root), crawler.stats)

    def _put(self, data: bytes, extension: str, kind: str) -> Stored:
        stored = self.store.put(data, extension)
        self.stats.inc_value(f"lurewatch/evidence/{kind}")
        if stored.written:
            self.stats.inc_value("lurewatch/evidence/files_written")
            self.stats.inc_value("lurewatch/evidence/bytes_written", stored.size)
        return stored

    def process_item(self, item: Any) -> Any:
        raw, screenshot = item.get("raw"), item.get("screenshot")
        if raw is None:
            self.stats.inc_value("lurewatch/evidence/missing")
            return item
        extension = extension_for(item.get("raw_type"))
        last = self._last_raw
        if last is not None and raw is last[0] and extension == last[1]:
            raw_stored = last[2]
            self.stats.inc_value("lurewatch/evidence/raw")
        else:
            raw_stored = self._put(raw, extension, "raw")
            self._last_raw = (raw, extension, raw_stored)
        shot_stored = self._put(screenshot, ".png", "screenshots") if screenshot else None
        item["evidence"] = evidence_record(raw_stored, shot_stored)
        for name in TRANSIENT_FIELDS:
            item.pop(name, None)
        return item


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
