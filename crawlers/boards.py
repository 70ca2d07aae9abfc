"""A job board described by configuration, so that a new board needs config, not code.

The ``board`` mapping of a ``jobboard`` source (see config.example.yaml)::

    board:
      name: asiacareers                 # the board's identity in post ids (default: the URL's host)
      consent: "#consent [data-choice=necessary]"   # button that dismisses a consent overlay
      listing:
        item: article.job-card          # one job on the listing
        link: a.job-link                # inside an item: the link to the job's own page
        scroll: {max: 40, wait_ms: 2000, end: .feed-end}   # infinite scroll (optional)
        max_items: 500
      detail:
        render: true                    # the job page needs JavaScript (false: plain HTTP)
        ready: article.job-detail       # wait for this before reading
        post: article.job-detail        # the element screenshotted as evidence (default: ready)
        id: {selector: article.job-detail, attr: data-job-id}    # else from the URL
        title: h1.job-title
        text: .description
        author: .company
        author_id: {selector: .company, attr: data-employer-id}
        published: {selector: time.posted, attr: datetime}

A field is a CSS selector (its text) or ``{selector, attr, pattern, format}``: ``attr`` reads an
attribute instead of the text, ``pattern`` keeps the first group of a regular expression,
``format`` is a ``strptime`` format for dates. ``id`` without a selector reads the page URL.
Selectors are checked when the configuration is loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from cssselect import SelectorError
from parsel import Selector

from crawlers.htmltext import block_text


class BoardConfigError(ValueError):
    """A board description that cannot work; the message starts with the field's path."""


@dataclass(frozen=True)
class FieldSpec:
    """Where one value is on a page."""

    selector: str | None
    attr: str | None = None
    pattern: str | None = None
    format: str | None = None

    def extract(self, root: Selector, url: str, multiline: bool = False) -> str | None:
        """The value in ``root`` (or in ``url`` when there is no selector), or None. With
        ``multiline`` an element's text keeps one line per block (crawlers/htmltext.py)."""
        if self.selector is None:
            value: str | None = url
        else:
            nodes = root.css(self.selector)
            if not nodes:
                return None
            if self.attr:
                value = nodes[0].attrib.get(self.attr)
            elif multiline:
                value = block_text(nodes[0])
            else:
                value = " ".join("".join(nodes[0].xpath(".//text()").getall()).split())
        if value is not None and self.pattern:
            match = re.search(self.pattern, value)
            value = (match.group(1) if match.groups() else match.group(0)) if match else None
        return value.strip() if value else None


@dataclass(frozen=True)
class ScrollSpec:
    max: int = 40
    wait_ms: int = 2000
    end: str | None = None


@dataclass(frozen=True)
class BoardConfig:
    """A parsed ``board`` mapping (see the module docstring)."""

    item: str
    link: str
    ready: str
    post: str
    text: FieldSpec
    name: str | None = None
    consent: str | None = None
    scroll: ScrollSpec | None = None
    max_items: int = 500
    render: bool = True
    id: FieldSpec = field(default_factory=lambda: FieldSpec(None, pattern=r"([^/?#]+)/?(?:[?#].*)?$"))
    title: FieldSpec | None = None
    author: FieldSpec | None = None
    author_id: FieldSpec | None = None
    published: FieldSpec | None = None

    @classmethod
    def load(cls, raw: Any) -> BoardConfig:
        """From a mapping, its JSON (or YAML flow) text starting with ``{``, or the path of a
        YAML/JSON file (``-a board=…``)."""
        if isinstance(raw, BoardConfig):
            return raw
        if isinstance(raw, str):
            if raw.lstrip().startswith("{"):
                text = raw
            else:
                try:
                    text = Path(raw).read_text(encoding="utf-8")
                except OSError as exc:
                    raise BoardConfigError(f"board: cannot read {raw}: {exc.strerror}") from None
            try:
                raw = json.loads(text)
            except ValueError:
                raw = yaml.safe_load(text)
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: Any) -> BoardConfig:
        if not isinstance(raw, dict):
            raise BoardConfigError("board: must be a mapping with listing and detail")
        listing = _mapping(raw, "listing")
        detail = _mapping(raw, "detail")
        scroll = None
        if listing.get("scroll") is not None:
            spec = listing["scroll"] if isinstance(listing["scroll"], dict) else {}
            if not isinstance(listing["scroll"], (dict, bool)):
                raise BoardConfigError("listing.scroll: must be a mapping (max, wait_ms, end) or true")
            if listing["scroll"] is not False:
                scroll = ScrollSpec(_int(spec, "max", 40, "listing.scroll"), _int(spec, "wait_ms", 2000, "listing.scroll"),
                                    _css(spec.get("end"), "listing.scroll.end"))
        ready = _css(detail.get("ready") or detail.get("post"), "detail.ready", required=True)
        assert ready is not None
        return cls(
            item=_css(listing.get("item"), "listing.item", required=True) or "",
            link=_css(listing.get("link"), "listing.link", required=True) or "",
            ready=ready,
            post=_css(detail.get("post"), "detail.post") or ready,
            text=_field(detail.get("text"), "detail.text", required=True) or FieldSpec(None),
            name=str(raw["name"]) if raw.get("name") else None,
            consent=_css(raw.get("consent"), "consent"),
            scroll=scroll,
            max_items=_int(listing, "max_items", 500, "listing"),
            render=bool(detail.get("render", True)),
            id=_field(detail.get("id"), "detail.id") or cls.__dataclass_fields__["id"].default_factory(),  # type: ignore[misc]
            title=_field(detail.get("title"), "detail.title"),
            author=_field(detail.get("author"), "detail.author"),
            author_id=_field(detail.get("author_id"), "detail.author_id"),
            published=_field(detail.get("published"), "detail.published"),
        )


def _mapping(raw: dict[str, Any], name: str) -> dict[str, Any]:
    value = raw.get(name)
    if not isinstance(value, dict):
        raise BoardConfigError(f"{name}: must be a mapping")
    return value


def _int(raw: dict[str, Any], name: str, default: int, where: str) -> int:
    value = raw.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise BoardConfigError(f"{where}.{name}: must be a positive whole number, not {value!r}")
    return value


def _css(value: Any, where: str, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise BoardConfigError(f"{where}: missing (a CSS selector)")
        return None
    if not isinstance(value, str):
        raise BoardConfigError(f"{where}: must be a CSS selector, not {type(value).__name__}")
    try:
        Selector(text="<html></html>").css(value)
    except (SelectorError, ValueError) as exc:
        raise BoardConfigError(f"{where}: {value!r} is not a CSS selector ({exc})") from None
    return value


def _field(value: Any, where: str, required: bool = False) -> FieldSpec | None:
    if value is None:
        if required:
            raise BoardConfigError(f"{where}: missing (a CSS selector or {{selector, attr}})")
        return None
    if isinstance(value, str):
        return FieldSpec(_css(value, where, required=True))
    if not isinstance(value, dict):
        raise BoardConfigError(f"{where}: must be a CSS selector or a mapping")
    unknown = set(value) - {"selector", "attr", "pattern", "format"}
    if unknown:
        raise BoardConfigError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    pattern = value.get("pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise BoardConfigError(f"{where}.pattern: not a regular expression ({exc})") from None
    return FieldSpec(_css(value.get("selector"), f"{where}.selector"), value.get("attr"), pattern, value.get("format"))
