"""Language and script of a post.

Scripts decide alone wherever one script belongs to one language (Khmer, Burmese, Lao, Thai,
Hangul, kana …): that is both more accurate than a statistical detector on short posts and much
faster. langdetect (seeded, so results are deterministic) is asked only about scripts shared by
many languages (Latin, Arabic, Cyrillic, Devanagari), on a capped slice of the text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from langdetect import DetectorFactory, LangDetectException
from langdetect.detector_factory import init_factory

#: Text handed to langdetect is capped: more characters barely change its answer but cost time.
DETECT_CAP = 400

# Unicode character-name prefixes → ISO 15924 script code.
_SCRIPT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("LATIN", "Latn"),
    ("CJK", "Hani"),
    ("HIRAGANA", "Hira"),
    ("KATAKANA", "Kana"),
    ("HANGUL", "Hang"),
    ("THAI", "Thai"),
    ("KHMER", "Khmr"),
    ("MYANMAR", "Mymr"),
    ("LAO", "Laoo"),
    ("ARABIC", "Arab"),
    ("CYRILLIC", "Cyrl"),
    ("DEVANAGARI", "Deva"),
    ("BENGALI", "Beng"),
    ("SINHALA", "Sinh"),
    ("ETHIOPIC", "Ethi"),
    ("TAMIL", "Taml"),
    ("TELUGU", "Telu"),
    ("KANNADA", "Knda"),
    ("MALAYALAM", "Mlym"),
    ("GUJARATI", "Gujr"),
    ("GURMUKHI", "Guru"),
    ("GEORGIAN", "Geor"),
    ("ARMENIAN", "Armn"),
    ("GREEK", "Grek"),
    ("HEBREW", "Hebr"),
    ("TIBETAN", "Tibt"),
)

#: Scripts that name their language on their own.
SCRIPT_LANGUAGE: dict[str, str] = {
    "Khmr": "km",
    "Mymr": "my",
    "Laoo": "lo",
    "Thai": "th",
    "Hang": "ko",
    "Hira": "ja",
    "Kana": "ja",
    "Hani": "zh",
    "Sinh": "si",
    "Ethi": "am",
    "Taml": "ta",
    "Telu": "te",
    "Knda": "kn",
    "Mlym": "ml",
    "Gujr": "gu",
    "Guru": "pa",
    "Geor": "ka",
    "Armn": "hy",
    "Grek": "el",
    "Hebr": "he",
    "Tibt": "bo",
    "Beng": "bn",
}


@dataclass(frozen=True)
class LanguageGuess:
    """What the language stage found: ISO 639-1 code (or None), confidence 0..1, main script."""

    lang: str | None
    confidence: float
    script: str | None


@lru_cache(maxsize=4096)
def _script_of(char: str) -> str | None:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return None
    for prefix, script in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return script
    return None


def script_counts(text: str) -> dict[str, int]:
    """Count letters per script (digits, punctuation and emoji count for none)."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = _script_of(char)
            if script:
                counts[script] = counts.get(script, 0) + 1
    return counts


_factory_ready = False


def _langdetect(text: str) -> tuple[str | None, float]:
    """Seeded langdetect on a capped text; (None, 0.0) when it finds no features."""
    global _factory_ready
    if not _factory_ready:
        DetectorFactory.seed = 0
        init_factory()
        _factory_ready = True
    from langdetect.detector_factory import _factory

    detector = _factory.create()
    detector.append(text[:DETECT_CAP])
    try:
        best = detector.get_probabilities()
    except LangDetectException:
        return None, 0.0
    if not best:
        return None, 0.0
    top = best[0]
    lang = top.lang.split("-")[0]
    return lang, round(float(top.prob), 3)


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text`` (already normalised). Never raises."""
    counts = script_counts(text)
    if not counts:
        return LanguageGuess(None, 0.0, None)
    total = sum(counts.values())
    # Japanese mixes kana with Han; any kana at all means Japanese rather than Chinese.
    kana = counts.get("Hira", 0) + counts.get("Kana", 0)
    if kana and kana + counts.get("Hani", 0) >= total * 0.5:
        return LanguageGuess("ja", round((kana + counts.get("Hani", 0)) / total, 3), "Jpan")
    script, letters = max(counts.items(), key=lambda item: item[1])
    share = letters / total
    if script in SCRIPT_LANGUAGE:
        return LanguageGuess(SCRIPT_LANGUAGE[script], round(share, 3), script)
    # Latin, Arabic, Cyrillic, Devanagari … are shared by many languages: ask the detector.
    lang, prob = _langdetect(text)
    return LanguageGuess(lang, round(prob * share, 3), script)
