"""Validate and score a held-out lure set: tests/data/lure_holdout.jsonl (hand-written apart from
the training set; consulted once for error analysis, so now a development set) or
tests/data/lure_blind.jsonl and lure_blind2.jsonl (written without sight of the code, its vocabulary or
the other sets; the first was read for error analysis once, the second has not been).

Each line: {"id": "<hold|blind|b2>-<lang>-<label>-NNN", "text": "...", "lang": "<ISO 639-1>",
"label": "lure" | "warning" | "other", "tags": [...]} (or "note": "..." instead of tags, and an
optional "title"). The set is never used for fitting
(tests/data/fit_lure.py reads only its training sets, ``TRAIN``): it checks that the lure score generalises to
posts written separately from the training set.

Checks: one JSON object per line with exactly those keys, ids of that form agreeing with lang and
label and unique, texts unique (whitespace- and case-insensitive), known labels and languages,
tags a list of strings. With --leaks, also that no text is a near-duplicate (difflib ratio > 0.8
on the first 200 characters) of a text in lure.jsonl or a training set (slow: a minute or two).

Then scores the set with score_lure from tests/eval/score_enrichment.py: ROC AUC (lure vs rest),
recall and false-positive rate at 0.5, warnings kept as `warning`, the same per language, and the
misclassified cases.

Usage: python tests/data/check_lure_holdout.py [FILE] [--leaks] [--no-errors]
Exit status 1 when a validation check fails (the scores themselves have no floor here).
"""

from __future__ import annotations

import collections
import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.data.fit_lure import TRAIN  # noqa: E402
from tests.eval.score_enrichment import load, score_lure  # noqa: E402

DATA = Path(__file__).resolve().parent
LANGS = "en vi id ms th zh km my tl ko ja ar sw hi".split()
LABELS = ("lure", "warning", "other")
ID_RE = re.compile(r"(?:hold|blind|b2|b3|d3)-([a-z]{2})-(lure|warning|other)-\d{3}")
LEAK_RATIO = 0.8
KEYS = {"id", "text", "lang", "label", "tags", "note", "title"}


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def validate(path: Path) -> tuple[list[dict], list[str]]:
    errors: list[str] = []
    rows: list[dict] = []
    ids: collections.Counter[str] = collections.Counter()
    texts: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        # tags (a list) or a note (the writer's reason for the label); a title where the post has one
        described = isinstance(row, dict) and ({"tags", "note"} & set(row))
        if not described or not {"id", "text", "lang", "label"} <= set(row) or set(row) - KEYS:
            errors.append(f"line {n}: expected the keys id, text, lang, label and tags or note (title optional)")
            continue
        rid, text, lang, label = (row[k] for k in ("id", "text", "lang", "label"))
        tags = row["tags"] if "tags" in row else [row["note"]]
        if not isinstance(row.get("title", ""), str):
            errors.append(f"line {n}: title must be a string")
        where = f"line {n} ({rid})"
        ids[rid] += 1
        match = ID_RE.fullmatch(rid) if isinstance(rid, str) else None
        if not match or match.group(1) != lang or match.group(2) != label:
            errors.append(f"{where}: id must be hold-<lang>-<label>-NNN (or blind-, b2-, b3-…) matching lang and label")
        if lang not in LANGS:
            errors.append(f"{where}: unknown lang {lang!r}")
        if label not in LABELS:
            errors.append(f"{where}: label must be one of {LABELS}")
        if not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
            errors.append(f"{where}: tags must be a list of strings")
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            errors.append(f"{where}: text empty or not stripped")
            continue
        key = _key(text)
        if key in texts:
            errors.append(f"{where}: duplicate text of {texts[key]}")
        texts[key] = rid
        rows.append(row)
    errors += [f"id {rid} used {c} times" for rid, c in ids.items() if c > 1]
    return rows, errors


def leaks(rows: list[dict], others: list[Path]) -> list[str]:
    """Near-duplicates of texts in the other files (first 200 characters, difflib ratio)."""
    found = []
    pool = []
    for other in others:
        if other.exists():
            pool += [(r["id"], _key(r["text"])[:200]) for r in load(other)]
    for row in rows:
        matcher = difflib.SequenceMatcher(None, _key(row["text"])[:200], autojunk=False)
        for oid, other_text in pool:
            matcher.set_seq2(other_text)
            if (matcher.real_quick_ratio() > LEAK_RATIO and matcher.quick_ratio() > LEAK_RATIO
                    and matcher.ratio() > LEAK_RATIO):
                found.append(f"{row['id']}: near-duplicate of {oid} ({matcher.ratio():.2f})")
    return found


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else DATA / "lure_holdout.jsonl"
    rows, errors = validate(path)
    if "--leaks" in argv:
        errors += leaks(rows, [DATA / "lure.jsonl", *TRAIN])

    counts = collections.Counter((r["lang"], r["label"]) for r in rows)
    print(f"{path.name}: {len(rows)} cases")
    print("lang   lure  warn other")
    for lang in sorted({r["lang"] for r in rows}, key=lambda l: LANGS.index(l) if l in LANGS else 99):
        print(f"{lang:<5} {counts[lang, 'lure']:>5} {counts[lang, 'warning']:>5} {counts[lang, 'other']:>5}")

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1

    overall = score_lure(rows)
    print(f"\nAUC {overall.auc:.4f}  recall@0.5 {overall.recall:.4f}  FPR@0.5 {overall.false_positive_rate:.4f}"
          f"  warnings kept {overall.warnings_kept}/{overall.warnings}")
    print("\nlang  lures recall   FPR  warnings kept")
    by_lang = collections.defaultdict(list)
    for row in rows:
        by_lang[row["lang"]].append(row)
    for lang in sorted(by_lang, key=lambda l: LANGS.index(l) if l in LANGS else 99):
        s = score_lure(by_lang[lang])
        lures = sum(r["label"] == "lure" for r in by_lang[lang])
        print(f"{lang:<5} {lures:>5} {s.recall:>6.2f} {s.false_positive_rate:>5.2f}  {s.warnings_kept:>3}/{s.warnings}")
    if "--no-errors" not in argv and overall.errors:
        print(f"\n{len(overall.errors)} error(s) (label -> post_kind score | text):")
        print("\n".join(overall.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
