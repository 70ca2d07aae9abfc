"""Elasticsearch: connection, analysis detection, index templates, bulk upserts from the store's
outbox, and rebuilding the index from the store with no downtime.

Three indices, each a versioned concrete index (``<prefix>-posts-v1``, ``-v2`` after a rebuild…)
behind an alias (``<prefix>-posts``) and created from an index template, so ``lurewatch reindex``
can build the next version from the store and move the alias in one atomic step. Searches always
go through the alias, so they never see a half-built index.

Text analysis is chosen from what the cluster offers, detected at start-up: ICU segmentation
(Khmer, Myanmar, Lao and Thai are written without spaces between words, and only ICU's dictionary
tokenizer cuts them into words), language analyzers and n-grams from ``analysis-common``, and the
CJK plugins. The local integ-test build has none of these, so the default is the standard
analyzer, which every build has. The choice is written into each index's ``_meta`` so the search
API queries the fields that index really has, even after the cluster gains a plugin.
"""

from __future__ import annotations

import copy
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import orjson
from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions

from index.documents import cluster_document, identifier_document, identifier_document_from_rows, post_document
from index.store import Store

__all__ = [
    "Analysis", "ESConfig", "INDEX_VERSION", "IndexResult", "IndexUnavailable", "KINDS", "MAPPINGS",
    "RebuildResult", "cluster_document", "clusters_by_identifier", "connect", "count_documents",
    "detect_analysis", "drain_outbox", "drop_indices", "ensure_indices", "identifier_document",
    "post_document", "rebuild_indices",
]

log = logging.getLogger(__name__)

#: Version of the mappings below, kept in each index's ``_meta``; an index built with an older
#: one keeps working, and ``lurewatch reindex`` rebuilds it with this one.
INDEX_VERSION = 2
KINDS = ("posts", "clusters", "identifiers")
_OUTBOX_KIND = {"posts": "post", "clusters": "cluster", "identifiers": "identifier"}

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


class IndexUnavailable(RuntimeError):
    """Elasticsearch cannot be reached or refused the request; the message is one line."""


@dataclass(frozen=True)
class ESConfig:
    """Where and how to reach Elasticsearch. Secrets are given as values read from the
    environment by the caller, never from a config file; ``repr`` leaves them out so they
    cannot end up in a log or a traceback."""

    url: str
    prefix: str = "lurewatch"
    api_key: str | None = field(default=None, repr=False)
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_certs: str | None = None
    timeout: float = 30.0
    #: Bulk batches retried after a connection failure or a 5xx, waiting backoff × 2ⁿ seconds:
    #: a node restarting for a few seconds does not leave a backlog.
    retries: int = 3
    backoff: float = 1.0

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


# -- analysis -----------------------------------------------------------------------------------

#: analysis-common's language analyzers for the languages lures are written in, as subfields.
_COMMON_LANGUAGES = {"en": "english", "id": "indonesian", "ar": "arabic", "hi": "hindi", "th": "thai", "cjk": "cjk"}
#: Plugins with a better analyzer for one language than anything in analysis-common.
_PLUGIN_LANGUAGES = {"analysis-smartcn": ("zh", "smartcn"), "analysis-kuromoji": ("ja", "kuromoji"),
                     "analysis-nori": ("ko", "nori")}


