"""Linking posts into operations (v1): union-find over shared strong identifiers and accounts.

Pure: posts (or their link keys) in, clusters out. Cluster ids are stable: a component that holds
posts already clustered keeps the oldest of their ids, and the ids it absorbs are reported as
``merged_from``; a component of new posts gets an id derived from its first post.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Hashable, TypeVar

_Item = TypeVar("_Item", bound=Hashable)

#: Identifier kinds that identify one operation (URLs do not: many share a platform's link).
STRONG_KINDS = frozenset({"phone", "telegram", "line", "wechat", "email", "wallet"})


def link_keys(post: Mapping[str, Any]) -> list[str]:
    """The keys through which ``post`` links to others: ``kind:value`` of each strong
    identifier and ``account:platform:author_id``. Warnings link nothing, ever."""
    if post.get("post_kind") == "warning":
        return []
    keys = [
        f"{item['kind']}:{item['value']}"
        for item in post.get("identifiers") or []
        if isinstance(item, Mapping) and item.get("kind") in STRONG_KINDS and item.get("value")
    ]
    if post.get("author_id") and post.get("platform"):
        keys.append(f"account:{post['platform']}:{post['author_id']}")
    return sorted(set(keys))


def describe_key(key: str, strength: float | None = None) -> str:
    """A link key as an investigator reads it: 'shared phone +855…', 'same account reddit:u',
    'template similarity 0.93'."""
    kind, _, value = key.partition(":")
    if kind == "account":
        return f"same account {value}"
    if kind == "template":
        return f"template similarity {strength:.2f}" if strength is not None else f"same template {value}"
    return f"shared {kind} {value}"


class UnionFind(Generic[_Item]):
    """Disjoint sets over hashable ids (post ids, keys, template indices) with path halving and
    union by size."""

    def __init__(self) -> None:
        self.parent: dict[_Item, _Item] = {}
        self.size: dict[_Item, int] = {}

    def add(self, item: _Item) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.size[item] = 1

    def find(self, item: _Item) -> _Item:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: _Item, b: _Item) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return
        if self.size[root_a] < self.size[root_b]:
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        self.size[root_a] += self.size[root_b]


@dataclass
class Clustering:
    """The result of linking: each linked post's cluster, why it is there, and merges."""

    cluster_of: dict[str, str] = field(default_factory=dict)
    #: post id → the link keys it shares with at least one other post of its cluster
    reasons: dict[str, list[str]] = field(default_factory=dict)
    #: surviving cluster id → ids it absorbed in this computation
    merged_from: dict[str, list[str]] = field(default_factory=dict)
    #: cluster ids that are new in this computation
    created: set[str] = field(default_factory=set)

    def members(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for post_id, cluster_id in self.cluster_of.items():
            groups[cluster_id].append(post_id)
        return dict(groups)


def new_cluster_id(first_post_id: str, avoid: Container[str] = ()) -> str:
    """Id of a new cluster, derived from its earliest post so a recomputation gives the same id,
    and never one in ``avoid`` (ids in use or used before): a cluster split off another may
    start with the post the other was named after."""
    cluster_id = "cl" + hashlib.sha256(first_post_id.encode()).hexdigest()[:14]
    attempt = 0
    while cluster_id in avoid:
        attempt += 1
        cluster_id = "cl" + hashlib.sha256(f"{first_post_id}#{attempt}".encode()).hexdigest()[:14]
    return cluster_id


def assign_ids(
    keys_by_post: Mapping[str, Iterable[str]],
    previous: Mapping[str, str] | None = None,
    cluster_age: Mapping[str, Any] | None = None,
    post_order: Mapping[str, Any] | None = None,
) -> Clustering:
    """Link posts that share any key.

    ``previous`` maps post id → its cluster id from earlier runs; ``cluster_age`` gives a creation
    stamp per existing cluster (older survives a merge); ``post_order`` a stamp per post (first
    seen) used to name new clusters. Stamps within one mapping must be of one sortable type. Posts linked to nothing get no cluster.
    """
    previous = previous or {}
    cluster_age = cluster_age or {}
    post_order = post_order or {}
    forest = UnionFind()
    posts_by_key: dict[str, list[str]] = defaultdict(list)
    for post_id, keys in keys_by_post.items():
        forest.add(post_id)
        for key in keys:
            posts_by_key[key].append(post_id)
    for members in posts_by_key.values():
        first = members[0]
        for other in members[1:]:
            forest.union(first, other)

    components: dict[str, list[str]] = defaultdict(list)
    for post_id in keys_by_post:
        components[forest.find(post_id)].append(post_id)

    result = Clustering()
    taken: set[str] = set()
    used = set(previous.values()) | set(cluster_age)  # ids a new cluster must not take
    # Largest first: when a cluster splits (a hub demoted, a post edited), its id stays with the
    # biggest part and the other parts get new ids.
    for members in sorted(components.values(), key=lambda m: (-len(m), min(m))):
        if len(members) < 2:
            continue
        old_ids = sorted({previous[p] for p in members if p in previous} - taken,
                         key=lambda c: (cluster_age.get(c, ""), c))
        if old_ids:
            cluster_id = old_ids[0]
            taken.update(old_ids)
            if len(old_ids) > 1:
                result.merged_from[cluster_id] = old_ids[1:]
        else:
            first = min(members, key=lambda p: (post_order.get(p, ""), p))
            cluster_id = new_cluster_id(first, used)
            taken.add(cluster_id)
            used.add(cluster_id)
            result.created.add(cluster_id)
        for post_id in members:
            result.cluster_of[post_id] = cluster_id
    for key, members in posts_by_key.items():
        if len(members) > 1:
            for post_id in members:
                result.reasons.setdefault(post_id, []).append(key)
    return result


#: Linking by shared keys alone (no templates): the union-find and id assignment.
cluster = assign_ids


def cluster_posts(posts: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], Clustering]:
    """Cluster an in-memory list of enriched posts (the ``lurewatch cluster`` pipe): returns the
    posts, in order, each with ``cluster_id`` and ``links`` (key, reason, strength)."""
    from enrichment.linking import link, record_from_post

    posts = list(posts)
    order = {post["id"]: (post.get("published_at") or "", index) for index, post in enumerate(posts)}
    result = link([record_from_post(post) for post in posts], post_order=order)
    out = []
    for post in posts:
        item = dict(post)
        item["cluster_id"] = result.cluster_of.get(post["id"])
        item["links"] = [
            link_entry(key, result.template_strength.get(post["id"])) for key in result.reasons.get(post["id"], [])
        ]
        out.append(item)
    return out, result


def link_entry(key: str, template_strength: float | None = None) -> dict[str, Any]:
    """One link of a post as the Post record carries it."""
    strength = (template_strength or 1.0) if key.startswith("template:") else 1.0
    return {"key": key, "reason": describe_key(key, strength if key.startswith("template:") else None),
            "strength": round(strength, 3)}
