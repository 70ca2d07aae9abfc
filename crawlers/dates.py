"""Dates as pages show them: ISO attributes, absolute titles ("Saturday 14 November 2026 at
09:32"), and relative text ("3h", "2 days ago", "Yesterday at 10:15", "Just now").

Relative text is read against the moment the page was fetched; a date without a time zone is
read in the zone the page was rendered in (the browser context's, see crawlers/browser.py).
Unreadable text gives None, never a guess.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser

from crawlers.items import utc_iso

_UNITS = {
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
    "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days",
    "w": "weeks", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
    "mo": "months", "month": "months", "months": "months",
    "y": "years", "yr": "years", "yrs": "years", "year": "years", "years": "years",
}
_RELATIVE = re.compile(r"^(?:posted\s+)?(\d+|an?|one)\s*([a-z]+)\.?(?:\s+ago)?$")
_DAY_WORD = re.compile(r"^(?:posted\s+)?(today|yesterday)(?:\s+at\s+(.+))?$")
_NOW_WORDS = {"just now", "now", "a moment ago", "moments ago", "posted just now"}


def _zone(name: str) -> timezone | ZoneInfo:
    return timezone.utc if name.upper() == "UTC" else ZoneInfo(name)


def _relative(text: str, now: datetime) -> datetime | None:
    if text in _NOW_WORDS:
        return now
    match = _RELATIVE.match(text)
    if match and match.group(2) in _UNITS:
        amount = 1 if match.group(1) in ("a", "an", "one") else int(match.group(1))
        unit = _UNITS[match.group(2)]
        if unit == "months":
            return now - timedelta(days=30 * amount)
        if unit == "years":
            return now - timedelta(days=365 * amount)
        return now - timedelta(**{unit: amount})
    match = _DAY_WORD.match(text)
    if match:
        day = now if match.group(1) == "today" else now - timedelta(days=1)
        if not match.group(2):
            return day.replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            clock = date_parser.parse(match.group(2), default=day.replace(tzinfo=None))
        except (ValueError, OverflowError):
            return None
        return clock.replace(year=day.year, month=day.month, day=day.day, tzinfo=now.tzinfo)
    return None


def parse_shown_date(value: str | None, now: datetime | None = None, zone: str = "UTC",
                     fmt: str | None = None) -> str | None:
    """``value`` as an ISO 8601 UTC string (``…Z``), or None when it cannot be read.

    ``now`` is when the page was fetched (for relative text); ``zone`` is the time zone the page
    rendered dates in; ``fmt`` is an optional ``strptime`` format tried before guessing.
    """
    if not value or not value.strip():
        return None
    tz = _zone(zone)
    now = (now or datetime.now(timezone.utc)).astimezone(tz)
    text = " ".join(value.split())
    try:
        parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        parsed = None
    if parsed is None and fmt:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            parsed = None
    if parsed is None:
        parsed = _relative(text.lower(), now)
    if parsed is None:
        # Absolute text; a date shown without its year ("14 November at 09:32") is the latest
        # such date not after now.
        try:
            parsed = date_parser.parse(text, default=now.replace(hour=0, minute=0, second=0, microsecond=0,
                                                                 tzinfo=None))
        except (ValueError, OverflowError):
            return None
        if not re.search(r"\b\d{4}\b", text) and parsed.replace(tzinfo=tz) > now + timedelta(days=1):
            parsed = parsed.replace(year=parsed.year - 1)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return utc_iso(parsed)
