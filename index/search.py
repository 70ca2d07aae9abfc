"""The search API the investigator UI and the alerts use: posts by free text and filters,
clusters by growth, size and risk, and "who else uses this number".

Every query goes through the aliases, so it keeps working while ``lurewatch reindex`` builds the
next version. Free text is read with ``simple_query_string`` — quotes, ``-word``, ``a | b`` and
``pref*`` work, and a stray bracket is never a syntax error an investigator has to debug — over
the text fields the index was built with (its ``_meta`` names them: the standard field on a bare
cluster, language subfields and n-grams where the cluster had them). Filters are exact
(keyword/range filters, cached by Elasticsearch and not scored).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

import phonenumbers
from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions

from enrichment.identifiers import normalize_url
from index.es import ESConfig, IndexUnavailable

#: Identifier kinds of the Post contract (DESIGN.md), as written before the colon of a key.
IDENTIFIER_KINDS = ("phone", "telegram", "line", "wechat", "email", "wallet", "url")
_PHONE_LIKE = re.compile(r"^\+[\d\s().\-]{6,}$")
#: Fields a post page is counted by, for the UI's facets.
POST_FACETS = {"platform": "platform", "lang": "lang", "country": "country", "post_kind": "post_kind"}

DateBound = str | date | datetime | None


class SearchError(ValueError):
    """A query that cannot be run as given (bad identifier, bad date); the message says why."""


def identifier_key(text: str) -> str:
    """The normalized ``kind:value`` key for what an investigator typed: ``phone:+855 97 712 3456``
    and ``+855 97-712-3456`` give ``phone:+855977123456``; ``@Recruiter`` gives
    ``telegram:recruiter``; ``email:A@B.com`` is lower-cased; URLs are normalized like the
    enrichment does. Raises :class:`SearchError` for what is no identifier."""
    raw = text.strip()
    kind, sep, value = raw.partition(":")
    if sep and kind.lower() in IDENTIFIER_KINDS and not (kind.lower() == "url" and value.startswith("//")):
        kind, value = kind.lower(), value.strip()
    elif raw.startswith("@") and len(raw) > 1:
        kind, value = "telegram", raw[1:]
    elif _PHONE_LIKE.match(raw):
        kind, value = "phone", raw
    elif "@" in raw and "." in raw.rpartition("@")[2]:
        kind, value = "email", raw
    elif raw.lower().startswith(("http://", "https://")):
        kind, value = "url", raw
    else:
        raise SearchError(
            f"{text!r} is not an identifier: write kind:value (kinds: {', '.join(IDENTIFIER_KINDS)}), "
            "a phone number with its +country code, an @handle, an e-mail or a URL"
        )
    if not value:
        raise SearchError(f"{text!r}: the identifier has no value after {kind}:")
    if kind == "phone":
        try:
            number = phonenumbers.parse(value, None)
        except phonenumbers.NumberParseException:
            raise SearchError(f"{value!r} is not a phone number in international form (+country code)") from None
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    elif kind in ("telegram", "line"):
        value = value.lstrip("@~").lower()
    elif kind in ("wechat", "email"):
        value = value.lower()
    elif kind == "url":
        value = normalize_url(value) or value
    elif kind == "wallet" and value.lower().startswith("eth:"):
        value = value.lower()
    return f"{kind}:{value}"


def _date(value: DateBound, name: str) -> str | None:
    """A range bound as Elasticsearch reads it: ISO dates, datetimes, or date math (``now-7d``)."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = value.strip()
    if re.fullmatch(r"now([+-]\d+[yMwdhHms])*(/[yMwdhHms])?", text):
        return text
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        raise SearchError(f"{name}: {value!r} is neither an ISO 8601 date nor date math like now-7d") from None


def _terms(name: str, values: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"terms": {name: list(values)}}] if values else []


def _range(name: str, low: Any, high: Any) -> list[dict[str, Any]]:
    bounds = {k: v for k, v in (("gte", low), ("lte", high)) if v is not None}
    return [{"range": {name: bounds}}] if bounds else []


@dataclass(frozen=True)
class PostQuery:
    """What an investigator asks of the posts. Empty fields do not filter."""

    text: str = ""
    platforms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    post_kinds: tuple[str, ...] = ()
    min_score: float | None = None
    max_score: float | None = None
    since: DateBound = None
    until: DateBound = None
    date_field: Literal["published_at", "fetched_at"] = "published_at"
    identifier: str | None = None
    cluster_id: str | None = None
    sort: Literal["relevance", "newest"] = "relevance"
    size: int = 20
    offset: int = 0
    #: Count hits per platform, language, country and kind (the UI's facets); costs time on
    #: queries that match much of the index, so it is asked for, not implied.
    facets: bool = False
    #: Count every hit exactly; by default counting stops at 10,000 (``Page.total_exact`` says),
    #: which lets Elasticsearch skip blocks of low-scoring documents.
    exact_total: bool = False


