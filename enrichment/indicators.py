"""Lure indicators, the lure score and the post kind.

Each indicator is ``{name, evidence}`` where evidence is the first span of the post that triggered
it, so an investigator can see why a post scored as it did. Three families are reported:

* lure indicators — ``destination`` (a scam-compound hub, enrichment/gazetteer.py), ``overseas``,
  ``job_type``, ``salary`` (an amount far above the wage norm of the audience's country, read with
  its currency and period), ``high_pay``, ``no_experience``, ``free_travel``, ``free_board``,
  ``age_window``, ``appearance``, ``urgency``, ``messenger_contact``, ``passport_request``,
  ``salary_advance``, ``recruit_commission``, ``easy_work``, ``irregular_travel``, ``cover_up``
  (a recruiter's instructions to hide the trip from the border), ``legitimacy_claim`` ("100% legit,
  not a scam"), ``recruiting``, ``contact_request``;
* signs of ordinary work or trade — ``licensed_agency``, ``formal_requirements``,
  ``formal_terms``, ``salary_modest``, ``regulated_destination``, ``commerce``, ``job_board`` (a
  local board's own rules: "we never post overseas jobs"), ``leisure_travel`` (a trip diary);
* warning cues — ``warning_alert``, ``warning_fraud``, ``warning_deceit``, ``warning_victim``,
  ``warning_harm``, ``warning_trafficking``, ``warning_authority``, ``warning_advice``,
  ``warning_report``, ``warning_plea`` and ``warning_quote`` (a quoted passage holding two or more
  lure indicators: warnings quote the advertisements they warn about).

The phrases of enrichment/lexicon.py and enrichment/gazetteer.py (thirteen languages and their
scripts) are folded into one character trie per script, so that the regex engine branches once
per character instead of trying thousands of alternatives, and skips straight to the characters a
phrase can start with. Numbers get one more pass (currency, multiplier, period, salary and age
words around them). A post is scanned once; ``find_indicators`` and ``is_warning`` share the scan.

``lure_score`` is a logistic regression over the indicator names, fitted in tests/data/fit_lure.py
(weights pulled towards a prior, sign constraints, caps) on the hand-written training sets it
names (never on an evaluation set); its weights live in enrichment/lure_model.json and are read once at import. A post with any
warning cue is a ``warning`` — never a lure, whatever it quotes — and its score is the fitted lure
rate of warnings.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any

from enrichment import gazetteer, lexicon
from enrichment.hanzi import T2S

__all__ = ["find_indicators", "lure_score", "post_kind", "is_warning", "features", "WARNING_NAMES"]

#: Characters a space in a phrase stands for (and which the lookup key ignores).
_SEP_CHARS = " \t\n-_.·&+/"
_SEP = r"[\s\-_.·&+/]*"
#: Letters that make a word continue: Latin phrases must not start or end inside a word.
_LETTER = "a-z\u00c0-\u024f\u1e00-\u1eff"
_WORD = "0-9" + _LETTER

WARNING_WEIGHTS: dict[str, int] = {
    "warning_alert": 1, "warning_fraud": 2, "warning_deceit": 1, "warning_victim": 2, "warning_harm": 1,
    "warning_trafficking": 2, "warning_authority": 1, "warning_advice": 1, "warning_report": 1, "warning_plea": 1,
    "warning_quote": 1, "warning_doubt": 1,
}
WARNING_NAMES = tuple(WARNING_WEIGHTS)
#: Cue weight that makes a warning. (Weights grade the cues for investigators reading the evidence:
#: trafficking, victim and scam words are the strongest; one cue of any kind is enough.)
WARNING_MIN_WEIGHT = 1

_IGNORED = "_ignore"


# --- Building the patterns -------------------------------------------------------------------

def _phrase_table(derived: bool = True) -> list[tuple[str, str]]:
    """(name, phrase) in priority order: on a clash of spellings the first name keeps it. The
    spellings without accents come last, so a written phrase always wins over a derived one."""
    table: list[tuple[str, str]] = []
    sources: list[tuple[str, dict[str, str]]] = [(_IGNORED, lexicon.IGNORE)]
    sources += list(lexicon.LEGIT.items()) + list(lexicon.WARNING.items()) + list(lexicon.LURE.items())
    sources += [("destination", gazetteer.HUBS), ("regulated_destination", gazetteer.REGULATED),
                ("overseas", gazetteer.TRANSIT)]
    for name, by_language in sources:
        for phrases in by_language.values():
            table += [(name, phrase) for phrase in phrases.split("|") if phrase.strip()]
    if not derived:
        return table
    bare_table = []
    for name, phrase in table:
        bare = _unaccented(_norm(phrase))
        # A short word without its accents is often another word ("bẫy" trap → "bay" fly), and
        # a warning cue read by mistake would hide a lure: only longer words and phrases, and no
        # single-word warning cue, get a spelling without accents.
        if bare != _norm(phrase) and len(_key(bare)) >= 4 and (name not in WARNING_NAMES or " " in bare):
            bare_table.append((name, bare))
    return table + bare_table


def _reading_table() -> dict[int, str]:
    """Traditional Chinese characters read as simplified, one character for one (so that spans
    still map back to the original text): one phrase list reads both. Phrases go through it too."""
    return dict(T2S)


def _unaccent_table() -> dict[int, str]:
    """Latin letters without their accents, for posts typed without them (Vietnamese "luong cao",
    "bao an o", "khong can kinh nghiem"; Malay, Tagalog)."""
    table: dict[int, str] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base.lower()
    table.update({ord("đ"): "d", ord("Đ"): "d", ord("ø"): "o", ord("ł"): "l", ord("ı"): "i"})
    return table


_READING = _reading_table()
_UNACCENT = _unaccent_table()
#: What ``_READING`` and ``_UNACCENT`` may change: a text without any is left as it is, unread
#: (``str.translate`` looks every character up, and most posts have neither).
_HAN = re.compile("[" + "".join(map(re.escape, map(chr, sorted(_READING)))) + "]")
_ACCENTED = re.compile("[" + "".join(map(re.escape, map(chr, sorted(_UNACCENT)))) + "]")
#: Devanagari nukta: "फ़र्ज़ी" and "फर्जी" are one word to a reader. Phrases drop it; in a post it
#: may follow any consonant (see ``_char_token``).
_NUKTA = "\u093c"


def _fold(text: str) -> str:
    """Lower-case and read (``_READING``) without changing the length, so that spans map back to
    the original text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    return lowered.translate(_READING) if _HAN.search(lowered) else lowered


