"""Linking posts into operations: template similarity and the identifier graph.

Pure and deterministic: compact link records in, a :class:`~enrichment.cluster.Clustering` out.

1. Templates. Posts whose masked wording (enrichment.template) is the same share a template;
   near-identical templates are found with MinHash and banded LSH over the distinct templates
   only — never all pairs; a bucket crowded by boilerplate is split by further bands — and each
   candidate pair is verified on the template text with rapidfuzz. Only posts read surely as
   lures link by wording, and short templates are too generic to link on their own.
2. Hubs. Posts and their keys (identifiers, accounts, template groups) form a graph. A key whose
   removal splits its part of the graph into separate identities that each used it — a hotline
   quoted by several operations, a reposting channel, its bot's footer handle and number — is
   demoted and links nothing. Found exactly for every key at once from the graph's articulation
   points (Hopcroft–Tarjan, linear time), repeated until no new hub appears, so that keys that
   always travel together (a footer's handle and number) fall together. A number handed over
   from one phase of an operation to the next (used on both sides, but one side after the
   other) is no hub; keys that only ever appear beside one hub are demoted with it more readily.
   A template group is demoted only when four or more separate identities share the wording at
   the same time: an operation's unchanged wording is what holds its number rotations together.
3. Quotes. A post that is the only bridge between two separate identities and shares its wording
   with no other post (a warning, news report or plea the classifier missed) links nothing.
4. Union-find over verified template groups, strong identifiers and accounts that survive 2 and 3.
   Warnings never link anything.
5. Sibling numbers (a digit or two apart, SIM cards bought in series) become weak hints that
   never merge clusters.
"""

from __future__ import annotations

import gc
import itertools
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist
from rapidfuzz.distance import Levenshtein

from enrichment.cluster import Clustering, UnionFind, assign_ids
from enrichment.minhash import BANDS, NUM_PERM, band_hashes, decode_bands, signatures
from enrichment.template import shingles

def template_bands(texts: Sequence[str], known: Sequence[str | None], policy: LinkPolicy) -> np.ndarray:
    """LSH band hashes (rows × bands) of each template text: the post's own ``template.bands``
    (its signature, computed at enrichment) where it has them for this policy's numbers, else
    computed here from the text's shingles."""
    out = np.zeros((len(texts), policy.bands), dtype=np.uint64)
    missing = []
    for index, encoded in enumerate(known):
        row = decode_bands(encoded, policy.bands) if encoded and policy.num_perm == NUM_PERM else None
        if row is None:
            missing.append(index)
        else:
            out[index] = row
    if missing:
        out[missing] = band_hashes(signatures([shingles(texts[i]) for i in missing], policy.num_perm), policy.bands)
    return out


@dataclass(frozen=True)
class LinkPolicy:
    """The knobs of linking, with the values the quality gate was measured at."""

    #: rapidfuzz ratio (0..1) two templates must reach to link their posts
    template_similarity: float = 0.85
    #: wording is the weakest link: only posts read as lures at least this surely link by it (an
    #: ordinary ad that barely reads as a lure — a licensed agency's — shares its boilerplate
    #: with other agencies, not an owner)
    template_min_score: float = 0.75
    num_perm: int = NUM_PERM
    bands: int = BANDS
    #: LSH buckets larger than this hold boilerplate, not one operation's wording
    max_bucket: int = 200
    #: buckets up to this size are verified pair by pair; larger ones are split by further bands
    small_bucket: int = 16
    #: a crowded bucket is split by at most this many bands in all
    split_depth: int = 4
    #: sibling numbers: at most this many digits apart
    sibling_distance: int = 2
    #: a key is a hub when taking it away leaves this many separate identities (parts of the
    #: graph of two or more posts) that each used it twice or more at the same time …
    hub_sides: int = 2
    #: … or this many that each used it at least once
    hub_touched: int = 3
    #: a key that only ever appears beside one hub is demoted with it from this many parts
    #: (this and the counts around it are 2 or more: ``_articulations`` reports the parts of a
    #: vertex only when taking it away splits the graph)
    companion_touched: int = 2
    #: a template group is a hub when this many separate identities each used it twice or more
    template_hub_sides: int = 4
    #: hubs joining at least this many identities go first, in this order (then three or more,
    #: then two, then shared wording): each round looks again without the hubs found before
    hub_levels: tuple[int, ...] = (16, 8, 5)
    #: at most this many rounds of hub search (a bound: the search ends when no hub is left)
    hub_rounds: int = 100
    #: a key held only by posts of a wider key, by at least this share of them, is tested with it
    parallel_share: float = 0.5


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
    #: publication time (ISO 8601, sortable), when known: tells a number handed over from one
    #: phase to the next from one shared at the same time
    published: str = ""
    #: the lure score (0..1): only clear lures link by wording
    lure_score: float = 1.0
    #: LSH band hashes of the template's MinHash, as enrichment wrote them (``template.bands``)
    bands: str | None = None

    def links_by_wording(self, policy: LinkPolicy) -> bool:
        """Whether this post's template may link it: a clear lure with a template long enough."""
        return bool(self.lure and self.linkable and self.template_id and self.template_text
                    and self.lure_score >= policy.template_min_score)


