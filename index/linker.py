"""Incremental linking over the store: new posts join, grow or merge clusters without recomputing
everything.

The rules are those of enrichment/linking.py (shared strong identifiers and accounts, verified
template similarity between lures, hub demotion, warnings never link); this module keeps what they
need in the store so that a run only looks at what changed:

* ``link_keys`` — every linking key of every linked post (identifiers, account, template group),
  indexed by key: "who else has this number" is one index lookup;
* ``templates`` / ``template_bands`` — each distinct lure template with its group and the LSH band
  hashes of its MinHash, indexed: a new template finds its candidates with one lookup per band and
  is verified with rapidfuzz against the stored text, never against all templates;
* ``hubs`` — keys demoted because they bridge unrelated identities (hotlines, aggregators).

A run takes the posts not yet linked (new or edited), computes their keys, and re-links them with
every stored post they connect to through keys that are not hubs yet: the hub and quote rules of
enrichment/linking.py run over that part of the store (the rules of linking everything at once,
applied to what a run touches; a hub, once found, stays one), and the posts are unioned with the clusters already holding their keys. A cluster keeps
its id; when clusters merge the oldest id survives and records the others in ``merged_from``. An
edited post re-links its whole cluster from its members' stored posts (a local recomputation; the
parts of the store a run does not connect to are not read). A key, once a hub, stays
one. ``relink_all`` recomputes the whole store (after a policy change).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from enrichment.cluster import UnionFind, new_cluster_id
from enrichment.linking import LinkPolicy, LinkRecord, hubs_and_quotes, record_from_post, template_bands
from index.store import Store, now_iso

Progress = Callable[[str], None]

#: A run re-links at most about this many stored posts connected to its new ones (a bound for a
#: store whose hubs are not known yet; they are found within it and cut the graph from then on).
MAX_REGION = 500_000
_SQL_CHUNK = 500


def _signed(value: int) -> int:
    """SQLite integers are signed 64-bit."""
    return value - (1 << 64) if value >= (1 << 63) else value


class _InAny:
    """Membership in any of several collections, without copying them."""

    def __init__(self, *collections: Container[str]) -> None:
        self.collections = collections

    def __contains__(self, item: object) -> bool:
        return any(item in collection for collection in self.collections)


def _chunks(items: Sequence[str], size: int = _SQL_CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class LinkRun:
    """What one incremental linking run did."""

    linked: int = 0
    new: int = 0
    grown: int = 0
    merged: int = 0
    new_hubs: list[str] = field(default_factory=list)
    changed_clusters: set[str] = field(default_factory=set)

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "grown": self.grown, "merged": self.merged}


class IncrementalLinker:
    """Links the store's unlinked posts into its clusters (see the module docstring)."""

    def __init__(self, store: Store, policy: LinkPolicy = LinkPolicy(), progress: Progress | None = None) -> None:
        self.store = store
        self.db = store.db
        self.policy = policy
        self.progress = progress or (lambda message: None)

    # -- entry points ---------------------------------------------------------------------------

    def run(self) -> LinkRun:
        """Link every post not linked yet; one transaction."""
        outcome = LinkRun()
        with self.store.transaction():
            dirty = [row[0] for row in self.db.execute("SELECT id FROM posts WHERE linked = 0 ORDER BY first_seen, id")]
            if not dirty:
                return outcome
            self.progress(f"linking {len(dirty)} new or changed posts…")
            hubs = self._hubs()
            # Edited posts re-link their whole cluster: what they no longer share may split it.
            region = set(dirty) | set(self._members_of(self._cluster_ids_of(dirty)))
            records = self._records(region)
            keys = self._keys(records)
            # The hub and quote rules look at how identities hang together, so they are run over
            # every stored post the new ones connect to (known hubs cut the graph): the parts of
            # the store this run does not touch are not read.
            extra, closed = self._connected(keys, region, hubs)
            if extra:
                records.update(self._records(extra))
                region |= extra
                # Again over all: the first pass stored the new templates (this one only looks
                # them up), and a group it merged now has one name on every post.
                keys = self._keys(records)
            self._forget(region)
            active = [pid for pid in sorted(records) if not records[pid][0].warning]
            found, quoting = hubs_and_quotes(
                [[k for k in keys[pid] if k not in hubs] for pid in active],
                [records[pid][0].published for pid in active], self.policy,
            )
            if found:  # known hubs were left out of the search: these are all new
                hubs |= set(found)
                outcome.new_hubs = sorted(found)
                self._remember_hubs(found)
            for index, dropped in quoting.items():
                pid = active[index]
                keys[pid] = [k for k in keys[pid] if k not in dropped]
            self._link(records, keys, hubs, outcome, closed)
            outcome.linked = len(region)
        return outcome

    def _connected(self, keys: dict[str, list[str]], region: set[str], hubs: set[str]) -> tuple[set[str], bool]:
        """Stored posts reachable from ``keys`` through shared keys that are not hubs, and whether
        that is all of them (False when ``MAX_REGION`` stopped the walk)."""
        found: set[str] = set()
        seen = set(hubs)
        frontier = {k for post_keys in keys.values() for k in post_keys} - seen
        while frontier:
            if len(found) >= MAX_REGION:
                return found, False
            seen |= frontier
            fresh: set[str] = set()
            for chunk in _chunks(sorted(frontier)):
                marks = ",".join("?" * len(chunk))
                fresh.update(row[0] for row in self.db.execute(
                    f"SELECT DISTINCT post_id FROM link_keys WHERE key IN ({marks})", chunk))
            fresh -= region | found
            if not fresh:
                break
            found |= fresh
            frontier = set()
            for chunk in _chunks(sorted(fresh)):
                marks = ",".join("?" * len(chunk))
                frontier.update(row[0] for row in self.db.execute(
                    f"SELECT DISTINCT key FROM link_keys WHERE post_id IN ({marks})", chunk))
            frontier -= seen
        return found, True

    def relink_all(self) -> LinkRun:
        """Forget every link and link the whole store again (ids survive where clusters do)."""
        with self.store.transaction():
            self.db.execute("DELETE FROM link_keys")
            self.db.execute("DELETE FROM templates")
            self.db.execute("DELETE FROM template_bands")
            self.db.execute("DELETE FROM hubs")
            self.db.execute("UPDATE posts SET linked = 0")
        return self.run()

    # -- reading --------------------------------------------------------------------------------

    def _cluster_ids_of(self, post_ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(post_ids)):
            marks = ",".join("?" * len(chunk))
            found.update(
                row[0] for row in self.db.execute(
                    f"SELECT DISTINCT cluster_id FROM posts WHERE id IN ({marks}) AND cluster_id IS NOT NULL", chunk
                )
            )
        return found

    def _members_of(self, cluster_ids: Iterable[str]) -> list[str]:
        members: list[str] = []
        for chunk in _chunks(sorted(cluster_ids)):
            marks = ",".join("?" * len(chunk))
            members += [row[0] for row in self.db.execute(f"SELECT id FROM posts WHERE cluster_id IN ({marks})", chunk)]
        return members

    def _records(self, post_ids: Iterable[str]) -> dict[str, tuple[LinkRecord, str | None, str]]:
        """post id → (link record, current cluster id, first seen)."""
        out: dict[str, tuple[LinkRecord, str | None, str]] = {}
        for chunk in _chunks(sorted(post_ids)):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT id, doc, cluster_id, first_seen FROM posts WHERE id IN ({marks})", chunk
            ):
                out[row["id"]] = (record_from_post(json.loads(row["doc"])), row["cluster_id"], row["first_seen"])
        return out

    def _forget(self, post_ids: Iterable[str]) -> None:
        for chunk in _chunks(sorted(post_ids)):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"DELETE FROM link_keys WHERE post_id IN ({marks})", chunk)

    def _hubs(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT key FROM hubs")}

    def _remember_hubs(self, hubs: dict[str, int]) -> None:
        stamp = now_iso()
        self.db.executemany(
            "INSERT OR REPLACE INTO hubs (key, groups, found_at) VALUES (?, ?, ?)",
            [(key, groups, stamp) for key, groups in hubs.items()],
        )

    def _holders(self, key: str) -> list[tuple[str, str | None]]:
        """(post id, cluster id) of linked posts holding ``key``."""
        return [
            (row[0], row[1]) for row in self.db.execute(
                "SELECT l.post_id, p.cluster_id FROM link_keys l JOIN posts p ON p.id = l.post_id WHERE l.key = ?",
                (key,),
            )
        ]

    # -- keys and templates ---------------------------------------------------------------------

    def _keys(self, records: dict[str, tuple[LinkRecord, str | None, str]]) -> dict[str, list[str]]:
        """Linking keys per post: strong identifiers, account, and the template group(s) its
        template belongs to. Warnings have none."""
        template_keys = self._template_keys([r for r, _, _ in records.values() if not r.warning])
        keys: dict[str, list[str]] = {}
        for post_id, (record, _, _) in records.items():
            if record.warning:
                keys[post_id] = []
                continue
            keys[post_id] = sorted(set(record.keys) | set(template_keys.get(record.template_id or "", ())))
        return keys

    def _template_keys(self, records: Sequence[LinkRecord]) -> dict[str, list[str]]:
        """template id → ``template:<group>`` keys, for the linkable lure templates of ``records``.
        Templates seen before keep their group; new ones are matched against the stored ones
        through the LSH band index and verified on their text."""
        texts: dict[str, str] = {}
        known_bands: dict[str, str | None] = {}
        for record in records:
            if record.links_by_wording(self.policy) and record.template_id not in texts:
                texts[record.template_id] = record.template_text
                known_bands[record.template_id] = record.bands
        if not texts:
            return {}
        known: dict[str, str] = {}
        for chunk in _chunks(sorted(texts)):
            marks = ",".join("?" * len(chunk))
            known.update((row[0], row[1]) for row in self.db.execute(
                f"SELECT id, grp FROM templates WHERE id IN ({marks})", chunk))
        fresh = sorted(set(texts) - set(known))
        out: dict[str, list[str]] = {tid: [f"template:{grp}"] for tid, grp in known.items()}
        if not fresh:
            return out
        policy = self.policy
        bands = template_bands([texts[t] for t in fresh], [known_bands[t] for t in fresh], policy)
        forest = UnionFind()
        for tid in fresh:
            forest.add("t:" + tid)
        checked: set[tuple[str, str]] = set()
        stored_text: dict[str, tuple[str, str]] = {}

        def verify(a: str, b: str, text_b: str) -> None:
            pair = (a, b) if a < b else (b, a)
            if pair in checked:
                return
            checked.add(pair)
            if fuzz.ratio(texts[a], text_b, score_cutoff=policy.template_similarity * 100):
                forest.union("t:" + a, ("t:" + b) if b in texts and b not in known else "g:" + stored_text[b][1])

        # New against new: neighbours in each band bucket (the batch linker also splits crowded
        # buckets further; here a bucket over ``max_bucket`` is skipped).
        buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
        for index, tid in enumerate(fresh):
            for band in range(policy.bands):
                buckets[(band, int(bands[index, band]))].append(tid)
        for members in buckets.values():
            if 1 < len(members) <= policy.max_bucket:
                for a, b in zip(members, members[1:]):
                    verify(a, b, texts[b])
                for b in members[2:]:
                    verify(members[0], b, texts[b])
        # New against stored, one index lookup per band.
        for index, tid in enumerate(fresh):
            for band in range(policy.bands):
                rows = self.db.execute(
                    "SELECT template_id FROM template_bands WHERE band = ? AND hash = ? LIMIT ?",
                    (band, _signed(int(bands[index, band])), policy.max_bucket + 1),
                ).fetchall()
                if not rows or len(rows) > policy.max_bucket:
                    continue
                for (other,) in rows:
                    if other not in stored_text:
                        row = self.db.execute("SELECT text, grp FROM templates WHERE id = ?", (other,)).fetchone()
                        stored_text[other] = (row[0], row[1])
                    forest.add("g:" + stored_text[other][1])
                    verify(tid, other, stored_text[other][0])
        # Each new template takes its component's stored groups (the smallest names it), or the
        # smallest new template id of its component when it matched nothing stored.
        component: dict[str, list[str]] = defaultdict(list)
        for node in list(forest.parent):
            component[forest.find(node)].append(node)
        merged_groups: dict[str, str] = {}
        rows_templates = []
        rows_bands = []
        for nodes in component.values():
            groups = sorted(n[2:] for n in nodes if n.startswith("g:"))
            new_ids = sorted(n[2:] for n in nodes if n.startswith("t:"))
            if not new_ids:
                continue
            name = groups[0] if groups else new_ids[0]
            for other in groups[1:]:
                merged_groups[other] = name
            for tid in new_ids:
                out[tid] = [f"template:{g}" for g in (groups or [name])]
                rows_templates.append((tid, name, texts[tid]))
        index_of = {tid: i for i, tid in enumerate(fresh)}
        for tid, _, _ in rows_templates:
            rows_bands += [(band, _signed(int(bands[index_of[tid], band])), tid) for band in range(policy.bands)]
        self.db.executemany("INSERT OR REPLACE INTO templates (id, grp, text) VALUES (?, ?, ?)", rows_templates)
        self.db.executemany("INSERT INTO template_bands (band, hash, template_id) VALUES (?, ?, ?)", rows_bands)
        for old, new in merged_groups.items():
            self.db.execute("UPDATE templates SET grp = ? WHERE grp = ?", (new, old))
        return out

    # -- union and write-back -------------------------------------------------------------------

    def _link(
        self,
        records: dict[str, tuple[LinkRecord, str | None, str]],
        keys: dict[str, list[str]],
        hubs: set[str],
        outcome: LinkRun,
        closed: bool = False,
    ) -> None:
        """Union ``records`` by their ``keys`` with the stored posts that hold the same keys (none
        when the region is ``closed``: it already holds every post of its keys), assign cluster
        ids, and write posts, keys, reasons and cluster rows back."""
        db = self.db
        forest = UnionFind()
        previous = {pid: cid for pid, (_, cid, _) in records.items() if cid}
        first_seen = {pid: seen for pid, (_, _, seen) in records.items()}
        holders_total: dict[str, int] = {}
        stored_holders: dict[str, list[str]] = {}
        for post_id in records:
            forest.add("p:" + post_id)
        by_key: dict[str, list[str]] = defaultdict(list)
        for post_id, post_keys in keys.items():
            for key in post_keys:
                if key not in hubs:
                    by_key[key].append(post_id)
        for key, posts in by_key.items():
            stored = [] if closed else self._holders(key)
            stored_holders[key] = [pid for pid, _ in stored]
            holders_total[key] = len(posts) + len(stored)
            nodes = ["p:" + pid for pid in posts]
            for pid, cid in stored:
                node = ("c:" + cid) if cid else ("p:" + pid)
                forest.add(node)
                nodes.append(node)
            for other in nodes[1:]:
                forest.union(nodes[0], other)

        components: dict[str, list[str]] = defaultdict(list)
        for node in list(forest.parent):
            components[forest.find(node)].append(node)
        ages = {row[0]: row[1] for row in db.execute("SELECT id, rowid FROM clusters")}
        old_sizes = {row[0]: row[1] for row in db.execute("SELECT id, size FROM clusters")}

        def size_of(nodes: list[str]) -> int:
            return sum(old_sizes.get(n[2:], 0) if n.startswith("c:") else 1 for n in nodes)

        taken: set[str] = set()
        assignment: dict[str, str | None] = {}
        absorbed: dict[str, list[str]] = {}
        created: set[str] = set()
        touched: set[str] = set(previous.values())
        for nodes in sorted(components.values(), key=lambda n: (-size_of(n), min(n))):
            posts = [n[2:] for n in nodes if n.startswith("p:")]
            clusters = [n[2:] for n in nodes if n.startswith("c:")]
            if size_of(nodes) < 2:
                for pid in posts:
                    assignment[pid] = None
                continue
            olds = sorted((set(clusters) | {previous[p] for p in posts if p in previous}) - taken,
                          key=lambda c: (ages.get(c, 1 << 62), c))
            if olds:
                cluster_id = olds[0]
                taken.update(olds)
                if len(olds) > 1:
                    absorbed[cluster_id] = olds[1:]
            else:
                first = min(posts, key=lambda p: (first_seen.get(p, "~"), p))
                # Never an id the store has used: the part split off a cluster may start with
                # the post that cluster was named after.
                cluster_id = new_cluster_id(first, _InAny(taken, ages))
                taken.add(cluster_id)
                created.add(cluster_id)
            touched.add(cluster_id)
            touched.update(clusters)
            for pid in posts:
                assignment[pid] = cluster_id
            for old in absorbed.get(cluster_id, []):
                if old in clusters:
                    db.execute("UPDATE posts SET cluster_id = ? WHERE cluster_id = ?", (cluster_id, old))

        changed_posts = set(records) | {pid for pid, cid in assignment.items() if cid}
        for pid, cid in assignment.items():
            db.execute("UPDATE posts SET cluster_id = ?, linked = 1 WHERE id = ?", (cid, pid))
        for survivor, olds in absorbed.items():
            changed_posts.update(self._members_of([survivor]))
        # Stored keys and reasons.
        db.executemany(
            "INSERT OR IGNORE INTO link_keys (post_id, key) VALUES (?, ?)",
            [(pid, key) for pid, post_keys in keys.items() for key in post_keys],
        )
        for chunk in _chunks(sorted(records)):
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM post_links WHERE post_id IN ({marks})", chunk)
        reason_rows = [
            (pid, key) for pid, post_keys in keys.items() for key in post_keys
            if key not in hubs and holders_total.get(key, 0) >= 2
        ]
        for key, stored in stored_holders.items():
            if holders_total.get(key, 0) >= 2:
                for pid in stored:
                    if db.execute("INSERT OR IGNORE INTO post_links (post_id, key) VALUES (?, ?)", (pid, key)).rowcount:
                        changed_posts.add(pid)
        db.executemany("INSERT OR IGNORE INTO post_links (post_id, key) VALUES (?, ?)", reason_rows)

        # Cluster rows: sizes from the posts table, merges recorded on both sides.
        stamp = now_iso()
        for cid in sorted(touched):
            size = int(db.execute("SELECT count(*) FROM posts WHERE cluster_id = ?", (cid,)).fetchone()[0])
            row = db.execute("SELECT size, merged_from FROM clusters WHERE id = ?", (cid,)).fetchone()
            if row is None:
                if size == 0:
                    continue
                db.execute(
                    "INSERT INTO clusters (id, created_at, updated_at, size, merged_from) VALUES (?, ?, ?, ?, ?)",
                    (cid, stamp, stamp, size, json.dumps(sorted(absorbed.get(cid, [])))),
                )
                outcome.new += 1
                outcome.changed_clusters.add(cid)
                continue
            survivor = next((s for s, olds in absorbed.items() if cid in olds), None)
            if survivor is not None:
                db.execute("UPDATE clusters SET size = 0, merged_into = ?, updated_at = ? WHERE id = ?",
                           (survivor, stamp, cid))
                outcome.merged += 1
                outcome.changed_clusters.add(cid)
                continue
            merged_from = sorted(set(json.loads(row["merged_from"])) | set(absorbed.get(cid, [])))
            if size > row["size"]:
                outcome.grown += 1
            if size != row["size"] or cid in absorbed:
                outcome.changed_clusters.add(cid)
            db.execute("UPDATE clusters SET size = ?, merged_from = ?, updated_at = ? WHERE id = ?",
                       (size, json.dumps(merged_from), stamp, cid))
        db.executemany("UPDATE posts SET linked = 1 WHERE id = ?", [(pid,) for pid in records])
        self.store._queue("post", sorted(changed_posts))
        self.store._queue("cluster", sorted(touched))
        self.store._queue("identifier", self.store._identifier_keys_of(sorted(changed_posts)))