def _unaccented(word: str) -> str:
    return word.translate(_UNACCENT) if _ACCENTED.search(word) else word


def _with_unaccented(words: Any, min_length: int = 2) -> list[str]:
    """Words, plus their spellings without accents (at least ``min_length`` letters long)."""
    out = list(words)
    out += [bare for word in words if (bare := _unaccented(_fold(word))) != _fold(word) and len(bare) >= min_length]
    return out


_DROP_SEPARATORS = dict.fromkeys(map(ord, _SEP_CHARS + _NUKTA))


def _key(span: str) -> str:
    return span.translate(_DROP_SEPARATORS)


def _norm(phrase: str) -> str:
    return _fold(unicodedata.normalize("NFKC", phrase)).replace(_NUKTA, "").strip(_SEP_CHARS)


def _char_token(char: str) -> str:
    """A phrase character as a pattern: a Devanagari consonant may carry a nukta in the post."""
    if "\u0915" <= char <= "\u0939":
        return re.escape(char) + _NUKTA + "?"
    return re.escape(char)


#: Leetspeak and character swaps inside Latin words ("W0rk 0verseas", "s@lary h1gh", "c4mpuchia"):
#: read as letters for the phrase search only (amounts keep their digits).
_LEET = str.maketrans("0134@$57", "oieaasst")
_LEETISH = re.compile(r"[a-z][0134@$57]|[0134@$57][a-z]")
#: A word of three or more characters with a letter and a digit or sign among them (a word of
#: letters only, or of digits only, stays as it is: no need to look at it).
_LEET_WORD = re.compile(r"(?<![a-z0-9@$_])(?=[a-z0-9@$]*[0134@$57])(?=[a-z0-9@$]*[a-z])[a-z0-9@$]{3,}")
_AMOUNT_LIKE = re.compile(r"\d+[a-z]{1,4}|[a-z]{1,4}\d+|\d+[a-z]\d+")


def _unleet(folded: str) -> str:
    """``folded`` with digits and signs standing for letters read as those letters (same length)."""
    if not _LEETISH.search(folded):
        return folded

    def word(match: re.Match[str]) -> str:
        token = match.group()
        letters = sum(ch.isalpha() for ch in token)
        if letters < 2 or letters == len(token) or token[0] == "@" or _AMOUNT_LIKE.fullmatch(token):
            return token
        return token.translate(_LEET)

    return _LEET_WORD.sub(word, folded)


