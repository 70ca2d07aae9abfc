"""Text of an HTML element as a reader sees it: one line per block, ``<br>`` as a line break.

Pages render a post's lines as blocks (``<p>``, ``<div dir="auto">``) or with ``<br>``; joining
the text nodes would glue the lines together, and ``innerText`` adds blank lines between
paragraphs. This keeps exactly one line per block and one empty line per empty block.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "table", "tbody", "td", "th", "thead", "tr", "ul",
})
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "button"})


def block_text(node: Selector, skip: frozenset[str] = SKIPPED_TAGS) -> str:
    """The text of ``node``, lines separated by ``\\n``, stripped at both ends."""
    lines: list[str] = []
    current: list[str] = []

    def pending() -> bool:
        return bool("".join(current).strip())

    def walk(element: Any) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in skip or (tag and element.get("role") == "button"):
            return
        if tag == "br":
            lines.append("".join(current))
            current.clear()
            return
        block = tag in BLOCK_TAGS
        if block and pending():
            lines.append("".join(current))
        if block:
            current.clear()
        produced = len(lines)
        if element.text and isinstance(element.tag, str):
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            if pending() or len(lines) == produced:
                lines.append("".join(current))
            current.clear()

    walk(node.root)
    if pending():
        lines.append("".join(current))
    return "\n".join(lines).strip()
