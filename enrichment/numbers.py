"""Undoing the tricks recruiters use to hide phone numbers from filters.

``reveal_digits`` rewrites a (normalised) text so that hidden digits become ASCII digits —
numbers spelled out in words (English, Vietnamese, Indonesian/Malay, Tagalog, Swahili, Arabic,
Hindi, Nepali, Urdu, Bengali, Sinhala, Thai, Khmer, Lao, Burmese, Chinese with its cheque
numerals, Korean), letters standing for digits inside numbers (O/o → 0, l/I → 1) — and keeps, for
every character of the result, the offset of the character it came from, so that the ``raw`` of
an identifier is always a span of the text the investigator sees.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Spoken digits per language. Runs of at least MIN_WORD_RUN such words become digits; shorter
# runs are ordinary words ("ba" is also "father", "năm" also "year", "lima" a city).
_LATIN_WORDS: dict[str, str] = {
    # English
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
    # Vietnamese
    "không": "0", "một": "1", "hai": "2", "ba": "3", "bốn": "4", "tư": "4", "năm": "5", "lăm": "5",
    "sáu": "6", "bảy": "7", "bẩy": "7", "tám": "8", "chín": "9",
    # Indonesian / Malay
    "nol": "0", "kosong": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5",
    "enam": "6", "tujuh": "7", "delapan": "8", "lapan": "8", "sembilan": "9",
    # Tagalog
    "sero": "0", "isa": "1", "dalawa": "2", "tatlo": "3", "apat": "4", "anim": "6", "pito": "7",
    "walo": "8", "siyam": "9",
    # Swahili
    "sifuri": "0", "moja": "1", "mbili": "2", "tatu": "3", "nne": "4", "tano": "5", "sita": "6",
    "saba": "7", "nane": "8", "tisa": "9",
    # Other scripts written with spaces between words. Arabic:
    "صفر": "0", "واحد": "1", "اثنان": "2", "اثنين": "2", "إثنان": "2", "ثلاثة": "3", "ثلاث": "3",
    "أربعة": "4", "اربعة": "4", "أربع": "4", "اربع": "4", "خمسة": "5", "خمس": "5", "ستة": "6", "ست": "6",
    "سبعة": "7", "سبع": "7", "ثمانية": "8", "ثمان": "8", "تسعة": "9", "تسع": "9",
    # Hindi
    "शून्य": "0", "ज़ीरो": "0", "जीरो": "0", "एक": "1", "दो": "2", "तीन": "3", "चार": "4", "पांच": "5",
    "पाँच": "5", "छह": "6", "छः": "6", "छे": "6", "सात": "7", "आठ": "8", "नौ": "9",
    # Bengali
    "শূন্য": "0", "এক": "1", "দুই": "2", "তিন": "3", "চার": "4", "পাঁচ": "5", "ছয়": "6", "সাত": "7",
    "আট": "8", "নয়": "9",
    # Nepali (the words it does not share with Hindi)
    "सुन्य": "0", "दुई": "2", "छ": "6",
    # Urdu
    "ایک": "1", "دو": "2", "تین": "3", "چار": "4", "پانچ": "5", "چھ": "6", "سات": "7", "آٹھ": "8", "نو": "9",
    # Persian
    "یک": "1", "سه": "3", "چهار": "4", "پنج": "5", "شش": "6", "هفت": "7", "هشت": "8", "نه": "9",
    # Tamil
    "பூஜ்ஜியம்": "0", "பூஜ்யம்": "0", "ஒன்று": "1", "இரண்டு": "2", "மூன்று": "3", "நான்கு": "4", "ஐந்து": "5",
    "ஆறு": "6", "ஏழு": "7", "எட்டு": "8", "ஒன்பது": "9",
    # Amharic
    "ዜሮ": "0", "አንድ": "1", "ሁለት": "2", "ሶስት": "3", "ሦስት": "3", "አራት": "4", "አምስት": "5", "ስድስት": "6",
    "ሰባት": "7", "ስምንት": "8", "ዘጠኝ": "9",
    # Uzbek (nol is Indonesian's too)
    "bir": "1", "ikki": "2", "uch": "3", "to'rt": "4", "besh": "5", "olti": "6", "yetti": "7", "sakkiz": "8",
    "to'qqiz": "9",
    # Kazakh and Russian
    "нөл": "0", "бір": "1", "екі": "2", "үш": "3", "төрт": "4", "бес": "5", "алты": "6", "жеті": "7",
    "сегіз": "8", "тоғыз": "9",
    "ноль": "0", "нуль": "0", "один": "1", "два": "2", "три": "3", "четыре": "4", "пять": "5", "шесть": "6",
    "семь": "7", "восемь": "8", "девять": "9",
    # Sinhala
    "බිංදුව": "0", "ශුන්ය": "0", "එක": "1", "දෙක": "2", "තුන": "3", "හතර": "4", "පහ": "5", "හය": "6", "හත": "7",
    "අට": "8", "නවය": "9",
}
_REPEATERS = {"double": 2, "triple": 3}

# Unspaced scripts: words are found by longest match at each position.
_SCRIPT_WORDS: dict[str, str] = {
    # Thai
    "ศูนย์": "0", "หนึ่ง": "1", "สอง": "2", "สาม": "3", "สี่": "4", "ห้า": "5", "หก": "6",
    "เจ็ด": "7", "แปด": "8", "เก้า": "9",
    # Khmer (6–9 are 5+1 … 5+4 and must win over 5 by being longer)
    "សូន្យ": "0", "មួយ": "1", "ពីរ": "2", "បី": "3", "បួន": "4", "ប្រាំ": "5",
    "ប្រាំមួយ": "6", "ប្រាំពីរ": "7", "ប្រាំបី": "8", "ប្រាំបួន": "9",
    # Lao
    "ສູນ": "0", "ໜຶ່ງ": "1", "ນຶ່ງ": "1", "ສອງ": "2", "ສາມ": "3", "ສີ່": "4", "ຫ້າ": "5",
    "ຫົກ": "6", "ເຈັດ": "7", "ແປດ": "8", "ເກົ້າ": "9",
    # Burmese
    "သုည": "0", "တစ်": "1", "နှစ်": "2", "သုံး": "3", "လေး": "4", "ငါး": "5", "ခြောက်": "6",
    "ခုနစ်": "7", "ရှစ်": "8", "ကိုး": "9",
    # Chinese (幺 is how 1 is read out in phone numbers), and the numerals of cheques and
    # contracts (壹贰叁…, simplified and traditional), which recruiters use to hide numbers
    "零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "兩": "2", "三": "3", "四": "4",
    "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
    # and the radio reading of digits (洞 0, 幺 1, 两 2, 拐 7, 勾 9)
    "洞": "0", "拐": "7", "勾": "9",
    "壹": "1", "贰": "2", "貳": "2", "叁": "3", "參": "3", "叄": "3", "肆": "4", "伍": "5", "陆": "6",
    "陸": "6", "柒": "7", "捌": "8", "玖": "9",
}
# The text reaching here is NFKC-normalised, which rewrites some letters (Lao "ໜ" becomes "ຫນ"):
# every word is also looked for in that form.
_SCRIPT_WORDS.update({unicodedata.normalize("NFKC", word): digit for word, digit in list(_SCRIPT_WORDS.items())})
_LATIN_WORDS.update({unicodedata.normalize("NFKC", word): digit for word, digit in list(_LATIN_WORDS.items())})
MIN_WORD_RUN = 6

_WORD_TOKEN = "|".join(sorted(map(re.escape, list(_LATIN_WORDS) + list(_REPEATERS)), key=len, reverse=True))
# A run of number words, possibly mixed with digit groups ("plus six three - 967 - six nine six").
_RUN_SEPARATOR = r"[\s,.\-–/|،、]+"
_LATIN_RUN = re.compile(
    rf"(?<![\w+])(?:(?:plus|\+)\s*)?(?:{_WORD_TOKEN}|\d+)(?:{_RUN_SEPARATOR}(?:{_WORD_TOKEN}|\d+))+(?![\w])",
    re.IGNORECASE,
)
_LATIN_VOCABULARY = frozenset(_LATIN_WORDS) | frozenset(_REPEATERS)
_SCRIPT_TOKEN = "|".join(sorted(map(re.escape, _SCRIPT_WORDS), key=len, reverse=True))
_SCRIPT_RUN = re.compile(
    rf"(?:\+\s*)?(?:{_SCRIPT_TOKEN}|\d+)(?:[\s,.\-–/|]*(?:{_SCRIPT_TOKEN}|\d+))+"
)
_SCRIPT_WORD = re.compile(rf"{_SCRIPT_TOKEN}|\d+")
# (Not \b: no word boundary follows a vowel sign, as in "नौ".)
_LATIN_WORD = re.compile(rf"(?<!\w)(?:{_WORD_TOKEN})(?!\w)|\d+", re.IGNORECASE)
#: The words of each script, looked for only in texts that hold that script.
_SCRIPT_WORDS_BY_BLOCK: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(f"[{chars}]"), tuple(word for word in _SCRIPT_WORDS if re.match(f"[{chars}]", word)))
    for chars in ("\u0e00-\u0e7f", "\u0e80-\u0eff", "\u1780-\u17ff", "\u1000-\u109f", "\u3000-\u9fff")
)
_SCRIPT_CHARS = re.compile(
    rf"[\u0e00-\u0e7f\u1780-\u17ff\u0e80-\u0eff\u1000-\u109f{''.join(w for w in _SCRIPT_WORDS if len(w) == 1)}]"
)

# Korean and Japanese read digits with syllables found in every other word (Sino-Korean "공일공 칠삼팔이 …"
# is 010 7382 …, kana "ぜろはちぜろ" is 080): only a local number's run counts, nine spoken digits or
# more starting with 0, and (Korean) not inside a word. Per language: its zeros, the run, the
# syllables, their digits.
_KOREAN_DIGITS = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6",
                  "칠": "7", "팔": "8", "구": "9"}
_KANA_DIGITS = {"ぜろ": "0", "れい": "0", "ゼロ": "0", "いち": "1", "に": "2", "さん": "3", "よん": "4", "し": "4",
                "ご": "5", "ろく": "6", "なな": "7", "しち": "7", "はち": "8", "きゅう": "9", "く": "9"}


def _zero_first(zeros: tuple[str, ...], digits: dict[str, str], before: str, between: str) -> tuple[Any, ...]:
    """(zeros, run pattern, syllable pattern, digits) of one such reading."""
    token = "|".join(sorted(digits, key=len, reverse=True))
    run = before + "(?:" + "|".join(zeros) + ")(?:" + between + "?(?:" + token + ")){8,}"
    return zeros, re.compile(run), re.compile(token), digits


_ZERO_FIRST_READINGS = (
    _zero_first(("공", "영"), _KOREAN_DIGITS, r"(?<![\uac00-\ud7a3])", r"[\s\-.]"),
    _zero_first(("ぜろ", "れい", "ゼロ"), _KANA_DIGITS, "", r"[、\s\-・]"),
)

# Russian reads a phone number in hundreds, tens and units ("восемь девятьсот двадцать шесть, сто
# сорок три, двадцать два, семьдесят один" is 8 926 143 22 71): each group is written as its digits.
_RU_VALUES = {
    **{w: (1, v) for w, v in (("ноль", 0), ("нуль", 0), ("один", 1), ("одна", 1), ("два", 2), ("две", 2), ("три", 3),
                              ("четыре", 4), ("пять", 5), ("шесть", 6), ("семь", 7), ("восемь", 8), ("девять", 9))},
    **{w: (2, v) for w, v in (("десять", 10), ("одиннадцать", 11), ("двенадцать", 12), ("тринадцать", 13),
                              ("четырнадцать", 14), ("пятнадцать", 15), ("шестнадцать", 16), ("семнадцать", 17),
                              ("восемнадцать", 18), ("девятнадцать", 19))},
    **{w: (2, v) for w, v in (("двадцать", 20), ("тридцать", 30), ("сорок", 40), ("пятьдесят", 50),
                              ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80), ("девяносто", 90))},
    **{w: (3, v) for w, v in (("сто", 100), ("двести", 200), ("триста", 300), ("четыреста", 400), ("пятьсот", 500),
                              ("шестьсот", 600), ("семьсот", 700), ("восемьсот", 800), ("девятьсот", 900))},
}
_RU_WORD = "|".join(sorted(_RU_VALUES, key=len, reverse=True))
_RU_RUN = re.compile(rf"(?<![^\W\d_])(?:{_RU_WORD})(?:[\s,.\-–]+(?:{_RU_WORD}))+(?![^\W\d_])", re.IGNORECASE)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_RU_HINT = re.compile("сот|ста|сто|дцать|сорок|десят|девяносто", re.IGNORECASE)


def _spell_russian(run: str) -> str | None:
    """The digits of a run of Russian number words, group by group; None when it is too short.
    A group is hundreds, then tens or a teen, then units, each at most once and in that order;
    a word that cannot come next, or a comma, starts the next group."""
    groups: list[list[int]] = []  # [rank of the part that came last, value]; rank 0: closed
    words = re.findall(rf"{_RU_WORD}|,", run.lower())
    for word in words:
        if word == ",":
            if groups:
                groups[-1][0] = 0
            continue
        rank, value = _RU_VALUES[word]
        teen = 10 <= value <= 19
        current = groups[-1] if groups else None
        if current is None or rank >= current[0] or (current[0] == 2 and current[1] % 10):
            groups.append([1 if teen else rank, value])  # (after a teen no unit follows: rank 1)
        else:
            current[0], current[1] = (1 if teen else rank), current[1] + value
    joined = "".join(str(value) for _, value in groups)
    spoken = sum(1 for word in words if word != ",")
    return joined if spoken >= 4 and len(joined) >= 7 else None


_BURMESE_WA = re.compile(r"(?<=[\d၀-၉])ဝ|ဝ(?=[\d၀-၉ဝ])")

# A whitespace-free token that is mostly digits, with O/o/l/I among them.
_MIXED_TOKEN = re.compile(r"(?<![A-Za-z])[+]?[\dOolI](?:[\dOolI\-.]*[\dOolI])?(?![A-Za-z])")
# A digit next to O/o/l/I ("\d[OolI]|[OolI]\d"), written to start with one character class so
# that the regex engine skips to the candidates instead of trying both alternatives everywhere.
_MIXED_GROUP = r"[OolI]*\d[\dOolI]*"
_MIXED_RUN = re.compile(rf"(?<![A-Za-z\d])(?:{_MIXED_GROUP})(?:[ .\-](?:{_MIXED_GROUP})){{2,}}(?![A-Za-z\d])")
_HAS_LETTER_DIGIT = re.compile(r"[\dOolI](?:(?<=\d)[OolI]|(?<=[OolI])\d)")
_LETTER_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})


@dataclass(frozen=True)
class Revealed:
    """A rewritten text and, per character, the offset of its source in the original."""

    text: str
    origin: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that produced ``text[start:end]``."""
        if start >= end:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def _worth_it(spoken: int, digits: str) -> bool:
    """Six spoken digits make a number; three, when digit groups around them make it phone-long."""
    return spoken >= MIN_WORD_RUN or (spoken >= 3 and len(digits) >= 7)


