"""Score enrichment against the evaluation sets in tests/data/ and print a report.

    python tests/eval/score_enrichment.py [--data DIR] [--show-errors]
    python tests/eval/score_enrichment.py FILE… [--show-errors]   # any sets, kind told by their fields

Identifiers: micro precision/recall of (kind, value) pairs (URLs are not scored), and the
accuracy of `channel` on phones found. Language: accuracy overall and per language. Lure score:
ROC AUC (lure vs rest), recall and false-positive rate at 0.5, and how many warnings stay
`warning`. The floors the tests pin are in tests/enrichment/test_quality.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from enrichment import enrich  # noqa: E402
from enrichment.language import detect_language  # noqa: E402
from enrichment.normalize import normalize_text  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"


def load(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class IdentifierScores:
    precision: float
    recall: float
    channel_accuracy: float
    cases: int
    errors: list[str] = field(default_factory=list)


def score_identifiers(cases: list[dict[str, Any]]) -> IdentifierScores:
    true_pos = false_pos = false_neg = 0
    channel_right = channel_total = 0
    errors: list[str] = []
    for case in cases:
        post = {"id": case["id"], "text": case["text"], "region": case.get("region"), "platform": case.get("platform")}
        found = {(i["kind"], i["value"]): i for i in enrich(post)["identifiers"] if i["kind"] != "url"}
        expected = {(e["kind"], e["value"]): e for e in case["expected"] if e["kind"] != "url"}
        hits = found.keys() & expected.keys()
        true_pos += len(hits)
        false_pos += len(found.keys() - expected.keys())
        false_neg += len(expected.keys() - found.keys())
        for key in hits:
            if key[0] == "phone" and "channel" in expected[key]:
                channel_total += 1
                channel_right += found[key].get("channel") == expected[key].get("channel")
        if found.keys() != expected.keys():
            errors.append(
                f"{case['id']}: missed {sorted(expected.keys() - found.keys())} extra {sorted(found.keys() - expected.keys())}"
                f" | {case['text'][:120]!r}"
            )
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    channel = channel_right / channel_total if channel_total else 1.0
    return IdentifierScores(precision, recall, channel, len(cases), errors)


@dataclass
class LanguageScores:
    accuracy: float
    per_language: dict[str, float]
    cases: int
    errors: list[str] = field(default_factory=list)

    @property
    def worst(self) -> tuple[str, float]:
        return min(self.per_language.items(), key=lambda item: item[1])


def score_language(cases: list[dict[str, Any]]) -> LanguageScores:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    errors = []
    for case in cases:
        guess = detect_language(normalize_text(case["text"])).lang
        total[case["lang"]] += 1
        if guess == case["lang"]:
            right[case["lang"]] += 1
        else:
            errors.append(f"{case['id']}: {case['lang']} -> {guess} | {case['text'][:100]!r}")
    per = {lang: right[lang] / total[lang] for lang in sorted(total)}
    return LanguageScores(sum(right.values()) / max(sum(total.values()), 1), per, len(cases), errors)


@dataclass
class LureScores:
    auc: float
    recall: float
    false_positive_rate: float
    warnings_kept: int
    warnings: int
    cases: int
    errors: list[str] = field(default_factory=list)


def roc_auc(scores: list[float], labels: list[bool]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    ranked = sorted(zip(scores, labels), key=lambda pair: pair[0])
    rank_sum = 0.0
    index = 0
    while index < len(ranked):
        end = index
        while end + 1 < len(ranked) and ranked[end + 1][0] == ranked[index][0]:
            end += 1
        mean_rank = (index + end) / 2 + 1
        rank_sum += mean_rank * sum(1 for _, label in ranked[index : end + 1] if label)
        index = end + 1
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return 1.0
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def score_lure(cases: list[dict[str, Any]]) -> LureScores:
    scores, labels = [], []
    warnings = kept = tp = fp = positives = negatives = 0
    errors = []
    for case in cases:
        post = enrich({"id": case["id"], "text": case["text"], **({"title": case["title"]} if case.get("title") else {})})
        is_lure = case["label"] == "lure"
        scores.append(post["lure_score"])
        labels.append(is_lure)
        flagged = post["lure_score"] >= 0.5
        positives += is_lure
        negatives += not is_lure
        tp += is_lure and flagged
        fp += (not is_lure) and flagged
        if case["label"] == "warning":
            warnings += 1
            kept += post["post_kind"] == "warning"
        wrong_kind = case["label"] == "warning" and post["post_kind"] != "warning"
        if wrong_kind or flagged != is_lure:
            errors.append(f"{case['id']}: {case['label']} -> {post['post_kind']} {post['lure_score']:.2f} | {case['text'][:100]!r}")
    return LureScores(roc_auc(scores, labels), tp / max(positives, 1), fp / max(negatives, 1), kept, warnings,
                      len(cases), errors)


def score_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The report and the errors of one set, scored as what its lines hold: ``expected``
    identifiers, a lure ``label``, or a ``lang`` alone."""
    cases = load(path)
    if cases and "expected" in cases[0]:
        ids = score_identifiers(cases)
        return {"kind": "identifiers", "cases": ids.cases, "precision": round(ids.precision, 4),
                "recall": round(ids.recall, 4), "channel_accuracy": round(ids.channel_accuracy, 4)}, ids.errors
    if cases and "label" in cases[0]:
        lure = score_lure(cases)
        return {"kind": "lure", "cases": lure.cases, "auc": round(lure.auc, 4), "recall@0.5": round(lure.recall, 4),
                "fpr@0.5": round(lure.false_positive_rate, 4),
                "warnings_kept": f"{lure.warnings_kept}/{lure.warnings}"}, lure.errors
    lang = score_language(cases)
    return {"kind": "language", "cases": lang.cases, "accuracy": round(lang.accuracy, 4), "worst": lang.worst,
            "per_language": {k: round(v, 3) for k, v in lang.per_language.items()}}, lang.errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help="sets to score (default: the main sets in --data)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    if args.files:
        reports = {}
        for path in args.files:
            reports[str(path)], errors = score_file(path)
            if args.show_errors:
                print("\n".join(errors))
        print(json.dumps(reports, indent=2, ensure_ascii=False))
        return 0
    report: dict[str, Any] = {}
    if (args.data / "identifiers.jsonl").exists():
        ids = score_identifiers(load(args.data / "identifiers.jsonl"))
        report["identifiers"] = {"cases": ids.cases, "precision": round(ids.precision, 4), "recall": round(ids.recall, 4),
                                 "channel_accuracy": round(ids.channel_accuracy, 4)}
        if args.show_errors:
            print("\n".join(ids.errors))
    if (args.data / "language.jsonl").exists():
        lang = score_language(load(args.data / "language.jsonl"))
        report["language"] = {"cases": lang.cases, "accuracy": round(lang.accuracy, 4), "worst": lang.worst,
                              "per_language": {k: round(v, 3) for k, v in lang.per_language.items()}}
        if args.show_errors:
            print("\n".join(lang.errors))
    if (args.data / "lure.jsonl").exists() and (args.data / "lure.jsonl").stat().st_size:
        lure = score_lure(load(args.data / "lure.jsonl"))
        report["lure"] = {"cases": lure.cases, "auc": round(lure.auc, 4), "recall@0.5": round(lure.recall, 4),
                          "fpr@0.5": round(lure.false_positive_rate, 4),
                          "warnings_kept": f"{lure.warnings_kept}/{lure.warnings}"}
        if args.show_errors:
            print("\n".join(lure.errors))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
