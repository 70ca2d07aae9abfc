"""Watch rules over clusters: which clusters match a rule, what changed since the rule last
notified, and the queueing of one digest per rule per run — exactly once per change.

Exactly-once comes from stored state, not from what one linking run reports. Per (rule, cluster)
the store keeps the size and identifier keys last notified (``alert_state``); every change ever
queued is a unique (rule, cluster, change) row (``alert_items``); and the rendered digest goes to
``mail_queue`` in the same transaction that moves the state forward. A crash before the commit
leaves nothing (the next run evaluates the same change again); after it, the message waits in the
queue until a delivery succeeds (ops/mail.py). A run that crashed after linking but before this
step loses nothing either: the comparison is with what was notified, not with what a run changed.

Merges: the older cluster id survives and lists the others in ``merged_from``. What a rule had
notified for the absorbed clusters is folded into the survivor's state (sizes added, identifiers
united), so a merge of two known clusters is not a "new" cluster and only real growth counts.
"""

from __future__ import annotations

import hashlib
import json
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from index.es import cluster_document
from index.store import Store, now_iso
from ops.config import Config, WatchRule

Progress = Callable[[str], None]

#: How much of each sample post a digest shows.
SAMPLE_CHARS = 280
SAMPLES = 3


def _quiet(_: str) -> None:
    pass


@dataclass
class ClusterFacts:
    """What a rule filters on and a digest shows, read from the store."""

    cluster_id: str
    size: int
    created_at: str
    updated_at: str
    first_seen: str | None
    last_seen: str | None
    platforms: list[str]
    languages: list[str]
    max_risk: float
    identifiers: list[dict[str, Any]]
    destinations: list[str]
    merged_from: list[str]
    samples: list[dict[str, Any]]
    search_text: str = field(repr=False, default="")
    destination_text: str = field(repr=False, default="")

    @property
    def identifier_keys(self) -> set[str]:
        return {f"{item['kind']}:{item['value']}" for item in self.identifiers}