_WORD_CHAR = re.compile(f"[{_WORD}]")


def _is_word_char(char: str) -> bool:
    return _WORD_CHAR.fullmatch(char) is not None


def _tokens(phrase: str) -> tuple[str, ...]:
    out: list[str] = []
    for char in _norm(phrase):
        if char in _SEP_CHARS:
            if out and out[-1] != _SEP:
                out.append(_SEP)
        else:
            out.append(_char_token(char))
    return tuple(out)


def _trie_regex(phrases: list[tuple[str, ...]], loose_end: frozenset[tuple[str, ...]] = frozenset()) -> str:
    """One regular expression for many token sequences, factored as a character trie.

    Longer phrases win over their prefixes. A phrase starting with a Latin letter or digit must
    start a word (checked by a look-behind right after the first character, so that the pattern
    still begins with plain literals and the engine can skip straight to candidate characters);
    one ending in a Latin letter or digit must end a word, unless it is in ``loose_end``."""
    trie: dict[str, Any] = {}
    for tokens in phrases:
        node = trie
        for token in tokens:
            node = node.setdefault(token, {})
        strict = _is_word_char(tokens[-1][-1]) and tokens not in loose_end
        node[""] = f"(?![{_WORD}])" if strict else ""

    def emit(node: dict[str, Any], top: bool) -> str:
        alternatives = []
        for token, child in sorted((item for item in node.items() if item[0]), key=lambda item: item[0]):
            guard = f"(?<![{_WORD}]{token})" if top and _is_word_char(token[-1]) else ""
            alternatives.append(token + guard + emit(child, False))
        if "" in node:
            alternatives.append(node[""])
        if len(alternatives) == 1:
            return alternatives[0]
        if alternatives[-1] == "":
            return "(?:" + "|".join(alternatives[:-1]) + ")?"
        return "(?:" + "|".join(alternatives) + ")"

    return emit(trie, True)


def _alternation(words: Any) -> str:
    """Trie-factored alternation of literal words (longest first); a Latin one must not run on
    into a letter (a digit may follow: "1k5", "usd1500")."""
    trie: dict[str, Any] = {}
    for word in {_norm(w) for w in _with_unaccented(words)}:
        node = trie
        for char in word:
            node = node.setdefault(_char_token(char) if char != " " else r"\s?", {})
        node[""] = f"(?![{_LETTER}])" if _is_word_char(word[-1]) else ""

    def emit(node: dict[str, Any]) -> str:
        parts = [token + emit(child) for token, child in sorted(node.items()) if token]
        if "" in node:
            parts.append(node[""])
        if len(parts) == 1:
            return parts[0]
        if parts[-1] == "":
            return "(?:" + "|".join(parts[:-1]) + ")?"
        return "(?:" + "|".join(parts) + ")"

    return "(?:" + emit(trie) + ")"


def _script(token: str) -> str:
    """Unicode script family of a phrase's first character, to split the patterns by script."""
    name = unicodedata.name(token.replace("\\", "")[:1], "OTHER").split()[0]
    return "KANA" if name in ("HIRAGANA", "KATAKANA") else name


def _compile_phrases() -> tuple[dict[str, re.Pattern[str]], dict[str, str]]:
    """One pattern per script: a search only branches over the phrases of the script it meets."""
    names: dict[str, str] = {}
    by_script: dict[str, list[tuple[str, ...]]] = {}
    for name, phrase in _phrase_table():
        tokens = _tokens(phrase)
        if tokens:
            names.setdefault(_key(_norm(phrase)), name)
            script = "LATIN" if _is_word_char(tokens[0][-1]) else _script(tokens[0])
            by_script.setdefault(script, []).append(tokens)
    return {script: re.compile(_trie_regex(by_script[script])) for script in sorted(by_script)}, names


_PATTERNS, _NAME_OF = _compile_phrases()
_PHRASES = tuple(_PATTERNS.values())
#: Keys of the spellings without accents that only derived phrases have. A post typed with accents
#: on some words only ("Không cần kinh nghiem") is read a second time without its accents, and
#: there only these count (every other phrase was read already, and a short word without its
#: accents is often another word).
_BARE_ONLY = frozenset(_key(bare) for _, bare in _phrase_table()[len(_phrase_table(derived=False)):]) - frozenset(
    _key(_norm(phrase)) for _, phrase in _phrase_table(derived=False))


