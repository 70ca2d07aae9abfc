"""Elasticsearch: connection, index templates, bulk upserts from the store's outbox, search.

Three indices, each a versioned concrete index (``<prefix>-posts-v1``) behind an alias
(``<prefix>-posts``) and created from an index template, so a later ``reindex`` can build a new
version and move the alias. Mappings use only what every Elasticsearch build has (the standard
analyzer, keyword, date, numbers): the local integ-test build has no analysis plugins.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch, helpers
from elasticsearch import exceptions as es_exceptions

from enrichment.cluster import describe_key
from index.store import Store

log = logging.getLogger(__name__)

INDEX_VERSION = 1
KINDS = ("posts", "clusters", "identifiers")
_OUTBOX_KIND = {"posts": "post", "clusters": "cluster", "identifiers": "identifier"}


class IndexUnavailable(RuntimeError):
    """Elasticsearch cannot be reached or refused the request; the message is one line."""


@dataclass(frozen=True)
class ESConfig:
    """Where and how to reach Elasticsearch. Secrets are given as values read from the
    environment by the caller, never from a config file."""

    url: str
    prefix: str = "lurewatch"
    api_key: str | None = None
    username: str | None = None
    password: str | None = None
    ca_certs: str | None = None
    timeout: float = 30.0

    def alias(self, kind: str) -> str:
        return f"{self.prefix}-{kind}"


def connect(config: ESConfig) -> Elasticsearch:
    """A client for ``config``, checked with ``/_cluster/health`` (``GET /`` may not exist)."""
    options: dict[str, Any] = {"request_timeout": config.timeout, "retry_on_timeout": True, "max_retries": 2}
    if config.api_key:
        options["api_key"] = config.api_key
    elif config.username:
        options["basic_auth"] = (config.username, config.password or "")
    if config.ca_certs:
        options["ca_certs"] = config.ca_certs
    try:
        client = Elasticsearch(config.url, **options)
        health = client.cluster.health(timeout="5s")
    except (es_exceptions.ConnectionError, es_exceptions.TransportError, ValueError) as exc:
        raise IndexUnavailable(f"Elasticsearch at {config.url} is not reachable ({_short(exc)})") from None
    except es_exceptions.ApiError as exc:
        raise IndexUnavailable(f"Elasticsearch at {config.url} refused the health check ({_short(exc)})") from None
    if health.get("status") == "red":
        raise IndexUnavailable(f"Elasticsearch at {config.url} is red")
    return client


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


_KEYWORD = {"type": "keyword", "ignore_above": 1024}
_TEXT = {"type": "text", "fields": {"raw": {"type": "keyword", "ignore_above": 256}}}

MAPPINGS: dict[str, dict[str, Any]] = {
    "posts": {
        "dynamic": False,
        "properties": {
            "id": _KEYWORD,
            "platform": _KEYWORD,
            "source": _KEYWORD,
            "url": _KEYWORD,
            "author": _KEYWORD,
            "author_id": _KEYWORD,
            "published_at": {"type": "date"},
            "fetched_at": {"type": "date"},
            "text": {"type": "text"},
            "title": {"type": "text"},
            "region": _KEYWORD,
            "lang": _KEYWORD,
            "lang_confidence": {"type": "float"},
            "script": _KEYWORD,
            "identifiers": {
                "properties": {"kind": _KEYWORD, "value": _KEYWORD, "raw": _KEYWORD, "channel": _KEYWORD}
            },
            "identifier_keys": _KEYWORD,
            "indicators": {"properties": {"name": _KEYWORD, "evidence": {"type": "text"}}},
            "lure_score": {"type": "float"},
            "post_kind": _KEYWORD,
            "cluster_id": _KEYWORD,
            "links": {"properties": {"key": _KEYWORD, "reason": _KEYWORD}},
            "media_urls": _KEYWORD,
            "outlinks": _KEYWORD,
            "evidence": {"properties": {"sha256": _KEYWORD, "path": _KEYWORD, "screenshot": _KEYWORD}},
        },
    },
    "clusters": {
        "dynamic": False,
        "properties": {
            "cluster_id": _KEYWORD,
            "size": {"type": "integer"},
            "created_at": {"type": "date"},
            "updated_at": {"type": "date"},
            "first_seen": {"type": "date"},
            "last_seen": {"type": "date"},
            "platforms": _KEYWORD,
            "languages": _KEYWORD,
            "max_lure_score": {"type": "float"},
            "identifier_keys": _KEYWORD,
            "identifiers": {"properties": {"kind": _KEYWORD, "value": _KEYWORD, "posts": {"type": "integer"}}},
            "link_reasons": _KEYWORD,
            "merged_from": _KEYWORD,
            "sample_texts": {"type": "text"},
        },
    },
    "identifiers": {
        "dynamic": False,
        "properties": {
            "key": _KEYWORD,
            "kind": _KEYWORD,
            "value": _KEYWORD,
            "posts": {"type": "integer"},
            "clusters": _KEYWORD,
            "platforms": _KEYWORD,
            "channels": _KEYWORD,
            "first_seen": {"type": "date"},
            "last_seen": {"type": "date"},
            "warning_posts": {"type": "integer"},
        },
    },
}


def ensure_indices(client: Elasticsearch, config: ESConfig) -> dict[str, str]:
    """Put the index templates and create each versioned index with its alias when missing.
    Returns alias → concrete index."""
    concrete: dict[str, str] = {}
    for kind in KINDS:
        alias = config.alias(kind)
        client.indices.put_index_template(
            name=alias,
            index_patterns=[f"{alias}-v*"],
            template={
                "settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s"},
                "mappings": MAPPINGS[kind],
            },
            priority=100,
            meta={"managed_by": "lurewatch", "version": INDEX_VERSION},
        )
        if client.indices.exists_alias(name=alias):
            concrete[alias] = sorted(client.indices.get_alias(name=alias))[-1]
            continue
        index = f"{alias}-v{INDEX_VERSION}"
        if not client.indices.exists(index=index):
            client.indices.create(index=index, aliases={alias: {"is_write_index": True}})
        else:
            client.indices.put_alias(index=index, name=alias)
        concrete[alias] = index
    return concrete


# -- documents built from the store ---------------------------------------------------------------


def post_document(post: dict[str, Any], links: list[str]) -> dict[str, Any]:
    """The Elasticsearch document of a post: the Post record plus flat identifier keys."""
    doc = {k: v for k, v in post.items() if k in MAPPINGS["posts"]["properties"]}
    doc["identifier_keys"] = [f"{i['kind']}:{i['value']}" for i in post.get("identifiers") or []]
    doc["links"] = [{"key": key, "reason": describe_key(key)} for key in links]
    return doc


def cluster_document(store: Store, cluster_id: str, samples: int = 3) -> dict[str, Any] | None:
    """The cluster as investigators search it: size, time span, platforms, languages,
    identifiers with counts, link reasons, a few sample texts."""
    row = store.cluster_row(cluster_id)
    if row is None or row["merged_into"] or row["size"] == 0:
        # Merged away: its posts now live in the surviving cluster; the document is deleted.
        return None
    members = store.cluster_members(cluster_id)
    counts: dict[tuple[str, str], int] = {}
    reasons: set[str] = set()
    for post in members:
        for item in post.get("identifiers") or []:
            key = (item["kind"], item["value"])
            counts[key] = counts.get(key, 0) + 1
        reasons.update(describe_key(key) for key in store.post_links(post["id"]))
    dates = sorted(p["published_at"] for p in members if p.get("published_at"))
    return {
        "cluster_id": cluster_id,
        "size": len(members),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "platforms": sorted({p.get("platform") for p in members if p.get("platform")}),
        "languages": sorted({p.get("lang") for p in members if p.get("lang")}),
        "max_lure_score": max((p.get("lure_score") or 0.0 for p in members), default=0.0),
        "identifier_keys": sorted(f"{k}:{v}" for k, v in counts),
        "identifiers": [{"kind": k, "value": v, "posts": n} for (k, v), n in sorted(counts.items())],
        "link_reasons": sorted(reasons),
        "merged_from": json.loads(row["merged_from"]),
        "sample_texts": [(p.get("text") or "")[:500] for p in members[:samples]],
    }


def identifier_document(store: Store, key: str) -> dict[str, Any] | None:
    """Who else uses this number: post count, clusters, platforms, channels, first/last seen."""
    kind, _, value = key.partition(":")
    rows = store.identifier_rows(kind, value)
    if not rows:
        return None
    dates = sorted(r["published_at"] for r in rows if r["published_at"])
    return {
        "key": key,
        "kind": kind,
        "value": value,
        "posts": len(rows),
        "clusters": sorted({r["cluster_id"] for r in rows if r["cluster_id"]}),
        "platforms": sorted({r["platform"] for r in rows if r["platform"]}),
        "channels": sorted({r["channel"] for r in rows if r["channel"]}),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "warning_posts": sum(1 for r in rows if r["post_kind"] == "warning"),
    }


# -- draining the outbox ----------------------------------------------------------------------------


@dataclass
class IndexResult:
    """What one drain did: documents acknowledged per index, what failed, what is left."""

    indexed: dict[str, int]
    failed: int
    backlog: int
    error: str | None = None


def _documents(store: Store, kind: str, ids: list[str]) -> Iterable[tuple[str, dict[str, Any] | None]]:
    if kind == "posts":
        found = {post["id"]: post for post in store.iter_posts(ids)}
        for doc_id in ids:
            post = found.get(doc_id)
            yield doc_id, post_document(post, store.post_links(doc_id)) if post else None
    elif kind == "clusters":
        for doc_id in ids:
            yield doc_id, cluster_document(store, doc_id)
    else:
        for doc_id in ids:
            yield doc_id, identifier_document(store, doc_id)


def drain_outbox(
    store: Store,
    client: Elasticsearch,
    config: ESConfig,
    batch: int = 500,
    progress: Callable[[str], None] | None = None,
) -> IndexResult:
    """Send everything queued in the outbox to Elasticsearch, in bulk batches, removing each
    entry only once Elasticsearch acknowledged it. A connection failure stops the drain and
    leaves the rest queued; per-document rejections stay queued with their error."""
    indexed = {kind: 0 for kind in KINDS}
    failed = 0
    error: str | None = None
    for kind in KINDS:
        outbox_kind = _OUTBOX_KIND[kind]
        alias = config.alias(kind)
        skip: set[str] = set()
        while True:
            ids = [i for i in store.outbox_batch(outbox_kind, batch + len(skip)) if i not in skip][:batch]
            if not ids:
                break
            actions = []
            for doc_id, doc in _documents(store, kind, ids):
                if doc is None:
                    # Gone from the store (cluster merged away, identifier no longer used): delete.
                    actions.append({"_op_type": "delete", "_index": alias, "_id": doc_id})
                else:
                    actions.append({"_op_type": "index", "_index": alias, "_id": doc_id, "_source": doc})
            done: list[str] = []
            errors: dict[str, str] = {}
            try:
                for ok, item in helpers.streaming_bulk(
                    client,
                    actions,
                    chunk_size=batch,
                    raise_on_error=False,
                    raise_on_exception=True,
                    max_retries=3,
                    initial_backoff=1,
                ):
                    op, info = next(iter(item.items()))
                    if ok or (op == "delete" and info.get("status") == 404):
                        done.append(info["_id"])
                    else:
                        errors[info["_id"]] = str(info.get("error"))[:500]
            except (es_exceptions.ConnectionError, es_exceptions.TransportError, es_exceptions.ApiError) as exc:
                store.outbox_done(outbox_kind, done)
                error = f"Elasticsearch at {config.url} failed during indexing ({_short(exc)})"
                log.warning(error)
                return IndexResult(indexed, failed, store.outbox_size(), error)
            store.outbox_done(outbox_kind, done)
            if errors:
                store.outbox_failed(outbox_kind, errors)
                failed += len(errors)
                skip.update(errors)
            acknowledged = set(done)
            indexed[kind] += sum(1 for a in actions if a["_op_type"] == "index" and a["_id"] in acknowledged)
            if progress:
                progress(f"indexed {indexed[kind]} {kind}")
    client.indices.refresh(index=",".join(config.alias(k) for k in KINDS))
    return IndexResult(indexed, failed, store.outbox_size(), error)


def count_documents(client: Elasticsearch, config: ESConfig) -> dict[str, int]:
    """Documents per alias, as Elasticsearch sees them now."""
    return {kind: int(client.count(index=config.alias(kind))["count"]) for kind in KINDS}


def clusters_by_identifier(client: Elasticsearch, config: ESConfig, kind: str, value: str) -> list[str]:
    """Cluster ids whose posts carry this identifier (``who else uses this number``)."""
    response = client.search(
        index=config.alias("posts"),
        size=0,
        query={"term": {"identifier_keys": f"{kind}:{value}"}},
        aggs={"clusters": {"terms": {"field": "cluster_id", "size": 100}}},
    )
    return [bucket["key"] for bucket in response["aggregations"]["clusters"]["buckets"]]


def drop_indices(client: Elasticsearch, config: ESConfig) -> list[str]:
    """Delete every index and index template of ``config``'s prefix (the demo starts afresh).
    Names are resolved first: wildcard deletes are refused by default."""
    names = sorted(client.indices.get(index=f"{config.prefix}-*", expand_wildcards="all"))
    for name in names:
        client.indices.delete(index=name)
    for kind in KINDS:
        if client.indices.exists_index_template(name=config.alias(kind)):
            client.indices.delete_index_template(name=config.alias(kind))
    return names