@dataclass(frozen=True)
class ClusterQuery:
    """What an investigator asks of the clusters ("which clusters grew this week")."""

    text: str = ""
    grown_since: DateBound = None
    min_size: int | None = None
    min_risk: float | None = None
    platforms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    identifier: str | None = None
    sort: Literal["growth", "size", "risk", "newest"] = "growth"
    size: int = 20
    offset: int = 0


@dataclass
class Hit:
    """One document found: its id, relevance, the stored document and highlighted snippets."""

    id: str
    score: float | None
    source: dict[str, Any]
    highlights: list[str] = field(default_factory=list)


@dataclass
class Page:
    """A page of hits, the total (a lower bound when ``total_exact`` is False), per-facet counts,
    and how long Elasticsearch took."""

    total: int
    hits: list[Hit]
    took_ms: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    total_exact: bool = True


def build_post_query(query: PostQuery, text_fields: list[str]) -> dict[str, Any]:
    """The Elasticsearch ``query`` for ``query``; ``text_fields`` are the fields free text runs on
    (with boosts). Public so alerts can reuse the same filters as the UI."""
    filters: list[dict[str, Any]] = [
        *_terms("platform", query.platforms),
        *_terms("lang", query.languages),
        *_terms("country", query.countries),
        *_terms("post_kind", query.post_kinds),
        *_range("lure_score", query.min_score, query.max_score),
        *_range(query.date_field, _date(query.since, "since"), _date(query.until, "until")),
    ]
    if query.identifier:
        filters.append({"term": {"identifier_keys": identifier_key(query.identifier)}})
    if query.cluster_id:
        filters.append({"term": {"cluster_id": query.cluster_id}})
    must: list[dict[str, Any]] = []
    if query.text.strip():
        must.append({"simple_query_string": {"query": query.text, "fields": text_fields,
                                             "default_operator": "and", "lenient": True}})
    return {"bool": {"must": must or [{"match_all": {}}], "filter": filters}}


def build_cluster_query(query: ClusterQuery) -> dict[str, Any]:
    """The Elasticsearch ``query`` for a :class:`ClusterQuery`."""
    filters: list[dict[str, Any]] = [
        *_terms("platforms", query.platforms),
        *_terms("languages", query.languages),
        *_terms("country", query.countries),
        *_range("grown_at", _date(query.grown_since, "grown_since"), None),
        *_range("size", query.min_size, None),
        *_range("risk", query.min_risk, None),
    ]
    if query.identifier:
        filters.append({"term": {"identifier_keys": identifier_key(query.identifier)}})
    must: list[dict[str, Any]] = []
    if query.text.strip():
        must.append({"simple_query_string": {"query": query.text, "fields": ["sample_texts", "link_reasons"],
                                             "default_operator": "and", "lenient": True}})
    return {"bool": {"must": must or [{"match_all": {}}], "filter": filters}}


_CLUSTER_SORT = {
    "growth": [{"growth_7d": "desc"}, {"grown_at": "desc"}, {"cluster_id": "asc"}],
    "size": [{"size": "desc"}, {"cluster_id": "asc"}],
    "risk": [{"risk": "desc"}, {"size": "desc"}, {"cluster_id": "asc"}],
    "newest": [{"grown_at": {"order": "desc", "missing": "_last"}}, {"cluster_id": "asc"}],
}


