"""The content of the two browser platforms: a JavaScript job board and a Facebook-style group.

When the generated corpus already has places on these platforms (``jobboard``, ``fbgroup``),
they are served as they are. Otherwise ``with_browser_places`` adds one board and one group filled
the way operations really spread: a share of the Telegram and Reddit lures is cross-posted there
(and, on the group, warnings too), along with the ads of companies that post repeatedly. A
cross-post keeps its original's text and ground truth (operation and group), so a crawl of all
four platforms can still be scored against the truth. Ordinary one-off ads (whose ground-truth
group is None) are not cross-posted: a copy would be a true link with no group to score it by.

Deterministic: every choice is a hash of the original post's ids, never a random draw, so the
generator's own sequence of random choices is untouched.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from ops.sandbox.common import stable
from ops.sandbox.generator import REFERENCE_NOW, Corpus, Place, SandboxPost

JOBBOARD = Place("jobboard", "asiacareers", "AsiaCareers – jobs across Southeast Asia", None,
                 "Thousands of vacancies in Cambodia, Thailand, Malaysia, Vietnam and beyond. Employers post for free.",
                 "jobs", ())
FBGROUP = Place("fbgroup", "vieclam.nuocngoai.campuchia", "Việc làm nước ngoài – Campuchia, Thái Lan, Dubai", None,
                "Nhóm chia sẻ việc làm nước ngoài. Public group · 48K members. Hãy cẩn thận với tin tuyển dụng lừa đảo.",
                "aggregator", ())
JOBBOARD_SHARE = 25  # percent of eligible posts cross-posted to the board
FBGROUP_SHARE = 22   # … and to the group
FIRST_JOB_ID = 104_200


def _key(post: SandboxPost) -> str:
    return f"{post.platform}:{post.place}:{post.native_id}"


def employer_id(post: SandboxPost) -> str:
    """The board account of the original poster: one per original account."""
    return "emp" + format(stable(f"employer:{post.platform}:{post.author_id}"), "x")[:9]


def profile_id(post: SandboxPost) -> str:
    """The numeric profile id of the original poster on the group platform."""
    return "1000" + str(stable(f"profile:{post.platform}:{post.author_id}") % 10**11).zfill(11)


def _later(post: SandboxPost, salt: str, whole_minutes: bool) -> datetime:
    """When the copy was posted: 20 minutes to 6 hours after the original, before "now"."""
    moment = post.published_at + timedelta(seconds=1200 + stable(salt + _key(post)) % (6 * 3600 - 1200))
    moment = min(moment, REFERENCE_NOW - timedelta(minutes=10))
    return moment.replace(second=0, microsecond=0) if whole_minutes else moment.replace(microsecond=0)


def _eligible(post: SandboxPost, warnings: bool) -> bool:
    if post.kind == "warning":
        return warnings
    return post.group is not None


def _board_posts(corpus: Corpus) -> list[SandboxPost]:
    chosen = [p for p in corpus.posts
              if _eligible(p, warnings=False) and stable("jobboard:" + _key(p)) % 100 < JOBBOARD_SHARE]
    copies = []
    for post in chosen:
        operation = next((op for op in corpus.operations if op.id == post.op), None)
        company = operation.company if operation and operation.company else post.author.replace(" – HR", "")
        title = post.title or _first_line(post.text)
        copies.append(dataclasses.replace(
            post, platform="jobboard", place=JOBBOARD.name, native_id="", author=company,
            author_id=employer_id(post), signature=None, published_at=_later(post, "jb", False), title=title))
    copies.sort(key=lambda p: (p.published_at, _key(p)))
    return [dataclasses.replace(p, native_id=f"{JOBBOARD.name}/{FIRST_JOB_ID + 3 * i + stable(p.text) % 3}")
            for i, p in enumerate(copies)]


def _group_posts(corpus: Corpus) -> list[SandboxPost]:
    chosen = [p for p in corpus.posts
              if _eligible(p, warnings=True) and stable("fbgroup:" + _key(p)) % 100 < FBGROUP_SHARE]
    taken: set[str] = set()
    copies = []
    for post in chosen:
        number = 10**15 + stable("fbpost:" + _key(post)) % (9 * 10**14)
        while str(number) in taken:
            number += 1
        taken.add(str(number))
        copies.append(dataclasses.replace(
            post, platform="fbgroup", place=FBGROUP.name, native_id=str(number), author_id=profile_id(post),
            author=post.signature or post.author, signature=None, published_at=_later(post, "fb", True), title=None))
    return sorted(copies, key=lambda p: p.published_at)


def _first_line(text: str, limit: int = 90) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), text.strip())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def with_browser_places(corpus: Corpus) -> Corpus:
    """``corpus`` with a job board and a group added, unless it already has places on them."""
    have = {place.platform for place in corpus.places}
    posts, places = list(corpus.posts), list(corpus.places)
    if "jobboard" not in have:
        posts += _board_posts(corpus)
        places.append(JOBBOARD)
    if "fbgroup" not in have:
        posts += _group_posts(corpus)
        places.append(FBGROUP)
    return Corpus(posts, corpus.operations, places)
