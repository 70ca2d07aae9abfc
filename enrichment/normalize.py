"""Text normalisation shared by every enrichment stage.

Recruiters write numbers in many scripts and hide them behind invisible characters; every later
stage reads the normalised text so that each obfuscation is undone in one place.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters used to break up numbers and handles (zero-width space/joiners, word
# joiner, BOM, soft hyphen, bidi marks), and the parts of keycap emoji (9️⃣ is "9", U+FE0F,
# U+20E3) that are not the digit.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufe0f\u20e3"),
    None,
)
_SPACES = re.compile(r"[^\S\n]+")


def _build_digit_table() -> dict[int, str]:
    """Map every Unicode decimal digit (Khmer, Thai, Lao, Burmese, Arabic-Indic, …) to ASCII, and
    the digits drawn in circles that NFKC leaves alone (dingbats "➑", "❸", "⓿")."""
    table: dict[int, str] = {}
    for code in range(0x80, 0x20000):
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Nd":
            table[code] = str(unicodedata.digit(char))
        elif category == "No" and unicodedata.digit(char, None) is not None and \
                unicodedata.normalize("NFKC", char) == char:
            table[code] = str(unicodedata.digit(char))
    return table


_DIGITS = _build_digit_table()
# Both tables in one (no character is in both, and neither produces what the other reads).
_TABLE = {**_INVISIBLE, **_DIGITS}


def _character_class(codes: list[int]) -> str:
    """A regex character class of ``codes``, written as ranges."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges) + "]"


# translate() looks every character of a non-ASCII text up in the table, one at a time; most
# posts hold nothing it would change, which a search of these tells at C speed. (Characters
# beyond the BMP — emoji, and digits of rare scripts — are looked up apart: the regex engine has
# no fast set for them.)
_TRANSLATED_BMP = re.compile(_character_class([code for code in _TABLE if code <= 0xFFFF]))
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_TRANSLATED_ASTRAL = frozenset(chr(code) for code in _TABLE if code > 0xFFFF)
# Horizontal white space other than a plain space: with no such character and no double space,
# every run of horizontal white space is a single space already and _SPACES has nothing to do.
_ODD_SPACE = re.compile(r"[^\S\n ]")


def normalize_text(text: str) -> str:
    """NFKC-fold ``text``, drop invisible characters, write all decimal digits in ASCII and
    collapse runs of horizontal white space. Line breaks are kept: they separate fields."""
    folded = unicodedata.normalize("NFKC", text)
    if _TRANSLATED_BMP.search(folded) or not _TRANSLATED_ASTRAL.isdisjoint(_ASTRAL.findall(folded)):
        folded = folded.translate(_TABLE)
    if "  " in folded or _ODD_SPACE.search(folded):
        folded = _SPACES.sub(" ", folded)
    return folded.strip()


# The letters that re.IGNORECASE equates with "i" or "s" but str.lower() does not turn into them:
# dotted capital I (which lower() makes two characters), dotless i and long s.
_CASE_FIXES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold_case(text: str) -> str:
    """``text`` in lower case, character for character (same length, same offsets), the way
    ``re.IGNORECASE`` compares letters.

    A case-sensitive pattern of lower-case words finds in the folded text exactly what the same
    pattern with IGNORECASE finds in ``text`` (tests/enrichment/test_speed_casefold.py checks it
    over all of Unicode) — and, unlike IGNORECASE, it lets the regex engine skip straight to the
    characters a word can start with instead of trying every alternative at every position."""
    if "İ" in text or "ı" in text or "ſ" in text:  # three C scans: faster than one regex search
        text = text.translate(_CASE_FIXES)
    return text.lower()
