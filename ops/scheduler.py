"""``lurewatch schedule``: the flow per source group on its schedule, with APScheduler 3.

* The jobs live in a persistent job store (SQLAlchemyJobStore) in the store's own SQLite file, or
  in ``schedule.jobstore_url`` (PostgreSQL in production): a restart resumes the schedule where it
  was, and a run missed while the scheduler was down is made up once (``coalesce``, no grace
  limit), not once per missed slot.
* One job per group (id ``group:<name>``), reconciled with the config at start: a job whose
  schedule did not change keeps its next run time; groups gone from the config lose their job.
* Runs never overlap: one worker runs them one after another (the store has one writer, and
  linking and alert evaluation read the whole store), and ``max_instances=1`` skips a group's
  run while the previous one still runs.
* Each crawl runs in a child process (ops/flow.py), so the scheduler process never starts a
  Twisted reactor. SIGTERM/SIGINT stop the scheduler: no new run starts, a running crawl is asked
  to stop (Scrapy closes its spiders), the run finishes on what was stored and is recorded as
  ``interrupted``, and the process exits 0.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from index.store import Store
from ops.config import Config, ConfigError, GroupSchedule, load_config

Progress = Callable[[str], None]

JOB_PREFIX = "group:"
JOBS_TABLE = "apscheduler_jobs"

#: Set by SIGTERM/SIGINT: the running crawl stops and no queued run starts.
STOP = threading.Event()
#: Held while a run runs: stopping waits on it before shutting the executor down.
_RUNNING = threading.Lock()
_PROGRESS: list[Progress] = []


def _say(message: str) -> None:
    for progress in _PROGRESS:
        progress(message)


class _Scheduler(BackgroundScheduler):
    """APScheduler 3's loop looks for due jobs once more after ``shutdown`` wakes it, and hands
    them to the executor it just shut down (an error with a traceback in the log). A stopped
    scheduler looks for nothing."""

    def _process_jobs(self) -> float | None:
        if self.state == STATE_STOPPED:
            return None
        return super()._process_jobs()  # type: ignore[no-any-return]


def jobstore_url(config: Config) -> str:
    """The configured job store, else the store's own SQLite file — opened (migrated, switched to
    WAL) first: switching the journal mode needs the file to itself, which it no longer has once
    the job store's connections share it."""
    if config.schedule.jobstore_url:
        return config.schedule.jobstore_url
    Store(config.store).close()
    return f"sqlite:///{Path(config.store).resolve()}"


def build_scheduler(url: str, timezone: str) -> BackgroundScheduler:
    """A scheduler with the persistent job store at ``url`` and the job defaults above."""
    # The flow holds long write transactions on the same SQLite file: wait for them, don't fail.
    engine_options = {"connect_args": {"timeout": 120}} if url.startswith("sqlite") else {}
    return _Scheduler(
        jobstores={"default": SQLAlchemyJobStore(url=url, tablename=JOBS_TABLE, engine_options=engine_options)},
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        timezone=ZoneInfo(timezone),
    )


def trigger_for(schedule: GroupSchedule, timezone: str) -> BaseTrigger:
    if schedule.interval is not None:
        return IntervalTrigger(seconds=schedule.interval, timezone=ZoneInfo(timezone))
    assert schedule.cron is not None
    return CronTrigger.from_crontab(schedule.cron, timezone=ZoneInfo(timezone))


def run_group(config_path: str, data_dir: str | None, group: str) -> None:
    """One scheduled run of ``group`` (the job function; its arguments are what the job store keeps)."""
    with _RUNNING:
        if STOP.is_set():
            return  # stopping: a run queued behind the last one does not start
        _run_group(config_path, data_dir, group)


def _run_group(config_path: str, data_dir: str | None, group: str) -> None:
    from index.store import StoreError
    from ops.flow import CrawlFailed, resolve_es, run_flow

    say = lambda message: _say(f"[{group}] {message}")  # noqa: E731
    say("run starts")
    try:
        # Read afresh for every run: edited rules and sources apply from the next run on.
        config = load_config(config_path, data_dir)
        summary = run_flow(config, resolve_es(config, say), say, group=group, trigger="schedule", stop=STOP)
    except (CrawlFailed, ConfigError, StoreError) as exc:
        say(f"run failed: {exc}")
        return
    say(f"run done: {sum(int(s.get('posts') or 0) for s in summary['crawled'].values())} posts crawled, "
        f"clusters {summary['cluster_changes']}, alerts {summary['alerts']}")


