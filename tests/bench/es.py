"""Elasticsearch benchmark: bulk indexing through the outbox against raw ``_bulk``, and the p95 of
investigator queries on a large posts index.

    .venv/bin/python tests/bench/es.py [--es URL] [--posts 1000000] [--bulk-posts 20000] [--batch 500]

1. **Bulk indexing.** ``--bulk-posts`` synthetic posts go into a fresh store; the outbox is drained
   into Elasticsearch by ``index.es.drain_outbox`` (store reads, document building, bulk with
   retries — what a run does). The same documents, built beforehand and held in memory, are sent
   with plain ``POST /_bulk`` requests of the same batch size (serialized as they go, nothing
   else) into other fresh indices: the floor of what any client could do. The node is warmed
   first with a throw-away raw load; then ``--bulk-rounds`` rounds, each into fresh indices,
   alternate which side goes first, and the drain of each round starts from a full outbox with
   the phone → country cache emptied (nothing carried over from the raw side or an earlier
   round; the harness's own in-memory corpus is frozen out of the garbage collector's walks).
   Both rates over all rounds, and their ratio, are printed (target ≥ 0.8).
2. **Queries.** ``--posts`` synthetic post documents (platforms, languages and scripts, phone
   numbers and handles reused by operations, dates over half a year, lure scores) plus their
   clusters and identifiers are loaded with raw ``_bulk`` and force-merged (as ``lurewatch
   reindex`` merges a rebuilt index before its alias moves), then investigator questions are asked
   through ``index.search.Search`` — free text, text with filters, new Khmer posts this week,
   posts by phone number, who else uses this number, clusters that grew this week — and the p50
   and p95 latency (wall clock, client side) are printed (target p95 ≤ 150 ms on one local node).

Indices use the prefix ``lwbench-<pid>`` and are deleted at the end (``--keep`` keeps them).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from index.es import ESConfig, connect, detect_analysis, drain_outbox, drop_indices, ensure_indices  # noqa: E402
from index.documents import identifier_document, phone_country, post_document  # noqa: E402
from index.search import ClusterQuery, PostQuery, Search  # noqa: E402
from index.store import Store  # noqa: E402

PLATFORMS = ["telegram", "reddit", "fbgroup", "jobboard"]
#: language → (weight, country calling code, region, sentences a lure or an ordinary ad is made of)
LANGS: dict[str, tuple[int, str, str, list[str]]] = {
    "en": (30, "855", "KH", ["Customer service job in Sihanoukville", "salary $1,500/month", "free visa and ticket",
                             "no experience needed", "typing job online marketing", "contact on WhatsApp",
                             "barista wanted in Hanoi", "part-time waiter downtown", "apply today"]),
    "vi": (20, "84", "VN", ["Tuyển nhân viên chăm sóc khách hàng bên Campuchia", "lương 1500$", "bao vé máy bay",
                            "không cần kinh nghiệm", "liên hệ Zalo", "việc nhẹ lương cao", "tuyển phục vụ quán cà phê"]),
    "km": (10, "855", "KH", ["ជ្រើសរើសបុគ្គលិក", "ប្រាក់ខែ ១៥០០ ដុល្លារ", "ការងារនៅក្រុងព្រះសីហនុ", "ទំនាក់ទំនង តេឡេក្រាម",
                             "មិនត្រូវការបទពិសោធន៍"]),
    "my": (8, "95", "MM", ["အလုပ်ခေါ်နေပါသည်", "လစာ ၁၅၀၀ ဒေါ်လာ", "မြဝတီ", "ဗီဇာ အခမဲ့", "အတွေ့အကြုံ မလိုပါ"]),
    "zh": (12, "855", "KH", ["招聘客服", "月薪1500美金", "包吃包住", "西港高薪", "无需经验", "联系飞机"]),
    "th": (8, "66", "TH", ["รับสมัครพนักงาน", "เงินเดือน 35,000 บาท", "ทำงานที่กัมพูชา", "ไม่ต้องมีประสบการณ์",
                           "ติดต่อไลน์"]),
    "id": (8, "62", "ID", ["Lowongan kerja di Kamboja", "gaji 1500 USD", "tiket gratis", "tanpa pengalaman",
                           "hubungi WhatsApp"]),
    "tl": (4, "63", "PH", ["Hiring customer service sa Dubai", "sahod 80k PHP", "libre ang visa", "message sa Telegram"]),
}
DAYS = 180


def _weighted_langs() -> list[str]:
    return [lang for lang, (weight, *_rest) in LANGS.items() for _ in range(weight)]


class Corpus:
    """Synthetic enriched Posts: ``operations`` recruiters, each reusing a few numbers and handles
    across posts in one language, plus ordinary ads and warnings. Seeded: the same every run."""

    def __init__(self, seed: int, operations: int) -> None:
        self.rng = random.Random(seed)
        self.langs = _weighted_langs()
        self.now = datetime.now(timezone.utc).replace(microsecond=0)
        self.ops: list[dict[str, Any]] = []
        for n in range(operations):
            lang = self.rng.choice(self.langs)
            code = LANGS[lang][1]
            self.ops.append({
                "id": f"c{n:07d}", "lang": lang,
                "phones": [f"+{code}{self.rng.randint(10**7, 10**8 - 1)}" for _ in range(self.rng.randint(1, 3))],
                "handle": f"hr_{n}_{self.rng.randint(100, 999)}",
                "platforms": self.rng.sample(PLATFORMS, self.rng.randint(1, 2)),
            })

    def post(self, n: int) -> tuple[dict[str, Any], str | None]:
        """Post number ``n`` and the cluster it belongs to (None for ordinary ads)."""
        rng = self.rng
        lure = rng.random() < 0.6
        op = rng.choice(self.ops) if lure else None
        lang = op["lang"] if op else rng.choice(self.langs)
        code, region, sentences = LANGS[lang][1], LANGS[lang][2], LANGS[lang][3]
        text = ". ".join(rng.sample(sentences, min(len(sentences), rng.randint(3, 5))))
        identifiers = []
        if op:
            phone = rng.choice(op["phones"])
            identifiers.append({"kind": "phone", "value": phone, "raw": phone, "channel": rng.choice(["whatsapp", "telegram", "call"])})
            if rng.random() < 0.5:
                identifiers.append({"kind": "telegram", "value": op["handle"], "raw": "@" + op["handle"], "channel": None})
        elif rng.random() < 0.5:
            phone = f"+{code}{rng.randint(10**7, 10**8 - 1)}"
            identifiers.append({"kind": "phone", "value": phone, "raw": phone, "channel": "call"})
        text += " " + " ".join(i["raw"] for i in identifiers)
        published = self.now - timedelta(seconds=rng.randint(0, DAYS * 86400))
        score = round(rng.uniform(0.7, 1.0) if op else rng.uniform(0.0, 0.5), 3)
        post = {
            "id": f"p{n:08d}", "platform": rng.choice(op["platforms"]) if op else rng.choice(PLATFORMS),
            "source": f"src-{rng.randint(1, 60)}", "url": f"https://example.org/p/{n}",
            "author_id": f"u{rng.randint(1, 200000)}",
            "published_at": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "fetched_at": (published + timedelta(hours=rng.randint(1, 48))).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": text, "region": region, "lang": lang, "lang_confidence": 0.99,
            "identifiers": identifiers,
            "indicators": [{"name": "salary", "evidence": sentences[1]}] if op else [],
            "lure_score": score, "post_kind": "lure" if op else "other",
        }
        return post, op["id"] if op else None


# -- raw bulk -------------------------------------------------------------------------------------


def raw_bulk(client: Any, docs: list[tuple[str, str, dict[str, Any]]], batch: int) -> float:
    """Send ``(index, id, document)``s from memory as plain NDJSON ``POST /_bulk`` bodies of
    ``batch`` documents, serialized with the standard library's C JSON encoder as they are sent
    (what any client must do), nothing else; the seconds it took."""
    started = time.perf_counter()
    for start in range(0, len(docs), batch):
        lines = []
        for index, doc_id, source in docs[start : start + batch]:
            lines.append(json.dumps({"index": {"_index": index, "_id": doc_id}}))
            lines.append(json.dumps(source, ensure_ascii=False, separators=(",", ":")))
        response = client.perform_request("POST", "/_bulk", body=("\n".join(lines) + "\n").encode(),
                                          headers={"content-type": "application/x-ndjson", "accept": "application/json"})
        if response.body.get("errors"):
            raise SystemExit(f"raw _bulk reported errors: {json.dumps(response.body)[:300]}")
    client.indices.refresh(index=",".join(sorted({index for index, _, _ in docs})))
    return time.perf_counter() - started


def stream_bulk(client: Any, index: str, docs: Iterator[tuple[str, dict[str, Any]]], batch: int) -> int:
    """Load a stream of documents with raw ``_bulk`` (for the query benchmark's corpus)."""
    sent = 0
    lines: list[str] = []
    for doc_id, source in docs:
        lines.append(json.dumps({"index": {"_index": index, "_id": doc_id}}))
        lines.append(json.dumps(source, ensure_ascii=False))
        if len(lines) >= 2 * batch:
            _post(client, lines)
            sent += len(lines) // 2
            lines = []
    if lines:
        _post(client, lines)
        sent += len(lines) // 2
    return sent


def _post(client: Any, lines: list[str]) -> None:
    response = client.perform_request("POST", "/_bulk", body=("\n".join(lines) + "\n").encode(),
                                      headers={"content-type": "application/x-ndjson", "accept": "application/json"})
    if response.body.get("errors"):
        raise SystemExit(f"raw _bulk reported errors: {json.dumps(response.body)[:300]}")


# -- 1. bulk indexing -------------------------------------------------------------------------------


def bench_bulk(client: Any, url: str, prefix: str, posts: int, batch: int, seed: int, rounds: int = 4) -> dict[str, Any]:
    """``rounds`` rounds, each into fresh indices, alternating which side goes first (a side that
    always went second would meet the other's merges); the rates are over all rounds."""
    corpus = Corpus(seed, max(10, posts // 20))
    records = [corpus.post(n)[0] for n in range(posts)]
    with tempfile.TemporaryDirectory(prefix="lwbench-") as tmp, Store(Path(tmp) / "bench.db") as store:
        store.upsert_posts(records)
        queued = store.outbox_counts()
        # The raw side sends exactly what the drain sends: the same post and identifier documents.
        posts_docs = [(p["id"], post_document(p, [])) for p in records]
        keys = sorted({f"{i['kind']}:{i['value']}" for p in records for i in p["identifiers"]})
        identifier_docs = [(k, d) for k in keys if (d := identifier_document(store, k))]

        def raw_docs(config: ESConfig) -> list[tuple[str, str, dict[str, Any]]]:
            return ([(config.alias("posts"), i, d) for i, d in posts_docs]
                    + [(config.alias("identifiers"), i, d) for i, d in identifier_docs])

        # Warm the node first (JIT, caches), into indices thrown away: whichever side went first
        # into a cold JVM would be measured slower than it is.
        warm = ESConfig(url=url, prefix=f"{prefix}-warm")
        ensure_indices(client, warm)
        raw_bulk(client, raw_docs(warm), batch)
        drop_indices(client, warm)
        # The harness holds every post and raw document in memory (~1.5M objects); frozen, the
        # collector no longer walks them whenever either side's allocations trigger a full
        # collection. Each side still pays for the garbage it makes itself.
        gc.collect()
        gc.freeze()
        expected = len(posts_docs) + len(identifier_docs)
        raw_seconds = ours_seconds = 0.0
        per_round: list[float] = []
        for n in range(rounds):
            raw = ESConfig(url=url, prefix=f"{prefix}-raw{n}")
            ours = ESConfig(url=url, prefix=f"{prefix}-ours{n}")
            ensure_indices(client, raw)
            ensure_indices(client, ours)
            if n:
                store.queue_all()  # the drain of this round starts from a full outbox again
                gc.collect()
            timed: dict[str, float] = {}
            for side in (("raw", "ours") if n % 2 == 0 else ("ours", "raw")):
                if side == "raw":
                    docs = raw_docs(raw)
                    timed["raw"] = raw_bulk(client, docs, batch)
                    continue
                # Building the raw side's documents filled the phone → country cache; the drain
                # must parse its numbers itself, as a run does.
                phone_country.cache_clear()
                started = time.perf_counter()
                result = drain_outbox(store, client, ours, batch=batch)
                timed["ours"] = time.perf_counter() - started
                sent = sum(result.indexed.values())
                if result.error or result.backlog or sent != expected:
                    raise SystemExit(f"drain did not finish: {result} (queued {queued}, expected {expected})")
            raw_seconds += timed["raw"]
            ours_seconds += timed["ours"]
            per_round.append(round(timed["raw"] / timed["ours"], 3))
            drop_indices(client, raw)
            drop_indices(client, ours)
        gc.unfreeze()
    total = expected * rounds
    return {"documents": expected, "batch": batch, "rounds": rounds,
            "ours_docs_per_s": round(total / ours_seconds), "raw_docs_per_s": round(total / raw_seconds),
            "ratio": round(raw_seconds / ours_seconds, 3), "ratio_per_round": per_round}


# -- 2. queries -----------------------------------------------------------------------------------


def load_corpus(client: Any, config: ESConfig, posts: int, batch: int, seed: int) -> tuple[Corpus, float]:
    ensure_indices(client, config)
    for kind in ("posts", "clusters", "identifiers"):
        client.indices.put_settings(index=config.alias(kind), settings={"refresh_interval": "-1"})
    corpus = Corpus(seed, max(10, posts // 25))
    members: dict[str, list[dict[str, Any]]] = {}
    identifiers: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()

    def post_docs() -> Iterator[tuple[str, dict[str, Any]]]:
        for n in range(posts):
            post, cluster = corpus.post(n)
            post["cluster_id"] = cluster
            doc = post_document(post, [f"phone:{i['value']}" for i in post["identifiers"]] if cluster else [])
            if cluster:
                members.setdefault(cluster, []).append({"p": doc["published_at"], "f": doc["fetched_at"],
                                                        "platform": doc["platform"], "lang": doc["lang"],
                                                        "score": doc["lure_score"], "keys": doc["identifier_keys"]})
            for item in post["identifiers"]:
                key = f"{item['kind']}:{item['value']}"
                entry = identifiers.setdefault(key, {"key": key, "kind": item["kind"], "value": item["value"],
                                                     "posts": 0, "clusters": set(), "first": doc["published_at"],
                                                     "last": doc["published_at"]})
                entry["posts"] += 1
                entry["first"] = min(entry["first"], doc["published_at"])
                entry["last"] = max(entry["last"], doc["published_at"])
                if cluster:
                    entry["clusters"].add(cluster)
            if n and n % 100_000 == 0:
                print(f"  {n} posts loaded ({n / (time.perf_counter() - started):.0f}/s)", file=sys.stderr)
            yield post["id"], doc

    stream_bulk(client, config.alias("posts"), post_docs(), batch)

    def cluster_docs() -> Iterator[tuple[str, dict[str, Any]]]:
        for cid, ms in members.items():
            seen = sorted(m["f"] for m in ms)
            grown = datetime.fromisoformat(seen[-1].replace("Z", "+00:00"))
            week = (grown - timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
            yield cid, {"cluster_id": cid, "size": len(ms), "grown_at": seen[-1],
                        "growth_7d": sum(1 for s in seen if s > week),
                        "first_seen": min(m["p"] for m in ms), "last_seen": max(m["p"] for m in ms),
                        "platforms": sorted({m["platform"] for m in ms}), "languages": sorted({m["lang"] for m in ms}),
                        "risk": max(m["score"] for m in ms), "identifier_keys": sorted({k for m in ms for k in m["keys"]})}

    stream_bulk(client, config.alias("clusters"), cluster_docs(), batch)
    stream_bulk(client, config.alias("identifiers"), (
        (k, {"key": k, "kind": e["kind"], "value": e["value"], "posts": e["posts"], "clusters": sorted(e["clusters"]),
             "first_seen": e["first"], "last_seen": e["last"],
             "country": phone_country(e["value"]) if e["kind"] == "phone" else None})
        for k, e in identifiers.items()), batch)
    for kind in ("posts", "clusters", "identifiers"):
        client.indices.put_settings(index=config.alias(kind), settings={"refresh_interval": "1s"})
    client.indices.refresh(index=",".join(config.alias(k) for k in ("posts", "clusters", "identifiers")))
    # Merged before the questions, as `lurewatch reindex` merges a rebuilt index before its alias
    # moves (index.es.rebuild_indices): a freshly bulk-loaded index is dozens of segments.
    merging = time.perf_counter()
    client.options(request_timeout=3600).indices.forcemerge(
        index=",".join(config.alias(k) for k in ("posts", "clusters", "identifiers")), max_num_segments=1,
        wait_for_completion=True)
    print(f"  merged into one segment per index in {time.perf_counter() - merging:.1f}s", file=sys.stderr)
    return corpus, time.perf_counter() - started


def bench_queries(client: Any, config: ESConfig, corpus: Corpus, rounds: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    search = Search(client, config)
    words = ["visa", "salary", "customer service", "Sihanoukville", "ជ្រើសរើសបុគ្គលិក", "招聘客服", "lương", "Kamboja",
             "\"free visa\"", "typing -barista"]

    def phone() -> str:
        return rng.choice(rng.choice(corpus.ops)["phones"])

    questions: dict[str, Any] = {
        "free text": lambda: search.posts(PostQuery(text=rng.choice(words))),
        "free text with facets": lambda: search.posts(PostQuery(text=rng.choice(words), facets=True)),
        "text + filters": lambda: search.posts(PostQuery(
            text=rng.choice(words), platforms=(rng.choice(PLATFORMS),), min_score=0.8, since="now-30d")),
        "new in Khmer this week": lambda: search.posts(PostQuery(languages=("km",), since="now-7d", sort="newest")),
        "high-risk lures 7d": lambda: search.posts(PostQuery(post_kinds=("lure",), min_score=0.8, since="now-7d")),
        "posts by phone": lambda: search.posts(PostQuery(identifier=phone(), sort="newest")),
        "who else uses this number": lambda: search.clusters_for_identifier(phone()),
        "clusters grown this week": lambda: search.clusters(ClusterQuery(grown_since="now-7d", min_size=2)),
        "by country": lambda: search.posts(PostQuery(countries=(rng.choice(["KH", "MM", "VN", "TH"]),), since="now-14d")),
    }
    for ask in questions.values():  # warm-up: first use of each query shape
        for _ in range(3):
            ask()
    timings: dict[str, list[float]] = {name: [] for name in questions}
    for _ in range(rounds):
        for name, ask in questions.items():
            started = time.perf_counter()
            ask()
            timings[name].append((time.perf_counter() - started) * 1000)
    everything = sorted(t for ts in timings.values() for t in ts)

    def p95(values: list[float]) -> float:
        return round(statistics.quantiles(values, n=20)[-1], 1)

    return {"queries": len(everything), "p50_ms": round(statistics.median(everything), 1), "p95_ms": p95(everything),
            "by_question_p95_ms": {name: p95(ts) for name, ts in timings.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--es", default=os.environ.get("LUREWATCH_TEST_ES_URL"), help="Elasticsearch URL "
                        "[default: $LUREWATCH_TEST_ES_URL, else the local node of data/]")
    parser.add_argument("--posts", type=int, default=1_000_000, help="posts in the query benchmark's index")
    parser.add_argument("--bulk-posts", type=int, default=20_000, help="posts in the bulk-indexing comparison")
    parser.add_argument("--bulk-rounds", type=int, default=4, help="rounds of the bulk comparison (fresh indices "
                        "each, alternating which side goes first)")
    parser.add_argument("--batch", type=int, default=500, help="documents per bulk request (both sides)")
    parser.add_argument("--rounds", type=int, default=40, help="rounds of the query mix")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark indices")
    args = parser.parse_args()
    url = args.es
    if not url:
        from ops.esnode import LocalES

        url = LocalES(REPO / "data", log=lambda m: print(m, file=sys.stderr)).start()
    prefix = f"lwbench-{os.getpid()}"
    client = connect(ESConfig(url=url, prefix=prefix, timeout=300))
    sides = [f"{prefix}-{side}{n}" for n in range(args.bulk_rounds) for side in ("raw", "ours")]
    configs = [ESConfig(url=url, prefix=p) for p in (*sides, f"{prefix}-warm", prefix)]
    try:
        print(f"bulk indexing: {args.bulk_posts} posts, batch {args.batch}, {args.bulk_rounds} rounds…", file=sys.stderr)
        bulk = bench_bulk(client, url, prefix, args.bulk_posts, args.batch, args.seed, args.bulk_rounds)
        print(json.dumps({"bulk": bulk}))
        print(f"loading {args.posts} posts for the query benchmark…", file=sys.stderr)
        corpus, seconds = load_corpus(client, configs[-1], args.posts, max(args.batch, 1000), args.seed)
        counts = {k: int(client.count(index=configs[-1].alias(k))["count"]) for k in ("posts", "clusters", "identifiers")}
        queries = bench_queries(client, configs[-1], corpus, args.rounds, args.seed)
        print(json.dumps({"corpus": counts, "load_seconds": round(seconds, 1), "load_docs_per_s": round(counts["posts"] / seconds),
                          "analysis": detect_analysis(client).describe(), "queries": queries},
                         ensure_ascii=False))
        print(f"bulk: ours {bulk['ours_docs_per_s']} docs/s, raw _bulk {bulk['raw_docs_per_s']} docs/s, "
              f"ratio {bulk['ratio']} (target >= 0.8)", file=sys.stderr)
        print(f"queries on {counts['posts']} posts: p50 {queries['p50_ms']} ms, p95 {queries['p95_ms']} ms "
              "(target p95 <= 150 ms)", file=sys.stderr)
    finally:
        if not args.keep:
            for config in configs:
                drop_indices(client, config)


if __name__ == "__main__":
    main()
