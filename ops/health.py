"""Crawl health checks after a run, in the manner of Spidermon's monitors: each check is a stat of
one source's crawl, a comparison and a threshold from the ``health`` config, declared in a table.

The stats are the per-source results of crawlers/runner.py (items scraped, pages, errors, 429s,
finish reason). A failed check is a *problem*: recorded in the run history, and mailed to the
operator (``alerts.operator``) once per run.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ops.config import HealthConfig


def _error_rate(stats: dict[str, Any]) -> float:
    """Errors per page received; errors without a single page are a rate of 1."""
    errors = float(stats.get("errors") or 0)
    pages = float(stats.get("pages") or 0)
    if pages == 0:
        return 1.0 if errors else 0.0
    return round(errors / pages, 3)


@dataclass(frozen=True)
class HealthCheck:
    """A check fails when ``fails(value, threshold)``; ``message`` is formatted with both."""

    name: str
    value: Callable[[dict[str, Any]], Any]
    threshold: Callable[[HealthConfig], Any]
    fails: Callable[[Any, Any], bool]
    message: str


CHECKS: tuple[HealthCheck, ...] = (
    HealthCheck("min_posts", lambda s: int(s.get("posts") or 0), lambda c: c.min_posts, operator.lt,
                "yielded {value} posts, fewer than {threshold}"),
    HealthCheck("max_error_rate", _error_rate, lambda c: c.max_error_rate, operator.gt,
                "error rate {value} above {threshold}"),
    HealthCheck("max_throttled_429", lambda s: int(s.get("throttled_429") or 0), lambda c: c.max_throttled_429,
                operator.gt, "{value} answers 429 Too Many Requests, more than {threshold}"),
    HealthCheck("finish_reasons", lambda s: s.get("finish_reason"), lambda c: list(c.finish_reasons),
                lambda value, allowed: value not in allowed, "spider closed early ({value}), expected {threshold}"),
)


def check_crawl(crawled: dict[str, dict[str, Any]], config: HealthConfig) -> list[dict[str, Any]]:
    """Every failed check of every crawled source: ``{source, check, value, threshold, message}``."""
    problems = []
    for source, stats in sorted(crawled.items()):
        for check in CHECKS:
            value, threshold = check.value(stats), check.threshold(config)
            if check.fails(value, threshold):
                shown = " or ".join(threshold) if isinstance(threshold, list) else threshold
                problems.append({
                    "source": source,
                    "check": check.name,
                    "value": value,
                    "threshold": threshold,
                    "message": check.message.format(value=value, threshold=shown),
                })
    return problems
