"""Scoring a clustering against ground truth: pairwise precision, recall and F1.

A pair of posts is "predicted together" when both have the same non-null cluster id, and "truly
together" when both have the same non-null ground-truth group. A post whose group is None (a
warning, a one-off ad: nobody else's post) is a truth class of its own: every predicted pair it
is in is a false one, and a cluster that holds it beside any other post is impure. Computed
from contingency counts, never by enumerating pairs, so it runs on a million posts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PairScores:
    precision: float
    recall: float
    f1: float
    #: predicted clusters holding posts of two or more truth classes (each None post a class of its own)
    impure_clusters: int

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "impure_clusters": self.impure_clusters}


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def pairwise_scores(predicted: Mapping[str, str | None], truth: Mapping[str, str | None]) -> PairScores:
    """Score ``predicted`` (post id → cluster id) against ``truth`` (post id → group) over the
    posts present in ``truth``."""
    pred_sizes: Counter[str] = Counter()
    true_sizes: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    classes_in_cluster: dict[str, set[object]] = {}
    for post_id, group in truth.items():
        cluster_id = predicted.get(post_id)
        if cluster_id is not None:
            pred_sizes[cluster_id] += 1
            classes_in_cluster.setdefault(cluster_id, set()).add(group if group is not None else (None, post_id))
        if group is not None:
            true_sizes[group] += 1
        if cluster_id is not None and group is not None:
            both[(cluster_id, group)] += 1
    together = sum(_pairs(n) for n in both.values())
    predicted_pairs = sum(_pairs(n) for n in pred_sizes.values())
    true_pairs = sum(_pairs(n) for n in true_sizes.values())
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    impure = sum(1 for classes in classes_in_cluster.values() if len(classes) > 1)
    return PairScores(precision, recall, f1, impure)
