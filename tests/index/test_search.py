"""The search API (index/search.py) against a real Elasticsearch node: free text, each filter,
identifiers typed the way investigators type them, cluster lookups, and clear errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from enrichment import enrich
from index.es import ESConfig, connect
from index.search import ClusterQuery, PostQuery, Search, SearchError, identifier_key
from index.store import Store
from ops.flow import cluster_store, index_store

pytestmark = pytest.mark.es

NOW = datetime.now(timezone.utc).replace(microsecond=0)


def _iso(days_ago: float) -> str:
    return (NOW - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")


POSTS = [
    # (id, platform, days ago, text)
    ("en1", "telegram", 1, "Customer service job in Sihanoukville, salary $1,500/month, free visa and ticket, "
                           "WhatsApp +855 97 712 3456"),
    ("en2", "reddit", 2, "Typing job in Cambodia, no experience, free visa, call +855 97 712 3456 or Telegram @hr_kk_team"),
    ("en3", "reddit", 40, "Barista wanted in Hanoi, call +84 24 3826 1234"),
    ("vi1", "telegram", 3, "Tuyển nhân viên CSKH làm việc tại Campuchia, lương 1500$, bao vé máy bay, liên hệ Telegram @hr_kk_team"),
    ("km1", "telegram", 2, "ជ្រើសរើសបុគ្គលិក ធ្វើការនៅក្រុងព្រះសីហនុ ប្រាក់ខែខ្ពស់ ទំនាក់ទំនង +855 12 345 678"),
    ("warn", "reddit", 1, "WARNING from the police: scam recruiters use +855 97 712 3456, do not go"),
]


@pytest.fixture
def indexed(tmp_path: Path, es_url: str, es_prefix: str) -> Iterator[tuple[Search, Store]]:
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts(
            enrich({"id": pid, "platform": platform, "text": text, "author_id": f"a-{pid}",
                    "published_at": _iso(days), "fetched_at": _iso(days)})
            for pid, platform, days, text in POSTS
        )
        cluster_store(store)
        config = ESConfig(url=es_url, prefix=es_prefix)
        outcome = index_store(store, config)
        assert outcome.error is None and outcome.indexed["posts"] == len(POSTS)
        yield Search(connect(config), config), store


def ids(page) -> set[str]:  # type: ignore[no-untyped-def]
    return {hit.id for hit in page.hits}


def test_free_text_finds_words_and_highlights_them(indexed: tuple[Search, Store]) -> None:
    search, _ = indexed
    page = search.posts(PostQuery(text="free visa"))
    assert ids(page) == {"en1", "en2"}
    assert any("<em>visa</em>" in snippet for hit in page.hits for snippet in hit.highlights)
    # simple_query_string: a phrase, a negation, and a stray bracket that is no syntax error.
    assert ids(search.posts(PostQuery(text='"typing job"'))) == {"en2"}
    assert ids(search.posts(PostQuery(text="visa -typing"))) == {"en1"}
    assert search.posts(PostQuery(text="visa (")).total >= 0
    # Khmer is searchable as the standard tokenizer cuts it (whole runs between spaces).
    assert ids(search.posts(PostQuery(text="ជ្រើសរើសបុគ្គលិក"))) == {"km1"}


def test_each_filter_narrows_the_posts(indexed: tuple[Search, Store]) -> None:
    search, _ = indexed
    assert ids(search.posts(PostQuery(platforms=("reddit",)))) == {"en2", "en3", "warn"}
    assert ids(search.posts(PostQuery(languages=("km",)))) == {"km1"}
    # Countries come from the phone numbers: +84 is Viet Nam.
    assert ids(search.posts(PostQuery(countries=("VN",)))) == {"en3"}
    assert "km1" in ids(search.posts(PostQuery(countries=("KH",))))
    high = search.posts(PostQuery(min_score=0.8))
    assert {"en1", "en2"} <= ids(high) and "en3" not in ids(high) and "warn" not in ids(high)
    assert ids(search.posts(PostQuery(since="now-7d", platforms=("reddit",)))) == {"en2", "warn"}
    assert ids(search.posts(PostQuery(until=_iso(30)))) == {"en3"}
    assert ids(search.posts(PostQuery(post_kinds=("warning",)))) == {"warn"}
    newest = search.posts(PostQuery(sort="newest", size=2))
    assert [h.id for h in newest.hits][0] in {"en1", "warn"} and newest.total == len(POSTS)


def test_identifier_filter_reads_what_investigators_type(indexed: tuple[Search, Store]) -> None:
    search, _ = indexed
    for typed in ("+855 97 712 3456", "phone:+855977123456", "+855-97-712-3456"):
        assert ids(search.posts(PostQuery(identifier=typed))) == {"en1", "en2", "warn"}, typed
    assert ids(search.posts(PostQuery(identifier="@HR_KK_Team"))) == {"en2", "vi1"}
    assert identifier_key("telegram:@HR_kk_team") == "telegram:hr_kk_team"
    with pytest.raises(SearchError, match="not an identifier"):
        search.posts(PostQuery(identifier="somebody"))
    with pytest.raises(SearchError, match="since"):
        search.posts(PostQuery(since="last tuesday"))


def test_facets_count_what_the_query_matched(indexed: tuple[Search, Store]) -> None:
    search, _ = indexed
    page = search.posts(PostQuery(since="now-7d", facets=True, exact_total=True))
    assert page.total == 5 and page.total_exact
    assert page.facets["platform"] == {"telegram": 3, "reddit": 2}
    assert page.facets["lang"]["km"] == 1


def test_who_else_uses_this_number_and_clusters_that_grew(indexed: tuple[Search, Store]) -> None:
    search, store = indexed
    cluster_id = store.get_post("en1")["cluster_id"]
    assert cluster_id and store.get_post("vi1")["cluster_id"] == cluster_id  # the handle links them
    clusters = search.clusters_for_identifier("+855 97 712 3456")
    # The warning quotes the number but joins no cluster.
    assert [c["cluster_id"] for c in clusters] == [cluster_id]
    cluster = clusters[0]
    assert cluster["size"] == 3 and cluster["growth_7d"] == 3 and cluster["risk_level"] == "high"
    assert cluster["salary_currency"] == "USD" and cluster["salary_min"] == cluster["salary_max"] == 1500
    assert "sihanoukville" in cluster["destinations"] and "KH" in cluster["country"]
    assert {"en", "vi"} <= set(cluster["languages"])
    grown = search.clusters(ClusterQuery(grown_since="now-7d", min_size=2))
    assert [h.id for h in grown.hits] == [cluster_id]
    assert search.clusters(ClusterQuery(grown_since="now-7d", min_risk=0.99)).total in (0, 1)
    assert search.clusters(ClusterQuery(languages=("th",))).total == 0
    info = search.identifier("phone:+855977123456")
    assert info is not None and info["country"] == "KH" and info["warning_posts"] == 1
    assert search.identifier("phone:+85500000000") is None


def test_free_text_uses_the_fields_the_index_was_built_with(indexed: tuple[Search, Store]) -> None:
    search, _ = indexed
    # This node has no analysis plugins: no language subfields or n-grams to query.
    assert search.text_fields() == ["text^2", "title^2", "indicators.evidence"]


def test_text_fields_follow_the_index_after_a_while(indexed: tuple[Search, Store]) -> None:
    """A long-running UI must pick up what a reindex changed (here: the index's _meta)."""
    search, _ = indexed
    alias = search.config.alias("posts")
    (concrete,) = search.client.indices.get_alias(name=alias).body
    before = search.text_fields()
    meta = search.client.indices.get_mapping(index=concrete)[concrete]["mappings"].get("_meta") or {}
    try:
        search.client.indices.put_mapping(index=concrete, meta={**meta, "search_fields": ["text^3"]})
        assert search.text_fields() == before  # trusted for a while
        search.TEXT_FIELDS_TTL = 0.0
        assert search.text_fields() == ["text^3"]
    finally:
        search.client.indices.put_mapping(index=concrete, meta=meta)
        search.TEXT_FIELDS_TTL = Search.TEXT_FIELDS_TTL
        search._text_fields = None
    assert search.text_fields() == before
