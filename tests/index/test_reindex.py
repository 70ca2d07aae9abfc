"""`lurewatch reindex`: a rebuild from the store into the next index version, aliases swapped at
once, searches answering all the way through — against a real Elasticsearch node."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from enrichment import enrich
from index.es import ESConfig, connect, count_documents, rebuild_indices
from index.search import PostQuery, Search
from index.store import Store
from ops.flow import cluster_store, index_store

pytestmark = pytest.mark.es

REPO = Path(__file__).resolve().parents[2]


def _fill(store: Store, n: int) -> None:
    posts = [
        enrich({"id": f"p{i}", "platform": "telegram", "author_id": f"a{i % 40}",
                "text": f"Customer service job in Sihanoukville, free visa, WhatsApp +855 97 712 {i % 50:04d}"})
        for i in range(n)
    ]
    store.upsert_posts(posts)
    cluster_store(store)


def test_rebuild_swaps_the_aliases_while_searches_keep_answering(tmp_path: Path, es_url: str, es_prefix: str) -> None:
    config = ESConfig(url=es_url, prefix=es_prefix)
    with Store(tmp_path / "s.db") as store:
        _fill(store, 600)
        assert index_store(store, config).error is None
        client = connect(config)
        search = Search(client, config)
        before = search.posts(PostQuery(text="visa", exact_total=True)).total
        assert before == 600

        answers: list[int] = []
        said: list[str] = []
        failures: list[BaseException] = []
        stop = threading.Event()

        def keep_searching() -> None:
            reader = Search(connect(config), config)
            while not stop.is_set():
                try:
                    answers.append(reader.posts(PostQuery(text="visa", exact_total=True)).total)
                except BaseException as exc:  # noqa: BLE001 - any failure is what this test looks for
                    failures.append(exc)

        thread = threading.Thread(target=keep_searching)
        thread.start()
        try:
            result = rebuild_indices(store, client, config, batch=100, progress=said.append)
        finally:
            stop.set()
            thread.join()

        assert not failures, failures[:1]
        # Every answer during the rebuild saw the whole old index or the whole new one.
        assert len(answers) > 3 and set(answers) == {600}
        assert result.current[f"{es_prefix}-posts"] == f"{es_prefix}-posts-v2"
        assert set(client.indices.get_alias(name=f"{es_prefix}-posts")) == {f"{es_prefix}-posts-v2"}
        assert not client.indices.exists(index=f"{es_prefix}-posts-v1")  # deleted after the swap
        assert count_documents(client, config) == result.indexed
        assert result.indexed["posts"] == store.count_posts() and store.outbox_size() == 0
        # The rebuilt indices were merged before they took traffic (one segment each).
        assert any(line.startswith(f"merging {es_prefix}-posts-v2") for line in said)
        segments = client.indices.segments(index=f"{es_prefix}-posts-v2")["indices"][f"{es_prefix}-posts-v2"]
        assert [len(shard[0]["segments"]) for shard in segments["shards"].values()] == [1]
        # The new index takes writes through the alias: a later run indexes into it.
        store.upsert_posts([enrich({"id": "late", "text": "Typing job, free visa, Telegram @late_hr"})])
        assert index_store(store, config).indexed["posts"] == 601
        assert client.count(index=f"{es_prefix}-posts-v2")["count"] == 601


def test_reindex_command_rebuilds_drains_the_backlog_and_removes_leftovers(
    tmp_path: Path, es_url: str, es_prefix: str
) -> None:
    config = ESConfig(url=es_url, prefix=es_prefix)
    with Store(tmp_path / "lurewatch.db") as store:
        _fill(store, 50)
        assert index_store(store, config).error is None
        # A run that could not reach Elasticsearch left work queued …
        store.upsert_posts([enrich({"id": "queued", "text": "Free visa, Telegram @queued_hr"})])
        assert store.outbox_size() > 0
    client = connect(config)
    # … and an earlier rebuild died after creating its index.
    client.indices.create(index=f"{es_prefix}-posts-v7")

    command = [sys.executable, "-m", "ops.cli", "reindex", "--es", es_url, "--index-prefix", es_prefix,
               "--data-dir", str(tmp_path), "--keep-old"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["aliases"][f"{es_prefix}-posts"] == f"{es_prefix}-posts-v8"
    assert summary["indexed"]["posts"] == summary["store_posts"] == 51 and summary["backlog"] == 0
    assert f"{es_prefix}-posts-v7" in summary["deleted"]
    assert client.indices.exists(index=f"{es_prefix}-posts-v1")  # --keep-old
    assert set(client.indices.get_alias(name=f"{es_prefix}-posts")) == {f"{es_prefix}-posts-v8"}
    assert Search(client, config).posts(PostQuery(identifier="@queued_hr")).total == 1
    assert "text analysis: the standard analyzer" in done.stderr


def test_reindex_without_a_store_is_one_clear_error(tmp_path: Path, es_url: str) -> None:
    done = subprocess.run([sys.executable, "-m", "ops.cli", "reindex", "--es", es_url, "--data-dir", str(tmp_path)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"error: no store at {tmp_path / 'lurewatch.db'}: "
                                                "run `lurewatch run` or `lurewatch demo` first"]


def test_a_node_gone_during_a_rebuild_is_one_error_and_nothing_is_lost(tmp_path: Path) -> None:
    """Elasticsearch refusing connections while the rebuild prepares its indices: the rebuild
    says so as IndexUnavailable (one line on the command line, not a traceback), and every
    document stays queued for the next run."""
    import socket

    from elasticsearch import Elasticsearch

    from index.es import IndexUnavailable

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with Store(tmp_path / "s.db") as store:
        _fill(store, 20)
        client = Elasticsearch(url, request_timeout=2, max_retries=0)
        with pytest.raises(IndexUnavailable, match="reindex did not finish"):
            rebuild_indices(store, client, ESConfig(url=url, prefix="lwt-gone"))
        assert store.outbox_counts()["post"] == 20