@dataclass(frozen=True)
class Analysis:
    """The text analysis an index is built with, from the modules and plugins on every node."""

    modules: frozenset[str] = frozenset()

    @property
    def icu(self) -> bool:
        return "analysis-icu" in self.modules

    @property
    def common(self) -> bool:
        return "analysis-common" in self.modules

    @property
    def languages(self) -> dict[str, str]:
        """Subfield → analyzer for language-specific matching (stemming, stop words)."""
        chosen = dict(_COMMON_LANGUAGES) if self.common else {}
        for plugin, (lang, analyzer) in _PLUGIN_LANGUAGES.items():
            if plugin in self.modules:
                chosen[lang] = analyzer
        return chosen

    @property
    def ngram(self) -> bool:
        # n-grams only stand in for word segmentation; with ICU they would only bloat the index.
        return self.common and not self.icu

    @property
    def text_analyzer(self) -> str:
        return "lw_text" if (self.icu or self.common) else "standard"

    def settings(self) -> dict[str, Any]:
        """The ``index.analysis`` settings the mappings refer to (empty on a bare build)."""
        analyzers: dict[str, Any] = {}
        filters: dict[str, Any] = {}
        tokenizers: dict[str, Any] = {}
        if self.icu:
            analyzers["lw_text"] = {"type": "custom", "tokenizer": "icu_tokenizer", "filter": ["icu_folding"]}
        elif self.common:
            # "luong" finds "lương": people type Vietnamese without its diacritics.
            filters["lw_fold"] = {"type": "asciifolding", "preserve_original": True}
            analyzers["lw_text"] = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "lw_fold"]}
        if self.ngram:
            tokenizers["lw_ngram"] = {"type": "ngram", "min_gram": 2, "max_gram": 3}
            analyzers["lw_ngram"] = {"type": "custom", "tokenizer": "lw_ngram", "filter": ["lowercase"]}
        analysis = {"analyzer": analyzers, "filter": filters, "tokenizer": tokenizers}
        return {k: v for k, v in analysis.items() if v}

    def text_field(self, *, subfields: bool) -> dict[str, Any]:
        """A text field; the main post text also gets language and n-gram subfields."""
        mapping: dict[str, Any] = {"type": "text", "analyzer": self.text_analyzer}
        extra: dict[str, Any] = {}
        if subfields:
            extra = {lang: {"type": "text", "analyzer": a} for lang, a in self.languages.items()}
            if self.ngram:
                extra["ngram"] = {"type": "text", "analyzer": "lw_ngram"}
        if extra:
            mapping["fields"] = extra
        return mapping

    def search_fields(self) -> list[str]:
        """The post fields a free-text query runs on, with boosts: whole words weigh most."""
        fields = ["text^2", "title^2", "indicators.evidence"]
        fields += [f"text.{lang}" for lang in self.languages]
        if self.ngram:
            fields.append("text.ngram^0.5")
        return fields

    def describe(self) -> str:
        parts = ["ICU segmentation and folding" if self.icu else None,
                 f"language analyzers ({', '.join(sorted(self.languages))})" if self.languages else None,
                 "2-3 character n-grams" if self.ngram else None]
        chosen = ", ".join(p for p in parts if p)
        return chosen or "the standard analyzer (no analysis plugins on this cluster)"


def detect_analysis(client: Elasticsearch, progress: Progress = _quiet) -> Analysis:
    """The modules and plugins present on *every* node (an index may live on any of them).
    A cluster that refuses ``_nodes/plugins`` (a restricted API key) gets the standard analyzer."""
    try:
        response = client.nodes.info(metric="plugins", filter_path="nodes.*.modules.name,nodes.*.plugins.name")
    except (es_exceptions.ApiError, es_exceptions.TransportError) as exc:
        progress(f"cannot list the cluster's plugins ({_short(exc)}): using the standard analyzer")
        return Analysis()
    per_node = [
        {m["name"] for m in node.get("modules") or []} | {p["name"] for p in node.get("plugins") or []}
        for node in (response.get("nodes") or {}).values()
    ]
    analysis = Analysis(frozenset(set.intersection(*per_node)) if per_node else frozenset())
    progress(f"text analysis: {analysis.describe()}")
    log.info("text analysis: %s", analysis.describe())
    return analysis


# -- mappings -----------------------------------------------------------------------------------

_KEYWORD = {"type": "keyword", "ignore_above": 1024}
_DATE = {"type": "date"}
_TEXT = {"type": "text"}  # replaced by the detected analysis in mappings_for()

