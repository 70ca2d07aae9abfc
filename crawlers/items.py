"""The Post: the one contract between spiders, enrichment, store, index and alerts.

A Post is a plain ``dict`` everywhere outside Scrapy (JSON Lines records, the store, Elasticsearch
documents). Inside a crawl it travels as :class:`PostItem`, whose fields are the same names.
Only ``id`` and ``text`` are required on input; every other field is optional, and unknown fields
are kept as they are so that other tools can extend a record without losing it on the way through.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any

import scrapy

#: Fields a spider fills (DESIGN.md, "Post").
CRAWL_FIELDS: tuple[str, ...] = (
    "id",
    "platform",
    "source",
    "url",
    "author",
    "author_id",
    "published_at",
    "fetched_at",
    "text",
    "title",
    "media_urls",
    "outlinks",
    "region",
    "evidence",
)

#: Fields enrichment and clustering add.
ENRICHED_FIELDS: tuple[str, ...] = (
    "lang",
    "lang_confidence",
    "script",
    "identifiers",
    "indicators",
    "lure_score",
    "post_kind",
    "template",
    "cluster_id",
    "links",
)

POST_KINDS = ("lure", "warning", "other")

_STRING_FIELDS = ("id", "platform", "source", "url", "author", "author_id", "text", "title", "region")
_LIST_FIELDS = ("media_urls", "outlinks", "identifiers", "indicators", "links")
_DATE_FIELDS = ("published_at", "fetched_at")


class PostItem(scrapy.Item):
    """A Post inside a Scrapy crawl; ``dict(item)`` is the contract record."""

    id = scrapy.Field()
    platform = scrapy.Field()
    source = scrapy.Field()
    url = scrapy.Field()
    author = scrapy.Field()
    author_id = scrapy.Field()
    published_at = scrapy.Field()
    fetched_at = scrapy.Field()
    text = scrapy.Field()
    title = scrapy.Field()
    media_urls = scrapy.Field()
    outlinks = scrapy.Field()
    region = scrapy.Field()
    evidence = scrapy.Field()
    # Raw bytes the post was read from (and their Content-Type), and a PNG of the post where a
    # browser rendered it; the evidence pipeline turns them into ``evidence`` and drops them.
    raw = scrapy.Field()
    raw_type = scrapy.Field()
    screenshot = scrapy.Field()


class PostError(ValueError):
    """A record that does not satisfy the Post contract; the message says which field and why."""


def make_post_id(platform: str, native_id: str | None = None, url: str | None = None) -> str:
    """Stable post id: the platform plus its native id (or, failing that, canonical URL), hashed.

    The same post crawled twice gets the same id, so every write downstream is an idempotent upsert.
    """
    key = native_id if native_id else url
    if not platform or not key:
        raise PostError("a post id needs a platform and a native id or URL")
    digest = hashlib.sha256(f"{platform}\x1f{key}".encode()).hexdigest()
    return f"{platform[:2]}{digest[:22]}"


def utc_iso(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, the one date format of the contract."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_date(value: str) -> str:
    """Parse an ISO 8601 date (any offset) and return it normalised to UTC ``…Z``."""
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise PostError(f"not an ISO 8601 date: {value!r}") from exc
    return utc_iso(parsed)


def validate_post(record: Any) -> dict[str, Any]:
    """Check ``record`` against the Post contract and return a normalised copy.

    Raises :class:`PostError` with a one-line reason a user can act on.
    """
    if not isinstance(record, dict):
        raise PostError(f"a post must be a JSON object, not {type(record).__name__}")
    post = dict(record)
    for name in ("id", "text"):
        if name not in post or post[name] is None:
            raise PostError(f"missing required field {name!r}")
    if isinstance(post["id"], int) and not isinstance(post["id"], bool):
        post["id"] = str(post["id"])
    for name in _STRING_FIELDS:
        if name in post and post[name] is not None and not isinstance(post[name], str):
            raise PostError(f"field {name!r} must be a string, not {type(post[name]).__name__}")
    if not post["id"].strip():
        raise PostError("field 'id' is empty")
    for name in _LIST_FIELDS:
        if name in post and post[name] is not None and not isinstance(post[name], list):
            raise PostError(f"field {name!r} must be a list, not {type(post[name]).__name__}")
    for name in _DATE_FIELDS:
        if post.get(name) is not None:
            if not isinstance(post[name], str):
                raise PostError(f"field {name!r} must be an ISO 8601 string")
            try:
                post[name] = parse_date(post[name])
            except PostError as exc:
                raise PostError(f"field {name!r}: {exc}") from None
    if post.get("region") is not None:
        region = post["region"].strip().upper()
        if len(region) != 2 or not region.isalpha():
            raise PostError(f"field 'region' must be an ISO 3166 alpha-2 code, not {post['region']!r}")
        post["region"] = region
    if post.get("evidence") is not None and not isinstance(post["evidence"], dict):
        raise PostError("field 'evidence' must be an object")
    if post.get("post_kind") is not None and post["post_kind"] not in POST_KINDS:
        raise PostError(f"field 'post_kind' must be one of {', '.join(POST_KINDS)}")
    return post
