"""The whole flow on real components: sandbox platforms over HTTP → Scrapy → enrichment →
clustering → SQLite store → a real Elasticsearch node."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from crawlers.items import make_post_id
from enrichment.metrics import pairwise_scores
from index.es import ESConfig, clusters_by_identifier, connect, count_documents
from index.store import Store
from ops.config import config_from_dict
from ops.flow import run_flow
from ops.sandbox.server import Sandbox

pytestmark = pytest.mark.es

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0.05, "AUTOTHROTTLE_MAX_DELAY": 1}


def sandbox_post_id(post) -> str:
    native = f"{post.place.lower()}/{post.native_id}" if post.platform == "telegram" else post.native_id
    return make_post_id(post.platform, native_id=native)


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(seed=11, scale=1) as box:
        yield box


def test_flow_end_to_end(sandbox: Sandbox, tmp_path: Path, es_url: str, es_prefix: str) -> None:
    rule = {"name": "operations", "recipients": ["desk@ngo.test"], "filters": {"min_size": 3, "min_risk": 0.7}}
    config = config_from_dict({"data_dir": str(tmp_path), "sources": sandbox.sources(),
                               "alerts": {"rules": [rule]}}, "<test>")
    es_config = ESConfig(url=es_url, prefix=es_prefix)
    lines: list[str] = []
    summary = run_flow(config, es_config, lines.append, crawl_settings=FAST)
    # One digest for the rule, written to the outbox (no SMTP configured).
    assert summary["alerts"] == {"sent": 1, "queued": 0, "error": None, "undeliverable": 0}
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1

    corpus = sandbox.corpus
    expected = Counter(post.platform for post in corpus.posts)
    assert summary["by_platform"] == dict(expected)
    assert summary["posts"] == len(corpus.posts)
    assert summary["clusters"] > 0
    assert summary["indexed"]["posts"] == summary["posts"]
    assert summary["backlog"] == 0 and summary["es"] == es_url
    assert any(line.startswith("clustering") for line in lines)

    with Store(config.store) as store:
        assert summary["clusters"] == store.count_clusters()
        predicted = {post["id"]: post["cluster_id"] for post in store.iter_posts()}
        client = connect(es_config)
        counts = count_documents(client, es_config)
        assert counts["posts"] == store.count_posts()
        assert counts["clusters"] == store.count_clusters()

        # Every ground-truth post was crawled under its stable id.
        truth = {sandbox_post_id(post): post.group for post in corpus.posts}
        assert set(truth) == set(predicted)
        # Linking by shared numbers and accounts never puts two operations together.
        scores = pairwise_scores(predicted, truth)
        assert scores.impure_clusters == 0, scores
        assert scores.precision >= 0.95, scores

        # Searching a recruiter's phone number finds the one cluster of its operation.
        operation = corpus.operations[0]
        members = {sandbox_post_id(p) for p in corpus.posts if p.op == operation.id}
        phone = next(p for p in operation.phones if any(p in post.phones for post in corpus.posts if post.op == operation.id))
        clusters = clusters_by_identifier(client, es_config, "phone", phone)
        assert len(clusters) == 1
        cluster_posts = {pid for pid, cid in predicted.items() if cid == clusters[0]}
        assert cluster_posts <= members

    # A second run re-crawls the same posts: nothing new, the same documents.
    again = run_flow(config, es_config, lines.append, crawl_settings=FAST)
    assert again["posts"] == summary["posts"]
    assert again["indexed"] == summary["indexed"]
    assert again["written"]["posts"] == 0
    assert again["cluster_changes"] == {"new": 0, "grown": 0, "merged": 0}
    # Nothing changed: no second mail.
    assert again["alerts"] == {"sent": 0, "queued": 0, "error": None, "undeliverable": 0}
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1
