"""The SQLite store: migrations, idempotent upserts, clustering write-back and the outbox."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from enrichment import enrich
from index.store import MIGRATIONS, Store, StoreBusy, StoreError, StoreLock
from ops.flow import cluster_store


def post(pid: str, text: str, author: str) -> dict:
    return enrich({"id": pid, "text": text, "platform": "reddit", "author_id": author, "region": "KH"})


def test_new_store_is_migrated_and_a_newer_one_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == len(MIGRATIONS)
    db = sqlite3.connect(tmp_path / "s.db")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer than this lurewatch"):
        Store(tmp_path / "s.db")


def test_upsert_is_idempotent_and_queues_only_changes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        posts = [post("1", "call 097 712 3456", "u1"), post("2", "hello", "u2")]
        assert store.upsert_posts(posts) == {"new": 2, "updated": 0, "unchanged": 0}
        assert store.outbox_counts() == {"post": 2, "cluster": 0, "identifier": 1}
        store.outbox_done("post", ["1", "2"])
        store.outbox_done("identifier", ["phone:+855977123456"])
        assert store.upsert_posts(posts) == {"new": 0, "updated": 0, "unchanged": 2}
        assert store.outbox_size() == 0
        changed = dict(posts[1], text="hello again")
        assert store.upsert_post(changed) == "updated"
        assert store.outbox_counts()["post"] == 1


def test_cluster_ids_persist_across_runs_and_growth_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.upsert_posts([post("1", "call 097 712 3456", "u1"), post("2", "WhatsApp 097 712 3456", "u2")])
        assert cluster_store(store) == {"new": 1, "grown": 0, "merged": 0}
        cid = store.get_post("1")["cluster_id"]
        assert cid and store.get_post("2")["cluster_id"] == cid
        assert cluster_store(store) == {"new": 0, "grown": 0, "merged": 0}
    with Store(path) as store:
        store.upsert_post(post("3", "again 097 712 3456", "u3"))
        assert cluster_store(store) == {"new": 0, "grown": 1, "merged": 0}
        assert store.get_post("3")["cluster_id"] == cid
        assert store.cluster_row(cid)["size"] == 3
        assert store.cluster_of_identifier("phone", "+855977123456") == [cid]


def test_merge_keeps_older_id_and_records_the_other(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts([post("1", "call 097 712 3456", "a"), post("2", "call 097 712 3456", "b")])
        cluster_store(store)
        older = store.get_post("1")["cluster_id"]
        store.upsert_posts([post("3", "call 012 345 678", "c"), post("4", "call 012 345 678", "d")])
        cluster_store(store)
        younger = store.get_post("3")["cluster_id"]
        assert younger != older
        # One post alone bridging the two would be a quote (linking.py, rule 3): two posts of the
        # same wording make the bridge an operation's own.
        store.upsert_posts([post("5", "097 712 3456 or 012 345 678", "e"), post("6", "097 712 3456 or 012 345 678", "f")])
        assert cluster_store(store)["merged"] == 1
        assert {store.get_post(p)["cluster_id"] for p in "123456"} == {older}
        assert store.cluster_row(younger)["merged_into"] == older
        assert younger in store.cluster_row(older)["merged_from"]


def test_evidence_summary_read_from_the_store_matches_the_posts(tmp_path: Path) -> None:
    from crawlers.evidence import summarize

    posts = [
        {"id": "a", "text": "x", "platform": "telegram", "evidence": {"sha256": "1", "path": "evidence/aa/1.html"}},
        {"id": "b", "text": "y", "platform": "fbgroup",
         "evidence": {"sha256": "2", "path": "evidence/bb/2.html", "screenshot": "evidence/cc/3.png"}},
        {"id": "c", "text": "z", "platform": "reddit"},
        {"id": "d", "text": "w"},
    ]
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts(posts)
        assert summarize(store.iter_evidence()) == summarize(store.iter_posts())
        assert summarize(store.iter_evidence())["screenshots"] == 1


def old_store(path: Path, version: int, *rows: str) -> Path:
    """A store file as lurewatch at schema ``version`` left it, holding the rows ``rows`` insert."""
    db = sqlite3.connect(path)
    for script in MIGRATIONS[:version]:
        db.executescript(script)
    db.execute(f"PRAGMA user_version = {version}")
    for row in rows:
        db.execute(row)
    db.commit()
    db.close()
    return path


def test_migration_4_keeps_old_runs_and_records_run_history(tmp_path: Path) -> None:
    path = old_store(tmp_path / "s.db", 3,
                     "INSERT INTO runs (started_at, ended_at, status, summary) VALUES ('2026-01-01T00:00:00Z', "
                     "'2026-01-01T00:01:00Z', 'ok', '{\"posts\": 3}')")
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) == 6
        run_id = store.start_run("telegram", "schedule")
        store.finish_run(run_id, "ok", {"alerts": {"sent": 1, "queued": 0}}, posts=5, new_clusters=1, grown_clusters=2,
                         errors=["x"], health=[{"source": "s", "check": "min_posts", "message": "m"}])
        newest, oldest = store.list_runs()
        assert oldest["summary"] == {"posts": 3} and oldest["trigger"] == "manual" and oldest["errors"] == []
        assert (newest["group"], newest["trigger"], newest["posts"], newest["new_clusters"]) == ("telegram", "schedule", 5, 1)
        assert newest["errors"] == ["x"] and newest["health"][0]["check"] == "min_posts"
        assert newest["started_at"] <= newest["ended_at"] and "." in newest["started_at"]


def test_mail_queue_keys_are_unique(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            first = store.queue_mail("k1", "alert", ["a@b.org"], "s", b"m", rule="r", items=[("c1", "new")])
            again = store.queue_mail("k1", "alert", ["a@b.org"], "s", b"m", rule="r", items=[("c1", "new")])
        assert first is not None and again is None
        assert store.alert_item_exists("r", "c1", "new") and store.mail_queued_count() == 1
        store.mail_failed(first, "down")
        store.mail_sent(first, "outbox")
        assert store.mail_queued_count() == 0 and store.unsent_mail() == []


def test_migration_5_keeps_queued_mail_and_gives_up_only_when_told(tmp_path: Path) -> None:
    path = old_store(tmp_path / "s.db", 4,
                     "INSERT INTO mail_queue (key, kind, recipients, subject, message, queued_at) "
                     "VALUES ('k0', 'alert', '[\"a@b.org\"]', 's', x'6d', '2026-01-01T00:00:00Z')")
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        (old,) = store.unsent_mail()  # queued before the migration: still to be sent
        store.mail_failed(old["id"], "450 later")
        assert store.mail_queued_count() == 1 and store.mail_given_up() == []
        store.mail_failed(old["id"], "550 no such mailbox", give_up=True)
        assert store.unsent_mail() == [] and store.mail_queued_count() == 0
        (kept,) = store.mail_given_up()
        assert kept["attempts"] == 2 and kept["last_error"] == "550 no such mailbox" and bytes(kept["message"]) == b"m"


HOLDER = """
import sys, time
from pathlib import Path
from index.store import StoreLock
with StoreLock(Path(sys.argv[1]), "lurewatch reindex"):
    Path(sys.argv[2]).write_text("held")
    while not Path(sys.argv[3]).exists():
        time.sleep(0.05)
