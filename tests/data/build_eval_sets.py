"""Validate the hand-written evaluation sets and print their count tables.

    python tests/data/build_eval_sets.py             # validate both files, print tables
    python tests/data/build_eval_sets.py --renumber  # also rewrite ids in file order

The texts in ``language.jsonl`` and ``lure.jsonl`` are written by hand; this script only checks
them (JSON per line, unique ids and texts, allowed labels and language codes, the minimum counts
the sets promise) and, with ``--renumber``, reassigns ids (``lang-0001``, ``lure-0001`` …) in file
order after lines were added, moved or removed. Exit status 0 when both files pass, 1 otherwise.

Record shapes:

* language.jsonl — ``{"id": "lang-0001", "text": "…", "lang": "vi", "tags": ["short", …]}``;
  ``lang`` is the ISO 639-1 code of the post's dominant language (Chinese in either script → ``zh``,
  the script is in the tags as ``simplified`` / ``traditional``).
* lure.jsonl — ``{"id": "lure-0001", "text": "…", "lang": "th", "label": "lure", "tags": […]}``;
  ``label`` is ``lure`` (scam-compound recruitment), ``warning`` (police / NGO / embassy / news /
  survivor / community posts that quote lure wording) or ``other``.

Tags are descriptive only (length ``short``/``medium``/``long``, ``emoji``, ``phone``, ``url``,
``handle``, ``hashtag``, ``mixed`` for code-mixing, cue names such as ``destination``,
``free-visa``, ``passport-photo``, ``subtle``, ``leetspeak``, and for negatives ``hard-negative``,
``licensed-overseas``, ``local-job`` …); evaluations may slice by them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGE_FILE = HERE / "language.jsonl"
LURE_FILE = HERE / "lure.jsonl"

#: Minimum number of cases per language in language.jsonl.
LANGUAGE_MINIMUMS: dict[str, int] = {
    **{code: 40 for code in "en vi id ms th zh km my lo tl ko ja ar sw hi".split()},
    **{code: 15 for code in "ru es fr pt bn ne si am fa ur uk".split()},
}
#: Languages lure.jsonl must cover (every one with all three labels).
LURE_LANGUAGES = "en vi id ms th zh km my tl ko ja ar sw hi".split()
LURE_LABELS = ("lure", "warning", "other")
LURE_MINIMUM_TOTAL = 600
#: Target shares of the lure set, with the tolerance allowed around each.
LURE_SHARES = {"lure": 0.40, "warning": 0.20, "other": 0.40}
LURE_SHARE_TOLERANCE = 0.05

ISO_639_1 = set(
    "aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da "
    "de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy "
    "hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg "
    "li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or "
    "os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta "
    "te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu".split()
)


class Problems(list):
    def add(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}")


def load(path: Path, problems: Problems) -> list[dict]:
    rows: list[dict] = []
    if not path.exists():
        problems.add(str(path), "file missing")
        return rows
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            where = f"{path.name}:{number}"
            if not line.strip():
                problems.add(where, "blank line")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.add(where, f"not JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                problems.add(where, "not a JSON object")
                continue
            record["_where"] = where
            rows.append(record)
    return rows


def check_common(rows: list[dict], prefix: str, keys: set[str], problems: Problems) -> None:
    ids: Counter[str] = Counter()
    texts: dict[str, str] = {}
    id_pattern = re.compile(rf"^{prefix}-\d{{4,}}$")
    for record in rows:
        where = record["_where"]
        present = set(record) - {"_where"}
        if present != keys:
            missing, extra = keys - present, present - keys
            problems.add(where, f"keys: missing {sorted(missing)} extra {sorted(extra)}")
        rid = record.get("id")
        if not isinstance(rid, str) or not id_pattern.match(rid):
            problems.add(where, f"id {rid!r} is not {prefix}-NNNN")
        else:
            ids[rid] += 1
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.add(where, "empty text")
        elif text != text.strip():
            problems.add(where, "text has leading/trailing whitespace")
        else:
            if text in texts:
                problems.add(where, f"same text as {texts[text]}")
            texts[text] = where
        lang = record.get("lang")
        if lang not in ISO_639_1:
            problems.add(where, f"lang {lang!r} is not an ISO 639-1 code")
        tags = record.get("tags")
        if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
            problems.add(where, "tags must be a list of non-empty strings")
        elif len(set(tags)) != len(tags):
            problems.add(where, "duplicate tags")
    for rid, count in ids.items():
        if count > 1:
            problems.add(prefix, f"id {rid} used {count} times")


def check_language(rows: list[dict], problems: Problems) -> None:
    check_common(rows, "lang", {"id", "text", "lang", "tags"}, problems)
    counts = Counter(r.get("lang") for r in rows)
    for code, minimum in LANGUAGE_MINIMUMS.items():
        if counts[code] < minimum:
            problems.add("language.jsonl", f"{code}: {counts[code]} cases, need {minimum}")
    zh_scripts = Counter(t for r in rows if r.get("lang") == "zh" for t in r.get("tags", []))
    for script in ("simplified", "traditional"):
        if zh_scripts[script] == 0:
            problems.add("language.jsonl", f"zh has no {script} case")
    short = sum(1 for r in rows if "short" in r.get("tags", []))
    if rows and short / len(rows) < 0.30:
        problems.add("language.jsonl", f"only {short}/{len(rows)} cases tagged short (want ~1/3)")


def check_lure(rows: list[dict], problems: Problems) -> None:
    check_common(rows, "lure", {"id", "text", "lang", "label", "tags"}, problems)
    for record in rows:
        if record.get("label") not in LURE_LABELS:
            problems.add(record["_where"], f"label {record.get('label')!r} not in {LURE_LABELS}")
        if record.get("lang") not in LURE_LANGUAGES:
            problems.add(record["_where"], f"lang {record.get('lang')!r} not a lure-set language")
    if len(rows) < LURE_MINIMUM_TOTAL:
        problems.add("lure.jsonl", f"{len(rows)} cases, need {LURE_MINIMUM_TOTAL}")
    pairs = Counter((r.get("lang"), r.get("label")) for r in rows)
    for code in LURE_LANGUAGES:
        for label in LURE_LABELS:
            if pairs[(code, label)] == 0:
                problems.add("lure.jsonl", f"{code} has no {label} case")
    labels = Counter(r.get("label") for r in rows)
    for label, share in LURE_SHARES.items():
        actual = labels[label] / len(rows) if rows else 0.0
        if abs(actual - share) > LURE_SHARE_TOLERANCE:
            problems.add("lure.jsonl", f"{label} share {actual:.0%}, want about {share:.0%}")
    zh_scripts = Counter(t for r in rows if r.get("lang") == "zh" for t in r.get("tags", []))
    for script in ("simplified", "traditional"):
        if zh_scripts[script] == 0:
            problems.add("lure.jsonl", f"zh has no {script} case")


def language_table(rows: list[dict]) -> str:
    counts = Counter(r.get("lang") for r in rows)
    tag_counts = {
        tag: Counter(r.get("lang") for r in rows if tag in r.get("tags", []))
        for tag in ("short", "emoji", "mixed", "phone", "url", "handle", "hashtag")
    }
    order = list(LANGUAGE_MINIMUMS) + sorted(set(counts) - set(LANGUAGE_MINIMUMS))
    header = f"{'lang':<6}{'cases':>7}{'min':>5}" + "".join(f"{t:>9}" for t in tag_counts)
    lines = ["language.jsonl", header, "-" * len(header)]
    for code in order:
        lines.append(
            f"{code:<6}{counts[code]:>7}{LANGUAGE_MINIMUMS.get(code, 0):>5}"
            + "".join(f"{tag_counts[t][code]:>9}" for t in tag_counts)
        )
    lines.append("-" * len(header))
    lines.append(
        f"{'total':<6}{len(rows):>7}{'':>5}"
        + "".join(f"{sum(tag_counts[t].values()):>9}" for t in tag_counts)
    )
    return "\n".join(lines)


def lure_table(rows: list[dict]) -> str:
    pairs = Counter((r.get("lang"), r.get("label")) for r in rows)
    hard = Counter(r.get("lang") for r in rows if "hard-negative" in r.get("tags", []))
    header = f"{'lang':<6}" + "".join(f"{label:>9}" for label in LURE_LABELS) + f"{'total':>8}{'hard-neg':>10}"
    lines = ["lure.jsonl", header, "-" * len(header)]
    for code in LURE_LANGUAGES:
        values = [pairs[(code, label)] for label in LURE_LABELS]
        lines.append(f"{code:<6}" + "".join(f"{v:>9}" for v in values) + f"{sum(values):>8}{hard[code]:>10}")
    totals = [sum(pairs[(c, label)] for c in LURE_LANGUAGES) for label in LURE_LABELS]
    lines.append("-" * len(header))
    lines.append(f"{'total':<6}" + "".join(f"{v:>9}" for v in totals) + f"{sum(totals):>8}{sum(hard.values()):>10}")
    if rows:
        lines.append(f"{'share':<6}" + "".join(f"{v / len(rows):>9.0%}" for v in totals))
    zh = Counter(
        (script, r.get("label"))
        for r in rows
        if r.get("lang") == "zh"
        for script in ("simplified", "traditional")
        if script in r.get("tags", [])
    )
    for script in ("simplified", "traditional"):
        lines.append(f"  zh {script:<12}" + "  ".join(f"{label} {zh[(script, label)]}" for label in LURE_LABELS))
    return "\n".join(lines)


def renumber(path: Path, prefix: str) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as handle:
        for number, record in enumerate(records, 1):
            record["id"] = f"{prefix}-{number:04d}"
            ordered = {"id": record.pop("id"), **record}
            handle.write(json.dumps(ordered, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renumber", action="store_true", help="rewrite ids in file order first")
    args = parser.parse_args(argv)
    if args.renumber:
        renumber(LANGUAGE_FILE, "lang")
        renumber(LURE_FILE, "lure")
    problems = Problems()
    language_rows = load(LANGUAGE_FILE, problems)
    lure_rows = load(LURE_FILE, problems)
    check_language(language_rows, problems)
    check_lure(lure_rows, problems)
    print(language_table(language_rows))
    print()
    print(lure_table(lure_rows))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("\nok: both files valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
