"""The embedded store: one SQLite file, the source of truth for posts, clusters and identifiers.

Elasticsearch is rebuilt from here. Every change to a post or cluster also puts a row in the
``outbox`` table — the work Elasticsearch has not acknowledged yet — so a run that cannot reach
Elasticsearch loses nothing: the next run drains the outbox.

The schema is versioned: ``MIGRATIONS[n]`` takes a database from version n to n+1, and opening a
store applies whatever is missing, in one transaction each.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from crawlers.items import utc_iso

MIGRATIONS: tuple[str, ...] = (
    # 0 → 1: posts, identifiers, clusters, the Elasticsearch outbox, run history.
    """
    CREATE TABLE posts (
        id TEXT PRIMARY KEY,
        platform TEXT,
        source TEXT,
        author_id TEXT,
        published_at TEXT,
        post_kind TEXT,
        cluster_id TEXT,
        content_hash TEXT NOT NULL,
        doc TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX posts_cluster ON posts(cluster_id);
    CREATE INDEX posts_platform ON posts(platform);
    CREATE TABLE identifiers (
        post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        channel TEXT,
        PRIMARY KEY (post_id, kind, value)
    );
    CREATE INDEX identifiers_value ON identifiers(kind, value);
    CREATE TABLE post_links (
        post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        PRIMARY KEY (post_id, key)
    );
    CREATE TABLE clusters (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        size INTEGER NOT NULL,
        merged_from TEXT NOT NULL DEFAULT '[]',
        merged_into TEXT
    );
    CREATE TABLE outbox (
        kind TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        queued_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        PRIMARY KEY (kind, doc_id)
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL,
        summary TEXT
    );
    """,
    # 1 → 2: what incremental linking keeps (index/linker.py). Every post starts unlinked, so the
    # first run after the upgrade links the whole store once, keeping the cluster ids it has.
    """
    ALTER TABLE posts ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX posts_linked ON posts(linked);
    CREATE TABLE link_keys (
        post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        PRIMARY KEY (post_id, key)
    );
    CREATE INDEX link_keys_key ON link_keys(key);
    CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        grp TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX templates_grp ON templates(grp);
    CREATE TABLE template_bands (
        band INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        template_id TEXT NOT NULL REFERENCES templates(id) ON DELETE CASCADE
    );
    CREATE INDEX template_bands_hash ON template_bands(band, hash);
    CREATE TABLE hubs (
        key TEXT PRIMARY KEY,
        groups INTEGER NOT NULL,
        found_at TEXT NOT NULL
    );
    """,
    # 2 → 3: template signatures moved to enrichment/minhash.py (other band hashes), and the hub,
    # quote and wording rules changed: the linking state is dropped and every post is linked again
    # by the next run (cluster ids survive where the clusters do).
    """
    DELETE FROM template_bands;
    DELETE FROM templates;
    DELETE FROM link_keys;
    DELETE FROM hubs;
    UPDATE posts SET linked = 0;
    """,
    # 3 → 4: richer run history (group, what started it, counts, errors, crawl health), and the
    # alert state: per (rule, cluster) what was last notified, every (rule, cluster, change) ever
    # queued — unique, so a change is queued once — and the mail queue with its sent-log.
    """
    ALTER TABLE runs ADD COLUMN grp TEXT;
    ALTER TABLE runs ADD COLUMN trigger TEXT NOT NULL DEFAULT 'manual';
    ALTER TABLE runs ADD COLUMN posts INTEGER;
    ALTER TABLE runs ADD COLUMN new_clusters INTEGER;
    ALTER TABLE runs ADD COLUMN grown_clusters INTEGER;
    ALTER TABLE runs ADD COLUMN errors TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE runs ADD COLUMN health TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE alert_state (
        rule TEXT NOT NULL,
        cluster_id TEXT NOT NULL,
        size INTEGER NOT NULL,
        identifiers TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        PRIMARY KEY (rule, cluster_id)
    );
    CREATE TABLE mail_queue (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        rule TEXT,
        run_id INTEGER,
        recipients TEXT NOT NULL,
        subject TEXT NOT NULL,
        message BLOB NOT NULL,
        queued_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        sent_at TEXT,
        sent_via TEXT
    );
    CREATE INDEX mail_queue_unsent ON mail_queue(sent_at);
    CREATE TABLE alert_items (
        rule TEXT NOT NULL,
        cluster_id TEXT NOT NULL,
        change TEXT NOT NULL,
        mail_id INTEGER NOT NULL REFERENCES mail_queue(id),
        PRIMARY KEY (rule, cluster_id, change)
    );
    """,
    # 4 → 5: a message the mail system refused for good (every recipient, or its content) stops
    # being retried; it stays in the queue, with the refusal, for the operator.
    """
    ALTER TABLE mail_queue ADD COLUMN given_up_at TEXT;
    """,
    # 5 → 6: clusters a watch rule looked at and did not match, with the rule's filters then, so
    # that the next run reads them again only when they changed or the rule did.
    """
    CREATE TABLE alert_misses (
        rule TEXT NOT NULL,
        cluster_id TEXT NOT NULL,
        filters TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        PRIMARY KEY (rule, cluster_id)
    );
    """,
)

#: The outbox kinds, one per Elasticsearch index.
OUTBOX_KINDS = ("post", "cluster", "identifier")


def now_iso() -> str:
    return utc_iso(datetime.now(timezone.utc))


def precise_now_iso() -> str:
    """UTC with milliseconds: run history needs to order runs that start within one second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def content_hash(post: dict[str, Any]) -> str:
    """Hash of what a post says; a re-crawl that changes nothing changes nothing downstream."""
    stable = {k: v for k, v in post.items() if k not in ("fetched_at", "cluster_id", "links")}
    return hashlib.sha256(json.dumps(stable, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


class StoreError(RuntimeError):
    """The store cannot be opened or is newer than this program."""


class StoreBusy(StoreError):
    """Asked to stop while waiting for another command that holds the store's lock."""


class StoreLock:
    """The store's exclusive lock (``<store>.lock``, an advisory ``flock``), held by the commands
    that change both the store and the index: a run and a reindex must not interleave, or the
    documents a run writes while a reindex copies the store miss the new indices. Readers (the
    UI, ``explain``, ``runs``) need no lock: SQLite's WAL keeps their view consistent.

    A second writer waits, saying on ``progress`` who holds the lock, and takes it when that one
    ends (the kernel releases it even when the holder is killed). ``stop`` ends the wait with
    StoreBusy."""

    def __init__(self, store_path: Path, what: str, progress: Any = None, stop: Any = None,
                 poll: float = 0.5) -> None:
        self.path = Path(str(store_path) + ".lock")
        self.what = what
        self.progress = progress or (lambda message: None)
        self.stop = stop
        self.poll = poll
        self.file: Any = None

    def __enter__(self) -> StoreLock:
        import fcntl
        import os
        import time

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.file = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until __exit__)
        except OSError as exc:
            raise StoreError(f"cannot open the store lock {self.path}: {exc.strerror or exc}") from None
        said = False
        while True:
            try:
                fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not said:
                    self.file.seek(0)
                    holder = self.file.read().strip() or "another lurewatch command"
                    self.progress(f"waiting for {holder} to finish (it holds {self.path})…")
                    said = True
                if self.stop is not None and self.stop.is_set():
                    self.file.close()
                    raise StoreBusy(f"stopped while waiting for the store lock {self.path}") from None
                time.sleep(self.poll)
        self.file.seek(0)
        self.file.truncate()
        self.file.write(f"{self.what} (pid {os.getpid()}, since {now_iso()})\n")
        self.file.flush()
        return self

    def __exit__(self, *exc: object) -> None:
        import fcntl

        if self.file is None:
            return
        try:
            self.file.seek(0)
            self.file.truncate()
        except OSError:
            pass
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()
        self.file = None


class Store:
    """A SQLite store. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- schema -------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(
                f"store {self.path} has schema version {version}, newer than this lurewatch ({len(MIGRATIONS)})"
            )
        for target in range(version, len(MIGRATIONS)):
            # executescript commits whatever is pending, so each migration is its own script.
            self.db.executescript(f"BEGIN IMMEDIATE;{MIGRATIONS[target]};PRAGMA user_version = {target + 1};COMMIT;")

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    # -- posts ----------------------------------------------------------------------------------

    def upsert_post(self, post: dict[str, Any]) -> str:
        """Insert or update one enriched post; returns ``new``, ``updated`` or ``unchanged``.
        A new or changed post is queued for Elasticsearch with its identifiers."""
        with self.transaction():
            return self._upsert_post(post)

    def upsert_posts(self, posts: Iterable[dict[str, Any]]) -> dict[str, int]:
        """Upsert many posts in one transaction; counts per outcome."""
        counts = {"new": 0, "updated": 0, "unchanged": 0}
        with self.transaction():
            for post in posts:
                counts[self._upsert_post(post)] += 1
        return counts

    def _upsert_post(self, post: dict[str, Any]) -> str:
        digest = content_hash(post)
        row = self.db.execute("SELECT content_hash, cluster_id, first_seen FROM posts WHERE id = ?", (post["id"],)).fetchone()
        if row is not None and row["content_hash"] == digest:
            return "unchanged"
        stamp = now_iso()
        doc = {k: v for k, v in post.items() if k not in ("cluster_id", "links")}
        old_identifiers = set()
        if row is not None:
            old_identifiers = {
                f"{r['kind']}:{r['value']}"
                for r in self.db.execute("SELECT kind, value FROM identifiers WHERE post_id = ?", (post["id"],))
            }
        self.db.execute(
            """INSERT INTO posts (id, platform, source, author_id, published_at, post_kind, cluster_id,
                                  content_hash, doc, first_seen, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET platform=excluded.platform, source=excluded.source,
                   author_id=excluded.author_id, published_at=excluded.published_at,
                   post_kind=excluded.post_kind, content_hash=excluded.content_hash,
                   doc=excluded.doc, updated_at=excluded.updated_at, linked=0""",
            (
                post["id"],
                post.get("platform"),
                post.get("source"),
                post.get("author_id"),
                post.get("published_at"),
                post.get("post_kind"),
                digest,
                json.dumps(doc, ensure_ascii=False, default=str),
                stamp,
                stamp,
            ),
        )
        self.db.execute("DELETE FROM identifiers WHERE post_id = ?", (post["id"],))
        new_identifiers = set()
        for item in post.get("identifiers") or []:
            self.db.execute(
                "INSERT OR IGNORE INTO identifiers (post_id, kind, value, channel) VALUES (?, ?, ?, ?)",
                (post["id"], item["kind"], item["value"], item.get("channel")),
            )
            new_identifiers.add(f"{item['kind']}:{item['value']}")
        self._queue("post", [post["id"]])
        self._queue("identifier", old_identifiers | new_identifiers)
        return "updated" if row is not None else "new"

    def get_post(self, post_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT doc, cluster_id FROM posts WHERE id = ?", (post_id,)).fetchone()
        return self._post_from_row(row) if row else None

    def _post_from_row(self, row: sqlite3.Row) -> dict[str, Any]:
        post: dict[str, Any] = json.loads(row["doc"])
        post["cluster_id"] = row["cluster_id"]
        return post

    def iter_posts(self, ids: Iterable[str] | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Posts with their ``cluster_id`` (all, or those with the given ids)."""
        if ids is None:
            for row in self.db.execute("SELECT doc, cluster_id FROM posts ORDER BY first_seen, id"):
                yield self._post_from_row(row)
            return
        wanted = list(ids)
        for start in range(0, len(wanted), batch):
            chunk = wanted[start : start + batch]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT doc, cluster_id FROM posts WHERE id IN ({marks})", chunk):
                yield self._post_from_row(row)

    def iter_evidence(self) -> Iterator[dict[str, Any]]:
        """Each post's platform and evidence record only (SQLite's JSON functions read them, so the
        run summary does not decode every post)."""
        rows = self.db.execute(
            "SELECT platform, json_extract(doc, '$.evidence.path') AS path,"
            " json_extract(doc, '$.evidence.screenshot') AS screenshot FROM posts"
        )
        for row in rows:
            yield {"platform": row["platform"], "evidence": {"path": row["path"], "screenshot": row["screenshot"]}}

    def count_posts(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM posts").fetchone()[0])

    def posts_by_platform(self) -> dict[str, int]:
        rows = self.db.execute("SELECT platform, count(*) AS n FROM posts GROUP BY platform ORDER BY platform")
        return {row["platform"] or "unknown": row["n"] for row in rows}

    # -- clustering -----------------------------------------------------------------------------

    def _identifier_keys_of(self, post_ids: list[str]) -> set[str]:
        keys: set[str] = set()
        for start in range(0, len(post_ids), 500):
            chunk = post_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT kind, value FROM identifiers WHERE post_id IN ({marks})", chunk):
                keys.add(f"{row['kind']}:{row['value']}")
        return keys

    def count_clusters(self, min_size: int = 2) -> int:
        return int(self.db.execute("SELECT count(*) FROM clusters WHERE size >= ?", (min_size,)).fetchone()[0])

    def cluster_row(self, cluster_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM clusters WHERE id = ?", (cluster_id,)).fetchone()

    def cluster_members(self, cluster_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT doc, cluster_id FROM posts WHERE cluster_id = ? ORDER BY published_at, id", (cluster_id,)
        )
        return [self._post_from_row(row) for row in rows]

    def post_links(self, post_id: str) -> list[str]:
        return [r["key"] for r in self.db.execute("SELECT key FROM post_links WHERE post_id = ? ORDER BY key", (post_id,))]

    # -- batch reads (indexing) -------------------------------------------------------------------
    # One query per few hundred ids instead of one per id: draining the outbox reads a whole bulk
    # batch at a time. Same answers as the one-id methods above.

    #: Ids per ``IN (…)`` list, well under SQLite's limit on bound variables.
    _CHUNK = 450

    def _chunks(self, ids: Iterable[Any]) -> Iterator[list[Any]]:
        wanted = list(dict.fromkeys(ids))
        for start in range(0, len(wanted), self._CHUNK):
            yield wanted[start : start + self._CHUNK]

    @staticmethod
    def _decode(doc: bytes | str) -> dict[str, Any]:
        try:
            return orjson.loads(doc)  # type: ignore[no-any-return]
        except orjson.JSONDecodeError:  # NaN, integers beyond 64 bits: what only json reads
            return json.loads(doc)  # type: ignore[no-any-return]

    def posts_by_id(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """id → post with its ``cluster_id`` (as :meth:`get_post`), for the ids that exist."""
        found: dict[str, dict[str, Any]] = {}
        cursor = self.db.cursor()
        cursor.row_factory = None  # plain tuples: no Row object per post
        for chunk in self._chunks(ids):
            marks = ",".join("?" * len(chunk))
            # The JSON as bytes: orjson reads UTF-8 itself, no str is made of it first.
            for post_id, doc, cluster_id in cursor.execute(
                f"SELECT id, CAST(doc AS BLOB), cluster_id FROM posts WHERE id IN ({marks})", chunk
            ):
                post = self._decode(doc)
                post["cluster_id"] = cluster_id
                found[post_id] = post
        return found

    def post_links_many(self, post_ids: Iterable[str]) -> dict[str, list[str]]:
        """post id → its link keys, sorted (as :meth:`post_links`); every id asked is a key."""
        wanted = list(post_ids)
        links: dict[str, list[str]] = {post_id: [] for post_id in wanted}
        cursor = self.db.cursor()
        cursor.row_factory = None
        for chunk in self._chunks(wanted):
            marks = ",".join("?" * len(chunk))
            for post_id, key in cursor.execute(
                f"SELECT post_id, key FROM post_links WHERE post_id IN ({marks}) ORDER BY post_id, key", chunk
            ):
                links[post_id].append(key)
        return links

    def identifier_rows_many(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[sqlite3.Row]]:
        """(kind, value) → the rows :meth:`identifier_rows` gives for it (empty when unused)."""
        wanted = list(keys)
        by_kind: dict[str, list[str]] = defaultdict(list)
        for kind, value in dict.fromkeys(wanted):
            by_kind[kind].append(value)
        rows: dict[tuple[str, str], list[sqlite3.Row]] = defaultdict(list)
        for kind, values in by_kind.items():
            for chunk in self._chunks(values):
                marks = ",".join("?" * len(chunk))
                # kind = ? AND value IN (…): one identifiers_value lookup per value.
                for row in self.db.execute(
                    f"""SELECT i.kind, i.value, i.post_id, i.channel, p.platform, p.cluster_id, p.published_at,
                               p.post_kind
                        FROM identifiers i JOIN posts p ON p.id = i.post_id
                        WHERE i.kind = ? AND i.value IN ({marks})""",
                    [kind, *chunk],
                ):
                    rows[(kind, row["value"])].append(row)
        return {key: rows.get(key, []) for key in wanted}

    def cluster_of_identifier(self, kind: str, value: str) -> list[str]:
        rows = self.db.execute(
            """SELECT DISTINCT p.cluster_id FROM identifiers i JOIN posts p ON p.id = i.post_id
               WHERE i.kind = ? AND i.value = ? AND p.cluster_id IS NOT NULL ORDER BY p.cluster_id""",
            (kind, value),
        )
        return [row[0] for row in rows]

    def identifier_rows(self, kind: str, value: str) -> list[sqlite3.Row]:
        return list(
            self.db.execute(
                """SELECT i.post_id, i.channel, p.platform, p.cluster_id, p.published_at, p.post_kind
                   FROM identifiers i JOIN posts p ON p.id = i.post_id WHERE i.kind = ? AND i.value = ?""",
                (kind, value),
            )
        )

    # -- outbox ---------------------------------------------------------------------------------

    def _queue(self, kind: str, doc_ids: Iterable[str]) -> None:
        stamp = now_iso()
        self.db.executemany(
            """INSERT INTO outbox (kind, doc_id, queued_at) VALUES (?, ?, ?)
               ON CONFLICT(kind, doc_id) DO UPDATE SET queued_at = excluded.queued_at""",
            [(kind, doc_id, stamp) for doc_id in doc_ids],
        )

    def queue_all(self) -> int:
        """Queue every post, cluster and identifier (``lurewatch reindex``)."""
        with self.transaction():
            self.db.execute("DELETE FROM outbox")
            self._queue("post", [r[0] for r in self.db.execute("SELECT id FROM posts")])
            self._queue("cluster", [r[0] for r in self.db.execute("SELECT id FROM clusters")])
            self._queue(
                "identifier", [f"{r[0]}:{r[1]}" for r in self.db.execute("SELECT DISTINCT kind, value FROM identifiers")]
            )
        return self.outbox_size()

    def outbox_batch(self, kind: str, limit: int) -> list[str]:
        rows = self.db.execute(
            "SELECT doc_id FROM outbox WHERE kind = ? ORDER BY queued_at, doc_id LIMIT ?", (kind, limit)
        )
        return [row[0] for row in rows]

    def outbox_done(self, kind: str, doc_ids: Iterable[str]) -> None:
        with self.transaction():
            self.db.executemany("DELETE FROM outbox WHERE kind = ? AND doc_id = ?", [(kind, d) for d in doc_ids])

    def outbox_failed(self, kind: str, errors: dict[str, str]) -> None:
        with self.transaction():
            self.db.executemany(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE kind = ? AND doc_id = ?",
                [(error[:500], kind, doc_id) for doc_id, error in errors.items()],
            )

    def outbox_size(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def outbox_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT kind, count(*) FROM outbox GROUP BY kind")
        return {kind: 0 for kind in OUTBOX_KINDS} | {row[0]: row[1] for row in rows}

    # -- runs -----------------------------------------------------------------------------------

    def start_run(self, group: str | None = None, trigger: str = "manual") -> int:
        """Record a run as ``running``; ``trigger`` says who started it (manual, schedule, demo)."""
        cur = self.db.execute(
            "INSERT INTO runs (started_at, status, grp, trigger) VALUES (?, 'running', ?, ?)",
            (precise_now_iso(), group, trigger),
        )
        return int(cur.lastrowid or 0)

    def finish_run(
        self,
        run_id: int,
        status: str,
        summary: dict[str, Any],
        *,
        posts: int | None = None,
        new_clusters: int | None = None,
        grown_clusters: int | None = None,
        errors: Iterable[str] = (),
        health: Iterable[dict[str, Any]] = (),
    ) -> None:
        self.db.execute(
            """UPDATE runs SET ended_at = ?, status = ?, summary = ?, posts = ?, new_clusters = ?,
                   grown_clusters = ?, errors = ?, health = ? WHERE id = ?""",
            (precise_now_iso(), status, json.dumps(summary, ensure_ascii=False), posts, new_clusters, grown_clusters,
             json.dumps(list(errors), ensure_ascii=False), json.dumps(list(health), ensure_ascii=False), run_id),
        )

    def list_runs(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest ``limit`` runs, newest first, with their summaries decoded."""
        rows = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        out = []
        for row in rows:
            run = dict(row)
            run["group"] = run.pop("grp")
            for key in ("errors", "health"):
                run[key] = json.loads(run[key] or "[]")
            run["summary"] = json.loads(run["summary"]) if run["summary"] else {}
            out.append(run)
        return out

    # -- alerts ---------------------------------------------------------------------------------

    def live_clusters(self, min_size: int = 2) -> list[sqlite3.Row]:
        """Clusters not merged away, of at least ``min_size`` posts."""
        return list(self.db.execute(
            "SELECT * FROM clusters WHERE merged_into IS NULL AND size >= ? ORDER BY created_at, id", (min_size,)
        ))

    def alert_states(self, rule: str) -> dict[str, sqlite3.Row]:
        """Per cluster, what ``rule`` last notified (size, identifier keys) and when it last looked."""
        rows = self.db.execute("SELECT * FROM alert_state WHERE rule = ?", (rule,))
        return {row["cluster_id"]: row for row in rows}

    def alert_misses(self, rule: str) -> dict[str, sqlite3.Row]:
        """Per cluster ``rule`` did not match: the rule's filters then and when it looked."""
        rows = self.db.execute("SELECT * FROM alert_misses WHERE rule = ?", (rule,))
        return {row["cluster_id"]: row for row in rows}

    def save_alert_miss(self, rule: str, cluster_id: str, filters: str, checked_at: str) -> None:
        self.db.execute(
            """INSERT INTO alert_misses (rule, cluster_id, filters, checked_at) VALUES (?, ?, ?, ?)
               ON CONFLICT(rule, cluster_id) DO UPDATE SET filters = excluded.filters,
                   checked_at = excluded.checked_at""",
            (rule, cluster_id, filters, checked_at),
        )

    def drop_alert_misses(self, rule: str, cluster_ids: Iterable[str] | None = None) -> None:
        """Forget misses of ``cluster_ids`` (all of the rule's that are not live clusters when None)."""
        if cluster_ids is None:
            self.db.execute(
                """DELETE FROM alert_misses WHERE rule = ? AND cluster_id NOT IN
                   (SELECT id FROM clusters WHERE merged_into IS NULL)""", (rule,))
            return
        self.db.executemany("DELETE FROM alert_misses WHERE rule = ? AND cluster_id = ?",
                            [(rule, cid) for cid in cluster_ids])

    def alert_item_exists(self, rule: str, cluster_id: str, change: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM alert_items WHERE rule = ? AND cluster_id = ? AND change = ?", (rule, cluster_id, change)
        ).fetchone()
        return row is not None

    def save_alert_state(self, rule: str, cluster_id: str, size: int, identifiers: Iterable[str], checked_at: str) -> None:
        self.db.execute(
            """INSERT INTO alert_state (rule, cluster_id, size, identifiers, checked_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(rule, cluster_id) DO UPDATE SET size = excluded.size,
                   identifiers = excluded.identifiers, checked_at = excluded.checked_at""",
            (rule, cluster_id, size, json.dumps(sorted(identifiers)), checked_at),
        )

    def touch_alert_state(self, rule: str, cluster_id: str, checked_at: str) -> None:
        self.db.execute(
            "UPDATE alert_state SET checked_at = ? WHERE rule = ? AND cluster_id = ?", (checked_at, rule, cluster_id)
        )

    def drop_alert_states(self, rule: str, cluster_ids: Iterable[str]) -> None:
        self.db.executemany(
            "DELETE FROM alert_state WHERE rule = ? AND cluster_id = ?", [(rule, cid) for cid in cluster_ids]
        )

    def queue_mail(
        self,
        key: str,
        kind: str,
        recipients: Iterable[str],
        subject: str,
        message: bytes,
        *,
        rule: str | None = None,
        run_id: int | None = None,
        items: Iterable[tuple[str, str]] = (),
    ) -> int | None:
        """Queue a rendered message under a unique ``key``, with the (cluster, change) pairs it
        reports for ``rule``. Returns its id, or None when ``key`` was queued before. Call inside
        the transaction that also saves the alert state, so state and queue move together."""
        cur = self.db.execute(
            """INSERT OR IGNORE INTO mail_queue (key, kind, rule, run_id, recipients, subject, message, queued_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (key, kind, rule, run_id, json.dumps(list(recipients)), subject, message, now_iso()),
        )
        if cur.rowcount == 0:
            return None
        mail_id = int(cur.lastrowid or 0)
        self.db.executemany(
            "INSERT INTO alert_items (rule, cluster_id, change, mail_id) VALUES (?, ?, ?, ?)",
            [(rule, cluster_id, change, mail_id) for cluster_id, change in items],
        )
        return mail_id

    def unsent_mail(self) -> list[sqlite3.Row]:
        """Queued messages not delivered yet, oldest first."""
        return list(self.db.execute("SELECT * FROM mail_queue WHERE sent_at IS NULL AND given_up_at IS NULL ORDER BY id"))

    def mail_sent(self, mail_id: int, via: str, note: str | None = None) -> None:
        """Mark a message delivered (``note``: e.g. recipients the server refused)."""
        self.db.execute(
            "UPDATE mail_queue SET sent_at = ?, sent_via = ?, attempts = attempts + 1, last_error = ? WHERE id = ?",
            (now_iso(), via, note, mail_id),
        )

    def mail_failed(self, mail_id: int, error: str, give_up: bool = False) -> None:
        """Count a failed attempt; ``give_up``: the message is not tried again."""
        self.db.execute("UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, given_up_at = ? WHERE id = ?",
                        (error[:500], now_iso() if give_up else None, mail_id))

    def mail_queued_count(self) -> int:
        return int(self.db.execute(
            "SELECT count(*) FROM mail_queue WHERE sent_at IS NULL AND given_up_at IS NULL").fetchone()[0])

    def mail_given_up(self) -> list[sqlite3.Row]:
        """Messages the mail system refused for good, oldest first."""
        return list(self.db.execute("SELECT * FROM mail_queue WHERE given_up_at IS NOT NULL ORDER BY id"))


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on error); nested uses join the outer one."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.outer = False

    def __enter__(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            self.outer = True

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
