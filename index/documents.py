"""The Elasticsearch documents built from the store: one per post, cluster and identifier.

They hold what investigators filter and aggregate on in Kibana, computed once at indexing time
from the store (the source of truth), so a search never has to join: a post carries the countries
of its phone numbers, the compound towns it names and its salary read as numbers; a cluster
carries its size, growth, time span, risk, languages, platforms, destinations, salary range,
identifiers with counts and the reasons its posts were linked.

Everything here is derived from facts that do not move with the clock (dates of posts, not
"days ago"), so a document stays true until the store changes it, and the outbox re-sends it then.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

import phonenumbers

from enrichment.cluster import describe_key
from index.store import Store

#: Posts whose lure score reaches this are "high risk" (the Kibana saved search uses the same bar).
HIGH_RISK = 0.8
MEDIUM_RISK = 0.5
#: The window of ``growth_7d``: how many posts a cluster gained in the week up to its last growth.
GROWTH_WINDOW = timedelta(days=7)

# -- salary -------------------------------------------------------------------------------------

# Currency words and signs as lures write them (lower case). "¥" is left out on purpose: yen
# and yuan share it, and a wrong currency would put a salary in the wrong range.
_CURRENCY_WORDS = {
    "us$": "USD", "usd": "USD", "usdt": "USD", "dollar": "USD", "dollars": "USD", "đô": "USD", "do": "USD",
    "$": "USD", "thb": "THB", "baht": "THB", "บาท": "THB", "฿": "THB", "aed": "AED", "dirham": "AED",
    "php": "PHP", "₱": "PHP", "peso": "PHP", "pesos": "PHP", "sar": "SAR", "qar": "QAR", "myr": "MYR",
    "rm": "MYR", "ringgit": "MYR", "vnd": "VND", "đồng": "VND", "rmb": "CNY", "元": "CNY", "人民币": "CNY",
    "idr": "IDR", "rp": "IDR", "khr": "KHR", "riel": "KHR", "inr": "INR", "₹": "INR", "rs": "INR",
}
_CURRENCY = re.compile(
    r"(?<![a-zà-ỹ])(" + "|".join(sorted(map(re.escape, _CURRENCY_WORDS), key=len, reverse=True)) + r")(?![a-zà-ỹ])"
)
# "25tr" / "30 triệu" is Vietnamese millions (of dong); "万" is ten thousand; "k" a thousand.
_MULTIPLIERS = {"k": 1e3, "tr": 1e6, "triệu": 1e6, "trieu": 1e6, "m": 1e6, "million": 1e6, "万": 1e4}
_AMOUNT = re.compile(
    r"(\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d{1,2})?)(?!\d)(?:\s*(k|tr|triệu|trieu|million|m|万)(?![a-zà-ỹ]))?",
    re.IGNORECASE,
)

_THOUSANDS = re.compile(r"[,.](?=\d{3}\b)")


def read_salary(evidence: str) -> dict[str, Any] | None:
    """``{"min", "max", "currency"}`` from a salary phrase ("$1,200–$1,800", "lương 30-40tr",
    "SAR 7,000–9,000/month"), or None when it holds no amount. A multiplier written only after
    the last number of a range applies to the whole range ("30-40tr"). ``currency`` is None when
    the phrase does not say it unambiguously; "tr" alone implies dong."""
    text = evidence.lower()
    amounts: list[float] = []
    multipliers: list[str | None] = []
    for number, multiplier in _AMOUNT.findall(text):
        digits = _THOUSANDS.sub("", number).replace(",", ".")
        try:
            amounts.append(float(digits))
        except ValueError:
            continue
        multipliers.append(multiplier.lower() if multiplier else None)
    if not amounts:
        return None
    last = multipliers[-1]
    scaled = [a * _MULTIPLIERS[m or last] if (m or last) else a for a, m in zip(amounts, multipliers)]
    found = _CURRENCY.search(text)
    currency = _CURRENCY_WORDS[found.group(1)] if found else ("VND" if last in ("tr", "triệu", "trieu") else None)
    return {"min": min(scaled), "max": max(scaled), "currency": currency}


# -- countries ------------------------------------------------------------------------------------


#: E.164 as the enrichment writes it: "+", a country calling code (1-3 digits, no code is the
#: prefix of another), the national number.
_E164 = re.compile(r"\+[1-9]\d{3,17}")
#: Calling codes shared by several countries (+1, +7, +44…): only the full parse tells them apart.
_SHARED_CODES = {code for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items() if len(regions) > 1}


@lru_cache(maxsize=65536)
def phone_country(e164: str) -> str | None:
    """ISO 3166 alpha-2 country of an E.164 number (``+855…`` → ``KH``), None if unknown."""
    # A calling code of one country answers without parsing the number (what the parse would
    # conclude too: one region for the code); most lure numbers are such (+855, +95, +84, +66…).
    if _E164.fullmatch(e164):
        for length in (1, 2, 3):
            code = int(e164[1 : 1 + length])
            regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
            if regions is None:
                continue
            if code in _SHARED_CODES or not 2 <= len(e164) - 1 - length <= 17:
                break  # the full parse decides
            region = regions[0]
            return region if region != "ZZ" else None
    return parsed_country(e164)


def parsed_country(e164: str) -> str | None:
    """The country of an E.164 number as phonenumbers' full parse gives it (None if unknown)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region != "ZZ" else None