@dataclass
class JobInfo:
    """A group's job as ``schedule --list`` shows it."""

    group: str
    schedule: str
    next_run: datetime | None
    stored: bool

    def as_dict(self) -> dict[str, Any]:
        return {"group": self.group, "schedule": self.schedule, "stored": self.stored,
                "next_run": self.next_run.isoformat() if self.next_run else None}


def list_jobs(config: Config) -> list[JobInfo]:
    """Next run times from the job store; groups not stored yet show when they would first run."""
    scheduler = build_scheduler(jobstore_url(config), config.schedule.timezone)
    scheduler.start(paused=True)
    try:
        stored = {job.id: job for job in scheduler.get_jobs()}
    finally:
        scheduler.shutdown(wait=False)
    now = datetime.now(ZoneInfo(config.schedule.timezone))
    jobs = []
    for schedule in config.schedule.groups:
        job = stored.get(JOB_PREFIX + schedule.group)
        if job is not None and str(job.trigger) == str(trigger_for(schedule, config.schedule.timezone)):
            jobs.append(JobInfo(schedule.group, schedule.spec, job.next_run_time, True))
        else:
            jobs.append(JobInfo(schedule.group, schedule.spec, _first_run(schedule, config.schedule.timezone, now), False))
    return jobs


def _first_run(schedule: GroupSchedule, timezone: str, now: datetime) -> datetime | None:
    """A new interval job runs at once; a cron job at its next slot."""
    if schedule.interval is not None:
        return now
    return trigger_for(schedule, timezone).get_next_fire_time(None, now)


def reconcile(scheduler: BackgroundScheduler, config: Config, config_path: str, data_dir: str | None) -> list[str]:
    """Make the stored jobs those of the config. Returns one line per change, for the log."""
    tz = config.schedule.timezone
    now = datetime.now(ZoneInfo(tz))
    wanted = {JOB_PREFIX + s.group: s for s in config.schedule.groups}
    changes = []
    for job in scheduler.get_jobs():
        if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
            scheduler.remove_job(job.id)
            changes.append(f"removed {job.id} (no longer in the config)")
    for job_id, schedule in wanted.items():
        trigger = trigger_for(schedule, tz)
        args = (str(Path(config_path).resolve()), data_dir, schedule.group)
        job = scheduler.get_job(job_id)
        if job is not None and str(job.trigger) == str(trigger) and tuple(job.args) == args:
            continue  # unchanged: keeps its next run time (and makes up a missed run once)
        scheduler.add_job(run_group, trigger, args=args, id=job_id, name=f"crawl {schedule.group}",
                          replace_existing=True, next_run_time=_first_run(schedule, tz, now))
        changes.append(f"{'rescheduled' if job else 'scheduled'} {job_id}: {schedule.spec}")
    return changes


def serve(config: Config, config_path: str, data_dir: str | None, progress: Progress) -> None:
    """Run the scheduler until SIGTERM or SIGINT."""
    STOP.clear()
    _PROGRESS[:] = [progress]
    # APScheduler logs a skipped overlapping run as a warning: worth seeing, on stderr.
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    scheduler = build_scheduler(jobstore_url(config), config.schedule.timezone)
    previous = {sig: signal.signal(sig, lambda *_: STOP.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        scheduler.start(paused=True)
        for line in reconcile(scheduler, config, config_path, data_dir):
            progress(line)
        for job in scheduler.get_jobs():
            progress(f"{job.id}: {job.trigger}, next run {job.next_run_time.isoformat() if job.next_run_time else '-'}")
        scheduler.resume()
        progress(f"scheduler running ({len(config.schedule.groups)} group(s)); SIGTERM or Ctrl-C stops it")
        while not STOP.wait(0.5):
            pass
        progress("stopping: the running crawl (if any) is asked to stop and its run is finished")
        # Paused, and the running run finished, before the executor shuts down: no job is handed
        # to an executor that is shutting down.
        scheduler.pause()
        with _RUNNING:
            pass
        scheduler.shutdown(wait=True)
        progress("scheduler stopped")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
