"""Language and script of a post.

Recruitment posts are short and code-mixed (a Thai or Tagalog post full of English job words,
handles and numbers), and the enrichment stage must keep up with a crawl. So the detector goes
from cheap, certain evidence to expensive, statistical evidence:

1. Scripts decide alone wherever one script belongs to one language (Khmer, Burmese, Lao, Thai,
   Hangul, kana, Han …). Letters of a post are counted per script; Latin letters weigh less when
   another script is present, because English words, brand names and handles are what other
   languages borrow.
2. Shared scripts are read with letters and word lists (``enrichment.langdata``): Vietnamese
   letters, the frequent words of the Latin-script languages, Urdu and Persian letters, Ukrainian
   letters, Hindi, Nepali and Marathi function words. This settles most posts in a few dozen
   microseconds, and it tells apart languages langdetect does not know (Malay from Indonesian).
3. Only when those are not conclusive is langdetect (seeded, so deterministic) asked, on a capped
   slice of the text, with the word-list scores as its prior.

``lang`` is an ISO 639-1 code (Chinese, simplified or traditional, is ``zh``), ``script`` an
ISO 15924 code, and ``confidence`` falls with length, mixing and disagreement between evidence.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from langdetect import detector_factory
from langdetect.detector_factory import DetectorFactory, init_factory

from enrichment import langdata

log = logging.getLogger(__name__)

#: Text handed to langdetect is capped: more characters barely change its answer but cost time.
DETECT_CAP = 400
# Word lists and letters read at most this much of a post: a page-long text says no more.
_READ_CAP = 4000

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
    ("ORIYA", "Orya"),
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
    "Jpan": "ja",
    "Hani": "zh",
    "Sinh": "si",
    "Ethi": "am",
    "Taml": "ta",
    "Telu": "te",
    "Knda": "kn",
    "Mlym": "ml",
    "Gujr": "gu",
    "Guru": "pa",
    "Orya": "or",
    "Geor": "ka",
    "Armn": "hy",
    "Grek": "el",
    "Hebr": "he",
    "Tibt": "bo",
    "Beng": "bn",
}

# Letters that make one word, per script, to weigh the scripts of a mixed post: Han characters
# are nearly words, Hangul blocks are syllables, alphabets need several letters, and Brahmic and
# Southeast Asian scripts write most vowels as marks, which are not letters.
_LETTERS_PER_WORD: dict[str, float] = {
    "Hani": 1.5, "Jpan": 2.0, "Hang": 2.5,
    **dict.fromkeys(
        ("Thai", "Laoo", "Khmr", "Mymr", "Sinh", "Deva", "Beng", "Taml", "Telu", "Knda", "Mlym",
         "Gujr", "Guru", "Orya", "Tibt", "Ethi"),
        3.0,
    ),
}
_DEFAULT_LETTERS_PER_WORD = 4.5
# Latin letters in a post that also has another script are mostly borrowed English, brand names
# and handles: they count for less.
_LATIN_IN_MIXED_WEIGHT = 0.35

# Fast-scorer decisions: the best language must lead the runner-up by this much (absolute and
# relative); otherwise langdetect is asked.
_MIN_LEAD = 1.5
_MIN_RATIO = 1.5
# English as the runner-up counts for less: it is what the other languages borrow.
_ENGLISH_RUNNER_UP = 0.7
# Weight of the Malay question particle ("ada ke?") among the word scores.
_MALAY_PARTICLE = 2.0

# A token is a run of letters with their combining marks (Devanagari and Bengali vowel signs,
# Arabic harakat); digits, punctuation, emoji and apostrophes end it.
_MARKS = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0903\u093a-\u094f"
    "\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3"
)
# (Runs of either kind of character, rather than one character at a time: the same tokens, and the
# regex engine loops over a run in one step.)
_TOKEN = re.compile(rf"(?:[^\W\d_]+|[{_MARKS}]+)+")
# Ukrainian writes an apostrophe where Russian writes ъ: м'ясо, п'ять, об'єкт.
_UKRAINIAN_APOSTROPHE = re.compile("[бвгґджзклмнпрстфхцчшщ]['’ʼ][яюєї]")


@dataclass(frozen=True)
class LanguageGuess:
    """What the language stage found: ISO 639-1 code (or None), confidence 0..1, main script."""

    lang: str | None
    confidence: float
    script: str | None


_NO_GUESS = LanguageGuess(None, 0.0, None)

# --- scripts ------------------------------------------------------------------------------------

_char_script: dict[str, str | None] = {}


def _script_of(char: str) -> str | None:
    """ISO 15924 code of a letter (None for non-letters and unlisted scripts), memoised."""
    script = _char_script.get(char, "")
    if script != "":
        return script
    script = None
    if char.isalpha():
        name = unicodedata.name(char, "")
        for prefix, code in _SCRIPT_PREFIXES:
            if name.startswith(prefix):
                script = code
                break
    if len(_char_script) < 65536:  # bounded: arbitrary input must not grow it without end
        _char_script[char] = script
    return script


def _count_scripts(chars: Counter[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    known = _char_script  # _script_of's memo, read inline: it holds nearly every character met
    for char, n in chars.items():
        script = known.get(char, "")
        if script == "":
            script = _script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + n
    return counts


def script_counts(text: str) -> dict[str, int]:
    """Count letters per script (digits, punctuation and emoji count for none)."""
    return _count_scripts(Counter(text))


def _japanese_or_chinese(counts: dict[str, int], chars: Counter[str]) -> dict[str, int]:
    """Fold Han and kana into one writing system: Japanese (``Jpan``) when kana or Japanese-only
    kanji make up a noticeable part of it, Chinese (``Hani``) otherwise."""
    kana = counts.pop("Hira", 0) + counts.pop("Kana", 0)
    han = counts.get("Hani", 0)
    japanese = kana
    if han:
        japanese += sum(n for char, n in chars.items() if char in langdata.JAPANESE_KANJI)
    # A stray の in a Chinese ad does not make it Japanese; real Japanese is a third kana.
    if japanese >= 2 or (japanese and japanese >= 0.15 * (han + kana)):
        counts.pop("Hani", None)
        counts["Jpan"] = han + kana
    elif kana:
        counts["Hani"] = han + kana
    return counts


def _main_script(counts: dict[str, int]) -> tuple[str, float, int]:
    """The script that carries the post, its share of the (weighted) words, and its letters."""
    words = {
        script: letters / _LETTERS_PER_WORD.get(script, _DEFAULT_LETTERS_PER_WORD)
        for script, letters in counts.items()
    }
    if "Latn" in words and len(words) > 1:
        words["Latn"] *= _LATIN_IN_MIXED_WEIGHT
    script = max(words, key=lambda s: (words[s], s))
    return script, words[script] / sum(words.values()), counts[script]


# --- word lists ---------------------------------------------------------------------------------

# Languages counted as one family when a shared word's weight is divided between languages.
_FAMILY = {"ms": "id"}


def _build_lexicon(
    lists: tuple[tuple[str, float, str], ...],
) -> dict[str, tuple[tuple[str, float], ...]]:
    """word → ((language, weight), …). A word listed by several families weighs less in each
    (divided by the square root of their number): it says less about any one of them."""
    weights: dict[str, dict[str, float]] = {}
    for lang, weight, words in lists:
        for word in words.split():
            entry = weights.setdefault(word, {})
            entry[lang] = max(entry.get(lang, 0.0), weight)
    lexicon = {}
    for word, entry in weights.items():
        families = len({_FAMILY.get(lang, lang) for lang in entry})
        share = 1.0 / math.sqrt(families)
        lexicon[word] = tuple((lang, weight * share) for lang, weight in sorted(entry.items()))
    return lexicon


_LATIN_LEXICON = _build_lexicon(langdata.LATIN_WORDS)
_MALAY_HINTS = _build_lexicon(langdata.MALAY_INDONESIAN_HINTS)
_ARABIC_LEXICON = _build_lexicon(langdata.ARABIC_SCRIPT_WORDS)
_CYRILLIC_LEXICON = _build_lexicon(langdata.CYRILLIC_WORDS)
_DEVANAGARI_LEXICON = _build_lexicon(langdata.DEVANAGARI_WORDS)


def _word_scores(
    tokens: list[str], lexicon: dict[str, tuple[tuple[str, float], ...]]
) -> dict[str, float]:
    scores: dict[str, float] = {}
    for entry in filter(None, map(lexicon.get, tokens)):  # the listed tokens, in order
        for lang, weight in entry:
            scores[lang] = scores.get(lang, 0.0) + weight
    return scores


def _add_suffix_scores(
    scores: dict[str, float],
    tokens: list[str],
    lexicon: dict[str, tuple[tuple[str, float], ...]],
    suffixes: tuple[tuple[str, float, tuple[str, ...]], ...],
) -> None:
    """Score the endings of words the lists do not know (the lists decide the words they do)."""
    for token in tokens:
        if len(token) > 3 and token not in lexicon:
            for lang, weight, endings in suffixes:
                if token.endswith(endings):
                    scores[lang] = scores.get(lang, 0.0) + weight


def _ranked(scores: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


# --- langdetect, the last resort ----------------------------------------------------------------

_SEED = 0
_factory: DetectorFactory | None = None


def _detector_factory() -> DetectorFactory:
    """langdetect's profiles, loaded on first need (0.4 s): most posts never need them."""
    global _factory
    if _factory is None:
        init_factory()
        _factory = detector_factory._factory
    return _factory


