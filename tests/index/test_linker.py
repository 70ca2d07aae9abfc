"""Incremental linking over the store (index/linker.py): the same clusters as linking everything at
once, only the new posts read, stable ids, merges, splits after an edit, hubs found late."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrichment import enrich
from enrichment.cluster import cluster_posts
from index.linker import IncrementalLinker
from index.store import Store
from ops.sandbox.generator import generate_corpus

LURE = ("🔥 URGENT HIRING 🔥 Customer service staff for our company in Sihanoukville, Cambodia. "
        "Salary {salary} USD per month, no experience needed, free visa and air ticket, free food and "
        "dormitory, age 18-35. Contact us today, fly this week! {contact}")


def post(pid: str, text: str, author: str = "", platform: str = "reddit") -> dict:
    return enrich({"id": pid, "text": text, "platform": platform, "author_id": author or f"user-{pid}",
                   "region": "KH"})


def partition(assignment: dict[str, str | None]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for pid, cid in assignment.items():
        if cid:
            groups.setdefault(cid, set()).add(pid)
    return {frozenset(g) for g in groups.values()}


def store_assignment(store: Store) -> dict[str, str | None]:
    return {row[0]: row[1] for row in store.db.execute("SELECT id, cluster_id FROM posts")}


@pytest.fixture(scope="module")
def sandbox_posts() -> list[dict]:
    corpus = generate_corpus(seed=11)
    posts = []
    for index, item in enumerate(sorted(corpus.posts, key=lambda p: p.published_at)):
        posts.append(enrich({
            "id": f"{item.platform}-{item.place}-{item.native_id}", "text": item.text, "platform": item.platform,
            "author_id": None if item.signature else item.author_id, "published_at": item.published_at.isoformat(),
        }))
    return posts


def test_linking_in_batches_gives_the_clusters_of_linking_at_once(tmp_path: Path, sandbox_posts: list[dict]) -> None:
    expected, _ = cluster_posts(sandbox_posts)
    with Store(tmp_path / "s.db") as store:
        third = len(sandbox_posts) // 3
        for start in (0, third, 2 * third):
            batch = sandbox_posts[start : start + third] if start < 2 * third else sandbox_posts[start:]
            store.upsert_posts(batch)
            before = store.count_posts() - len(batch)
            run = IncrementalLinker(store).run()
            # The new posts are linked with the stored posts they connect to (not the whole store
            # once the hubs that bridge operations are known).
            assert len(batch) <= run.linked <= len(batch) + before
        got = store_assignment(store)
    assert partition(got) == partition({p["id"]: p["cluster_id"] for p in expected})


def test_new_post_joins_and_merge_keeps_the_older_id(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts([post("1", "call 097 712 3456"), post("2", "WhatsApp 097 712 3456")])
        IncrementalLinker(store).run()
        older = store.get_post("1")["cluster_id"]
        store.upsert_posts([post("3", "call 012 345 678"), post("4", "Viber 012 345 678")])
        IncrementalLinker(store).run()
        younger = store.get_post("3")["cluster_id"]
        assert older and younger and older != younger
        # Two posts bridge the clusters (one post alone would be a quote, linking.py rule 3).
        store.upsert_posts([post("5", "097 712 3456 or 012 345 678"), post("6", "Zalo 097 712 3456 or 012 345 678")])
        run = IncrementalLinker(store).run()
        # The new posts are linked with the stored posts they connect to, and nothing else.
        assert run.counts() == {"new": 0, "grown": 1, "merged": 1} and run.linked == 6
        assert {store.get_post(p)["cluster_id"] for p in "123456"} == {older}
        assert store.cluster_row(older)["size"] == 6
        assert store.cluster_row(younger)["merged_into"] == older
        assert younger in store.cluster_row(older)["merged_from"]
        assert "phone:+855977123456" in store.post_links("1")


def test_template_only_posts_join_their_operation(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts([post("a", LURE.format(salary=1500, contact="WhatsApp +855 97 712 3456")),
                            post("b", LURE.format(salary=1500, contact="WhatsApp +855 97 712 3456"))])
        IncrementalLinker(store).run()
        cid = store.get_post("a")["cluster_id"]
        store.upsert_post(post("c", LURE.format(salary=1800, contact="DM this page")))
        IncrementalLinker(store).run()
        assert store.get_post("c")["cluster_id"] == cid
        assert any(key.startswith("template:") for key in store.post_links("c"))


def test_an_edit_that_drops_the_shared_number_splits_the_cluster(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts([post("1", "call 097 712 3456"), post("2", "097 712 3456 / 012 345 678"),
                            post("3", "Viber 012 345 678"), post("4", "Viber 012 345 678 again")])
        IncrementalLinker(store).run()
        cid = store.get_post("1")["cluster_id"]
        assert {store.get_post(p)["cluster_id"] for p in "1234"} == {cid}
        store.upsert_post(post("2", "012 345 678 only now"))
        IncrementalLinker(store).run()
        got = store_assignment(store)
        # The biggest part keeps the id; the post left alone has no cluster.
        assert got["2"] == got["3"] == got["4"] == cid and got["1"] is None
        assert store.cluster_row(cid)["size"] == 3


def test_a_hotline_found_later_is_demoted_and_unmerges(tmp_path: Path) -> None:
    hotline = "+855 23 880 123"
    with Store(tmp_path / "s.db") as store:
        for op in range(6):
            a, b = f"+855 97 {op}00 0001", f"+855 12 {op}00 001"
            store.upsert_posts([post(f"{op}-0", f"call {a} or {b}, hotline {hotline}"),
                                post(f"{op}-1", f"call {a} or {b}, hotline {hotline}")])
            IncrementalLinker(store).run()
        got = store_assignment(store)
        assert len(partition(got)) == 6
        assert all(got[f"{op}-0"] == got[f"{op}-1"] for op in range(6))
        assert store.db.execute("SELECT count(*) FROM hubs").fetchone()[0] == 1


def test_warnings_link_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts([post("1", "call 097 712 3456"), post("2", "Viber 012 345 678")])
        warning = post("w", "WARNING from the embassy: do not contact 097 712 3456 or 012 345 678, it is a scam")
        assert warning["post_kind"] == "warning"
        store.upsert_post(warning)
        IncrementalLinker(store).run()
        assert set(store_assignment(store).values()) == {None}


def test_a_part_split_off_never_takes_the_id_of_the_cluster_it_left(tmp_path: Path) -> None:
    """A reposting channel's footer first joins two employers (seen once each: no hub yet), then
    a third: it is demoted and the cluster splits. The bigger part keeps the id; the smaller one
    starts with the post the cluster was named after, and must still get an id of its own."""
    footer = "shared by our channel, Telegram @jobs_share_admin7, hotline +855 23 990 777"
    first = [post("a1", "Waiter wanted at Riverside Cafe, email hr@riverside-cafe.com"),
             post("a2", f"Waiter wanted at Riverside Cafe, email hr@riverside-cafe.com — {footer}"),
             post("b1", "Driver needed, Mekong Logistics, email jobs@mekong-logistics.com"),
             post("b2", f"Driver needed, Mekong Logistics, email jobs@mekong-logistics.com — {footer}"),
             post("b3", f"Drivers for night shifts, Mekong Logistics, jobs@mekong-logistics.com — {footer}")]
    for n, item in enumerate(first):
        item["published_at"] = f"2026-11-0{n + 1}T10:00:00Z"
    with Store(tmp_path / "s.db") as store:
        store.upsert_posts(first)
        IncrementalLinker(store).run()
        assert len(partition(store_assignment(store))) == 1  # the footer joined them, for now
        later = [post("c1", "Cook for a hotel kitchen, Lotus Hotel, email careers@lotus-hotel.com"),
                 post("c2", f"Cook for a hotel kitchen, Lotus Hotel, email careers@lotus-hotel.com — {footer}")]
        for n, item in enumerate(later):
            item["published_at"] = f"2026-11-1{n}T10:00:00Z"
        store.upsert_posts(later)
        IncrementalLinker(store).run()
        got = store_assignment(store)
    assert partition(got) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2", "b3"}), frozenset({"c1", "c2"})}
