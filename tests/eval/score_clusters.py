"""Score clustering on the sandbox corpus against its ground truth and print a report.

    python tests/eval/score_clusters.py [--seed 7 [--seed 11 …]] [--scale 1] [--show 5] [--incremental]

Each corpus is turned into the Posts the spiders would produce (same ids, authors, account ids
and regions), enriched (``ops.pipes.enrich_stream``, in worker processes) and clustered by the
product's own ``enrichment.cluster.cluster_posts`` (which runs ``enrichment.linking.link``, as the
``lurewatch cluster`` pipe does). ``--incremental`` clusters instead with the flow's incremental
linker (index/linker.py) over a temporary store, all posts in one run, as ``lurewatch run`` does.

Truth: a post's ``group`` — its operation for lures (reposts included), its employer for
ordinary ads and their shares. A post without a group (a warning, a one-off ad) is a truth class
of its own: linking it to anything costs precision, and a cluster holding it beside another
post is impure. Scores are pairwise precision, recall and F1 (``enrichment.metrics``); an
impure cluster is one holding posts of two truth classes. The floors are pinned in
tests/enrichment/test_cluster_quality.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from crawlers.items import make_post_id, utc_iso  # noqa: E402
from enrichment.cluster import cluster_posts  # noqa: E402
from enrichment.metrics import PairScores, pairwise_scores  # noqa: E402
from ops.pipes import enrich_stream  # noqa: E402
from ops.sandbox.generator import Corpus, SandboxPost, generate_corpus  # noqa: E402


def crawled_post(post: SandboxPost, region: str | None) -> dict[str, Any]:
    """The Post the spiders make of a sandbox post (crawlers/spiders/telegram.py, reddit.py)."""
    if post.platform == "telegram":
        native = f"{post.place.lower()}/{post.native_id}"
        # A signed message shows only a display name: no account id. An unsigned one is the channel.
        author_id = None if post.signature else post.place.lower()
    else:
        native, author_id = post.native_id, post.author
    out: dict[str, Any] = {"id": make_post_id(post.platform, native_id=native), "platform": post.platform,
                           "source": f"{post.platform}-{post.place}", "text": post.text, "title": post.title,
                           "author": post.author, "author_id": author_id, "published_at": utc_iso(post.published_at)}
    if region:
        out["region"] = region
    return out


def crawled(corpus: Corpus) -> tuple[list[dict[str, Any]], dict[str, SandboxPost]]:
    """The corpus as crawled Posts, and the sandbox post behind each Post id."""
    regions = {(p.platform, p.name): p.region for p in corpus.places}
    posts, source = [], {}
    for post in corpus.posts:
        item = crawled_post(post, regions[(post.platform, post.place)])
        posts.append(item)
        source[item["id"]] = post
    return posts, source


def enrich_all(posts: list[dict[str, Any]], workers: int | None = None) -> list[dict[str, Any]]:
    """``enrich`` every post, in order, in worker processes (the ``lurewatch enrich`` pipe's own)."""
    return list(enrich_stream(posts, workers if len(posts) >= 2000 else 1))


@dataclass
class Report:
    seed: int
    scale: int
    posts: int
    operations: int
    scores: PairScores
    clusters: int
    seconds: dict[str, float]
    #: cluster id → Counter of truth labels (None posts labelled by their kind) for impure clusters
    impure: dict[str, Counter[str]] = field(default_factory=dict)
    #: operation → (posts, clusters it is spread over, posts left unclustered)
    splits: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    #: role → (posts of operations in their operation's main cluster, posts of that role)
    recall_by_role: dict[str, tuple[int, int]] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def summary(self) -> str:
        s = self.scores
        return (f"seed {self.seed} ×{self.scale}: {self.posts} posts, {self.operations} operations, "
                f"{self.clusters} clusters — F1 {s.f1:.4f}  precision {s.precision:.4f}  recall {s.recall:.4f}  "
                f"impure {s.impure_clusters}  ({', '.join(f'{k} {v:.1f}s' for k, v in self.seconds.items())})")


def truth_of(corpus: Corpus, source: dict[str, SandboxPost]) -> dict[str, str | None]:
    return {pid: post.group for pid, post in source.items()}


def cluster_incrementally(enriched: list[dict[str, Any]], batch: int | None = None) -> list[dict[str, Any]]:
    """The posts with ``cluster_id`` and ``links`` as the flow's store leaves them: all in one
    run, or ``batch`` posts per run, oldest first."""
    import tempfile

    from index.linker import IncrementalLinker
    from index.store import Store

    with tempfile.TemporaryDirectory(prefix="lurewatch-score-") as folder:
        with Store(Path(folder) / "score.db") as store:
            ordered = sorted(enriched, key=lambda p: p.get("published_at") or "")
            step = batch or len(ordered) or 1
            for start in range(0, len(ordered), step):  # one run per batch, as scheduled runs do
                store.upsert_posts(ordered[start : start + step])
                IncrementalLinker(store).run()
            cluster_of = dict(store.db.execute("SELECT id, cluster_id FROM posts").fetchall())
            links: dict[str, list[dict[str, Any]]] = {}
            for post_id, key in store.db.execute("SELECT post_id, key FROM post_links"):
                links.setdefault(post_id, []).append({"key": key})
    return [dict(post, cluster_id=cluster_of.get(post["id"]), links=links.get(post["id"], [])) for post in enriched]


def score_corpus(corpus: Corpus, seed: int = 0, scale: int = 1, show: int = 5, incremental: bool = False,
                 batch: int | None = None) -> Report:
    """Enrich and cluster ``corpus`` as the product does and score it against its truth."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    posts, source = crawled(corpus)
    enriched = enrich_all(posts)
    timings["enrich"] = time.perf_counter() - started
    started = time.perf_counter()
    if incremental:
        clustered = cluster_incrementally(enriched, batch)
    else:
        clustered, _ = cluster_posts(enriched)
    timings["cluster"] = time.perf_counter() - started
    predicted = {post["id"]: post["cluster_id"] for post in clustered}
    members: dict[str, list[str]] = {}
    for post_id, cluster_id in predicted.items():
        if cluster_id:
            members.setdefault(cluster_id, []).append(post_id)
    truth = truth_of(corpus, source)
    report = Report(seed, scale, len(posts), len(corpus.operations), pairwise_scores(predicted, truth),
                    len(members), timings)
    by_id = {post["id"]: post for post in clustered}

    def label(pid: str) -> str:
        post = source[pid]
        return post.group or f"({post.kind}:{post.role})"

    for cluster_id, ids in members.items():
        classes = Counter(label(pid) for pid in ids)
        singles = sum(1 for pid in ids if source[pid].group is None)
        if len(classes) > 1 or singles > 1:
            report.impure[cluster_id] = classes
    for op in corpus.operations:
        ids = [pid for pid, post in source.items() if post.op == op.id]
        where = Counter(predicted[pid] for pid in ids)
        unclustered = where.pop(None, 0)
        report.splits[op.id] = (len(ids), len(where), unclustered)
        main = where.most_common(1)[0][0] if where else None
        for pid in ids:
            role = source[pid].role
            hit, total = report.recall_by_role.get(role, (0, 0))
            report.recall_by_role[role] = (hit + (main is not None and predicted[pid] == main), total + 1)
    # Worst examples: impure clusters first (what bridged them), then posts lost from their operation.
    for cluster_id, classes in sorted(report.impure.items(), key=lambda kv: -sum(kv[1].values()))[:show]:
        report.examples.append(f"impure {cluster_id}: {dict(classes.most_common(6))}")
        bridges = Counter(link["key"] for pid in members[cluster_id] for link in by_id[pid]["links"])
        report.examples.append(f"   keys: {dict(bridges.most_common(8))}")
    lost = [pid for pid, post in source.items() if post.op and predicted[pid] is None]
    for pid in lost[:show]:
        post = source[pid]
        report.examples.append(f"lost {post.op} {post.role} {post.platform}/{post.place}: "
                               f"{by_id[pid]['post_kind']} {post.text[:100]!r}")
    return report


def score(seed: int, scale: int, show: int = 5, incremental: bool = False, batch: int | None = None) -> Report:
    """Generate the corpus of ``seed`` at ``scale``, cluster it and score it."""
    started = time.perf_counter()
    corpus = generate_corpus(seed, scale)
    generated = time.perf_counter() - started
    report = score_corpus(corpus, seed, scale, show, incremental or batch is not None, batch)
    report.seconds = {"generate": generated, **report.seconds}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, action="append", help="corpus seed (repeatable; default 7, 11, 23)")
    parser.add_argument("--scale", type=int, default=1, help="corpus scale, ×300 posts (default 1)")
    parser.add_argument("--show", type=int, default=5, help="worst examples to print per corpus")
    parser.add_argument("--incremental", action="store_true",
                        help="cluster with the flow's incremental linker (index/linker.py) instead")
    parser.add_argument("--batch", type=int, default=None,
                        help="with the incremental linker, add the posts N at a time (oldest first), one run each")
    args = parser.parse_args(argv)
    for seed in args.seed or [7, 11, 23, 42]:
        report = score(seed, args.scale, args.show, args.incremental, args.batch)
        print(report.summary())
        splits = {op: v for op, v in report.splits.items() if v[1] > 1 or v[2]}
        if splits:
            print("  split operations (posts, clusters, unclustered):",
                  ", ".join(f"{op} {v}" for op, v in sorted(splits.items())[: max(args.show, 10)]),
                  f"… {len(splits)} in all" if len(splits) > max(args.show, 10) else "")
        print("  recall by role:", ", ".join(f"{role} {hit}/{total}" for role, (hit, total)
                                             in sorted(report.recall_by_role.items())))
        for line in report.examples:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
