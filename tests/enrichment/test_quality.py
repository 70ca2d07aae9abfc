"""The quality gate: enrichment scored on the evaluation sets in tests/data/, against pinned
floors. Lowering a floor is an explicit act, done here and said in the commit.

Run ``python tests/eval/score_enrichment.py --show-errors`` to see what a floor complains about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.eval.score_enrichment import load, score_identifiers, score_language, score_lure

DATA = Path(__file__).resolve().parents[1] / "data"

IDENTIFIER_PRECISION = 0.98
IDENTIFIER_RECALL = 0.95
LANGUAGE_ACCURACY = 0.97
LANGUAGE_WORST = 0.90
LURE_AUC = 0.95
LURE_RECALL = 0.90
LURE_FPR = 0.10


@pytest.mark.parametrize("name", ["identifiers.jsonl", "identifiers_holdout.jsonl", "identifiers_blind.jsonl",
                                  "identifiers_blind2.jsonl", "identifiers_blind3.jsonl", "identifiers_blind4.jsonl",
                                  # Still blind: scored once (precision 0.996, recall 0.966), errors not read.
                                  "identifiers_blind5.jsonl"])
def test_identifier_precision_and_recall(name: str) -> None:
    if not (DATA / name).exists():
        pytest.skip(f"{name} is not in tests/data")
    scores = score_identifiers(load(DATA / name))
    assert scores.cases >= 200
    assert scores.precision >= IDENTIFIER_PRECISION, scores.errors[:10]
    assert scores.recall >= IDENTIFIER_RECALL, scores.errors[:10]


# language_blind2.jsonl is still blind: scored once (accuracy 1.00), errors not read.
@pytest.mark.parametrize("name", ["language.jsonl", "language_holdout.jsonl", "language_blind.jsonl",
                                  "language_blind2.jsonl"])
def test_language_accuracy(name: str) -> None:
    scores = score_language(load(DATA / name))
    assert scores.cases >= 300
    assert scores.accuracy >= LANGUAGE_ACCURACY, scores.errors[:10]
    language, accuracy = scores.worst
    assert accuracy >= LANGUAGE_WORST, (language, accuracy, scores.errors[:10])


def test_lure_score_and_warnings() -> None:
    scores = score_lure(load(DATA / "lure.jsonl"))
    assert scores.cases >= 400
    assert scores.auc >= LURE_AUC, scores.errors[:10]
    assert scores.recall >= LURE_RECALL, scores.errors[:10]
    assert scores.false_positive_rate <= LURE_FPR, scores.errors[:10]
    # A warning read as a lure would link operations through the numbers it quotes.
    assert scores.warnings_kept == scores.warnings, scores.errors[:10]


HELD_OUT = ("lure_holdout.jsonl", "lure_blind.jsonl", "lure_blind2.jsonl", "lure_blind3.jsonl", "lure_dev3.jsonl")


@pytest.fixture(scope="module")
def held_out_lure_scores() -> dict[str, Any]:
    return {name: score_lure(load(DATA / name)) for name in HELD_OUT}


# The blind sets were written without sight of the code, its vocabulary or the other sets.
# lure_blind3.jsonl is still blind: it was scored (AUC 0.991, recall 0.964, FPR 0.071, warnings
# 84/84), and again after the changes lure_dev3.jsonl led to (AUC 0.992, the rest the same); its
# errors have not been read; whoever reads them makes it a development
# set, and must say so here. The others have been read for error analysis after scoring, so they
# are development sets now:
# lure_blind.jsonl (a missing-person plea read as a lure led to cues for missing relatives and
# ransom in every language), lure_blind2.jsonl (a Burmese family plea with a space inside
# "ဆက်သွယ်လို့ မရ" led to phrases of unspaced scripts being read across spaces, and lures coaching
# for the immigration check to their own phrases), lure_holdout.jsonl, with a known recall gap, and
# lure_dev3.jsonl, written blind to stress false positives and read at once (mockery with 🤡, a
# recruiter's cover-up instructions, job boards and trip diaries came from it).
@pytest.mark.parametrize(("name", "recall_floor"), [("lure_blind3.jsonl", LURE_RECALL), ("lure_dev3.jsonl", LURE_RECALL),
                                                    ("lure_blind2.jsonl", LURE_RECALL),
                                                    ("lure_blind.jsonl", LURE_RECALL), ("lure_holdout.jsonl", 0.80)])
def test_lure_score_on_held_out_sets(held_out_lure_scores: dict[str, Any], name: str, recall_floor: float) -> None:
    """Sets the model was not fitted on."""
    scores = held_out_lure_scores[name]
    assert scores.cases >= 250
    assert scores.auc >= LURE_AUC, scores.errors[:10]
    assert scores.false_positive_rate <= LURE_FPR, scores.errors[:10]
    assert scores.recall >= recall_floor, scores.errors[:10]


@pytest.mark.parametrize("name", HELD_OUT)
def test_every_held_out_warning_stays_a_warning(held_out_lure_scores: dict[str, Any], name: str) -> None:
    scores = held_out_lure_scores[name]
    assert scores.warnings_kept == scores.warnings, f"{scores.warnings_kept}/{scores.warnings} warnings kept"


def test_scorer_roc_auc_is_right() -> None:
    from tests.eval.score_enrichment import roc_auc

    assert roc_auc([0.9, 0.8, 0.3, 0.1], [True, True, False, False]) == 1.0
    assert roc_auc([0.1, 0.2, 0.8, 0.9], [True, True, False, False]) == 0.0
    assert roc_auc([0.5, 0.5], [True, False]) == 0.5
