"""Enrichment: pure functions from a Post to the facts an investigator needs.

``enrich(post)`` runs the stages in order — normalise → language → identifiers → indicators —
and returns a new dict; it does no I/O, is deterministic, and never raises on any text.
"""

from __future__ import annotations

from typing import Any

from enrichment.identifiers import extract_identifiers
from enrichment.indicators import find_indicators, lure_score, post_kind
from enrichment.language import detect_language
from enrichment.normalize import normalize_text
from enrichment.template import describe as describe_template

__all__ = ["enrich", "normalize_text"]


def enrich(post: dict[str, Any]) -> dict[str, Any]:
    """Return ``post`` with ``lang``, ``lang_confidence``, ``script``, ``identifiers``,
    ``indicators``, ``lure_score``, ``post_kind`` and ``template`` added (other fields untouched)."""
    raw = " \n".join(part for part in (post.get("title"), post.get("text")) if isinstance(part, str) and part)
    text = normalize_text(raw)
    guess = detect_language(text)
    identifiers = extract_identifiers(text, region=post.get("region"), lang=guess.lang, platform=post.get("platform"))
    indicators = find_indicators(text)
    score = lure_score(indicators)
    kind = post_kind(text, score)
    out = dict(post)
    out.update(
        lang=guess.lang,
        lang_confidence=guess.confidence,
        script=guess.script,
        identifiers=identifiers,
        indicators=indicators,
        lure_score=score,
        post_kind=kind,
        template=describe_template(text, identifiers, signed=kind == "lure"),
    )
    return out