#: The fields of each index with the standard analyzer. ``mappings_for`` adds the detected
#: analyzers; Kibana's saved objects (ops/kibana/) may only name fields listed here.
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
            "published_at": _DATE,
            "fetched_at": _DATE,
            "text": _TEXT,
            "title": _TEXT,
            "region": _KEYWORD,
            "country": _KEYWORD,
            "lang": _KEYWORD,
            "lang_confidence": {"type": "float"},
            "script": _KEYWORD,
            "identifiers": {
                "properties": {"kind": _KEYWORD, "value": _KEYWORD, "raw": _KEYWORD, "channel": _KEYWORD}
            },
            "identifier_keys": _KEYWORD,
            "indicators": {"properties": {"name": _KEYWORD, "evidence": _TEXT}},
            "lure_score": {"type": "float"},
            "post_kind": _KEYWORD,
            "cluster_id": _KEYWORD,
            "links": {"properties": {"key": _KEYWORD, "reason": _KEYWORD}},
            "destinations": _KEYWORD,
            "salary_min": {"type": "double"},
            "salary_max": {"type": "double"},
            "salary_currency": _KEYWORD,
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
            "growth_7d": {"type": "integer"},
            "grown_at": _DATE,
            "created_at": _DATE,
            "updated_at": _DATE,
            "first_seen": _DATE,
            "last_seen": _DATE,
            "platforms": _KEYWORD,
            "languages": _KEYWORD,
            "country": _KEYWORD,
            "destinations": _KEYWORD,
            "max_lure_score": {"type": "float"},
            "risk": {"type": "float"},
            "risk_level": _KEYWORD,
            "lure_posts": {"type": "integer"},
            "salary_min": {"type": "double"},
            "salary_max": {"type": "double"},
            "salary_currency": _KEYWORD,
            "identifier_keys": _KEYWORD,
            "identifiers": {"properties": {"kind": _KEYWORD, "value": _KEYWORD, "posts": {"type": "integer"}}},
            "link_reasons": _KEYWORD,
            "merged_from": _KEYWORD,
            "sample_texts": _TEXT,
        },
    },
    "identifiers": {
        "dynamic": False,
        "properties": {
            "key": _KEYWORD,
            "kind": _KEYWORD,
            "value": _KEYWORD,
            "country": _KEYWORD,
            "posts": {"type": "integer"},
            "clusters": _KEYWORD,
            "platforms": _KEYWORD,
            "channels": _KEYWORD,
            "first_seen": _DATE,
            "last_seen": _DATE,
            "warning_posts": {"type": "integer"},
        },
    },
}

#: Text fields with their analysis: (index kind, dotted path, gets language subfields).
_TEXT_FIELDS = (("posts", "text", True), ("posts", "title", False), ("posts", "indicators.evidence", False),
                ("clusters", "sample_texts", False))


def mappings_for(kind: str, analysis: Analysis) -> dict[str, Any]:
    """``MAPPINGS[kind]`` with the detected analyzers and a ``_meta`` recording them."""
    mapping = copy.deepcopy(MAPPINGS[kind])
    for text_kind, path, subfields in _TEXT_FIELDS:
        if text_kind != kind:
            continue
        node = mapping
        *parents, leaf = path.split(".")
        for part in parents:
            node = node["properties"][part]
        node["properties"][leaf] = analysis.text_field(subfields=subfields)
    mapping["_meta"] = {
        "managed_by": "lurewatch",
        "mapping_version": INDEX_VERSION,
        "analysis": analysis.describe(),
        "search_fields": analysis.search_fields() if kind == "posts" else ["sample_texts"],
    }
    return mapping


def _put_templates(client: Elasticsearch, config: ESConfig, analysis: Analysis) -> None:
    for kind in KINDS:
        alias = config.alias(kind)
        client.indices.put_index_template(
            name=alias,
            index_patterns=[f"{alias}-v*"],
            template={
                "settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s",
                             **({"analysis": analysis.settings()} if analysis.settings() else {})},
                "mappings": mappings_for(kind, analysis),
            },
            priority=100,
            meta={"managed_by": "lurewatch", "version": INDEX_VERSION},
        )


_GENERATION = re.compile(r"-v(\d+)$")


def _versions(client: Elasticsearch, alias: str) -> dict[str, int]:
    """Concrete indices ``<alias>-v<n>`` → n."""
    try:
        names = client.indices.get(index=f"{alias}-v*", expand_wildcards="all")
    except es_exceptions.NotFoundError:
        return {}
    found: dict[str, int] = {}
    for name in names:
        match = _GENERATION.search(name)
        if name.startswith(f"{alias}-v") and match:
            found[name] = int(match.group(1))
    return found


def _behind_alias(client: Elasticsearch, alias: str) -> list[str]:
    if not client.indices.exists_alias(name=alias):
        return []
    return sorted(client.indices.get_alias(name=alias))


