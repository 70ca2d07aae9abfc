"""Indexing into a real Elasticsearch node: templates and aliases, analysis detection, the
documents investigators filter on, the outbox, idempotence, and Elasticsearch going away
mid-run (a real TCP proxy in front of the node is cut: no mock client)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import phonenumbers
import pytest
from elasticsearch import ApiError, Elasticsearch
from hypothesis import given, settings
from hypothesis import strategies as st

from enrichment import enrich
from index.documents import parsed_country, phone_country, post_document, read_salary
from index.es import (
    INDEX_VERSION,
    MAPPINGS,
    Analysis,
    ESConfig,
    IndexUnavailable,
    clusters_by_identifier,
    connect,
    count_documents,
    detect_analysis,
    drain_outbox,
    drop_indices,
    ensure_indices,
    mappings_for,
    rebuild_indices,
)
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
def store(tmp_path: Path) -> Iterator[Store]:
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


def test_a_rejected_document_stays_queued_with_its_error(store: Store, es_url: str, es_prefix: str) -> None:
    config = ESConfig(url=es_url, prefix=es_prefix)
    client = connect(config)
    ensure_indices(client, config)
    bad = {**store.get_post("4"), "lure_score": "very high"}  # no float: the node refuses the document
    bad.pop("cluster_id")
    store.upsert_post(bad)
    result = drain_outbox(store, client, config, batch=2)
    assert result.error is None and result.failed == 1 and result.backlog == 1
    assert result.indexed["posts"] == 4 and not client.exists(index=f"{es_prefix}-posts", id="4")
    row = store.db.execute("SELECT doc_id, attempts, last_error FROM outbox").fetchone()
    assert (row["doc_id"], row["attempts"]) == ("4", 1) and "lure_score" in row["last_error"]
    # Fixed in the store, it goes out with the next drain; deleting what the index never had is no error.
    store.upsert_post({**bad, "lure_score": 0.9})
    store.db.execute("INSERT INTO outbox (kind, doc_id, queued_at) VALUES ('identifier', 'phone:+10000000000', '0')")
    again = drain_outbox(store, client, config)
    assert again.error is None and again.failed == 0 and again.backlog == 0
    assert client.get(index=f"{es_prefix}-posts", id="4")["_source"]["lure_score"] == 0.9


def test_batched_store_reads_match_the_single_ones(store: Store) -> None:
    ids = [row[0] for row in store.db.execute("SELECT id FROM posts")] + ["missing"]
    assert store.posts_by_id(ids) == {i: store.get_post(i) for i in ids if i != "missing"}
    assert store.post_links_many(ids) == {i: store.post_links(i) for i in ids}
    keys = [(r[0], r[1]) for r in store.db.execute("SELECT DISTINCT kind, value FROM identifiers")] + [("phone", "+1")]
    many = store.identifier_rows_many(keys)
    for kind, value in keys:
        single = sorted(tuple(r) for r in store.identifier_rows(kind, value))
        assert sorted(tuple(r)[2:] for r in many[(kind, value)]) == single


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


def test_post_documents_carry_what_investigators_filter_on() -> None:
    post = enrich({"id": "x", "platform": "telegram", "region": "VN",
                   "text": "Việc nhẹ lương cao ở Sihanoukville, lương 1500$, liên hệ +855 97 712 3456"})
    doc = post_document(post, ["phone:+855977123456"])
    assert doc["country"] == ["KH", "VN"]  # the source's region and the number's country
    assert doc["destinations"] == ["sihanoukville"]
    assert (doc["salary_min"], doc["salary_max"], doc["salary_currency"]) == (1500, 1500, "USD")
    assert doc["links"] == [{"key": "phone:+855977123456", "reason": "shared phone +855977123456"}]
    # Every field of the document is mapped: nothing an investigator sees is unsearchable.
    assert set(doc) <= set(MAPPINGS["posts"]["properties"])


@settings(max_examples=400, deadline=None)
@given(code=st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE) + [0, 42, 999]),
       national=st.text(alphabet="0123456789", max_size=19), zero=st.booleans())
def test_phone_country_without_parsing_agrees_with_the_parse(code: int, national: str, zero: bool) -> None:
    e164 = f"+{'0' if zero else ''}{code}{national}"
    phone_country.cache_clear()
    assert phone_country(e164) == parsed_country(e164)


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        ("Salary: $1,200–$1,800", (1200, 1800, "USD")),
        ("lương 30-40tr/tháng", (30e6, 40e6, "VND")),
        ("SAR 7,000–9,000/month", (7000, 9000, "SAR")),
        ("Salary 80k PHP", (80000, 80000, "PHP")),
        ("¥210,000/month", (210000, 210000, None)),  # yen or yuan: the currency is not guessed
    ],
)
def test_salaries_are_read_as_numbers(evidence: str, expected: tuple[float, float, str | None]) -> None:
    salary = read_salary(evidence)
    assert salary is not None and (salary["min"], salary["max"], salary["currency"]) == expected
    assert read_salary("salary negotiable") is None


def test_analysis_follows_the_modules_the_cluster_has() -> None:
    bare = Analysis()
    assert bare.settings() == {} and bare.text_field(subfields=True) == {"type": "text", "analyzer": "standard"}
    common = Analysis(frozenset({"analysis-common"}))
    text = common.text_field(subfields=True)
    assert text["analyzer"] == "lw_text" and text["fields"]["en"]["analyzer"] == "english"
    assert text["fields"]["ngram"]["analyzer"] == "lw_ngram" and "text.ngram^0.5" in common.search_fields()
    icu = Analysis(frozenset({"analysis-common", "analysis-icu", "analysis-smartcn"}))
    assert icu.settings()["analyzer"]["lw_text"]["tokenizer"] == "icu_tokenizer"
    assert "ngram" not in icu.text_field(subfields=True)["fields"]  # ICU segments; no n-grams needed
    assert icu.languages["zh"] == "smartcn"


def test_detected_analysis_is_what_this_node_can_build(es_url: str, es_prefix: str) -> None:
    client = connect(ESConfig(url=es_url, prefix=es_prefix))
    detected = detect_analysis(client)
    names = {row["component"] for row in client.cat.plugins(format="json")}
    assert ("analysis-icu" in names) == detected.icu
    # The integ-test build has no analysis-common: its analyzers would be refused …
    if not detected.common:
        with pytest.raises(ApiError):
            client.indices.create(index=f"{es_prefix}-probe-common", settings={"analysis": Analysis(
                frozenset({"analysis-common"})).settings()}, mappings=mappings_for("posts", Analysis(frozenset({"analysis-common"}))))
    # … and the detected ones are accepted, with the choice recorded for the search API.
    client.indices.create(index=f"{es_prefix}-probe", settings={"analysis": detected.settings()} if detected.settings() else None,
                          mappings=mappings_for("posts", detected))
    meta = client.indices.get_mapping(index=f"{es_prefix}-probe")[f"{es_prefix}-probe"]["mappings"]["_meta"]
    assert meta["search_fields"] == detected.search_fields() and meta["mapping_version"] == INDEX_VERSION


def test_an_old_index_keeps_serving_and_says_to_reindex(store: Store, es_url: str, es_prefix: str) -> None:
    config = ESConfig(url=es_url, prefix=es_prefix)
    client = connect(config)
    old = {**MAPPINGS["posts"], "_meta": {"mapping_version": 1}}
    client.indices.create(index=f"{es_prefix}-posts-v1", mappings=old, aliases={f"{es_prefix}-posts": {}})
    said: list[str] = []
    ensure_indices(client, config, progress=said.append)
    assert any("run `lurewatch reindex`" in line for line in said)
    assert any(line.startswith("text analysis: ") for line in said)


def test_drop_indices_leaves_a_longer_prefix_alone(store: Store, es_url: str, es_prefix: str) -> None:
    index_store(store, ESConfig(url=es_url, prefix=f"{es_prefix}-demo"))
    client = connect(ESConfig(url=es_url, prefix=es_prefix))
    ensure_indices(client, ESConfig(url=es_url, prefix=es_prefix))
    drop_indices(client, ESConfig(url=es_url, prefix=es_prefix))
    assert client.indices.exists(index=f"{es_prefix}-demo-posts-v1")


# -- Elasticsearch going away mid-run --------------------------------------------------------------


class CuttableProxy:
    """A TCP proxy on 127.0.0.1 in front of the node. When the ``cut_at``-th bulk request passes,
    it lets the request reach Elasticsearch, drops the answer and goes down (connections reset,
    the port refuses) until ``resume()`` — from the client's side, a node that died mid-bulk."""

    def __init__(self, target: str, cut_at: int) -> None:
        self.target = (target.split("//")[1].split(":")[0], int(target.rsplit(":", 1)[1]))
        self.cut_at = cut_at
        self.bulks = 0
        self.dropping = False
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.listener = self._listen(0)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def _listen(self, port: int) -> socket.socket:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(16)
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return listener

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, to_node: bool) -> None:
        try:
            while data := source.recv(65536):
                if to_node and b"/_bulk" in data:
                    self.bulks += 1
                    self.dropping = self.dropping or self.bulks == self.cut_at
                if not to_node and self.dropping:
                    self.cut()
                    return
                sink.sendall(data)
        except OSError:
            pass

    def cut(self) -> None:
        with self.lock:
            self.listener.close()
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets = []

    def resume(self) -> None:
        self.dropping = False
        self.cut_at = 0
        self.listener = self._listen(self.port)