def _words(span: str) -> tuple[str, ...]:
    return tuple(word for word in re.split(f"[{re.escape(_SEP_CHARS)}]+", span) if word)


def _bare_sources() -> dict[str, list[tuple[str, ...]]]:
    """Spelling without accents → the written phrases it comes from, word by word."""
    sources: dict[str, list[tuple[str, ...]]] = {}
    for _, phrase in _phrase_table(derived=False):
        written = _norm(phrase)
        if (key := _key(_unaccented(written))) in _BARE_ONLY:
            sources.setdefault(key, []).append(_words(written))
    return sources


_BARE_SOURCES = _bare_sources()


def _typed_without_accents(span: str, key: str) -> bool:
    """Whether ``span`` (as the post has it) is a written phrase with some accents left out: each
    of its words either carries no accent or is the phrase's word as written. A word with other
    accents is another word (Vietnamese "bạn sang", friends over to, is not "bán sang", sold to)."""
    words = _words(span)
    return any(len(written) == len(words) and all(word == _unaccented(word) or word == their
                                                  for word, their in zip(words, written))
               for written in _BARE_SOURCES.get(key, ()))


# --- Amounts of money, age windows, handles --------------------------------------------------

def _compile_prefixes() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Currency signs, salary words and age words: what may stand before a number."""
    kinds: dict[str, tuple[str, str]] = {}
    entries: list[tuple[str, ...]] = []
    loose: set[tuple[str, ...]] = set()
    words = [("cur", w) for w in lexicon.CURRENCY_BEFORE] + [("salary", w) for w in lexicon.SALARY_WORDS]
    words += [("age", w) for w in lexicon.AGE_WORDS.split("|")]
    words += [(kind, bare) for kind, word in words if (bare := _unaccented(_norm(word))) != _norm(word)
              and len(_key(bare)) >= 2]
    for kind, word in words:
        kinds.setdefault(_key(_norm(word)), (kind, _norm(word)))
        entries.append(_tokens(word))
        if kind == "cur":  # currency codes may touch the number: "usd1500"
            loose.add(entries[-1])
    return re.compile(_trie_regex(entries, frozenset(loose))), kinds


_PREFIX, _PREFIX_KIND = _compile_prefixes()


def _read_keys(table: Any) -> Any:
    """A lexicon table keyed the way words are read in a post (``_norm``, separators dropped)."""
    if isinstance(table, dict):
        read = {_key(_unaccented(_norm(word))): value for word, value in table.items()}
        return read | {_key(_norm(word)): value for word, value in table.items()}
    return frozenset(_key(_norm(w)) for w in table) | frozenset(_key(_unaccented(_norm(w))) for w in table)


_SALARY_WORDS = _read_keys(lexicon.SALARY_WORDS)
_DAILY_SALARY_WORDS = _read_keys(lexicon.DAILY_SALARY_WORDS)
_CURRENCY_BEFORE = _read_keys(lexicon.CURRENCY_BEFORE)
_CURRENCY_AFTER = _read_keys(lexicon.CURRENCY_AFTER)
_MULTIPLIERS = _read_keys(lexicon.MULTIPLIERS)
_PERIODS = _read_keys(lexicon.PERIODS)
_NUM = r"\d(?:\d{0,2}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|\d*(?:[.,]\d{1,2})?)"
_MULT = _alternation(lexicon.MULTIPLIERS)
#: Words joining the two ends of a range, and words before a period ("/ month", "mỗi tháng"), with
#: and without their accents.
_RANGE = "|".join(re.escape(_fold(word)) for word in _with_unaccented(lexicon.RANGE_WORDS.split("|")))
_PERIOD_PREFIX = "|".join(re.escape(_fold(word)) for word in _with_unaccented(
    "/|per|a|an|each|every|mỗi|một|kada|sa isang|isang|ต่อ|kwa|प्रति|في|每|一".split("|")))
_NUMBER = re.compile(
    rf"(?P<n1>{_NUM})(?:\s?(?P<m1>{_MULT})(?P<t1>\d(?!\d))?)?"
    rf"(?:\s?(?:{_RANGE})\s?(?:{_alternation(lexicon.CURRENCY_BEFORE)})?\s?"
    rf"(?P<n2>{_NUM})(?:\s?(?P<m2>{_MULT})(?P<t2>\d(?!\d))?)?)?"
    rf"(?:\s?(?P<cur>{_alternation(lexicon.CURRENCY_AFTER)}))?"
)
_PERIOD = re.compile(
    rf"\s?(?P<pre>{_PERIOD_PREFIX})?\s?"
    rf"(?P<p>{_alternation(lexicon.PERIODS)})"
)
#: One-character period words read as a period only after "/", "每", "per" …
_BARE_PERIOD_NEEDS_PREFIX = frozenset({"月", "日", "天", "年", "周", "週", "월", "일", "လ", "mo"})
_AGE_UNIT = re.compile(rf"\s?{_alternation(lexicon.AGE_UNITS.split('|'))}")
_HANDLE = re.compile(r"@(?<![\w.]@)[a-z][a-z0-9_]{3,31}|w(?<![a-z]w)[as]\s?[:.]?\s?\+?\d[\d\s\-]{5,}\d")
_HAS_DIGIT = re.compile(r"\d")
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")
#: How far before a number its currency, salary or age word may start (longest word + gap).
_PREFIX_REACH = 40
#: Below this share of the high-pay norm an amount reads as an ordinary local wage.
_MODEST_RATIO = 0.6
#: "一万", "两万", "三千": one Chinese numeral before 万 / 千 becomes its digit (same length, so
#: spans still map back to the original text).
_CJK_NUMERAL = re.compile("[一二两兩三四五六七八九](?=[万萬千])")
_CJK_DIGITS = dict(zip("一二两兩三四五六七八九", "12223456789"))
#: A phone number to call or message (8+ digits): the post asks to be contacted.
_PHONE = re.compile(r"[+\d](?<![\d.,][+\d])(?:(?<=\+)\d)?(?:[\s\-.]?\d){7,13}(?![\d.,]?\d)")


_THOUSANDS = re.compile(r"\d{1,3}(?:[.,' ]\d{3})+")
_THOUSANDS_AND_CENTS = re.compile(r"(\d{1,3}(?:[.,' ]\d{3})+)[.,]\d{1,2}")
_NON_DIGIT = re.compile(r"\D")


def _amount(number: str, mult: str | None, tail: str | None) -> float:
    """"1.500", "1,500", "15 000" are thousands, "1.5" a decimal; "1k5" is 1,500, "2万5" 25,000."""
    cents = _THOUSANDS_AND_CENTS.fullmatch(number)
    if _THOUSANDS.fullmatch(number):
        value = float(_NON_DIGIT.sub("", number))
    elif cents:
        value = float(_NON_DIGIT.sub("", cents.group(1)))
    else:
        value = float(number.replace(",", "."))
    if mult:
        factor = _MULTIPLIERS.get(_key(mult), (1.0, None))[0]
        value *= factor
        if tail:
            value += float(tail) * factor / 10
    return value


def _read_number(
    folded: str, match: re.Match[str], before: list[tuple[int, int, str, str]]
) -> tuple[str, int, int, float] | None:
    """Classify one number: ("salary", start, end, ratio to the high-pay norm), ("age", start, end,
    0) or None. ``before`` holds the currency / salary / age words just before it."""
    start, end = match.start(), match.end()
    cur_before = salary_word = age_word = None
    for p_start, p_end, kind, word in reversed(before):
        gap = folded[p_end:start]
        if kind == "cur" and cur_before is None and len(gap) <= 2 and not gap.strip():
            cur_before, start = word, p_start
        elif kind in ("salary", "age") and len(gap) <= 14 and "\n" not in gap and not _HAS_DIGIT.search(gap):
            if kind == "salary" and salary_word is None:
                salary_word, start = word, min(start, p_start)
            elif kind == "age" and age_word is None:
                age_word, start = word, min(start, p_start)
    n1, n2, m1, m2, cur_after = match.group("n1", "n2", "m1", "m2", "cur")
    if (n2 and not (m1 or m2 or cur_after or cur_before) and n1.isdigit() and n2.isdigit()
            and (age_word or _AGE_UNIT.match(folded, end))):
        low, high = int(n1), int(n2)
        if 15 <= low < high <= 65:
            unit = _AGE_UNIT.match(folded, end)
            return "age", (start if age_word else match.start()), (unit.end() if unit else end), 0.0
    if not (cur_before or m1 or m2 or cur_after):
        # Only a salary word before it: not a phone number ("Lương cao, gọi 0912…").
        if not salary_word or n1[0] == "0" or len(n1) > 7 or match.start() - start > 16:
            return None
    amount = max(_amount(n1, m1, match.group("t1")), _amount(n2, m2, match.group("t2")) if n2 else 0.0)
    currency = (_CURRENCY_BEFORE.get(_key(cur_before or "")) or _CURRENCY_AFTER.get(_key(cur_after or ""))
                or next((c for m in (m1, m2) if m and (c := _MULTIPLIERS.get(_key(m), (0, None))[1])), None))
    if currency is None and salary_word:
        small, split, big = _SALARY_WORDS[_key(salary_word)]
        currency = small if amount < split else big
    if currency is None:
        return None
    period = _PERIOD.match(folded, end)
    hourly = False
    if period and (period.group("pre") or period.group("p") not in _BARE_PERIOD_NEEDS_PREFIX):
        factor = _PERIODS.get(_key(period.group("p")), 1.0)
        amount *= factor
        hourly = factor > 100
        end = period.end()
    elif _key(salary_word or "") in _DAILY_SALARY_WORDS:
        amount *= 26.0
    ratio = amount / lexicon.HIGH_MONTHLY[currency]
    # Hourly rates belong to ordinary part-time and remote work, not to compound lures.
    return "salary", start, end, min(ratio, 0.9) if hourly else ratio


#: Scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Chinese, Japanese).
#: Writers still put spaces where they pause, anywhere in a phrase ("ဆက်သွယ်လို့ မရတော့ဘူး",
#: "ทำงาน ที่ กัมพูชา"): a phrase of these scripts is read across them.
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_UNSPACED_GAP = re.compile(f"(?<=[{_UNSPACED}])[ \u00a0\u3000]+(?=[{_UNSPACED}])")


def _phrase_spans(lettered: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every phrase of ``lettered``, each script's pattern on its own. The
    spaces between two characters of an unspaced script are taken out first, and spans mapped
    back to ``lettered``."""
    gaps = [(m.start(), m.end()) for m in _UNSPACED_GAP.finditer(lettered)]
    if not gaps:
        return [(m.start(), m.end(), m.group()) for pattern in _PHRASES for m in pattern.finditer(lettered)]
    pieces, at, total = [], 0, 0
    removed_at: list[int] = []  # the closed-up text's index where each gap was
    removed: list[int] = []  # characters taken out up to and including each gap
    for start, end in gaps:
        pieces.append(lettered[at:start])
        removed_at.append(start - total)
        total += end - start
        removed.append(total)
        at = end
    pieces.append(lettered[at:])
    closed = "".join(pieces)

    def original(index: int) -> int:  # the index in ``lettered`` of the closed-up text's character
        k = bisect_right(removed_at, index)
        return index + (removed[k - 1] if k else 0)

    def whole(start: int, end: int) -> bool:
        # Read across a space only with two characters or more of the phrase on each side of
        # it: a space between words is still a boundary for a short word ("พาสปอร์ต มีคน" holds
        # no "ตม", immigration police).
        edges = [start, *removed_at[bisect_right(removed_at, start):bisect_right(removed_at, end - 1)], end]
        return all(b - a >= 2 for a, b in zip(edges, edges[1:]))

    return [(original(m.start()), original(m.end() - 1) + 1, m.group())
            for pattern in _PHRASES for m in pattern.finditer(closed) if whole(m.start(), m.end())]