def shorten(text: str, limit: int = SAMPLE_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word where possible."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut + "…"


def cluster_facts(store: Store, cluster_id: str) -> ClusterFacts | None:
    """The facts of a live cluster (None when it was merged away or is empty)."""
    members = store.cluster_members(cluster_id)
    doc = cluster_document(store, cluster_id, members=members)
    if doc is None:
        return None
    # The indicator's evidence is the first hub a post names; a rule's destination may be another
    # one in the same post, so rules look at the whole text of the posts that name a destination.
    destinations: dict[str, str] = {}
    destination_posts = []
    for post in members:
        for indicator in post.get("indicators") or []:
            if indicator.get("name") == "destination" and indicator.get("evidence"):
                evidence = str(indicator["evidence"])
                destinations.setdefault(evidence.casefold(), evidence)
                destination_posts.append(f"{post.get('title') or ''}\n{post.get('text') or ''}")
    newest = sorted(members, key=lambda p: (p.get("published_at") or "", p["id"]), reverse=True)[:SAMPLES]
    samples = [
        {
            "text": shorten(post.get("text") or post.get("title") or ""),
            "url": post.get("url"),
            "platform": post.get("platform"),
            "published_at": post.get("published_at"),
            "lang": post.get("lang"),
        }
        for post in newest
    ]
    search_text = "\n".join(f"{p.get('title') or ''}\n{p.get('text') or ''}" for p in members).casefold()
    return ClusterFacts(
        cluster_id=cluster_id,
        size=doc["size"],
        created_at=doc["created_at"],
        updated_at=doc["updated_at"],
        first_seen=doc["first_seen"],
        last_seen=doc["last_seen"],
        platforms=doc["platforms"],
        languages=doc["languages"],
        max_risk=float(doc["max_lure_score"]),
        identifiers=doc["identifiers"],
        destinations=sorted(destinations.values(), key=str.casefold),
        merged_from=doc["merged_from"],
        samples=samples,
        search_text=search_text,
        destination_text="\n".join(destination_posts).casefold(),
    )


def _query_terms(query: str) -> list[str]:
    """Words and "quoted phrases" of a rule's query, each of which must occur in the cluster."""
    try:
        terms = shlex.split(query)
    except ValueError:  # an unbalanced quote: take the words as they are
        terms = query.split()
    return [term.casefold() for term in terms if term.strip()]


#: Scripts written without spaces between words, or with words that take prefixes and particles
#: (Arabic, Korean): a term of these scripts may start or end anywhere.
_UNSPACED = re.compile(
    "[\u0600-\u06ff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)


@lru_cache(maxsize=1024)
def _term_pattern(term: str) -> re.Pattern[str]:
    """``term`` as a whole word or words: "park" is not in "parking", "bavet" is in "(bavet)".
    A term of an unspaced script is matched anywhere ("สีหนุ" in "ไปทำงานสีหนุวิลล์")."""
    def bounded(char: str) -> bool:
        return (char.isalnum() or char == "_") and not _UNSPACED.match(char)

    left = r"(?<!\w)" if bounded(term[0]) else ""
    right = r"(?!\w)" if bounded(term[-1]) else ""
    return re.compile(left + re.escape(term) + right)


def has_term(text: str, term: str) -> bool:
    """Whether ``term`` (case-folded, like ``text``) occurs in ``text`` as a whole word."""
    return bool(term) and _term_pattern(term).search(text) is not None


def match_rule(rule: WatchRule, facts: ClusterFacts) -> list[str] | None:
    """Why ``facts`` passes every filter of ``rule`` (one line per filter), or None when one fails."""
    reasons = [f"size {facts.size} ≥ {rule.min_size}"]
    if facts.size < rule.min_size:
        return None
    if rule.min_risk > 0:
        if facts.max_risk < rule.min_risk:
            return None
        reasons.append(f"lure score {facts.max_risk:.2f} ≥ {rule.min_risk:.2f}")
    if rule.destinations:
        found = [want for want in rule.destinations if has_term(facts.destination_text, want)]
        if not found:
            return None
        reasons.append("destination " + ", ".join(found))
    if rule.languages:
        found = sorted(set(rule.languages) & set(facts.languages))
        if not found:
            return None
        reasons.append("language " + ", ".join(found))
    if rule.platforms:
        found = sorted(set(rule.platforms) & set(facts.platforms))
        if not found:
            return None
        reasons.append("platform " + ", ".join(found))
    if rule.identifiers:
        keys = facts.identifier_keys
        found = sorted(key for key in keys if any(key == want or key.startswith(want + ":") for want in rule.identifiers))
        if not found:
            return None
        reasons.append("identifier " + ", ".join(found[:5]) + (f" (+{len(found) - 5} more)" if len(found) > 5 else ""))
    if rule.query:
        terms = _query_terms(rule.query)
        if not all(has_term(facts.search_text, term) for term in terms):
            return None
        reasons.append(f"query {rule.query!r}")
    return reasons


@dataclass
class AlertEntry:
    """One cluster in a digest: what changed (the unique ``change`` key) and why it matched."""

    facts: ClusterFacts
    change: str
    kind: str  # new | grown | identifiers
    previous_size: int | None
    new_identifiers: list[str]
    triggers: list[str]
    filters: list[str]

    @property
    def growth(self) -> int:
        return self.facts.size - (self.previous_size or 0)


@dataclass
class Digest:
    """Everything one rule reports in one run."""

    rule: WatchRule
    entries: list[AlertEntry]
    matching: int = 0

    @property
    def key(self) -> str:
        """Unique per rule and set of changes, so the same digest is never queued twice."""
        items = "\n".join(sorted(f"{e.facts.cluster_id}|{e.change}" for e in self.entries))
        return f"alert:{self.rule.name}:{hashlib.sha256(items.encode()).hexdigest()[:20]}"

    def counts(self) -> dict[str, int]:
        counts = {"new": 0, "grown": 0, "identifiers": 0}
        for entry in self.entries:
            counts[entry.kind] += 1
        return counts


@dataclass
class _Baseline:
    size: int
    identifiers: set[str]
    absorbed: list[str]


def _baseline(states: dict[str, Any], facts: ClusterFacts) -> _Baseline | None:
    """What the rule knows of this cluster: its own state plus those of clusters merged into it."""
    own = states.get(facts.cluster_id)
    absorbed = [cid for cid in facts.merged_from if cid in states]
    if own is None and not absorbed:
        return None
    size = 0
    identifiers: set[str] = set()
    for cid in ([facts.cluster_id] if own is not None else []) + absorbed:
        size += int(states[cid]["size"])
        identifiers.update(json.loads(states[cid]["identifiers"]))
    return _Baseline(size, identifiers, absorbed)


def _changes(rule: WatchRule, facts: ClusterFacts, base: _Baseline | None) -> tuple[str, str, list[str], list[str]] | None:
    """(change key, kind, trigger reasons, new identifiers) when a trigger of ``rule`` fires."""
    keys = facts.identifier_keys
    if base is None:
        if not rule.on_new:
            return None
        return "new", "new", [f"new cluster of {facts.size} posts"], sorted(keys)
    parts: list[str] = []
    reasons: list[str] = []
    kind = ""
    growth = facts.size - base.size
    if rule.grew_by and growth >= rule.grew_by:
        parts.append(f"grew:{facts.size}")
        reasons.append(f"grew by {growth} posts ({base.size} → {facts.size}), threshold {rule.grew_by}")
        kind = "grown"
    gained = sorted(keys - base.identifiers)
    if rule.on_new_identifier and gained:
        digest = hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:12]
        parts.append(f"identifiers:{digest}")
        reasons.append("new identifier" + ("s " if len(gained) > 1 else " ") + ", ".join(gained))
        kind = kind or "identifiers"
    if not parts:
        return None
    return "+".join(parts), kind, reasons, gained


def evaluate_rule(store: Store, rule: WatchRule, *, commit: bool, as_new: bool = False) -> Digest:
    """Compare every live cluster matching ``rule`` with what the rule last notified.

    With ``commit`` the caller holds a transaction and the state moves forward (baselines for
    clusters seen the first time, merged states folded into survivors); without it nothing is
    written (``lurewatch alerts test``). ``as_new`` ignores the stored state: every matching
    cluster is reported as new (to preview a rule's mail)."""
    states = {} if as_new else store.alert_states(rule.name)
    misses = store.alert_misses(rule.name)
    fingerprint = filters_fingerprint(rule)
    stamp = now_iso()
    entries: list[AlertEntry] = []
    matching = 0
    for row in store.live_clusters(rule.min_size):
        own = states.get(row["id"])
        absorbed = [cid for cid in json.loads(row["merged_from"]) if cid in states]
        # Untouched since the rule last looked (checked_at is set after reading, so a cluster
        # changed in that same second is looked at again): nothing can have changed.
        if own is not None and not absorbed and row["updated_at"] < own["checked_at"]:
            matching += 1
            continue
        miss = misses.get(row["id"])
        if miss is not None and miss["filters"] == fingerprint and row["updated_at"] < miss["checked_at"]:
            continue  # did not match then, and neither the cluster nor the rule changed since
        facts = cluster_facts(store, row["id"])
        if facts is None:
            continue
        filters = match_rule(rule, facts)
        if filters is None:
            if commit:
                store.save_alert_miss(rule.name, facts.cluster_id, fingerprint, stamp)
            continue
        if commit and miss is not None:
            store.drop_alert_misses(rule.name, [facts.cluster_id])
        matching += 1
        base = _baseline(states, facts)
        change = _changes(rule, facts, base)
        if change is not None and not as_new and store.alert_item_exists(rule.name, facts.cluster_id, change[0]):
            change = None  # queued before (a cluster that shrank and grew back): never twice
        if change is not None:
            key, kind, triggers, gained = change
            entries.append(AlertEntry(facts, key, kind, base.size if base else None, gained, triggers, filters))
        if not commit:
            continue
        if change is not None or base is None or base.absorbed:
            # Notified now, seen for the first time (a baseline for growth), or merged: the
            # state becomes the cluster as it is, and absorbed clusters' states go.
            if change is not None or base is None:
                size, identifiers = facts.size, facts.identifier_keys
            else:
                size, identifiers = base.size, base.identifiers
            store.save_alert_state(rule.name, facts.cluster_id, size, identifiers, stamp)
            if base is not None and base.absorbed:
                store.drop_alert_states(rule.name, base.absorbed)
        else:
            store.touch_alert_state(rule.name, facts.cluster_id, stamp)
    if commit and misses:
        store.drop_alert_misses(rule.name)  # those of clusters merged away since
    return Digest(rule, entries, matching)


def filters_fingerprint(rule: WatchRule) -> str:
    """The filters of ``rule`` as one string: a miss recorded under other filters is read again."""
    return json.dumps([rule.min_size, rule.min_risk, sorted(rule.destinations), sorted(rule.languages),
                       sorted(rule.platforms), sorted(rule.identifiers), rule.query], ensure_ascii=False)


def queue_alerts(store: Store, config: Config, run_id: int | None = None, progress: Progress = _quiet) -> int:
    """Evaluate every rule and queue one digest per rule that has something to say; each rule in
    its own transaction with its state. Returns the number of digests queued."""
    from ops.mail import render_digest, to_bytes

    queued = 0
    for rule in config.alerts.rules:
        with store.transaction():
            digest = evaluate_rule(store, rule, commit=True)
            if not digest.entries:
                continue
            message = render_digest(digest, config)
            mail_id = store.queue_mail(
                digest.key, "alert", rule.recipients, str(message["Subject"]), to_bytes(message),
                rule=rule.name, run_id=run_id,
                items=[(entry.facts.cluster_id, entry.change) for entry in digest.entries],
            )
        if mail_id is not None:
            queued += 1
            progress(f"alert {rule.name}: {len(digest.entries)} cluster(s) queued for {', '.join(rule.recipients)}")
    return queued