def post_countries(post: dict[str, Any]) -> list[str]:
    """The countries a post is tied to: its source's region and the countries of its phone numbers
    (a Vietnamese-language lure with a Cambodian number is tied to VN and KH)."""
    countries = {post["region"].upper()} if post.get("region") else set()
    for item in post.get("identifiers") or []:
        if item.get("kind") == "phone":
            country = phone_country(item["value"])
            if country:
                countries.add(country)
    return sorted(countries)


def _indicator_evidence(post: dict[str, Any], name: str) -> list[str]:
    return [i.get("evidence") or "" for i in post.get("indicators") or [] if i.get("name") == name]


# -- documents ------------------------------------------------------------------------------------

#: Post fields copied as they are from the Post record (the rest are derived below).
POST_FIELDS = (
    "id", "platform", "source", "url", "author", "author_id", "published_at", "fetched_at", "text", "title",
    "region", "lang", "lang_confidence", "script", "identifiers", "indicators", "lure_score", "post_kind",
    "cluster_id", "media_urls", "outlinks", "evidence",
)


def post_document(post: dict[str, Any], links: list[str]) -> dict[str, Any]:
    """The Elasticsearch document of a post: the Post record plus what investigators filter on
    (flat identifier keys, countries, destinations, salary as numbers, link reasons)."""
    doc = {k: post[k] for k in POST_FIELDS if k in post}
    doc["identifier_keys"] = [f"{i['kind']}:{i['value']}" for i in post.get("identifiers") or []]
    doc["links"] = [{"key": key, "reason": describe_key(key)} for key in links]
    doc["country"] = post_countries(post)
    doc["destinations"] = sorted({e.strip().lower() for e in _indicator_evidence(post, "destination") if e.strip()})
    salaries = [s for s in map(read_salary, _indicator_evidence(post, "salary")) if s]
    if salaries:
        doc["salary_min"] = min(s["min"] for s in salaries)
        doc["salary_max"] = max(s["max"] for s in salaries)
        doc["salary_currency"] = next((s["currency"] for s in salaries if s["currency"]), None)
    return doc


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def _risk_level(score: float) -> str:
    return "high" if score >= HIGH_RISK else "medium" if score >= MEDIUM_RISK else "low"


