"""``lurewatch schedule`` as a real process against the sandbox: two groups on short intervals,
no overlapping runs (measured from the recorded start and end times), SIGTERM mid-run, and a
restart that resumes the persisted schedule. Plus APScheduler's coalescing of missed runs."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from apscheduler.triggers.interval import IntervalTrigger

from ops.sandbox.server import Sandbox
from ops.scheduler import build_scheduler

REPO = Path(__file__).resolve().parents[2]
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0.05, "AUTOTHROTTLE_MAX_DELAY": 1}


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(seed=11, scale=1) as box:
        yield box


def runs(db: Path) -> list[dict[str, Any]]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT id, grp, trigger, status, started_at, ended_at, health FROM runs ORDER BY id")]
    except sqlite3.OperationalError:  # not migrated yet
        return []
    finally:
        conn.close()


def wait_for(condition: Any, timeout: float, what: str, proc: subprocess.Popen[str] | None = None) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the scheduler exited ({proc.returncode}) while waiting for {what}")
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def start(config: Path, log: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "ops.cli", "schedule", "--config", str(config)], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=open(log, "w"), text=True)


def stop(proc: subprocess.Popen[str]) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=60)


def test_two_groups_never_overlap_sigterm_stops_cleanly_and_restart_resumes(sandbox: Sandbox, tmp_path: Path) -> None:
    sources = sandbox.sources(("telegram", "reddit"))
    telegram = next(s for s in sources if s["platform"] == "telegram")
    reddit = next(s for s in sources if s["platform"] == "reddit")
    config = tmp_path / "lurewatch.yaml"
    config.write_text(yaml.safe_dump({
        "data_dir": str(tmp_path / "data"),
        "crawl": {"settings": FAST},
        "sources": [dict(telegram, group="tg"), dict(reddit, group="rd")],
        "schedule": {"groups": {"tg": "every 1s", "rd": "every 2s"}},
    }), encoding="utf-8")
    db = tmp_path / "data" / "lurewatch.db"

    proc = start(config, tmp_path / "first.log")
    try:
        def both_groups_ran() -> bool:
            done = [r for r in runs(db) if r["ended_at"]]
            return len(done) >= 3 and {r["grp"] for r in done} == {"tg", "rd"}

        wait_for(both_groups_ran, 75, "three finished runs, of both groups", proc)
        # Make the crawls slow, wait until one is under way, and stop the scheduler mid-run.
        sandbox.add_fault("telegram", "/s/", "slow", times=200, delay=1.0)
        sandbox.add_fault("reddit", "/r/", "slow", times=200, delay=1.0)
        seen = max(r["id"] for r in runs(db))
        running = wait_for(lambda: [r for r in runs(db) if r["id"] > seen and r["status"] == "running"], 30,
                           "a run started after the faults", proc)
        # Its crawl child is under way once it asked the sandbox for robots.txt and a listing page.
        requests = sandbox.requests.total()
        wait_for(lambda: sandbox.requests.total() >= requests + 2, 30, "the crawl's first requests", proc)
        assert stop(proc) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        sandbox.clear_faults()

    history = runs(db)
    assert all(r["ended_at"] for r in history), history  # nothing left "running"
    assert all(r["trigger"] == "schedule" for r in history)
    stopped = next(r for r in history if r["id"] == running[0]["id"])
    assert stopped["status"] == "interrupted", stopped
    assert stopped["health"] == "[]", stopped  # stopped on request: no false crawl-health alarm
    assert {r["id"] for r in history} - {r["id"] for r in history if r["id"] <= stopped["id"]} == set(), \
        "no run started after the stop"
    for earlier, later in zip(history, history[1:]):
        assert earlier["ended_at"] <= later["started_at"], (earlier, later)
    first = (tmp_path / "first.log").read_text()
    assert "stopping the crawl" in first and "Traceback" not in first

    listing = subprocess.run([sys.executable, "-m", "ops.cli", "schedule", "--list", "--json", "--config", str(config)],
                             cwd=REPO, capture_output=True, text=True, timeout=60)
    assert listing.returncode == 0, listing.stderr
    jobs = {job["group"]: job for job in map(json.loads, listing.stdout.splitlines())}
    assert set(jobs) == {"tg", "rd"} and all(job["stored"] and job["next_run"] for job in jobs.values())

    # Restart: the stored jobs are resumed (not scheduled anew) and runs go on.
    proc = start(config, tmp_path / "second.log")
    try:
        last = history[-1]["id"]
        wait_for(lambda: [r for r in runs(db) if r["id"] > last and r["ended_at"]], 45, "a run after the restart", proc)
        assert stop(proc) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    second = (tmp_path / "second.log").read_text()
    assert "scheduled group:" not in second and "group:tg: interval[0:00:01]" in second, second
    assert "Traceback" not in second
    history = runs(db)
    for earlier, later in zip(history, history[1:]):
        assert earlier["ended_at"] <= later["started_at"], (earlier, later)

    text = subprocess.run([sys.executable, "-m", "ops.cli", "runs", "--config", str(config), "--limit", "3"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert text.returncode == 0, text.stderr
    assert len(text.stdout.splitlines()) >= 3 and "[schedule]" in text.stdout and "posts " in text.stdout


TICKS: list[float] = []


def tick() -> None:
    TICKS.append(time.monotonic())


def test_missed_runs_are_coalesced_into_one(tmp_path: Path) -> None:
    scheduler = build_scheduler(f"sqlite:///{tmp_path / 'jobs.db'}", "UTC")
    scheduler.start(paused=True)
    # Ten runs were due while the scheduler was down.
    missed = datetime.now(timezone.utc) - timedelta(seconds=10)
    scheduler.add_job(tick, IntervalTrigger(seconds=1, start_date=missed - timedelta(seconds=1)), id="t",
                      next_run_time=missed)
    TICKS.clear()
    scheduler.resume()
    time.sleep(0.8)
    scheduler.shutdown(wait=True)
    assert len(TICKS) == 1