"""


def _hold_lock(tmp_path: Path, store: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """Another process holding ``store``'s lock until the returned file is created."""
    held, release = tmp_path / "held", tmp_path / "release"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store), str(held), str(release)],
                              cwd=Path(__file__).resolve().parents[2])
    deadline = time.monotonic() + 30
    while not held.exists():
        assert holder.poll() is None and time.monotonic() < deadline, "the holder did not take the lock"
        time.sleep(0.05)
    return holder, release


def test_a_second_writer_waits_for_the_store_lock_and_says_who_holds_it(tmp_path: Path) -> None:
    holder, release = _hold_lock(tmp_path, tmp_path / "s.db")
    said: list[str] = []
    taken = threading.Event()

    def second() -> None:
        with StoreLock(tmp_path / "s.db", "lurewatch run (manual)", said.append, poll=0.05):
            taken.set()

    thread = threading.Thread(target=second)
    thread.start()
    try:
        time.sleep(0.5)
        assert not taken.is_set()  # still waiting
        assert len(said) == 1 and "lurewatch reindex (pid" in said[0] and "s.db.lock" in said[0]
    finally:
        release.touch()
    thread.join(30)
    assert taken.is_set()
    assert holder.wait(30) == 0


def test_a_run_stopped_while_waiting_for_the_lock_records_nothing(tmp_path: Path) -> None:
    from ops.config import config_from_dict
    from ops.flow import run_flow

    config = config_from_dict({"data_dir": str(tmp_path)}, "<test>")
    holder, release = _hold_lock(tmp_path, config.store)
    stop = threading.Event()
    stop.set()  # the scheduler is stopping
    try:
        with pytest.raises(StoreBusy, match="stopped while waiting"):
            run_flow(config, None, stop=stop)
    finally:
        release.touch()
        holder.wait(30)
    with Store(config.store) as store:
        assert store.list_runs() == []  # no run was started