def ensure_indices(client: Elasticsearch, config: ESConfig, progress: Progress = _quiet) -> dict[str, str]:
    """Put the index templates (with the analysis the cluster offers) and create each versioned
    index with its alias when missing. Returns alias → concrete index. An index built with older
    mappings keeps serving; the progress line says that ``lurewatch reindex`` upgrades it.
    Raises :class:`IndexUnavailable` when Elasticsearch fails meanwhile (it may go down between
    the health check and here)."""
    try:
        return _ensure_indices(client, config, progress)
    except (es_exceptions.TransportError, es_exceptions.ApiError) as exc:
        raise IndexUnavailable(f"Elasticsearch at {config.url} failed while preparing the indices ({_short(exc)})") from None


def _ensure_indices(client: Elasticsearch, config: ESConfig, progress: Progress) -> dict[str, str]:
    _put_templates(client, config, detect_analysis(client, progress))
    concrete: dict[str, str] = {}
    for kind in KINDS:
        alias = config.alias(kind)
        current = _behind_alias(client, alias)
        if current:
            concrete[alias] = current[-1]
            meta = client.indices.get_mapping(index=current[-1])[current[-1]]["mappings"].get("_meta") or {}
            if int(meta.get("mapping_version") or 1) < INDEX_VERSION:
                progress(f"{current[-1]} has mapping version {meta.get('mapping_version') or 1}, this lurewatch "
                         f"writes {INDEX_VERSION}: run `lurewatch reindex` to rebuild it (searches keep working)")
            continue
        index = f"{alias}-v1"
        if not client.indices.exists(index=index):
            client.indices.create(index=index, aliases={alias: {"is_write_index": True}})
        else:
            client.indices.put_alias(index=index, name=alias)
        concrete[alias] = index
    return concrete


# -- draining the outbox ------------------------------------------------------------------------


@dataclass
class IndexResult:
    """What one drain did: documents acknowledged per index, what failed, what is left."""

    indexed: dict[str, int]
    failed: int
    backlog: int
    error: str | None = None


def _documents(store: Store, kind: str, ids: list[str]) -> Iterable[tuple[str, dict[str, Any] | None]]:
    """``(id, document)`` for each id, None for what the store no longer has. Posts and
    identifiers are read a whole batch per query (documents, links, identifier rows)."""
    if kind == "posts":
        found = store.posts_by_id(ids)
        links = store.post_links_many(ids)
        for doc_id in ids:
            post = found.get(doc_id)
            yield doc_id, post_document(post, links[doc_id]) if post else None
    elif kind == "clusters":
        for doc_id in ids:
            yield doc_id, cluster_document(store, doc_id)
    else:
        pairs = [(key.partition(":")[0], key.partition(":")[2]) for key in ids]
        rows = store.identifier_rows_many(pairs)
        for doc_id, pair in zip(ids, pairs):
            yield doc_id, identifier_document_from_rows(doc_id, rows[pair])