@pytest.fixture
def big_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "big.db") as store:
        store.upsert_posts(
            enrich({"id": f"b{i}", "platform": "telegram", "author_id": f"a{i % 97}",
                    "text": f"Typing job in Cambodia, free visa, WhatsApp +855 97 71{i % 300:04d}"})
            for i in range(1200)
        )
        cluster_store(store)
        yield store


def test_es_dying_mid_run_loses_no_post(big_store: Store, es_url: str, es_prefix: str) -> None:
    proxy = CuttableProxy(es_url, cut_at=2)  # the first batch of 500 posts is acknowledged
    config = ESConfig(url=proxy.url, prefix=es_prefix, timeout=5, retries=2, backoff=0.05)
    cut = index_store(big_store, config)
    assert cut.url is None and "failed during indexing" in (cut.error or "")
    assert cut.written["posts"] == 500 and cut.backlog == big_store.outbox_size() > 700
    assert big_store.count_posts() == 1200  # the run finished into the store
    # Elasticsearch answers again: the next run sends the rest, including the batch whose
    # acknowledgement was lost (upserts by id: no duplicates).
    proxy.resume()
    after = index_store(big_store, config)
    assert after.error is None and after.backlog == 0
    assert after.indexed["posts"] == big_store.count_posts() == 1200
    assert after.indexed == count_documents(connect(ESConfig(url=es_url, prefix=es_prefix)), config)