def _langdetect(text: str, prior: dict[str, float]) -> tuple[str | None, float]:
    """Seeded langdetect on a capped text, biased by ``prior`` (langdetect language → weight).
    (None, 0.0) when it finds nothing to go on."""
    try:
        detector = _detector_factory().create()
        detector.seed = _SEED  # our own seed, whatever other code sets on the factory
        if prior and any(prior.values()):
            detector.set_prior_map(prior)
        detector.append(text[:DETECT_CAP])
        found = detector.get_probabilities()
    except Exception as error:  # noqa: BLE001 - langdetect raises on texts without features
        log.debug("langdetect gave no answer: %s", error)
        return None, 0.0
    if not found:
        return None, 0.0
    return found[0].lang.split("-")[0], float(found[0].prob)


def _evidence(score: float, scale: float = 3.0) -> float:
    """0..1: how much a word-list score of ``score`` is worth (saturating)."""
    return score / (score + scale)


def _decide(
    scores: dict[str, float], text: str, prior_base: dict[str, float], fallback: str | None
) -> tuple[str | None, float]:
    """Best language of ``scores`` when it clearly leads; otherwise langdetect's, with the scores
    as its prior; ``fallback`` when langdetect finds nothing either."""
    ranked = _ranked(scores)
    top, best = ranked[0] if ranked else (fallback, 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    borrowing = len(ranked) > 1 and ranked[1][0] == "en"
    if borrowing:
        # Posts in other languages borrow English words, not the other way round: a post
        # whose own words lead English, however narrowly, is not an English post.
        runner_up *= _ENGLISH_RUNNER_UP
    clear = best - runner_up >= _MIN_LEAD and best >= _MIN_RATIO * runner_up
    if clear or (best >= 1.0 and (runner_up == 0.0 or borrowing)):
        margin = (best - runner_up) / best
        return top, (0.55 + 0.45 * margin) * _evidence(best)
    # langdetect arbitrates between the languages the words point at; the others keep a
    # small prior, enough for a long text in an unlisted language to win on its own.
    if best > 0:
        candidates = {lang for lang, score in ranked if score >= 0.5 * best}
        prior = {lang: 0.05 * weight for lang, weight in prior_base.items()}
        for lang in candidates:
            prior[lang] = prior_base.get(lang, 0.05) * (1.0 + scores[lang])
    else:
        candidates, prior = set(), dict(prior_base)
    lang, prob = _langdetect(text, prior)
    overruled = bool(candidates) and lang not in candidates
    if lang is None or lang not in prior or (overruled and (prob < 0.9 or len(text) < 80)):
        if best > 0:
            return top, 0.5 * _evidence(best)
        return fallback, 0.2 if fallback else 0.0
    agreement = 1.0 if lang == top else 0.8
    return lang, prob * agreement * (0.5 + 0.5 * _evidence(scores.get(lang, 0.0) + 1.0))


# --- per-script readers -------------------------------------------------------------------------

# langdetect languages written in Latin script, with a small prior; the word-list languages
# get more (see _decide).
_LATIN_PRIOR = dict.fromkeys(
    "af ca cs cy da de en es et fi fr hr hu id it lt lv nl no pl pt ro sk sl so sq sv sw tl tr vi"
    .split(),
    0.2,
)
for _lang in ("en", "vi", "id", "tl", "sw", "es", "fr", "pt", "de", "it", "nl", "tr", "uz"):
    _LATIN_PRIOR[_lang] = 1.0


def _read_latin(text: str, chars: Counter[str]) -> tuple[str | None, float]:
    tokens = _TOKEN.findall(text)
    scores = _word_scores(tokens, _LATIN_LEXICON)
    vi_letters = 0
    for char, n in chars.items():
        if char in langdata.VI_LETTERS:
            vi_letters += n
        elif char in langdata.LATIN_LETTERS:
            for lang, weight in langdata.LATIN_LETTERS[char].items():
                scores[lang] = scores.get(lang, 0.0) + weight * min(n, 4)
    if vi_letters:
        scores["vi"] = scores.get("vi", 0.0) + vi_letters
    # "Ada ke?", "Betul ke ni?": ke as a question particle is Malay (Indonesian says "kah").
    if " ke?" in text or " ke ?" in text or text.endswith(" ke") or " ke ni" in text:
        scores["ms"] = scores.get("ms", 0.0) + _MALAY_PARTICLE
    # Indonesian and Malay share most words: they compete as one family first (under "id",
    # langdetect's name for it), then by the words each has alone.
    ind, mal = scores.pop("id", 0.0), scores.pop("ms", 0.0)
    if ind or mal:
        scores["id"] = max(ind, mal)
    lang, confidence = _decide(scores, text, _LATIN_PRIOR, None)
    if lang != "id":
        return lang, confidence
    if ind == mal:
        # No word of either alone: places, currencies and institutions decide, and without
        # them Indonesian (far more posts) wins, with less confidence.
        hints = _word_scores(tokens, _MALAY_HINTS)
        ind, mal = hints.get("id", 0.0), hints.get("ms", 0.0)
        confidence *= 0.7
    return ("ms" if mal > ind else "id"), confidence


def _read_arabic(text: str, chars: Counter[str]) -> tuple[str | None, float]:
    urdu = persian = arabic = 0
    for char, n in chars.items():
        if char in langdata.URDU_LETTERS:
            urdu += n
        elif char in langdata.PERSIAN_LETTERS:
            persian += n
        elif char in langdata.ARABIC_LETTERS:
            arabic += n
    tokens = _TOKEN.findall(text)
    scores = _word_scores(tokens, _ARABIC_LEXICON)
    # Persian letters are Urdu letters too; Urdu's own letters decide between the two.
    scores["ur"] = scores.get("ur", 0.0) + 4.0 * urdu + (0.5 * persian if urdu else 0.0)
    scores["fa"] = scores.get("fa", 0.0) + 1.5 * persian
    definite = sum(1 for token in tokens if token.startswith("ال") and len(token) > 3)
    scores["ar"] = scores.get("ar", 0.0) + 0.5 * arabic + definite
    return _decide(scores, text, {"ar": 1.0, "fa": 1.0, "ur": 1.0}, "ar")


def _read_cyrillic(text: str, chars: Counter[str]) -> tuple[str | None, float]:
    # Uzbek in Cyrillic has ў and ҳ beside the қ and ғ it shares with Kazakh (Belarusian has ў
    # but neither of those).
    uzbek = chars.get("ў", 0) + chars.get("ҳ", 0)
    if uzbek and (chars.get("қ", 0) + chars.get("ғ", 0) + chars.get("ҳ", 0)):
        return "uz", 0.7 * _evidence(uzbek + chars.get("қ", 0) + chars.get("ғ", 0), 1.0)
    for lang, letters in langdata.CYRILLIC_OTHER_LETTERS:
        found = sum(n for char, n in chars.items() if char in letters)
        if found >= 2 or (found and sum(chars.values()) < 40):
            return lang, 0.7 * _evidence(found, 1.0)
    ukrainian = sum(n for char, n in chars.items() if char in langdata.UKRAINIAN_LETTERS)
    russian = sum(n for char, n in chars.items() if char in langdata.RUSSIAN_LETTERS)
    tokens = _TOKEN.findall(text)
    scores = _word_scores(tokens, _CYRILLIC_LEXICON)
    _add_suffix_scores(scores, tokens, _CYRILLIC_LEXICON, langdata.CYRILLIC_SUFFIXES)
    ukrainian += len(_UKRAINIAN_APOSTROPHE.findall(text))
    scores["uk"] = scores.get("uk", 0.0) + 2.0 * ukrainian
    scores["ru"] = scores.get("ru", 0.0) + 2.0 * russian
    if not russian:  # Bulgarian writes ъ as a vowel; Russian has ы/э where Bulgarian has none
        scores["bg"] = scores.get("bg", 0.0) + chars.get("ъ", 0)
    if scores.get("bg", 0.0) <= scores.get("ru", 0.0):
        scores.pop("bg", None)  # Bulgarian only on evidence of its own: far fewer posts
    return _decide(scores, text, {"ru": 1.0, "uk": 1.0, "bg": 0.5, "mk": 0.3}, "ru")


def _read_devanagari(text: str, chars: Counter[str]) -> tuple[str | None, float]:
    tokens = _TOKEN.findall(text)
    scores = _word_scores(tokens, _DEVANAGARI_LEXICON)
    _add_suffix_scores(scores, tokens, _DEVANAGARI_LEXICON, langdata.DEVANAGARI_SUFFIXES)
    return _decide(scores, text, {"hi": 1.0, "ne": 1.0, "mr": 1.0}, "hi")


def _read_bengali(text: str, chars: Counter[str]) -> tuple[str | None, float]:
    assamese = sum(n for char, n in chars.items() if char in langdata.ASSAMESE_LETTERS)
    return ("as", _evidence(assamese, 1.0)) if assamese else ("bn", 1.0)


_READERS = {
    "Latn": _read_latin,
    "Arab": _read_arabic,
    "Cyrl": _read_cyrillic,
    "Deva": _read_devanagari,
    "Beng": _read_bengali,
}


def _length_factor(letters: int) -> float:
    """Confidence cap for a post of ``letters`` letters: a word or two could be anything."""
    return min(1.0, 0.5 + letters / 40)


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text`` (already normalised). Pure, deterministic, never raises:
    no letters at all (emoji, digits, punctuation) gives ``lang`` None."""
    try:
        return _detect(text)
    except Exception:  # noqa: BLE001 - a language guess must never stop enrichment
        log.exception("language detection failed")
        return _NO_GUESS


def _detect(text: str) -> LanguageGuess:
    if not text:
        return _NO_GUESS
    lowered = text[:_READ_CAP].lower()
    chars = Counter(lowered)
    counts = _count_scripts(chars)
    if not counts:
        return _NO_GUESS
    if "Hani" in counts or "Hira" in counts or "Kana" in counts:
        counts = _japanese_or_chinese(counts, chars)
    script, share, letters = _main_script(counts)
    reader = _READERS.get(script)
    if reader is None:
        lang: str | None = SCRIPT_LANGUAGE.get(script)
        confidence = 1.0 if lang else 0.0
    else:
        lang, confidence = reader(lowered, chars)
    confidence *= share * _length_factor(letters)
    return LanguageGuess(lang, round(min(1.0, max(0.0, confidence)), 3), script)