@lru_cache(maxsize=512)
def _scan(text: str) -> tuple[tuple[str, str], ...]:
    """(name, evidence) of every indicator in ``text``: the first evidence per name, in text order
    (for ``salary`` the highest amount)."""
    if not isinstance(text, str) or not text:
        return ()
    folded = _CJK_NUMERAL.sub(lambda m: _CJK_DIGITS[m.group()], _fold(text))
    lettered = _unleet(folded)
    # (A span without separators is its own key.)
    found_phrases = [(start, -end, _NAME_OF.get(span) or _NAME_OF.get(_key(span), _IGNORED))
                     for start, end, span in _phrase_spans(lettered)]
    bare = _unaccented(lettered)
    if bare != lettered:
        found_phrases += [(m.start(), -m.end(), _NAME_OF[key]) for m in _PATTERNS["LATIN"].finditer(bare)
                          if (key := _key(m.group())) in _BARE_ONLY
                          and _typed_without_accents(lettered[m.start():m.end()], key)]
    phrases = sorted(found_phrases)
    hits: list[tuple[int, str, str]] = []
    covered = 0
    for start, neg_end, name in phrases:
        # A phrase inside a longer one found by another script's pattern ("案件" in "ホワイト案件") is
        # part of that one; ignored phrases still cover what they contain.
        if -neg_end <= covered:
            continue
        covered = -neg_end
        if name != _IGNORED:
            hits.append((start, name, text[start:-neg_end]))
    hits += [(m.start(), "messenger_contact", text[m.start():m.end()]) for m in _HANDLE.finditer(folded)]
    for mark in _MOCKING:  # no advertisement mocks its own offer
        if (at := text.find(mark)) != -1:
            hits.append((at, "warning_doubt", mark))
    if _HAS_DIGIT.search(folded):
        hits += _scan_numbers(text, folded)
        phone = None
        if not any(name == "contact_request" for _, name, _ in hits):
            phone = next((m for m in _PHONE.finditer(folded) if not _DATE.fullmatch(m.group())), None)
        if phone:
            hits.append((phone.start(), "contact_request", text[phone.start():phone.end()]))
    hits.sort(key=lambda hit: hit[0])
    quote = _quoted_pitch(folded, hits) if '"' in text or any(q in text for q in _QUOTE_OPENERS) else None
    if quote is not None:
        hits.append((quote[0], "warning_quote", text[quote[0]:quote[1]]))
        hits.sort(key=lambda hit: hit[0])
    found: dict[str, str] = {}
    for _, name, evidence in hits:
        found.setdefault(name, evidence)
    return tuple(found.items())


