"""Template signatures: what stays the same when an operation reposts its offer.

An operation rotates numbers, accounts and salaries but keeps its wording. The template text is
the post with all of that masked — identifiers, numbers, URLs, emoji and decorations removed,
case folded — and its shingles are words (3-grams) for spaced scripts and character 4-grams for
scripts written without spaces (Thai, Khmer, Lao, Burmese, Chinese, Japanese). Clustering
compares shingle sets with MinHash and verifies candidates on the template text itself.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from enrichment.minhash import signed_bands
from enrichment.normalize import fold_case

#: Templates shorter than this (in characters) are too generic to link anything on their own.
MIN_TEMPLATE_CHARS = 60

_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b\S+\.(?:com|net|org|me|io|ly)/\S*", re.IGNORECASE)
# What every match of _URL holds (the pattern is costly and most posts have no link).
_URL_MARKS = ("www.", ".com/", ".net/", ".org/", ".me/", ".io/", ".ly/")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_UNSPACED = re.compile(
    r"[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class _SymbolTable(dict[int, str | None]):
    """str.translate table: letters, marks, digits and spaces stay; punctuation and symbols
    (emoji, decorations) become a space; anything else goes. Filled on first sight of each
    character, so the hot path is translate's C loop."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        category = unicodedata.category(char)[0]
        value: str | None = char if category in "LMN" or char.isspace() else " " if category in "PSZ" else None
        self[code] = value
        return value


_SYMBOLS = _SymbolTable()


def _strip_symbols(text: str) -> str:
    """Drop emoji, pictographs and decorative symbols; keep letters, marks, digits, spacing."""
    return text.translate(_SYMBOLS)


def template_text(text: str, identifiers: Iterable[Mapping[str, Any]] = ()) -> str:
    """The masked, case-folded wording of a post (``text`` already normalised)."""
    masked = text
    for item in identifiers:
        raw = item.get("raw")
        if raw:
            masked = masked.replace(raw, " ")
    if "://" in masked or any(map(fold_case(masked).__contains__, _URL_MARKS)):
        masked = _URL.sub(" ", masked)
    masked = _NUMBER.sub(" 0 ", masked)
    masked = _strip_symbols(masked).casefold()
    # Runs of white space as one space, none at the ends (str.split's white space is re's \s).
    return " ".join(masked.split())


def shingles(template: str) -> set[str]:
    """Word 3-grams (2-grams for very short texts) of spaced scripts plus character 4-grams of
    unspaced scripts."""
    out: set[str] = set()
    unspaced = "".join(_UNSPACED.findall(template))
    for i in range(max(len(unspaced) - 3, 0)):
        out.add(unspaced[i : i + 4])
    spaced = _UNSPACED.sub(" ", template)
    words = [w for w in _WORD.findall(spaced) if w]
    size = 3 if len(words) >= 8 else 2
    for i in range(max(len(words) - size + 1, 0)):
        out.add(" ".join(words[i : i + size]))
    if not out and template:
        out.add(template)
    return out


def template_id(template: str) -> str:
    """Id of an exact template: posts with the same masked wording share it."""
    return "t" + hashlib.sha1(template.encode()).hexdigest()[:15]


def describe(text: str, identifiers: Iterable[Mapping[str, Any]], signed: bool = False) -> dict[str, Any]:
    """The ``template`` field of an enriched post. ``signed`` (lures, whose wording links them)
    adds ``bands``: the LSH band hashes of the template's MinHash signature, so that linking a
    million posts does not compute them again one after another (enrichment runs in parallel)."""
    template = template_text(text, identifiers)
    out: dict[str, Any] = {"id": template_id(template), "text": template[:1000],
                           "linkable": len(template) >= MIN_TEMPLATE_CHARS}
    if signed and out["linkable"]:
        out["bands"] = signed_bands(shingles(out["text"]))
    return out