def cluster_document(store: Store, cluster_id: str, samples: int = 3,
                     members: list[dict[str, Any]] | None = None) -> dict[str, Any] | None:
    """The cluster as investigators search it: size and growth, time span, risk, platforms,
    languages, countries, destinations, salary range, identifiers with counts, link reasons and a
    few sample texts. None when the cluster was merged away (its document is deleted then).
    ``members``: the cluster's posts, when the caller has read them already."""
    row = store.cluster_row(cluster_id)
    if row is None or row["merged_into"] or row["size"] == 0:
        return None
    if members is None:
        members = store.cluster_members(cluster_id)
    links = store.post_links_many(p["id"] for p in members)
    counts: Counter[tuple[str, str]] = Counter()
    reasons: set[str] = set()
    for post in members:
        counts.update({(item["kind"], item["value"]) for item in post.get("identifiers") or []})
        reasons.update(describe_key(key) for key in links[post["id"]])
    dates = sorted(p["published_at"] for p in members if p.get("published_at"))
    # When we first held each member: the crawl time (an unchanged re-crawl keeps the stored
    # record), else the publication date for imported posts.
    seen = sorted(t for t in (_parse_time(p.get("fetched_at") or p.get("published_at")) for p in members) if t)
    grown_at = seen[-1] if seen else None
    risk = max((p.get("lure_score") or 0.0 for p in members), default=0.0)
    documents = [post_document(p, []) for p in members]
    salary = [d for d in documents if "salary_min" in d and d.get("salary_currency")]
    currency = Counter(d["salary_currency"] for d in salary).most_common(1)[0][0] if salary else None
    in_currency = [d for d in salary if d["salary_currency"] == currency]
    return {
        "cluster_id": cluster_id,
        "size": len(members),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "grown_at": grown_at.strftime("%Y-%m-%dT%H:%M:%SZ") if grown_at else None,
        "growth_7d": sum(1 for t in seen if grown_at and t > grown_at - GROWTH_WINDOW),
        "platforms": sorted({p["platform"] for p in members if p.get("platform")}),
        "languages": sorted({p["lang"] for p in members if p.get("lang")}),
        "country": sorted({c for d in documents for c in d["country"]}),
        "destinations": sorted({c for d in documents for c in d["destinations"]}),
        "max_lure_score": risk,
        "risk": risk,
        "risk_level": _risk_level(risk),
        "lure_posts": sum(1 for p in members if p.get("post_kind") == "lure"),
        "salary_min": min((d["salary_min"] for d in in_currency), default=None),
        "salary_max": max((d["salary_max"] for d in in_currency), default=None),
        "salary_currency": currency,
        "identifier_keys": sorted(f"{k}:{v}" for k, v in counts),
        "identifiers": [{"kind": k, "value": v, "posts": n} for (k, v), n in sorted(counts.items())],
        "link_reasons": sorted(reasons),
        "merged_from": json.loads(row["merged_from"]),
        "sample_texts": [(p.get("text") or "")[:500] for p in members[:samples]],
    }


def identifier_document(store: Store, key: str) -> dict[str, Any] | None:
    """Who else uses this number: post count, clusters, platforms, channels, country, first and
    last seen, and how many warnings quote it. None when no stored post carries it any more."""
    kind, _, value = key.partition(":")
    return identifier_document_from_rows(key, store.identifier_rows(kind, value))


def identifier_document_from_rows(key: str, rows: Sequence[Any]) -> dict[str, Any] | None:
    """:func:`identifier_document` from the identifier's rows as ``Store.identifier_rows`` (or
    ``identifier_rows_many`` for a whole batch) gives them."""
    kind, _, value = key.partition(":")
    if not rows:
        return None
    dates = sorted(r["published_at"] for r in rows if r["published_at"])
    return {
        "key": key,
        "kind": kind,
        "value": value,
        "country": phone_country(value) if kind == "phone" else None,
        "posts": len(rows),
        "clusters": sorted({r["cluster_id"] for r in rows if r["cluster_id"]}),
        "platforms": sorted({r["platform"] for r in rows if r["platform"]}),
        "channels": sorted({r["channel"] for r in rows if r["channel"]}),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "warning_posts": sum(1 for r in rows if r["post_kind"] == "warning"),
    }