#: Emoji of mockery: "free visa, free food, no experience 🤡".
_MOCKING = ("🤡", "🙄")


#: Lure indicators that, quoted together, show a post citing an advertisement.
_PITCH_NAMES = frozenset({
    "destination", "overseas", "job_type", "salary", "high_pay", "no_experience", "free_travel", "free_board",
    "urgency", "easy_work", "messenger_contact", "age_window", "irregular_travel", "passport_request",
    "salary_advance", "recruit_commission", "appearance", "costs_covered", "join_invite", "pay_reliable",
    "cover_up",
})
_QUOTE_OPENERS = "“«「『„"
_QUOTED = re.compile(
    r'"[^"\n]{12,600}"|“[^”\n]{12,600}”|«[^»\n]{12,600}»|「[^」]{6,600}」|『[^』]{6,600}』|„[^“\n]{12,600}“'
    r"|(?<![^\W\d_])'[^'\n]{15,600}'(?![^\W\d_])"
)


def _quoted_pitch(folded: str, hits: list[tuple[int, str, str]]) -> tuple[int, int] | None:
    """The first quoted passage that holds two or more kinds of lure indicator: warnings and news
    quote the advertisements they warn about, advertisements do not quote themselves."""
    for match in _QUOTED.finditer(folded):
        inside = {name for start, name, _ in hits if match.start() < start < match.end() and name in _PITCH_NAMES}
        if len(inside) >= 2:
            return match.start(), match.end()
    return None


