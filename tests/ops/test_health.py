"""Crawl health checks: each threshold at, below and above its boundary, and the operator's mail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from index.store import Store
from ops.config import HealthConfig, config_from_dict
from ops.flow import alerts_step
from ops.health import check_crawl

CONFIG = HealthConfig(min_posts=1, max_error_rate=0.25, max_throttled_429=10, finish_reasons=("finished",))
HEALTHY = {"posts": 20, "pages": 8, "errors": 0, "throttled_429": 0, "finish_reason": "finished"}


@pytest.mark.parametrize(
    ("stats", "failed"),
    [
        ({}, []),
        ({"posts": 1}, []),                                      # boundary: exactly the minimum
        ({"posts": 0}, ["min_posts"]),                           # a source yielding nothing
        ({"errors": 2, "pages": 8}, []),                         # 0.25: at the limit
        ({"errors": 3, "pages": 8}, ["max_error_rate"]),         # 0.375
        ({"errors": 1, "pages": 0, "posts": 0}, ["min_posts", "max_error_rate"]),
        ({"throttled_429": 10}, []),
        ({"throttled_429": 11}, ["max_throttled_429"]),          # a 429 storm
        ({"finish_reason": "closespider_timeout"}, ["finish_reasons"]),  # closed early
        ({"finish_reason": "shutdown"}, ["finish_reasons"]),
    ],
)
def test_thresholds(stats: dict[str, Any], failed: list[str]) -> None:
    problems = check_crawl({"src": HEALTHY | stats}, CONFIG)
    assert [p["check"] for p in problems] == failed
    assert all(p["source"] == "src" and p["message"] for p in problems)


def test_messages_say_what_and_how_much() -> None:
    (problem,) = check_crawl({"tg": HEALTHY | {"throttled_429": 42}}, CONFIG)
    assert problem["message"] == "42 answers 429 Too Many Requests, more than 10"
    (problem,) = check_crawl({"tg": HEALTHY | {"finish_reason": "shutdown"}}, CONFIG)
    assert problem["message"] == "spider closed early (shutdown), expected finished"


def test_thresholds_come_from_the_config(tmp_path: Path) -> None:
    config = config_from_dict({"health": {"min_posts": 50, "finish_reasons": ["finished", "closespider_itemcount"]}})
    assert [p["check"] for p in check_crawl({"s": HEALTHY}, config.health)] == ["min_posts"]
    assert check_crawl({"s": HEALTHY | {"posts": 60, "finish_reason": "closespider_itemcount"}}, config.health) == []


def test_failed_checks_mail_the_operator_once_per_run(tmp_path: Path) -> None:
    config = config_from_dict({"data_dir": str(tmp_path), "alerts": {"operator": ["ops@ngo.test"]}})
    problems = check_crawl({"telegram-a": HEALTHY | {"posts": 0}}, config.health)
    with Store(config.store) as store:
        run_id = store.start_run()
        assert alerts_step(store, config, run_id, problems, "tg").sent == 1
        assert alerts_step(store, config, run_id, problems, "tg").sent == 0  # the same run: once
        assert alerts_step(store, config, store.start_run(), [], "tg").sent == 0  # healthy: none
    (mail,) = (tmp_path / "outbox").glob("*.eml")
    text = mail.read_text()
    assert "To: ops@ngo.test" in text and "crawl health: 1 problem(s) in 1 source(s)" in text
    assert "telegram-a: yielded 0 posts, fewer than 1" in text
