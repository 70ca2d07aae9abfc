"""Indexing into a real Elasticsearch node: templates and aliases, the outbox, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from enrichment import enrich
from index.es import ESConfig, clusters_by_identifier, connect, count_documents, drop_indices
from index.store import Store
from ops.flow import cluster_store, index_store

pytestmark = pytest.mark.es


def posts() -> list[dict]:
    texts = [
        ("1", "Customer service in Sihanoukville, WhatsApp +855 97 712 3456", "u1"),
        ("2", "Typing job Cambodia, call +855 97 712 3456 or +855 12 345 678", "u2"),
        ("3", "Free visa, contact +855 12 345 678", "u3"),
        ("4", "Barista in Hanoi, call +84 24 3826 1234", "u4"),
        ("5", "WARNING from the police: scam numbers +855 97 712 3456 and +84 24 3826 1234", "u5"),
    ]
    return [enrich({"id": pid, "text": text, "platform": "reddit", "author_id": author}) for pid, text, author in texts]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts(posts())
        cluster_store(store)
        yield store


def test_index_matches_store_and_is_idempotent(store: Store, es_url: str, es_prefix: str) -> None:
    config = ESConfig(url=es_url, prefix=es_prefix)
    outcome = index_store(store, config)
    assert outcome.error is None and outcome.backlog == 0
    assert outcome.indexed == {"posts": 5, "clusters": 1, "identifiers": 3}
    client = connect(config)
    assert set(client.indices.get_alias(name=f"{es_prefix}-posts")) == {f"{es_prefix}-posts-v1"}
    # Nothing changed: nothing is written, counts stay.
    again = index_store(store, config)
    assert again.written == {"posts": 0, "clusters": 0, "identifiers": 0}
    assert count_documents(client, config) == outcome.indexed
    # Re-queue everything: upserts by stable id leave the same counts.
    store.queue_all()
    assert index_store(store, config).indexed == outcome.indexed


def test_who_else_uses_this_number(store: Store, es_url: str, es_prefix: str) -> None:
    config = ESConfig(url=es_url, prefix=es_prefix)
    index_store(store, config)
    client = connect(config)
    cluster_id = store.get_post("1")["cluster_id"]
    assert clusters_by_identifier(client, config, "phone", "+855977123456") == [cluster_id]
    doc = client.get(index=f"{es_prefix}-identifiers", id="phone:+855977123456")["_source"]
    # The warning quotes the number but is no member of the cluster.
    assert doc["posts"] == 3 and doc["warning_posts"] == 1 and doc["clusters"] == [cluster_id]
    cluster = client.get(index=f"{es_prefix}-clusters", id=cluster_id)["_source"]
    assert cluster["size"] == 3
    assert "shared phone +855977123456" in cluster["link_reasons"]


def test_unreachable_es_leaves_the_work_queued(store: Store, es_url: str, es_prefix: str) -> None:
    queued = store.outbox_size()
    outcome = index_store(store, ESConfig(url="http://127.0.0.1:9", prefix=es_prefix, timeout=2))
    assert outcome.url is None and "not reachable" in (outcome.error or "")
    assert outcome.backlog == queued > 0
    # The next run, with Elasticsearch back, indexes everything.
    done = index_store(store, ESConfig(url=es_url, prefix=es_prefix))
    assert done.backlog == 0 and done.indexed["posts"] == store.count_posts()


def test_drop_indices_removes_only_the_prefix(store: Store, es_url: str, es_prefix: str) -> None:
    config = ESConfig(url=es_url, prefix=es_prefix)
    index_store(store, config)
    client: Elasticsearch = connect(config)
    dropped = drop_indices(client, config)
    assert sorted(dropped) == sorted(f"{es_prefix}-{k}-v1" for k in ("clusters", "identifiers", "posts"))
    assert not client.indices.exists(index=f"{es_prefix}-posts")