def _scan_numbers(text: str, folded: str) -> list[tuple[int, str, str]]:
    """Salaries (the highest, or else a modest one) and age windows around the numbers of a post."""
    hits: list[tuple[int, str, str]] = []
    best: tuple[float, int, str] | None = None
    modest: tuple[int, str] | None = None
    for match in _NUMBER.finditer(folded):
        start = match.start()
        if match.lastindex == 1 and (match.end() - start > 7 or folded[start] == "0"):
            continue  # a phone number or an id: never a salary, and no range for an age
        # Currency signs, salary and age words end at most 14 characters before the number; looking
        # only there is much cheaper than a pass over the whole post.
        near = [(m.start(), m.end(), *_PREFIX_KIND[_key(m.group())])
                for m in _PREFIX.finditer(folded, max(0, start - _PREFIX_REACH), start) if start - m.end() <= 14]
        if not near and match.lastindex == 1:  # a bare number: a phone, a date, an id …
            continue
        read = _read_number(folded, match, near)
        if read is None:
            continue
        kind, start, end, ratio = read
        if kind == "age":
            hits.append((start, "age_window", text[start:end]))
        elif ratio >= 1.0 and (best is None or ratio > best[0]):
            best = (ratio, start, text[start:end])
        elif ratio < _MODEST_RATIO and modest is None and ratio >= 0.02:
            modest = (start, text[start:end])
    if best is not None:
        hits.append((best[1], "salary", best[2]))
    elif modest is not None:
        hits.append((modest[0], "salary_modest", modest[1]))
    return hits