def _json(value: Any) -> bytes:
    try:
        return orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:  # what only the standard library writes (integers beyond 64 bits)
        return json.dumps(value, default=str, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class _Batch:
    """One bulk request: per document its id, whether it is an ``index`` (not a ``delete``), and
    its NDJSON lines (action, then source), so a retry can resend any subset as it is."""

    ids: list[str]
    writes: list[bool]
    lines: list[bytes]


def _batch(index: str, documents: Iterable[tuple[str, dict[str, Any] | None]]) -> _Batch:
    index_head = b'{"index":{"_index":' + _json(index) + b',"_id":'
    delete_head = b'{"delete":{"_index":' + _json(index) + b',"_id":'
    batch = _Batch([], [], [])
    for doc_id, doc in documents:
        batch.ids.append(doc_id)
        batch.writes.append(doc is not None)
        if doc is None:
            # Gone from the store (cluster merged away, identifier no longer used): delete.
            batch.lines.append(delete_head + _json(doc_id) + b"}}\n")
        else:
            batch.lines.append(index_head + _json(doc_id) + b"}}\n" + _json(doc) + b"\n")
    return batch


#: Batches of outbox ids read at a time.
_READ_AHEAD = 8

#: Only what the drain reads of a bulk answer: per item its status, and the error if any.
_BULK_FILTER = "errors,items.*.status,items.*.error"


def _retryable(exc: Exception) -> bool:
    """Connection failures, 429 and 5xx answers pass when a node comes back; other 4xx do not."""
    if isinstance(exc, es_exceptions.ApiError):
        status = int(getattr(exc.meta, "status", 0) or 0)
        return status == 429 or status >= 500
    return True


def _send(client: Elasticsearch, batch: _Batch, config: ESConfig) -> tuple[list[str], dict[str, str], str | None]:
    """Bulk-send ``batch``: (acknowledged ids, rejected id → reason, error that stopped it).

    The NDJSON body is sent as built, and only the items' status and errors are read back.
    Rejections of single documents are returned, not raised, except 429s (the node is busy),
    which are resent after backoff × 2ⁿ s. A connection failure or a 5xx resends what was not
    acknowledged, after backoff × 2ⁿ s, ``config.retries`` times."""
    done: list[str] = []
    errors: dict[str, str] = {}
    pending = list(range(len(batch.ids)))
    failures = 0
    busy = 0
    # This loop does the retrying, with back-off, and resends only what was not acknowledged;
    # the client's own retries on top would multiply the attempts (and the wait on a node that
    # accepts connections but does not answer) by its max_retries + 1.
    bulk = client.options(max_retries=0).bulk
    while pending:
        try:
            response = bulk(operations=b"".join(batch.lines[i] for i in pending), filter_path=_BULK_FILTER)
        except (es_exceptions.TransportError, es_exceptions.ApiError) as exc:
            if not _retryable(exc) or failures >= config.retries:
                return done, errors, _short(exc)
            wait = config.backoff * 2**failures
            log.warning("bulk request failed (%s); retrying in %.1fs", _short(exc), wait)
            time.sleep(wait)
            failures += 1
            continue
        if not response.get("errors"):
            done.extend(batch.ids[i] for i in pending)
            return done, errors, None
        again: list[int] = []
        for position, item in zip(pending, response["items"]):
            op, info = next(iter(item.items()))
            status = int(info.get("status") or 0)
            if 200 <= status < 300 or (op == "delete" and status == 404):
                done.append(batch.ids[position])
            elif status == 429 and busy < config.retries:
                again.append(position)
            else:
                errors[batch.ids[position]] = str(info.get("error"))[:500]
        if again:
            wait = min(config.backoff * 2**busy, 30.0)
            log.warning("%d documents rejected as the node is busy (429); resending in %.1fs", len(again), wait)
            time.sleep(wait)
            busy += 1
        pending = again
    return done, errors, None


def drain_outbox(
    store: Store,
    client: Elasticsearch,
    config: ESConfig,
    batch: int = 500,
    progress: Progress | None = None,
    targets: dict[str, str] | None = None,
) -> IndexResult:
    """Send everything queued in the outbox to Elasticsearch, in bulk batches, removing each
    entry only once Elasticsearch acknowledged it. A connection failure that outlasts the retries
    stops the drain and leaves the rest queued; per-document rejections stay queued with their
    error. ``targets`` (kind → concrete index) writes to a new index instead of the aliases."""
    indexed = {kind: 0 for kind in KINDS}
    failed = 0
    # One bulk request is in flight while the next batch is read from the store and built: the
    # store (SQLite, this thread only) and Elasticsearch then work at the same time.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="lurewatch-bulk") as sender:
        for kind in KINDS:
            outbox_kind = _OUTBOX_KIND[kind]
            index = (targets or {}).get(kind) or config.alias(kind)
            skip: set[str] = set()
            flight: tuple[Future[tuple[list[str], dict[str, str], str | None]], _Batch] | None = None
            ahead: list[str] = []
            while True:
                busy = set(flight[1].ids) if flight else set()
                if len(ahead) < batch:
                    # The outbox is read several batches ahead (the ORDER BY sorts what is queued:
                    # once per few batches, not once per batch). What is read stays queued until
                    # acknowledged, and each document is read from the store as its batch is built.
                    queued = store.outbox_batch(outbox_kind, _READ_AHEAD * batch + len(skip) + len(busy))
                    ahead = [i for i in queued if i not in skip and i not in busy]
                ids, ahead = ahead[:batch], ahead[batch:]
                built = _batch(index, _documents(store, kind, ids))
                if flight:
                    done, errors, stopped = flight[0].result()
                    store.outbox_done(outbox_kind, done)
                    if errors:
                        store.outbox_failed(outbox_kind, errors)
                        failed += len(errors)
                        skip.update(errors)
                    acknowledged = set(done)
                    indexed[kind] += sum(1 for doc_id, write in zip(flight[1].ids, flight[1].writes)
                                         if write and doc_id in acknowledged)
                    if stopped:
                        # The batch just built was never sent: it is still queued.
                        error = f"Elasticsearch at {config.url} failed during indexing ({stopped})"
                        log.warning(error)
                        return IndexResult(indexed, failed, store.outbox_size(), error)
                    if progress:
                        progress(f"indexed {indexed[kind]} {kind}")
                if not built.ids:
                    break
                flight = (sender.submit(_send, client, built, config), built)
    names = [(targets or {}).get(k) or config.alias(k) for k in KINDS]
    try:
        client.indices.refresh(index=",".join(names))
    except (es_exceptions.TransportError, es_exceptions.ApiError) as exc:
        # Everything was acknowledged (and will be searchable within a second): only say so.
        return IndexResult(indexed, failed, store.outbox_size(),
                           f"Elasticsearch at {config.url} failed after indexing ({_short(exc)})")
    return IndexResult(indexed, failed, store.outbox_size())


def count_documents(client: Elasticsearch, config: ESConfig) -> dict[str, int]:
    """Documents per alias, as Elasticsearch sees them now."""
    try:
        return {kind: int(client.count(index=config.alias(kind))["count"]) for kind in KINDS}
    except (es_exceptions.TransportError, es_exceptions.ApiError) as exc:
        raise IndexUnavailable(f"Elasticsearch at {config.url} did not answer the count ({_short(exc)})") from None


def clusters_by_identifier(client: Elasticsearch, config: ESConfig, kind: str, value: str) -> list[str]:
    """Cluster ids whose posts carry this identifier (``who else uses this number``)."""
    response = client.search(
        index=config.alias("posts"),
        size=0,
        query={"term": {"identifier_keys": f"{kind}:{value}"}},
        aggs={"clusters": {"terms": {"field": "cluster_id", "size": 100}}},
    )
    return [bucket["key"] for bucket in response["aggregations"]["clusters"]["buckets"]]


# -- rebuilding from the store ------------------------------------------------------------------


@dataclass
class RebuildResult:
    """A finished rebuild: the indices the aliases left and now point at, documents per index."""

    previous: dict[str, list[str]]
    current: dict[str, str]
    indexed: dict[str, int]
    deleted: list[str]
    seconds: float


def rebuild_indices(
    store: Store,
    client: Elasticsearch,
    config: ESConfig,
    progress: Progress = _quiet,
    keep_old: bool = False,
    batch: int = 1000,
) -> RebuildResult:
    """Rebuild every index from the store into the next version and swap the aliases to it.

    Searches keep using the old indices (through the aliases) until the new ones are complete,
    then one atomic ``_aliases`` call moves all three aliases. The store feeds the rebuild through
    the outbox (everything is queued first), so when Elasticsearch fails half-way the aliases are
    untouched and the next run or reindex finishes from the store. The local build has no
    ``_reindex`` API, and the store is the source of truth anyway. Versions left by a rebuild that
    failed earlier (not behind an alias) are deleted first; the old versions are deleted after the
    swap unless ``keep_old``. Raises :class:`IndexUnavailable` when the rebuild cannot finish."""
    try:
        return _rebuild_indices(store, client, config, progress, keep_old, batch)
    except (es_exceptions.TransportError, es_exceptions.ApiError) as exc:
        # Failed around the load (creating, merging, swapping): what the load sent may have
        # reached only the unfinished indices, so everything is queued again for the live ones.
        store.queue_all()
        raise IndexUnavailable(
            f"reindex did not finish: Elasticsearch at {config.url} failed ({_short(exc)}); the aliases "
            f"still point at the old indices unless they had moved, and {store.outbox_size()} documents "
            "stay queued for the next run"
        ) from None


def _rebuild_indices(store: Store, client: Elasticsearch, config: ESConfig, progress: Progress, keep_old: bool,
                     batch: int) -> RebuildResult:
    started = time.monotonic()
    analysis = detect_analysis(client, progress)
    _put_templates(client, config, analysis)
    previous: dict[str, list[str]] = {}
    current: dict[str, str] = {}
    deleted: list[str] = []
    for kind in KINDS:
        alias = config.alias(kind)
        behind = _behind_alias(client, alias)
        versions = _versions(client, alias)
        for stale in sorted(set(versions) - set(behind)):
            progress(f"deleting {stale}, left by an unfinished rebuild")
            client.indices.delete(index=stale)
            deleted.append(stale)
        previous[alias] = behind
        current[kind] = f"{alias}-v{max(versions.values(), default=0) + 1}"
        # No refreshes while loading: one at the end costs far less than one a second.
        client.indices.create(index=current[kind], settings={"refresh_interval": "-1"})
    queued = store.queue_all()
    progress(f"rebuilding {', '.join(current.values())} from the store ({queued} documents)…")
    result = drain_outbox(store, client, config, batch=batch, progress=progress, targets=current)
    if result.error or result.failed:
        # What went into the unfinished index never reached the aliases: queue everything again,
        # so the next run brings the live indices up to the store (nothing is lost).
        store.queue_all()
        why = result.error or f"{result.failed} documents were rejected (see the outbox's last_error)"
        raise IndexUnavailable(
            f"reindex did not finish: {why}; the aliases still point at the old indices and "
            f"{store.outbox_size()} documents stay queued for the next run"
        )
    for index in current.values():
        client.indices.put_settings(index=index, settings={"refresh_interval": "1s"})
    client.indices.refresh(index=",".join(current.values()))
    _merge(client, list(current.values()), progress)
    actions: list[dict[str, Any]] = []
    for kind in KINDS:
        alias = config.alias(kind)
        actions += [{"remove": {"index": old, "alias": alias}} for old in previous[alias]]
        actions.append({"add": {"index": current[kind], "alias": alias, "is_write_index": True}})
    client.indices.update_aliases(actions=actions)
    progress(f"aliases now point at {', '.join(current.values())}")
    if not keep_old:
        for old in sorted({name for names in previous.values() for name in names}):
            client.indices.delete(index=old)
            deleted.append(old)
    return RebuildResult(previous, {config.alias(k): v for k, v in current.items()}, dict(result.indexed),
                         deleted, round(time.monotonic() - started, 1))


#: How long a force merge may take before the rebuild goes on without waiting for it.
MERGE_TIMEOUT = 3600.0


def _merge(client: Elasticsearch, indices: list[str], progress: Progress) -> None:
    """Force-merge freshly loaded indices into one segment each before they take traffic: a bulk
    load leaves dozens of segments, and every search then pays per segment (term lookups, facet
    ordinals). Growing indices keep merging on their own afterwards; the indices stay far below
    the 5 GB where one merged segment would stop taking part in later merges. A merge that fails
    or outlasts :data:`MERGE_TIMEOUT` only costs search speed: the rebuild goes on (the node
    finishes a merge it started)."""
    progress(f"merging {', '.join(indices)} before the aliases move…")
    started = time.monotonic()
    try:
        client.options(request_timeout=MERGE_TIMEOUT).indices.forcemerge(
            index=",".join(indices), max_num_segments=1, wait_for_completion=True
        )
    except (es_exceptions.TransportError, es_exceptions.ApiError) as exc:
        log.warning("force merge of %s did not finish (%s)", ", ".join(indices), _short(exc))
        progress(f"the merge did not finish ({_short(exc)}); searches are slower until the node merges")
        return
    log.info("merged %s in %.1fs", ", ".join(indices), time.monotonic() - started)


def drop_indices(client: Elasticsearch, config: ESConfig) -> list[str]:
    """Delete every index and index template of ``config``'s prefix (the demo starts afresh).
    Names are resolved first: wildcard deletes are refused by default."""
    # Only our own versioned indices: prefix "lurewatch" must not take "lurewatch-demo-…" along.
    names = sorted(name for kind in KINDS for name in _versions(client, config.alias(kind)))
    for name in names:
        client.indices.delete(index=name)
    for kind in KINDS:
        if client.indices.exists_index_template(name=config.alias(kind)):
            client.indices.delete_index_template(name=config.alias(kind))
    return names
