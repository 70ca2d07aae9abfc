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
    """Map every Unicode decimal digit (Khmer, Thai, Lao, Burmese, Arabic-Indic, …) to ASCII."""
    table: dict[int, str] = {}
    for code in range(0x80, 0x20000):
        char = chr(code)
        if unicodedata.category(char) == "Nd":
            table[code] = str(unicodedata.digit(char))
    return table


_DIGITS = _build_digit_table()


def normalize_text(text: str) -> str:
    """NFKC-fold ``text``, drop invisible characters, write all decimal digits in ASCII and
    collapse runs of horizontal white space. Line breaks are kept: they separate fields."""
    folded = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_DIGITS)
    return _SPACES.sub(" ", folded).strip()
