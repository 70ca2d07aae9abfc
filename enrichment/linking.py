"""Linking posts into operations: template similarity and the identifier graph.

Pure and deterministic: compact link records in, a :class:`~enrichment.cluster.Clustering` out.

1. Templates. Posts whose masked wording (enrichment.template) is the same share a template;
   near-identical templates are found with MinHash (datasketch) and banded LSH over the
   distinct templates only — never all pairs — and each candidate pair is verified on the
   template text with rapidfuzz. Short templates are too generic to link on their own.
2. Hubs. An identifier or account seen with many unrelated templates (a hotline quoted
   everywhere, an aggregator channel, a platform's support address) is demoted: it links nothing.
3. Union-find over verified template groups, strong identifiers and accounts. Warnings never
   link anything.
4. Sibling numbers (a digit or two apart, SIM cards bought in series) become weak hints that
   never merge clusters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from datasketch import MinHash
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from enrichment.cluster import Clustering, UnionFind, assign_ids
from enrichment.template import shingles


@dataclass(frozen=True)
class LinkPolicy:
    """The knobs of linking, with the values the quality gate was measured at."""

    #: rapidfuzz ratio (0..1) two templates must reach to link their posts
    template_similarity: float = 0.85
    num_perm: int = 64
    bands: int = 16
    #: a key whose co-occurring identifiers fall apart into at least this many unrelated
    #: groups once it is taken away is a hub (hotline, aggregator channel) and links nothing
    hub_groups: int = 5
    #: LSH buckets larger than this hold boilerplate, not one operation's wording
    max_bucket: int = 200
    #: sibling numbers: at most this many digits apart
    sibling_distance: int = 2


@dataclass
class LinkRecord:
    """What linking needs of one post."""

    id: str
    keys: list[str]
    template_id: str | None = None
    template_text: str = ""
    linkable: bool = False
    warning: bool = False
    #: only lures link by wording: ordinary ads share boilerplate without sharing an owner
    lure: bool = False


@dataclass
class Linked(Clustering):
    """A clustering plus what linking learnt on the way."""

    hubs: dict[str, int] = field(default_factory=dict)  # key → distinct template groups
    #: post id → best verified template similarity with another post of its template group
    template_strength: dict[str, float] = field(default_factory=dict)
    #: (phone, phone, distance) pairs of sibling numbers
    siblings: list[tuple[str, str, int]] = field(default_factory=list)


def record_from_post(post: Mapping[str, Any]) -> LinkRecord:
    """The link record of an enriched post."""
    from enrichment.cluster import link_keys

    template = post.get("template") or {}
    return LinkRecord(
        id=post["id"],
        keys=link_keys(post),
        template_id=template.get("id"),
        template_text=template.get("text", ""),
        linkable=bool(template.get("linkable")),
        warning=post.get("post_kind") == "warning",
        lure=post.get("post_kind") == "lure",
    )


def _band_hashes(signatures: np.ndarray, bands: int) -> np.ndarray:
    """One 64-bit hash per band per signature (rows × bands)."""
    rows = signatures.shape[1] // bands
    view = signatures[:, : rows * bands].astype(np.uint64).reshape(len(signatures), bands, rows)
    mixed = np.zeros((len(signatures), bands), dtype=np.uint64)
    for r in range(rows):
        mixed = (mixed * np.uint64(0x100000001B3)) ^ view[:, :, r]
    return mixed


def template_groups(
    texts: Sequence[str], policy: LinkPolicy
) -> tuple[list[int], dict[int, float]]:
    """Group near-identical template texts: group index per text and, per text, the best
    verified similarity with another text of its group."""
    forest = UnionFind()
    for index in range(len(texts)):
        forest.add(str(index))
    strength: dict[int, float] = {}
    if len(texts) > 1:
        sketches = MinHash.bulk([[s.encode() for s in shingles(t)] for t in texts], num_perm=policy.num_perm)
        signatures = np.vstack([m.hashvalues for m in sketches])
        hashes = _band_hashes(signatures, policy.bands)
        checked: set[tuple[int, int]] = set()
        for band in range(policy.bands):
            column = hashes[:, band]
            order = np.argsort(column, kind="stable")
            values = column[order]
            start = 0
            while start < len(order):
                end = start + 1
                while end < len(order) and values[end] == values[start]:
                    end += 1
                size = end - start
                if 1 < size <= policy.max_bucket:
                    members = sorted(int(i) for i in order[start:end])
                    for a, b in zip(members, members[1:]):
                        _verify(a, b, texts, policy, forest, strength, checked)
                    for b in members[2:]:
                        _verify(members[0], b, texts, policy, forest, strength, checked)
                start = end
    roots: dict[str, int] = {}
    groups = [roots.setdefault(forest.find(str(i)), len(roots)) for i in range(len(texts))]
    return groups, strength


def _verify(
    a: int, b: int, texts: Sequence[str], policy: LinkPolicy, forest: UnionFind,
    strength: dict[int, float], checked: set[tuple[int, int]],
) -> None:
    if (a, b) in checked:
        return
    checked.add((a, b))
    similarity = fuzz.ratio(texts[a], texts[b], score_cutoff=policy.template_similarity * 100) / 100
    if similarity:
        forest.union(str(a), str(b))
        strength[a] = max(strength.get(a, 0.0), similarity)
        strength[b] = max(strength.get(b, 0.0), similarity)


def find_hubs(records: Sequence[LinkRecord], min_groups: int) -> dict[str, int]:
    """Keys that would join unrelated identities: take the key away, and the identifiers that
    appeared beside it fall apart into ``min_groups`` or more groups. An operation's own number
    leaves its other numbers and handles connected through rotation; a hotline or an aggregator
    channel leaves one group per operation that quoted it."""
    identifier_keys = [[k for k in r.keys if not k.startswith("account:")] for r in records]
    beside: dict[str, set[str]] = defaultdict(set)
    for record, ids in zip(records, identifier_keys):
        for key in record.keys:
            beside[key].update(k for k in ids if k != key)
    candidates = {key for key, others in beside.items() if len(others) >= min_groups}
    if not candidates:
        return {}
    forest = UnionFind()
    for ids in identifier_keys:
        kept = [k for k in ids if k not in candidates]
        for key in kept:
            forest.add(key)
        for a, b in zip(kept, kept[1:]):
            forest.union(a, b)
    hubs: dict[str, int] = {}
    for key in candidates:
        groups = {forest.find(k) for k in beside[key] if k not in candidates}
        if len(groups) >= min_groups:
            hubs[key] = len(groups)
    return hubs


def sibling_numbers(phones: Iterable[str], distance: int = 2) -> list[tuple[str, str, int]]:
    """Pairs of numbers of the same length and country prefix at most ``distance`` digits apart."""
    buckets: dict[tuple[int, str], list[str]] = defaultdict(list)
    for phone in sorted(set(phones)):
        buckets[(len(phone), phone[:6])].append(phone)
    pairs = []
    for members in buckets.values():
        if len(members) > 500:
            continue  # a whole number range: no signal in being near each other
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                d = Levenshtein.distance(a, b, score_cutoff=distance)
                if 0 < d <= distance:
                    pairs.append((a, b, d))
    return pairs


def link(
    records: Sequence[LinkRecord],
    previous: Mapping[str, str] | None = None,
    cluster_age: Mapping[str, Any] | None = None,
    post_order: Mapping[str, Any] | None = None,
    policy: LinkPolicy = LinkPolicy(),
) -> Linked:
    """Cluster ``records``; see the module docstring for the rules."""
    active = [r for r in records if not r.warning]
    # 1. templates: distinct linkable texts only.
    distinct: dict[str, int] = {}
    texts: list[str] = []
    for record in active:
        if record.lure and record.linkable and record.template_id and record.template_id not in distinct:
            distinct[record.template_id] = len(texts)
            texts.append(record.template_text)
    groups, strength = template_groups(texts, policy)
    # A group is named by its smallest template id, so that its reasons read the same next run.
    names: dict[int, str] = {}
    for template_id, index in sorted(distinct.items()):
        names.setdefault(groups[index], template_id)
    group_of: dict[str, str] = {}
    for record in active:
        if record.template_id in distinct:
            group_of[record.id] = f"template:{names[groups[distinct[record.template_id]]]}"

    # 2. hubs: keys that bridge unrelated identities.
    hubs = find_hubs(active, policy.hub_groups)

    # 3. union-find over template groups and non-hub keys.
    keys_by_post: dict[str, list[str]] = {}
    for record in active:
        keys = [key for key in record.keys if key not in hubs]
        if record.id in group_of:
            keys.append(group_of[record.id])
        keys_by_post[record.id] = keys
    for record in records:
        keys_by_post.setdefault(record.id, [])
    result = assign_ids(keys_by_post, previous or {}, cluster_age or {}, post_order or {})
    linked = Linked(
        cluster_of=result.cluster_of, reasons=result.reasons, merged_from=result.merged_from, created=result.created
    )
    linked.hubs = hubs
    linked.template_strength = {
        record.id: strength.get(distinct[record.template_id], 1.0)
        for record in active
        if record.id in group_of and record.template_id
    }
    phones = {key.partition(":")[2] for record in active for key in record.keys if key.startswith("phone:")}
    linked.siblings = sibling_numbers(phones, policy.sibling_distance)
    return linked
