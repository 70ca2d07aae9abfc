"""Clustering v1: union-find over identifiers and accounts, stable ids, warnings never link."""

from __future__ import annotations

from enrichment.cluster import cluster, cluster_posts, link_keys, new_cluster_id


def phone(value: str) -> dict:
    return {"kind": "phone", "value": value, "raw": value, "channel": None}


def test_shared_phone_and_account_link_transitively() -> None:
    posts = [
        {"id": "a", "text": "", "platform": "reddit", "author_id": "u1", "identifiers": [phone("+1")]},
        {"id": "b", "text": "", "platform": "reddit", "author_id": "u2", "identifiers": [phone("+1")]},
        {"id": "c", "text": "", "platform": "reddit", "author_id": "u2", "identifiers": []},
        {"id": "d", "text": "", "platform": "telegram", "author_id": "u2", "identifiers": []},
    ]
    out, result = cluster_posts(posts)
    ids = [p["cluster_id"] for p in out]
    assert ids[0] == ids[1] == ids[2] is not None
    # Same user name on another platform is not the same account.
    assert ids[3] is None
    reasons = {link["reason"] for link in out[1]["links"]}
    assert reasons == {"shared phone +1", "same account reddit:u2"}


def test_warnings_never_link() -> None:
    posts = [
        {"id": "a", "text": "", "identifiers": [phone("+1")]},
        {"id": "w", "text": "", "post_kind": "warning", "identifiers": [phone("+1"), phone("+2")]},
        {"id": "b", "text": "", "identifiers": [phone("+2")]},
    ]
    assert link_keys(posts[1]) == []
    out, _ = cluster_posts(posts)
    assert [p["cluster_id"] for p in out] == [None, None, None]


def test_ids_are_stable_and_the_older_cluster_survives_a_merge() -> None:
    first = cluster({"a": ["phone:+1"], "b": ["phone:+1"], "c": ["phone:+2"], "d": ["phone:+2"]},
                    post_order={"a": "1", "b": "2", "c": "3", "d": "4"})
    left, right = first.cluster_of["a"], first.cluster_of["c"]
    assert left == new_cluster_id("a") and right == new_cluster_id("c")
    assert first.created == {left, right}
    # A new post carries both numbers: the clusters merge, the older id survives.
    second = cluster(
        {"a": ["phone:+1"], "b": ["phone:+1"], "c": ["phone:+2"], "d": ["phone:+2"], "e": ["phone:+1", "phone:+2"]},
        previous=first.cluster_of,
        cluster_age={left: "2026-01-01", right: "2026-02-01"},
    )
    assert set(second.cluster_of.values()) == {left}
    assert second.merged_from == {left: [right]}
    assert not second.created