@dataclass
class Linked(Clustering):
    """A clustering plus what linking learnt on the way."""

    hubs: dict[str, int] = field(default_factory=dict)  # key → separate identities it bridged
    #: post id → best verified template similarity with another post of its template group
    template_strength: dict[str, float] = field(default_factory=dict)
    #: (phone, phone, distance) pairs of sibling numbers
    siblings: list[tuple[str, str, int]] = field(default_factory=list)
    #: post id → keys it carries but does not link by: it bridged separate identities alone
    guarded: dict[str, list[str]] = field(default_factory=dict)


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
        published=str(post.get("published_at") or ""),
        lure_score=float(post.get("lure_score") or 0.0),
        bands=template.get("bands") if isinstance(template.get("bands"), str) else None,
    )


def template_groups(
    texts: Sequence[str], policy: LinkPolicy, known_bands: Sequence[str | None] | None = None
) -> tuple[list[int], dict[int, float]]:
    """Group near-identical template texts: group index per text and, per text, the best
    verified similarity with another text of its group.

    Candidates are texts that share a band of their MinHash signatures. A bucket crowded by
    boilerplate (many operations' posts share the same phrasing, and so the same minimum
    hashes) is split by the next band, and the next, until its parts are small: what is left
    together shares more of its signature. Small buckets are verified pair by pair, skipping
    pairs already grouped."""
    forest: UnionFind[int] = UnionFind()
    for index in range(len(texts)):
        forest.add(index)
    strength: dict[int, float] = {}
    if len(texts) > 1:
        hashes = template_bands(texts, known_bands or [None] * len(texts), policy)
        checked: set[tuple[int, int]] = set()
        everyone = np.arange(len(texts))
        find = forest.find
        for band in range(policy.bands):
            for members in _buckets(hashes, everyone, band, 0, policy):
                if len(members) <= policy.small_bucket:
                    pairs = ((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
                else:
                    pairs = itertools.chain(zip(members, members[1:]), ((members[0], b) for b in members[2:]))
                for a, b in pairs:
                    if find(a) != find(b):
                        _verify(a, b, texts, policy, forest, strength, checked)
    roots: dict[int, int] = {}
    groups = [roots.setdefault(forest.find(i), len(roots)) for i in range(len(texts))]
    return groups, strength


def _buckets(
    hashes: np.ndarray, members: np.ndarray, band: int, depth: int, policy: LinkPolicy
) -> Iterator[list[int]]:
    """Groups of ``members`` with the same hash in ``band`` (then, for crowded groups, in the
    following bands too), each sorted, of two or more."""
    column = hashes[members, (band + depth) % policy.bands]
    order = np.argsort(column, kind="stable")
    values = column[order]
    bounds = np.concatenate(([0], np.flatnonzero(values[1:] != values[:-1]) + 1, [len(values)]))
    ordered = members[order]
    # Most hashes are held by one text only: only runs of two or more become arrays.
    for run in np.flatnonzero(np.diff(bounds) >= 2):
        part = ordered[bounds[run] : bounds[run + 1]]
        if len(part) <= policy.small_bucket:
            yield sorted(part.tolist())
        elif depth + 1 < min(policy.bands, policy.split_depth):
            yield from _buckets(hashes, part, band, depth + 1, policy)
        elif len(part) <= policy.max_bucket:
            yield sorted(part.tolist())


def _verify(
    a: int, b: int, texts: Sequence[str], policy: LinkPolicy, forest: UnionFind[int],
    strength: dict[int, float], checked: set[tuple[int, int]],
) -> None:
    if (a, b) in checked:
        return
    checked.add((a, b))
    similarity = fuzz.ratio(texts[a], texts[b], score_cutoff=policy.template_similarity * 100) / 100
    if similarity:
        forest.union(a, b)
        strength[a] = max(strength.get(a, 0.0), similarity)
        strength[b] = max(strength.get(b, 0.0), similarity)


@dataclass
class _Part:
    """One part of the graph left when a vertex is taken away."""

    posts: int  # posts in the part
    identities: int  # identity vertices (identifiers, accounts) in the part
    uses: list[int]  # the vertex's neighbours in the part


def _articulations(
    adjacency: Sequence[Sequence[int]], posts: int, identity: Sequence[bool]
) -> tuple[dict[int, list[_Part]], list[int]]:
    """For every vertex whose removal splits its connected component: the parts it leaves that
    are identities of their own (two or more posts, an identity vertex among them: no other part
    ever counts, see ``_verdict`` and ``_guard``); and for every vertex, the root (first vertex)
    of its component (0 for a vertex with no edge).
    Vertices below ``posts`` are posts; ``identity`` marks the vertices that are identities.

    Iterative Hopcroft–Tarjan: one depth-first pass, preorder numbers, low links, and subtree
    totals (a subtree is a contiguous run of preorder numbers). Posts with a single key vertex
    (leaves) are left out of the pass and counted with their vertex: they cut nothing, and the
    part each makes alone is one post. The edge back to a vertex's parent is let into its low
    link: a cut is ``low >= preorder of the parent``, which that edge never changes."""
    n = len(adjacency)
    disc = [-1] * n
    post_count = [1] * posts + [0] * (n - posts)
    leaves: list[int] = []
    for v in range(posts):
        held = adjacency[v]
        if len(held) == 1:
            leaves.append(v)
            disc[v] = n  # never entered, and never a back edge: above every preorder number
            post_count[held[0]] += 1
    own = post_count[:]  # each vertex's own posts: itself, and its leaves
    low = [0] * n
    size = [1] * n
    identity_count = [1 if flag else 0 for flag in identity]
    cut_children: dict[int, list[int]] = defaultdict(list)
    totals: dict[int, tuple[int, int]] = {}
    root_of = [0] * n
    started: set[int] = set()  # where each depth-first pass began
    clock = 0
    for first in range(n):
        # A component is named by its first vertex, which may be a leaf: the pass then begins
        # at the leaf's key vertex.
        start = adjacency[first][0] if disc[first] == n else first
        if disc[start] != -1 or not adjacency[start]:
            continue
        root = first
        started.add(start)
        disc[start] = low[start] = clock
        clock += 1
        root_of[start] = root
        stack = [(start, iter(adjacency[start]))]
        while stack:
            v, neighbours = stack[-1]
            for w in neighbours:
                if disc[w] == -1:
                    root_of[w] = root
                    disc[w] = low[w] = clock
                    clock += 1
                    stack.append((w, iter(adjacency[w])))
                    break
                elif disc[w] < low[v]:
                    low[v] = disc[w]
            else:
                stack.pop()
                if stack:
                    up = stack[-1][0]
                    if low[v] < low[up]:
                        low[up] = low[v]
                    size[up] += size[v]
                    post_count[up] += post_count[v]
                    identity_count[up] += identity_count[v]
                    if low[v] >= disc[up]:
                        cut_children[up].append(v)
        totals[root] = (post_count[start], identity_count[start])
    out: dict[int, list[_Part]] = {}
    for v, children in cut_children.items():
        is_root = v in started
        if is_root and len(children) < 2:
            continue
        children.sort(key=disc.__getitem__)
        starts = [disc[w] for w in children]
        uses: list[list[int]] = [[] for _ in range(len(children) + 1)]  # the last: the rest
        for u in adjacency[v]:
            d = disc[u]
            if d == n:
                continue  # a leaf of v
            i = bisect_right(starts, d) - 1
            uses[i if i >= 0 and d < starts[i] + size[children[i]] else -1].append(u)
        parts = [_Part(post_count[w], identity_count[w], uses[i]) for i, w in enumerate(children)
                 if post_count[w] >= 2 and identity_count[w]]
        if not is_root:
            all_posts, all_identities = totals[root_of[v]]
            rest = all_posts - sum(post_count[w] for w in children) - own[v]
            rest_identities = all_identities - sum(identity_count[w] for w in children) - identity[v]
            if rest >= 2 and rest_identities:
                parts.append(_Part(rest, rest_identities, uses[-1]))
        out[v] = parts
    for leaf in leaves:
        root_of[leaf] = root_of[adjacency[leaf][0]]
    return out, root_of


def _in_sequence(parts: list[list[int]], published: Sequence[str]) -> bool:
    """True when the parts used a key one after the other (a number or wording handed over from
    one phase of an operation to the next), False when at the same time or when times are
    unknown. Each part must have used it twice: single uses cannot show a span."""
    spans = []
    for uses in parts:
        stamps = [published[u] for u in uses]
        if len(stamps) < 2 or not all(stamps):
            return False
        spans.append((min(stamps), max(stamps)))
    spans.sort()
    return all(earlier[1] < later[0] for earlier, later in zip(spans, spans[1:]))


def _is_identity(key: str) -> bool:
    return not key.startswith("template:")


def _parallel_keys(
    holders: Mapping[str, list[int]], keys_of: Sequence[Sequence[str]], share: float
) -> dict[tuple[int, ...], list[str]]:
    """Vertices of the hub graph: post set → the keys held by (about) those posts. Identity keys
    held by the same posts are one vertex (a footer's handle and number), and so is one held
    only by posts of a wider identity key, by at least ``share`` of them (the footer's number,
    misread in a few posts as another number): keys that run in parallel are taken away
    together, or neither would ever look like the bridge it is. Template groups stay vertices
    of their own. A key held by one post joins nothing and is left out."""
    held_by = {key: held for key, held in holders.items() if len(held) > 1}
    if share >= 1.0:
        # Only keys held by exactly the same posts run in parallel: one pass, no union-find.
        same: dict[tuple[int, ...], list[str]] = defaultdict(list)
        for key, held in held_by.items():
            same[tuple(held)].append(key)
        return {posts: keys if len(keys) == 1 else
                sorted(k for k in keys if _is_identity(k)) + sorted(k for k in keys if not _is_identity(k))
                for posts, keys in same.items()}
    forest = UnionFind()  # only keys that run in parallel with another enter it
    as_set: dict[str, set[int]] = {}  # held_by as sets, made when first needed

    def holds_all(other: str, members: list[int]) -> bool:
        wider = as_set.get(other)
        if wider is None:
            wider = as_set[other] = set(held_by[other])
        return wider.issuperset(members)

    for key, held in held_by.items():
        if not _is_identity(key):
            continue
        wider = [
            other for other in set(keys_of[held[0]])
            if other != key and other in held_by and _is_identity(other) and len(held_by[other]) >= len(held)
            and len(held) >= share * len(held_by[other]) and holds_all(other, held)
        ]
        if wider:
            other = max(wider, key=lambda k: (len(held_by[k]), k))
            forest.add(key)
            forest.add(other)
            forest.union(key, other)
    grouped: dict[str, list[str]] = defaultdict(list)
    in_forest = forest.parent
    for key in held_by:
        grouped[forest.find(key) if key in in_forest else key].append(key)
    out: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for keys in grouped.values():
        if len(keys) == 1:
            out[tuple(held_by[keys[0]])] += keys  # its holders: ascending, each once
        else:
            out[tuple(sorted({i for key in keys for i in held_by[key]}))] += sorted(keys)
    return out


@dataclass
class _HubSearch:
    hubs: dict[str, int]
    #: post index → keys of that post not linked by, because the post alone bridged identities
    guarded: dict[int, list[str]]


def _search_hubs(
    keys_of: Sequence[Sequence[str]], published: Sequence[str], policy: LinkPolicy
) -> _HubSearch:
    """Hubs and guarded posts of the graph of posts (``keys_of`` each post's keys, template
    groups included); see the module docstring.

    The surest hubs go first, and the parts of the graph they were in are looked at again
    without them: until they are gone, the parts they hold together look like one huge identity
    beside every key they touch. Parts no hub was taken from keep what was found in them."""
    hubs: dict[str, int] = {}
    keys_of = [keys if len(set(keys)) == len(keys) else list(dict.fromkeys(keys)) for keys in keys_of]
    levels = sorted({*policy.hub_levels, policy.hub_touched, 2, 1}, reverse=True)
    #: vertex keys → (how surely a hub, component, posts of its second biggest part, identities
    #: it joins): what is known of the parts of the graph not looked at again
    known: dict[tuple[str, ...], tuple[int, int, int, int]] = {}
    component = [0] * len(keys_of)
    todo = list(range(len(keys_of)))
    next_component = 0
    for _ in range(policy.hub_rounds):
        found_in, next_component = _look(todo, keys_of, published, hubs, policy, component, next_component)
        known.update(found_in)
        if not known:
            break
        top = max(sure for sure, _, _, _ in known.values())
        level = max(level for level in levels if level <= top)
        taken = [(keys, part) for keys, (sure, part, _, _) in known.items() if sure >= level]
        if level <= 2:
            # Two identities side by side: the key between them and the keys at their edges look
            # alike (each splits the graph in two). Take, in each part of the graph, only the
            # most even split — the bridge — and look again.
            best: dict[int, tuple[int, tuple[str, ...]]] = {}
            for keys, part in taken:
                even = (known[keys][2], keys)
                if part not in best or even > best[part]:
                    best[part] = even
            taken = [(keys, part) for part, (_, keys) in best.items()]
        for keys, _ in taken:
            for key in keys:
                hubs[key] = known[keys][3]
        touched = {part for _, part in taken}
        known = {keys: value for keys, value in known.items() if value[1] not in touched}
        todo = [i for i, part in enumerate(component) if part in touched]
    return _HubSearch(hubs, _guard(keys_of, hubs, policy))


def _holders(posts: Sequence[int], keys_of: Sequence[Sequence[str]], hubs: Mapping[str, int]
             ) -> tuple[list[Sequence[str]], dict[str, list[int]]]:
    """The keys of each of ``posts`` (by local index) and the holders (local post indices) of
    every key not yet a hub."""
    holders: dict[str, list[int]] = defaultdict(list)
    local_keys = [keys_of[i] for i in posts]
    for index, keys in enumerate(local_keys):
        for key in keys:  # each holder once (a post's keys are distinct), in ascending order
            if key not in hubs:
                holders[key].append(index)
    return local_keys, holders


def _graph(
    posts: Sequence[int], keys_of: Sequence[Sequence[str]], hubs: Mapping[str, int], share: float,
    held: tuple[list[Sequence[str]], dict[str, list[int]]] | None = None,
) -> tuple[list[list[int]], list[list[str]], dict[str, list[int]]]:
    """The hub graph over ``posts`` (local indices: posts first, then key vertices; keys in
    parallel by ``share`` are one vertex), the keys of each key vertex, and the holders (local
    post indices) of every key not yet a hub (``held``: ``_holders`` of the same posts and hubs,
    when the caller has them)."""
    local_keys, holders = held or _holders(posts, keys_of, hubs)
    same = _parallel_keys(holders, local_keys, share)
    adjacency: list[list[int]] = [[] for _ in posts]
    for held in same:
        vertex = len(adjacency)
        adjacency.append(list(held))
        for index in held:
            adjacency[index].append(vertex)
    return adjacency, list(same.values()), holders


def _look(
    posts: Sequence[int], keys_of: Sequence[Sequence[str]], published: Sequence[str], hubs: Mapping[str, int],
    policy: LinkPolicy, component: list[int], next_component: int,
) -> tuple[dict[tuple[str, ...], tuple[int, int, int, int]], int]:
    """How surely each key vertex among ``posts`` is a hub (vertices that are not: left out),
    with its component and how evenly it splits it (see ``_verdict``); renumbers the components
    of ``posts`` in ``component``."""
    count = len(posts)
    stamps = [published[i] for i in posts]
    out: dict[tuple[str, ...], tuple[int, int, int, int]] = {}
    # Twice: with only identical keys as one vertex, and with keys in parallel as one (a footer
    # number misread in some posts runs beside the channel; but a handle held by half of a
    # number's posts is what tells the number's two sides apart).
    held = _holders(posts, keys_of, hubs)
    for share in (1.0, policy.parallel_share):
        adjacency, vertex_keys, _ = _graph(posts, keys_of, hubs, share, held)
        identity = [False] * count + [any(_is_identity(k) for k in keys) for keys in vertex_keys]
        parts_of, root_of = _articulations(adjacency, count, identity)
        for index in range(count):
            component[posts[index]] = next_component + root_of[index]
        for vertex, parts in parts_of.items():
            if vertex >= count:
                verdict = _verdict(parts, identity[vertex], vertex_keys[vertex - count], adjacency[vertex], posts,
                                   keys_of, stamps, hubs, policy)
                if verdict and verdict[1][0] > out.get(verdict[0], (0,))[0]:
                    keys, (sure, even, joined) = verdict
                    out[keys] = (sure, next_component + root_of[vertex], even, joined)
    return out, next_component + count


def _verdict(
    parts: list[_Part], is_identity: bool, keys: list[str], held: Sequence[int], posts: Sequence[int],
    keys_of: Sequence[Sequence[str]], stamps: Sequence[str], hubs: Mapping[str, int], policy: LinkPolicy,
) -> tuple[tuple[str, ...], tuple[int, int, int]] | None:
    """The keys of a vertex that are hubs, how surely, and how evenly it splits its part of the
    graph (the posts of its second biggest part), and how many identities it joins; None when
    it is no hub. How surely: the
    identities it joins when three or more; 3 for a key that only ever appears beside one hub,
    joining two; 2 for two identities that both used it again and again at the same time; 1 for
    wording shared by four identities or more (``template_hub_sides``). A key used by its parts
    one after the other (handed over) is no hub."""
    # The parts that are identities of their own (two or more posts held together by an
    # identifier or account) and used this vertex: once, and twice or more.
    used = [part for part in parts if part.uses and part.posts >= 2 and part.identities]
    twice = [part.uses for part in used if len(part.uses) >= 2]
    if _in_sequence([part.uses for part in used], stamps):
        return None
    sure = 0
    if is_identity:
        if len(used) >= policy.hub_touched:
            sure = len(used)
        elif hubs and len(used) >= policy.companion_touched and set.intersection(
                *({k for k in keys_of[posts[i]] if k in hubs} for i in held)):
            sure = policy.hub_touched
        elif len(twice) >= policy.hub_sides:
            sure = 2
        keys = [k for k in keys if _is_identity(k)]
    elif len(twice) >= policy.template_hub_sides:
        sure = 1
    if not sure:
        return None
    sizes = sorted((part.posts for part in used), reverse=True)
    return tuple(keys), (sure, sizes[1] if len(sizes) > 1 else 0, len(used))


def _guard(keys_of: Sequence[Sequence[str]], hubs: Mapping[str, int], policy: LinkPolicy) -> dict[int, list[str]]:
    """Posts that alone join two identities, with wording nobody else uses (a warning, news
    report or plea the classifier missed): post index → the keys they do not link by."""
    posts = list(range(len(keys_of)))
    adjacency, vertex_keys, holders = _graph(posts, keys_of, hubs, 1.0)
    identity = [False] * len(posts) + [any(_is_identity(k) for k in keys) for keys in vertex_keys]
    parts_of, _ = _articulations(adjacency, len(posts), identity)
    guarded: dict[int, list[str]] = {}
    for vertex, parts in parts_of.items():
        if vertex >= len(posts) or sum(1 for part in parts if part.posts >= 2 and part.identities) < 2:
            continue
        if any(len(holders[k]) > 1 for k in keys_of[vertex] if not _is_identity(k)):
            continue
        guarded[vertex] = [k for k in keys_of[vertex] if k not in hubs and _is_identity(k)]
    return guarded


def find_hubs(records: Sequence[LinkRecord], policy: LinkPolicy = LinkPolicy(),
              template_keys: Mapping[str, str] | None = None) -> dict[str, int]:
    """Keys that join separate identities: key → how many it joined (see the module docstring).
    ``template_keys`` maps post id → its template group key, if any; warnings are left out."""
    template_keys = template_keys or {}
    active = [r for r in records if not r.warning]
    keys_of = [list(r.keys) + ([template_keys[r.id]] if r.id in template_keys else []) for r in active]
    return _search_hubs(keys_of, [r.published for r in active], policy).hubs


def hubs_and_quotes(
    keys_of: Sequence[Sequence[str]], published: Sequence[str], policy: LinkPolicy = LinkPolicy()
) -> tuple[dict[str, int], dict[int, list[str]]]:
    """Steps 2 and 3 of ``link`` over the posts' keys (template group keys included, warnings left
    out by the caller): the hubs (key → identities it bridged) and the quoting posts (index → the
    keys they do not link by). The incremental linker runs them over the part of the store a run
    touches; hubs it found in earlier runs stay hubs, so over many small runs it can demote a
    little more than linking everything at once would."""
    with without_cycle_collector():
        search = _search_hubs(keys_of, published, policy)
    return search.hubs, search.guarded


def sibling_numbers(phones: Iterable[str], distance: int = 2) -> list[tuple[str, str, int]]:
    """Pairs of numbers of the same length and country prefix at most ``distance`` digits apart."""
    buckets: dict[tuple[int, str], list[str]] = defaultdict(list)
    for phone in sorted(set(phones)):
        buckets[(len(phone), phone[:6])].append(phone)
    pairs = []
    for members in buckets.values():
        if len(members) < 2 or len(members) > 500:
            continue  # alone, or a whole number range: no signal in being near each other
        # Every pair of the bucket at once (a distance above the cutoff reads as cutoff + 1).
        distances = cdist(members, members, scorer=Levenshtein.distance, score_cutoff=distance, dtype=np.int32)
        first, second = np.nonzero(np.triu((distances > 0) & (distances <= distance), 1))
        pairs.extend((members[i], members[j], int(distances[i, j])) for i, j in zip(first.tolist(), second.tolist()))
    return pairs


def link(
    records: Sequence[LinkRecord],
    previous: Mapping[str, str] | None = None,
    cluster_age: Mapping[str, Any] | None = None,
    post_order: Mapping[str, Any] | None = None,
    policy: LinkPolicy = LinkPolicy(),
) -> Linked:
    """Cluster ``records``; see the module docstring for the rules."""
    with without_cycle_collector():
        return _link(records, previous, cluster_age, post_order, policy)


@contextmanager
def without_cycle_collector() -> Iterator[None]:
    """The cycle collector paused, for work that makes no reference cycles. The graph work
    allocates millions of small lists and tuples that hold none, and Python's cycle collector
    would walk every live object again and again meanwhile (nearly half the time of linking 100k
    posts). Reference counting still frees everything. A process forked meanwhile inherits the
    pause: it must turn the collector back on (ops.pipes does)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _link(
    records: Sequence[LinkRecord],
    previous: Mapping[str, str] | None,
    cluster_age: Mapping[str, Any] | None,
    post_order: Mapping[str, Any] | None,
    policy: LinkPolicy,
) -> Linked:
    active = [r for r in records if not r.warning]
    # 1. templates: distinct linkable texts only.
    distinct: dict[str, int] = {}
    texts: list[str] = []
    known: list[str | None] = []
    for record in active:
        if record.template_id not in distinct and record.links_by_wording(policy):
            distinct[record.template_id] = len(texts)
            texts.append(record.template_text)
            known.append(record.bands)
    groups, strength = template_groups(texts, policy, known)
    # A group is named by its smallest template id, so that its reasons read the same next run.
    names: dict[int, str] = {}
    for template_id, index in sorted(distinct.items()):
        names.setdefault(groups[index], template_id)
    group_of: dict[str, str] = {}
    for record in active:
        if record.template_id in distinct:
            group_of[record.id] = f"template:{names[groups[distinct[record.template_id]]]}"

    # 2, 3. hubs and quoting posts, over the graph of posts and their keys.
    search = _search_hubs(
        [list(r.keys) + ([group_of[r.id]] if r.id in group_of else []) for r in active],
        [r.published for r in active], policy,
    )
    hubs = search.hubs
    guarded = {active[i].id: keys for i, keys in search.guarded.items()}

    # 4. union-find over template groups and the keys that survived.
    keys_by_post: dict[str, list[str]] = {}
    for record in active:
        dropped = set(guarded.get(record.id, ()))
        keys = [key for key in record.keys if key not in hubs and key not in dropped]
        if record.id in group_of and group_of[record.id] not in hubs:
            keys.append(group_of[record.id])
        keys_by_post[record.id] = keys
    for record in records:
        keys_by_post.setdefault(record.id, [])
    result = assign_ids(keys_by_post, previous or {}, cluster_age or {}, post_order or {})
    linked = Linked(
        cluster_of=result.cluster_of, reasons=result.reasons, merged_from=result.merged_from, created=result.created
    )
    linked.hubs = hubs
    linked.guarded = guarded
    linked.template_strength = {
        record.id: strength.get(distinct[record.template_id], 1.0)
        for record in active
        if record.id in group_of and record.template_id
    }
    phones = {key.partition(":")[2] for record in active for key in record.keys if key.startswith("phone:")}
    linked.siblings = sibling_numbers(phones, policy.sibling_distance)
    return linked
