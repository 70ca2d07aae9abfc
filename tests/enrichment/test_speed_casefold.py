"""fold_case() lets the identifier patterns run case-sensitively (and so much faster) on folded
text: these tests check, over every Unicode code point, that folding changes nothing they find,
and that the rewritten patterns find what the IGNORECASE ones they stand for find."""

from __future__ import annotations

import random
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from enrichment import identifiers
from enrichment.normalize import fold_case

ALL = "".join(map(chr, range(0x110000)))
FOLDED_PATTERNS = [value for name, value in vars(identifiers).items()
                   if name.startswith("_FOLDED") and isinstance(value, re.Pattern)]


@pytest.fixture(scope="module")
def folded_all() -> str:
    folded = fold_case(ALL)
    assert len(folded) == len(ALL)  # offsets in the folded text are offsets in the text
    return folded


def _literals(items: Any, in_class: bool = False) -> list[tuple[str, bool]]:
    """(character, inside a [class]) for every literal character of a parsed pattern."""
    out: list[tuple[str, bool]] = []
    for op, av in items:
        if op is sre.LITERAL or op is sre.NOT_LITERAL:
            out.append((chr(av), in_class))
        elif op is sre.IN:
            out += _literals(av, True)
        elif op is sre.RANGE:
            out += [(chr(av[0]), True), (chr(av[1]), True)]
        elif op is sre.BRANCH:
            for branch in av[1]:
                out += _literals(branch)
        elif op is sre.SUBPATTERN:
            out += _literals(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            out += _literals(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            out += _literals(av[1])
        elif op is sre.ATOMIC_GROUP:
            out += _literals(av)
    return out


def test_there_are_folded_patterns() -> None:
    assert len(FOLDED_PATTERNS) >= 3


def test_folded_patterns_compare_lower_case_letters() -> None:
    for pattern in FOLDED_PATTERNS:
        assert not pattern.flags & re.IGNORECASE
        for char, in_class in _literals(_parser.parse(pattern.pattern)):
            # Upper case only as the redundant half of a class such as [A-Za-z] or [vV].
            assert in_class or fold_case(char) == char, (char, pattern.pattern)


def _positions(pattern: str, text: str) -> list[int]:
    return [match.start() for match in re.finditer(pattern, text)]


def test_folding_keeps_word_space_and_digit_classes(folded_all: str) -> None:
    for cls in (r"\w", r"\s", r"\d"):
        assert _positions(cls, ALL) == _positions(cls, folded_all), cls


def test_ignorecase_matches_exactly_the_folded_letter(folded_all: str) -> None:
    letters = {char for pattern in FOLDED_PATTERNS for char, _ in _literals(_parser.parse(pattern.pattern))}
    letters = {char for char in letters | set("abcdefghijklmnopqrstuvwxyz") if fold_case(char) == char}
    by_fold: dict[str, set[str]] = {letter: set() for letter in letters}
    for char, folded in zip(ALL, folded_all):
        if folded in by_fold:
            by_fold[folded].add(char)
    # Every character IGNORECASE equates with one of the letters (a class compares as the literals do).
    candidates = set(re.findall("[" + re.escape("".join(sorted(letters))) + "]", ALL, re.IGNORECASE))
    for letter in sorted(letters):
        assert {char for char in candidates if re.fullmatch(re.escape(letter), char, re.IGNORECASE)} == by_fold[letter]


def test_ignorecase_classes_match_the_folded_classes(folded_all: str) -> None:
    for cls in ("[A-Za-z]", "[A-Za-z0-9_]", "[A-Za-z0-9._%+-]", "[a-z0-9]"):
        assert _positions(cls, folded_all) == [m.start() for m in re.finditer(cls, ALL, re.IGNORECASE)], cls


def _samples() -> list[str]:
    """Short texts around the words the patterns look for, in mixed case and with look-alike letters."""
    rng = random.Random(7)
    literal = [word for _, words in identifiers._CHANNEL_WORDS for word in words.split("|") if "\\" not in word]
    words = [*literal, "WhatsApp", "WA", "Telegram", "TG", "Tele", "LINE", "LıNE",
             "İD", "Zalo", "Viber", "WeChat", "VX", "Call", "PHONE", "Tel.", "SĐT", "Điện thoại", "gọi", "No. HP", "SMS",
             "Job ID", "Order #", "USD", "Rp", "$", "₫", "acct", "a/c", "Mã số", "编号", "instagram", "IG", "fb", "x.com",
             "at", "[at]", "(@)", " @ ", "Lương", "ſms", "K"]
    glue = [" ", "", ":", ": ", "\n", "-", "(", "9", "x", "_", "1a", "é"]
    return ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randrange(1, 8))) for _ in range(3000)]


def test_folded_patterns_find_what_the_ignorecase_ones_find() -> None:
    for text in _samples():
        folded = fold_case(text)
        channels = [identifiers._APP_OF_MARK[m.lastgroup] for m in identifiers._FOLDED_CHANNELS.finditer(folded)]
        assert channels == [m.lastgroup for m in identifiers._CHANNELS.finditer(text)], text
        # _not_a_phone's fast search for where _NOT_PHONE_BEFORE first matches.
        word = identifiers._FOLDED_NOT_PHONE_BEFORE_WORD.search(folded)
        digit = identifiers._NOT_PHONE_BEFORE_DIGIT.search(text)
        starts = [match.start() for match in (word, digit) if match]
        first = identifiers._NOT_PHONE_BEFORE.search(text)
        assert (first.start() if first else None) == (min(starts) if starts else None), text
