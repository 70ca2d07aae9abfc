"""``lurewatch explain CLUSTER``: why the posts of a cluster belong together.

Reads the store only. For each link (a key shared by two or more members) it gives the reason as an
investigator reads it — shared phone +855…, same account telegram:…, template similarity 0.93 —
and how many members share it; then the path by which every member joins the oldest post (so a
reader can follow the chain: post B joined post A through the phone, post C joined B through the
template); then the identifiers the cluster holds that were demoted as hubs (they link nothing),
and weak "similar number" hints (numbers a digit or two from the cluster's own, elsewhere in the
store: SIM cards bought in series), which never merge clusters.
"""

from __future__ import annotations

import json
from collections import defaultdict, deque
from typing import Any

from rapidfuzz import fuzz

from enrichment.cluster import describe_key
from enrichment.linking import sibling_numbers
from index.store import Store, StoreError

#: Members shown with their text in the report (all are listed in --json).
SHOWN_MEMBERS = 12
SIBLING_DISTANCE = 2


def explain_cluster(store: Store, cluster_id: str) -> dict[str, Any]:
    """Everything ``explain`` prints, as one JSON-able dict. Follows merges: asking for an id that
    was merged away explains the cluster it went into."""
    row = store.cluster_row(cluster_id)
    if row is None:
        raise StoreError(f"no cluster {cluster_id!r} in {store.path}")
    asked = cluster_id
    seen = {cluster_id}
    while row["merged_into"]:
        cluster_id = row["merged_into"]
        row = store.cluster_row(cluster_id)
        if row is None or cluster_id in seen:
            raise StoreError(f"cluster {asked!r} was merged into {cluster_id!r}, which is missing")
        seen.add(cluster_id)
    members = store.cluster_members(cluster_id)
    ids = [m["id"] for m in members]
    links_of = {pid: store.post_links(pid) for pid in ids}
    holders: dict[str, list[str]] = defaultdict(list)
    for pid, keys in links_of.items():
        for key in keys:
            holders[key].append(pid)
    shared = {key: posts for key, posts in holders.items() if len(posts) >= 2}
    templates = {m["id"]: (m.get("template") or {}).get("text", "") for m in members}
    links = [
        {"key": key, "reason": _reason(key, posts, templates), "posts": len(posts), "kind": key.partition(":")[0]}
        for key, posts in sorted(shared.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    hubs = _hubs_held(store, ids)
    return {
        "cluster_id": cluster_id,
        "asked": asked,
        "size": len(members),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "merged_from": json.loads(row["merged_from"] or "[]"),
        "links": links,
        "paths": _paths(members, shared),
        "members": [
            {"id": m["id"], "platform": m.get("platform"), "published_at": m.get("published_at"),
             "author": m.get("author"), "lang": m.get("lang"), "post_kind": m.get("post_kind"),
             "lure_score": m.get("lure_score"), "text": (m.get("text") or "")[:160], "links": links_of[m["id"]]}
            for m in members
        ],
        "hubs": hubs,
        "similar_numbers": _siblings(store, ids),
    }


def _reason(key: str, posts: list[str], templates: dict[str, str]) -> str:
    if key.startswith("template:"):
        texts = [templates[p] for p in posts if templates.get(p)]
        scores = [fuzz.ratio(a, b) / 100 for a, b in zip(texts, texts[1:])]
        return describe_key(key, min(scores)) if scores else describe_key(key)
    return describe_key(key)


def _paths(members: list[dict[str, Any]], shared: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Breadth-first from the oldest member: each other member with the member and key it joined
    through."""
    if not members:
        return []
    by_post: dict[str, list[str]] = defaultdict(list)
    for key, posts in shared.items():
        for pid in posts:
            by_post[pid].append(key)
    root = members[0]["id"]
    joined = {root}
    queue = deque([root])
    out = []
    while queue:
        current = queue.popleft()
        for key in sorted(by_post[current]):
            for other in shared[key]:
                if other not in joined:
                    joined.add(other)
                    queue.append(other)
                    out.append({"post": other, "via": current, "key": key})
    for member in members:
        if member["id"] not in joined:  # linked through a post outside the store's reasons
            out.append({"post": member["id"], "via": None, "key": None})
    return out


def _hubs_held(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The demoted keys the members carry: identifiers, accounts and template groups alike (the
    linker keeps every linking key of a post in ``link_keys``, hubs included)."""
    keys: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        keys |= {f"{kind}:{value}" for kind, value in store.db.execute(
            f"SELECT kind, value FROM identifiers WHERE post_id IN ({marks})", chunk)}
        keys |= {key for (key,) in store.db.execute(f"SELECT key FROM link_keys WHERE post_id IN ({marks})", chunk)}
    found = []
    for key in sorted(keys):
        row = store.db.execute("SELECT groups FROM hubs WHERE key = ?", (key,)).fetchone()
        if row:
            what = "wording" if key.startswith("template:") else describe_key(key)[len("shared "):]
            found.append({"key": key, "groups": row[0],
                          "reason": f"{what} is used by {row[0]} unrelated groups "
                                    "(a hotline, aggregator or stock phrasing): not used to link"})
    return found


def _siblings(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Phones elsewhere in the store a digit or two from this cluster's phones (found as linking
    finds them: ``enrichment.linking.sibling_numbers`` over numbers of the same country prefix)."""
    own = sorted({r[0] for pid in ids for r in store.db.execute(
        "SELECT value FROM identifiers WHERE post_id = ? AND kind = 'phone'", (pid,))})
    nearby: dict[str, str | None] = {}
    for prefix in sorted({phone[:6] for phone in own}):
        for value, cluster in store.db.execute(
            """SELECT DISTINCT i.value, p.cluster_id FROM identifiers i JOIN posts p ON p.id = i.post_id
               WHERE i.kind = 'phone' AND i.value LIKE ?""", (prefix + "%",)):
            nearby.setdefault(value, cluster)
    mine = set(own)
    hints = []
    for a, b, distance in sibling_numbers(nearby, SIBLING_DISTANCE):
        if (a in mine) == (b in mine):
            continue  # both the cluster's own, or neither
        phone, value = (a, b) if a in mine else (b, a)
        hints.append({"phone": phone, "similar": value, "distance": distance, "cluster_id": nearby[value],
                      "reason": f"similar number {value} ({distance} digit{'s' if distance > 1 else ''} "
                                f"from {phone}): a hint, never a link"})
    return sorted(hints, key=lambda hint: (hint["phone"], hint["similar"]))


def render(report: dict[str, Any]) -> str:
    """The report as text for a terminal."""
    lines = [f"cluster {report['cluster_id']}: {report['size']} posts, created {report['created_at']}, "
             f"updated {report['updated_at']}"]
    if report["asked"] != report["cluster_id"]:
        lines.append(f"  ({report['asked']} was merged into it)")
    if report["merged_from"]:
        lines.append(f"  merged from: {', '.join(report['merged_from'])}")
    lines.append("")
    lines.append("why these posts belong together:")
    for link in report["links"]:
        lines.append(f"  - {link['reason']} — {link['posts']} posts")
    if not report["links"]:
        lines.append("  (no shared keys recorded)")
    lines.append("")
    lines.append("how each post joined (from the oldest):")
    first = report["members"][0]["id"] if report["members"] else None
    if first:
        lines.append(f"  {first} (oldest)")
    reasons = {link["key"]: link["reason"] for link in report["links"]}
    for step in report["paths"]:
        via = f"via {step['via']}: {reasons[step['key']]}" if step["key"] else "via a link recorded elsewhere"
        lines.append(f"  {step['post']} ← {via}")
    lines.append("")
    lines.append("members:")
    for member in report["members"][:SHOWN_MEMBERS]:
        text = " ".join((member["text"] or "").split())[:100]
        lines.append(f"  {member['id']} [{member['platform']}, {member['published_at'] or '?'}, {member['lang']}, "
                     f"{member['post_kind']} {member['lure_score']}] {text}")
    if len(report["members"]) > SHOWN_MEMBERS:
        lines.append(f"  … and {len(report['members']) - SHOWN_MEMBERS} more (--json lists all)")
    if report["hubs"]:
        lines.append("")
        lines.append("demoted identifiers (link nothing):")
        lines += [f"  - {hub['reason']}" for hub in report["hubs"]]
    if report["similar_numbers"]:
        lines.append("")
        lines.append("weak hints (never merge clusters):")
        lines += [f"  - {hint['reason']}" + (f", in cluster {hint['cluster_id']}" if hint["cluster_id"] else "")
                  for hint in report["similar_numbers"]]
    return "\n".join(lines)