def find_indicators(text: str, lang: str | None = None) -> list[dict[str, Any]]:
    """Every indicator found in ``text``, each with the first span of text that triggered it.

    ``lang`` is accepted for callers that know the language; the vocabulary of every language is
    searched in every post, because recruiters mix languages and scripts."""
    return [{"name": name, "evidence": evidence} for name, evidence in _scan(text)]


#: Cues that a recruiter's own instructions to deceive the border (``cover_up``) hold: the
#: immigration it coaches for, and "do not …" ("千萬不要說去工作").
_COACHING_CUES = frozenset({"warning_authority", "warning_advice"})


def warning_weight(names: set[str] | frozenset[str]) -> int:
    """Sum of the weights of the distinct kinds of warning cue among ``names``."""
    if "cover_up" in names:
        return sum(WARNING_WEIGHTS.get(name, 0) for name in names if name not in _COACHING_CUES)
    return sum(WARNING_WEIGHTS.get(name, 0) for name in names)


def reads_as_warning(names: set[str] | frozenset[str]) -> bool:
    """Any warning cue makes a warning.

    Lures do not use this vocabulary: their own reassurances ("not a scam", "100% legit", "骗子勿扰")
    are matched first as ``legitimacy_claim``, and words that advertisements do use ("hotline",
    "my family", "help us grow", "escape poverty") are left out of the cue lists. A warning read as a
    lure is the worst error this stage can make (it would link the operations it quotes), a lure
    read as a warning only loses one post from its cluster: so a single cue is enough."""
    return warning_weight(names) >= WARNING_MIN_WEIGHT


def is_warning(text: str) -> bool:
    """True for warnings, news and testimonies that quote lures (they must never link operations)."""
    return reads_as_warning({name for name, _ in _scan(text)})


# --- The score -------------------------------------------------------------------------------

def features(names: set[str] | frozenset[str]) -> dict[str, float]:
    """The model's inputs for a post with these indicator names (shared with the fitting script).

    A post that reads as a warning gets the single input ``warning_kind``: whatever lure words it
    quotes, its score is the (fitted, near-zero) lure rate of warnings, consistent with
    ``post_kind``. Other posts get one 0/1 input per indicator name: an additive model, which
    generalises better to sparse lures than one with "how many parts of the pitch" inputs (those
    learn to demand a complete pitch)."""
    if reads_as_warning(names):
        return {"warning_kind": 1.0}
    out = {name: 1.0 for name in names}
    if "commerce" in out:  # an amount in a sale or rental post is a price, not a salary
        out.pop("salary", None)
    if "recruit_commission" in out:  # "bring a friend, get 1,000 per person": a bonus, not a wage
        out.pop("salary_modest", None)
    return out


_MODEL_PATH = Path(__file__).with_name("lure_model.json")
#: Used only if lure_model.json is missing or unreadable: hand-set weights of the same shape.
_FALLBACK = {
    "bias": -3.0,
    "weights": {"destination": 1.5, "job_type": 0.8, "salary": 1.0, "high_pay": 0.8, "no_experience": 1.0,
                "free_travel": 1.2, "free_board": 0.8, "messenger_contact": 0.6, "urgency": 0.4,
                "easy_work": 0.8, "licensed_agency": -2.0, "formal_requirements": -1.0,
                "formal_terms": -1.0, "warning_kind": -3.0},
}


def _load_model() -> tuple[float, dict[str, float]]:
    try:
        model = json.loads(_MODEL_PATH.read_text(encoding="utf-8"))
        return float(model["bias"]), {str(k): float(v) for k, v in model["weights"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return float(_FALLBACK["bias"]), dict(_FALLBACK["weights"])  # type: ignore[arg-type]


_BIAS, _WEIGHTS = _load_model()


def lure_score(indicators: list[dict[str, Any]]) -> float:
    """0..1, the calibrated probability that a post with these indicators is a lure."""
    try:
        names = frozenset(str(item["name"]) for item in indicators if isinstance(item, dict) and "name" in item)
    except TypeError:
        return 0.0
    total = _BIAS + sum(_WEIGHTS.get(name, 0.0) * value for name, value in features(names).items())
    total = max(-50.0, min(50.0, total))
    return round(1.0 / (1.0 + math.exp(-total)), 3)


def post_kind(text: str, score: float) -> str:
    """``warning``, ``lure`` (score ≥ 0.5) or ``other``. A warning is never a lure."""
    if is_warning(text):
        return "warning"
    return "lure" if score >= 0.5 else "other"