class Search:
    """Searches one lurewatch deployment (``config``'s aliases) through ``client``.

    Errors: :class:`SearchError` for a query that cannot be run as given, and
    :class:`IndexUnavailable` when Elasticsearch cannot answer (one line each)."""

    def __init__(self, client: Elasticsearch, config: ESConfig) -> None:
        self.client = client
        self.config = config
        self._text_fields: list[str] | None = None
        self._text_fields_read = 0.0

    def _call(self, what: str, **request: Any) -> Any:
        try:
            return self.client.search(**request)
        except es_exceptions.BadRequestError as exc:
            raise SearchError(f"Elasticsearch rejected the {what} query ({exc.message})") from None
        except es_exceptions.NotFoundError:
            raise IndexUnavailable(
                f"no index {request['index']} at {self.config.url}: run `lurewatch run` or `lurewatch reindex`"
            ) from None
        except (es_exceptions.TransportError, es_exceptions.ApiError) as exc:
            raise IndexUnavailable(f"Elasticsearch at {self.config.url} did not answer the {what} query "
                                   f"({str(exc).splitlines()[0][:200]})") from None

    #: Seconds the text fields are trusted: a reindex may move the alias to an index analysed
    #: otherwise (a cluster that gained the ICU plugin), and a long-running UI must follow it.
    TEXT_FIELDS_TTL = 60.0

    def text_fields(self) -> list[str]:
        """The post text fields of the index the alias points at now, from its ``_meta`` (read
        again after ``TEXT_FIELDS_TTL`` seconds; an index built before ``_meta`` existed has the
        plain text fields)."""
        if self._text_fields is None or time.monotonic() - self._text_fields_read > self.TEXT_FIELDS_TTL:
            alias = self.config.alias("posts")
            try:
                mappings = self.client.indices.get_mapping(index=alias)
            except es_exceptions.NotFoundError:
                raise IndexUnavailable(f"no index {alias} at {self.config.url}: run `lurewatch run` first") from None
            except (es_exceptions.TransportError, es_exceptions.ApiError) as exc:
                raise IndexUnavailable(f"Elasticsearch at {self.config.url} did not answer ({exc})") from None
            meta = next(iter(mappings.values()))["mappings"].get("_meta") or {}
            self._text_fields = list(meta.get("search_fields") or ["text^2", "title^2", "indicators.evidence"])
            self._text_fields_read = time.monotonic()
        return self._text_fields

    def posts(self, query: PostQuery) -> Page:
        """Posts matching ``query``: best first (or newest first), highlighted, with facet counts."""
        if query.size < 0 or query.offset < 0:
            raise SearchError("size and offset must not be negative")
        sort: list[Any] = (
            [{query.date_field: {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
            if query.sort == "newest" or not query.text.strip() else ["_score", {query.date_field: "desc"}]
        )
        response = self._call(
            "post",
            index=self.config.alias("posts"),
            query=build_post_query(query, self.text_fields()),
            size=query.size,
            from_=query.offset,
            sort=sort,
            track_total_hits=True if query.exact_total else 10_000,
            highlight={"fields": {"text": {"number_of_fragments": 2, "fragment_size": 160}}} if query.text.strip() else None,
            aggs={name: {"terms": {"field": fld, "size": 20}} for name, fld in POST_FACETS.items()} if query.facets else None,
        )
        return _page(response, facets=query.facets)

    def clusters(self, query: ClusterQuery) -> Page:
        """Clusters matching ``query``, by growth in their last week (default), size, risk or
        most recent growth."""
        response = self._call(
            "cluster",
            index=self.config.alias("clusters"),
            query=build_cluster_query(query),
            size=query.size,
            from_=query.offset,
            sort=_CLUSTER_SORT[query.sort],
            track_total_hits=True,
        )
        return _page(response)

    def clusters_for_identifier(self, identifier: str, size: int = 50) -> list[dict[str, Any]]:
        """The clusters whose posts use ``identifier`` (any form :func:`identifier_key` reads),
        biggest first: the "who else uses this number" question."""
        response = self._call(
            "cluster",
            index=self.config.alias("clusters"),
            query={"term": {"identifier_keys": identifier_key(identifier)}},
            size=size,
            sort=[{"size": "desc"}, {"cluster_id": "asc"}],
        )
        return [hit["_source"] for hit in response["hits"]["hits"]]

    def identifier(self, identifier: str) -> dict[str, Any] | None:
        """The identifier's document (posts, clusters, platforms, first/last seen), or None."""
        response = self._call(
            "identifier", index=self.config.alias("identifiers"),
            query={"term": {"key": identifier_key(identifier)}}, size=1,
        )
        hits = response["hits"]["hits"]
        return hits[0]["_source"] if hits else None


def _page(response: Any, facets: bool = False) -> Page:
    hits = [
        Hit(id=h["_id"], score=h.get("_score"), source=h["_source"],
            highlights=[s for frags in (h.get("highlight") or {}).values() for s in frags])
        for h in response["hits"]["hits"]
    ]
    counted: dict[str, dict[str, int]] = {}
    if facets:
        for name, agg in (response.get("aggregations") or {}).items():
            counted[name] = {str(b["key"]): int(b["doc_count"]) for b in agg["buckets"]}
    total = response["hits"]["total"]
    return Page(total=int(total["value"]), hits=hits, took_ms=int(response["took"]), facets=counted,
                total_exact=total.get("relation", "eq") == "eq")