def _plus(run: str) -> str:
    head = run.lstrip()[:4].lower()
    return "+" if head.startswith("+") or head == "plus" else ""


def _spell_latin(run: str) -> str | None:
    digits: list[str] = []
    repeat = 1
    spoken = 0
    for word in _LATIN_WORD.findall(run):
        lower = word.lower()
        if lower.isdigit():
            digits.append(lower)
            repeat = 1
        elif lower in _REPEATERS:
            repeat = _REPEATERS[lower]
        else:
            digits.append(_LATIN_WORDS[lower] * repeat)
            spoken += 1
            repeat = 1
    joined = "".join(digits)
    return _plus(run) + joined if _worth_it(spoken, joined) else None


def _spell_script(run: str) -> str | None:
    words = _SCRIPT_WORD.findall(run)
    joined = "".join(word if word.isdigit() else _SCRIPT_WORDS[word] for word in words)
    spoken = sum(1 for word in words if not word.isdigit())
    return _plus(run) + joined if _worth_it(spoken, joined) else None


def _occurrences_reach(text: str, words: Iterable[str], needed: int) -> bool:
    """Whether ``text`` holds at least ``needed`` occurrences of ``words`` (str.count: C speed)."""
    total = 0
    for word in words:
        total += text.count(word)
        if total >= needed:
            return True
    return False