def test_es_dying_mid_reindex_keeps_the_old_index_live(big_store: Store, es_url: str, es_prefix: str) -> None:
    direct = ESConfig(url=es_url, prefix=es_prefix)
    assert index_store(big_store, direct).error is None
    proxy = CuttableProxy(es_url, cut_at=2)
    config = ESConfig(url=proxy.url, prefix=es_prefix, timeout=5, retries=1, backoff=0.05)
    with pytest.raises(IndexUnavailable, match="aliases still point at the old indices"):
        rebuild_indices(big_store, connect(config), config, batch=500)
    client = connect(direct)
    assert set(client.indices.get_alias(name=f"{es_prefix}-posts")) == {f"{es_prefix}-posts-v1"}
    assert count_documents(client, direct)["posts"] == 1200
    # Everything is queued again, so the next run brings the live index up to the store.
    assert big_store.outbox_counts()["post"] == 1200
    proxy.resume()
    result = rebuild_indices(big_store, connect(config), config)
    assert set(client.indices.get_alias(name=f"{es_prefix}-posts")) == {f"{es_prefix}-posts-v3"}
    assert result.indexed["posts"] == 1200 and f"{es_prefix}-posts-v2" in result.deleted


class SilentOnBulk(CuttableProxy):
    """Passes every request to the node but bulk requests: those it counts, then drops the
    connection without an answer (a node that takes connections but cannot index)."""

    def __init__(self, target: str) -> None:
        super().__init__(target, cut_at=0)

    def _pump(self, source: socket.socket, sink: socket.socket, to_node: bool) -> None:
        try:
            while data := source.recv(65536):
                if to_node and b"/_bulk" in data:
                    self.bulks += 1
                    for sock in (source, sink):
                        with contextlib.suppress(OSError):
                            sock.shutdown(socket.SHUT_RDWR)
                        sock.close()
                    return
                sink.sendall(data)
        except OSError:
            pass


def test_a_failing_bulk_is_tried_as_often_as_configured_not_times_the_clients_retries(
        big_store: Store, es_url: str, es_prefix: str) -> None:
    proxy = SilentOnBulk(es_url)
    config = ESConfig(url=proxy.url, prefix=es_prefix, timeout=5, retries=2, backoff=0.01)
    outcome = index_store(big_store, config)
    assert outcome.error is not None and outcome.backlog == big_store.outbox_size() > 0
    assert proxy.bulks == 1 + config.retries  # the client's own max_retries would make it 3 × 3
    proxy.cut()
