"""Contact identifiers in a post: phone numbers, messenger handles, e-mails.

Each identifier is ``{kind, value, raw, channel}`` with the normalised ``value`` of DESIGN.md
(E.164 phones, lower-case handles without ``@``). Phone numbers are found and validated with
phonenumbers — never with home-made numbering metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

#: Where a language is spoken by the people recruiters target, the country whose local number
#: format a post in that language most likely uses.
LANGUAGE_REGION: dict[str, str] = {
    "vi": "VN",
    "th": "TH",
    "km": "KH",
    "my": "MM",
    "lo": "LA",
    "id": "ID",
    "ms": "MY",
    "tl": "PH",
    "zh": "CN",
    "ko": "KR",
    "ja": "JP",
    "hi": "IN",
    "bn": "BD",
    "ne": "NP",
    "si": "LK",
    "sw": "KE",
    "am": "ET",
}

# Words that say on which app a number is offered; searched just before the number.
_CHANNEL_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (channel, re.compile(pattern, re.IGNORECASE))
    for channel, pattern in (
        ("whatsapp", r"whats\s*app|\bwa\b|\bwhatsap\b|واتساب"),
        ("telegram", r"telegram|\btg\b|\btele\b|เทเลแกรม"),
        ("zalo", r"zalo"),
        ("viber", r"viber"),
        ("line", r"\bline\b|ไลน์"),
        ("wechat", r"wechat|微信|\bvx\b"),
        ("call", r"\bcall\b|\bphone\b|\btel\b|hotline|gọi|sđt|điện thoại|โทร|telp|hubungi|ទូរស័ព្ទ|电话"),
    )
)
_CHANNEL_WINDOW = 32

_TELEGRAM_LINK = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?!s/|joinchat|\+|c/|share|addstickers)"
    r"([A-Za-z][A-Za-z0-9_]{3,31})\b",
    re.IGNORECASE,
)
_AT_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z][A-Za-z0-9_]{3,31})\b")
_TELEGRAM_CONTEXT = re.compile(r"telegram|\btg\b|\btele\b|t\.me|เทเลแกรม|电报|飞机", re.IGNORECASE)
_WHATSAPP_LINK = re.compile(
    r"(?:https?://)?(?:wa\.me/|api\.whatsapp\.com/send/?\?(?:[^\s]*&)?phone=)\+?(\d{6,15})",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b")


def _channel_before(text: str, start: int) -> str | None:
    """The messaging app named just before position ``start``, if any (nearest wins)."""
    window = text[max(0, start - _CHANNEL_WINDOW) : start]
    best: tuple[int, str] | None = None
    for channel, pattern in _CHANNEL_WORDS:
        for match in pattern.finditer(window):
            if best is None or match.end() > best[0]:
                best = (match.end(), channel)
    return best[1] if best else None


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def find_phones(text: str, regions: Iterable[str | None]) -> list[dict[str, Any]]:
    """Valid phone numbers in ``text``; local numbers are read with the first region that
    makes them valid, international ones (``+``/``00``) with any."""
    found: dict[str, dict[str, Any]] = {}
    tried: list[str | None] = []
    taken: list[tuple[int, int]] = []
    for region in list(regions) + [None]:
        if region in tried:
            continue
        tried.append(region)
        for match in PhoneNumberMatcher(text, region or "ZZ", leniency=Leniency.VALID):
            # A span read as a number under an earlier (more likely) region is not read again.
            if any(match.start < end and start < match.end for start, end in taken):
                continue
            taken.append((match.start, match.end))
            value = _e164(match.number)
            if value not in found:
                found[value] = {
                    "kind": "phone",
                    "value": value,
                    "raw": match.raw_string,
                    "channel": _channel_before(text, match.start),
                    "_start": match.start,
                }
    for match in _WHATSAPP_LINK.finditer(text):
        try:
            number = phonenumbers.parse("+" + match.group(1), None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            value = _e164(number)
            entry = found.setdefault(
                value, {"kind": "phone", "value": value, "raw": match.group(0), "_start": match.start()}
            )
            entry["channel"] = "whatsapp"
    return sorted(found.values(), key=lambda item: item.pop("_start"))


def find_handles(text: str, platform: str | None = None) -> list[dict[str, Any]]:
    """Telegram usernames from links, and ``@handles`` where the post speaks of Telegram."""
    handles: dict[str, dict[str, Any]] = {}
    for match in _TELEGRAM_LINK.finditer(text):
        value = match.group(1).lower()
        handles.setdefault(value, {"kind": "telegram", "value": value, "raw": match.group(0), "channel": "telegram"})
    if platform == "telegram" or _TELEGRAM_CONTEXT.search(text):
        for match in _AT_HANDLE.finditer(text):
            value = match.group(1).lower()
            handles.setdefault(value, {"kind": "telegram", "value": value, "raw": match.group(0), "channel": "telegram"})
    return list(handles.values())


def find_emails(text: str) -> list[dict[str, Any]]:
    """E-mail addresses, lower-cased."""
    seen: dict[str, dict[str, Any]] = {}
    for match in _EMAIL.finditer(text):
        value = match.group(0).lower()
        seen.setdefault(value, {"kind": "email", "value": value, "raw": match.group(0), "channel": "email"})
    return list(seen.values())


def extract_identifiers(
    text: str, region: str | None = None, lang: str | None = None, platform: str | None = None
) -> list[dict[str, Any]]:
    """All identifiers in normalised ``text``: phones, then handles, then e-mails.

    ``region`` (the post's or its source's country) is tried first for local numbers, then the
    country the post's language points to.
    """
    regions = [region, LANGUAGE_REGION.get(lang or "")]
    emails = find_emails(text)
    # E-mail addresses are masked before handle search so that "name@gmail.com" is no @handle.
    masked = _EMAIL.sub(lambda m: " " * len(m.group(0)), text) if emails else text
    return find_phones(masked, regions) + find_handles(masked, platform) + emails