def reveal_digits(text: str) -> Revealed:
    """Rewrite hidden digits as ASCII digits, keeping a map back to ``text``."""
    replacements: list[tuple[int, int, str]] = []
    # The run pattern is costly; a post with fewer than three number words has no run worth it.
    # (Words joined by dashes count one by one: "zero-siyam-isa-pito".)
    words = sum(1 for word in text.lower().replace("-", " ").split() if word.strip(",.-–/|:،、") in _LATIN_VOCABULARY)
    for match in _LATIN_RUN.finditer(text) if words >= 3 else ():
        digits = _spell_latin(match.group(0))
        if digits:
            replacements.append((match.start(), match.end(), digits))
    # Likewise in the other scripts: each spoken digit of a run is an occurrence of a number word.
    if _SCRIPT_CHARS.search(text) and _occurrences_reach(
            text, [word for block, words in _SCRIPT_WORDS_BY_BLOCK if block.search(text) for word in words], 3):
        for match in _SCRIPT_RUN.finditer(text):
            digits = _spell_script(match.group(0))
            if digits:
                replacements.append((match.start(), match.end(), digits))
    if _CYRILLIC.search(text) and _RU_HINT.search(text):
        for match in _RU_RUN.finditer(text):
            digits = _spell_russian(match.group(0))
            if digits:
                replacements.append((match.start(), match.end(), digits))
    for zeros, run, syllable, spoken in _ZERO_FIRST_READINGS:
        if any(zero in text for zero in zeros):
            for match in run.finditer(text):
                replacements.append((match.start(), match.end(),
                                     "".join(spoken[word] for word in syllable.findall(match.group(0)))))
    if "ဝ" in text:  # Burmese letter wa typed for the digit zero beside digits ("ဝ၉ ၄ဝ၁")
        for match in _BURMESE_WA.finditer(text):
            replacements.append((match.start(), match.end(), "0"))
    letter_digit = _HAS_LETTER_DIGIT.search(text) is not None
    for match in _MIXED_TOKEN.finditer(text) if letter_digit else ():
        token = match.group(0)
        digits = sum(ch.isdigit() for ch in token)
        if digits and token != token.translate(_LETTER_DIGIT) and digits >= 0.5 * sum(ch.isalnum() for ch in token):
            replacements.append((match.start(), match.end(), token.translate(_LETTER_DIGIT)))
    # Groups of a number spaced apart, each with a digit ("O5O l23 4567"): read as one, since a
    # group such as "O5O" has fewer digits than letters.
    for match in _MIXED_RUN.finditer(text) if letter_digit else ():
        run = match.group(0)
        if sum(ch.isdigit() for ch in run) >= 7:
            replacements.append((match.start(), match.end(), run.translate(_LETTER_DIGIT)))
    if not replacements:
        return Revealed(text, tuple(range(len(text) + 1)))
    replacements.sort(key=lambda item: (item[0], -item[1]))  # at one start, the longest rewrite wins
    pieces: list[str] = []
    origin: list[int] = []
    cursor = 0
    for start, end, digits in replacements:
        if start < cursor:
            continue  # overlapping rewrites: the first one wins
        pieces.append(text[cursor:start])
        origin.extend(range(cursor, start))
        pieces.append(digits)
        # Each new digit points into the words it came from, spread over the span.
        span = end - start
        origin.extend(start + (i * span) // max(len(digits), 1) for i in range(len(digits)))
        if digits:
            origin[-1] = end - 1
        cursor = end
    pieces.append(text[cursor:])
    origin.extend(range(cursor, len(text) + 1))
    return Revealed("".join(pieces), tuple(origin))
