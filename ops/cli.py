"""The ``lurewatch`` command line.

Errors a user can cause end here, in one place: one line ``error: …`` on stderr and exit status 2,
never a traceback. Progress goes to stderr; stdout carries only results (JSON Lines, or the run
summary as the last line), so every command works in a pipe.
"""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from crawlers.postio import InputError, open_input, read_posts, write_posts
from index.es import ESConfig, IndexUnavailable, connect, drop_indices
from index.store import StoreError
from ops.config import Config, ConfigError, config_from_dict, load_config
from ops.esnode import ESNodeError, LocalES
from ops.flow import CrawlFailed, resolve_es, run_flow
from ops.kibana import KibanaError
from ops.options import data_dir_option

USER_ERRORS = (ConfigError, InputError, StoreError, IndexUnavailable, ESNodeError, CrawlFailed, KibanaError)

#: The demo's watch rule: every cluster of three or more posts with a strong lure among them,
#: new or grown by two posts since its last mail. It fires on the sandbox's operations.
DEMO_RULE = {
    "name": "demo-operations",
    "recipients": ["investigators@example.org"],
    "filters": {"min_size": 3, "min_risk": 0.7},
    "triggers": {"new": True, "grew_by": 2, "new_identifier": True},
}


def progress(message: str) -> None:
    """A progress line for people watching: stderr, flushed at once."""
    click.echo(message, err=True)


class LurewatchGroup(click.Group):
    """Renders every user error as ``error: …`` and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except USER_ERRORS as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2)
        except BrokenPipeError:
            # The reader of our stdout went away (e.g. `| head`): not an error of ours.
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=LurewatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lurewatch")
def cli() -> None:
    """lurewatch: find scam-compound job lures in public posts, link them into operations,
    and put them in front of investigators in Elasticsearch and Kibana."""


# -- pipes ------------------------------------------------------------------------------------------


def workers_option(func: Any) -> Any:
    return click.option(
        "--workers", type=click.IntRange(min=1), default=None,
        help="Processes that enrich in parallel [default: one per core].",
    )(func)


@cli.command()
@click.argument("file", default="-")
@workers_option
def enrich(file: str, workers: int | None) -> None:
    """Read Posts as JSON Lines from FILE (or - for stdin) and write them enriched: language,
    identifiers, lure indicators, score and kind. One line out for every line in, same order."""
    from ops.pipes import enrich_stream

    write_posts(enrich_stream(read_posts(open_input(file), file), workers, progress), sys.stdout)


@cli.command(name="cluster")
@click.argument("file", default="-")
@workers_option
def cluster_command(file: str, workers: int | None) -> None:
    """Read Posts (enriched or not) from FILE (or -) and write them with ``cluster_id`` and the
    ``links`` that put them there. Posts not yet enriched are enriched first (in parallel). Posts
    linked to no other post get ``cluster_id: null``. Streams: memory grows with the posts' link
    keys, not their text, so millions of posts fit a small machine."""
    from ops.pipes import cluster_stream

    stream = open_input(file)
    counts = cluster_stream(read_posts(stream, file), sys.stdout, workers, progress)
    progress(f"{counts['posts']} posts, {counts['clusters']} clusters")


# -- runs -------------------------------------------------------------------------------------------


def es_from_options(config: Config, es_url: str | None, prefix: str | None) -> ESConfig | None:
    """Which Elasticsearch a command writes to: --es (with the config's credentials), else the
    config's, else a running local node."""
    if es_url:
        base = config.es or ESConfig(url=es_url)
        chosen = replace(base, url=es_url.rstrip("/"), prefix=prefix or base.prefix)
        # An address given on the command line must answer now: a typo should not cost a crawl.
        connect(chosen)
        return chosen
    return resolve_es(config, progress, prefix)


@cli.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file [default: ./lurewatch.yaml].")
@click.option("--es", "es_url", metavar="URL", help="Elasticsearch URL (overrides the config).")
@click.option("--index-prefix", default=None, help="Prefix of the index aliases [default: lurewatch].")
@data_dir_option
def run(config_path: str | None, es_url: str | None, index_prefix: str | None, data_dir: Path | None) -> None:
    """Run the whole flow once against the configured sources: crawl, enrich, store, cluster,
    index. Prints progress on stderr and the run summary as one JSON line on stdout."""
    config = load_config(config_path, data_dir)
    if not config.sources:
        raise ConfigError(f"{config.path}: sources: nothing to crawl")
    es_config = es_from_options(config, es_url, index_prefix)
    summary = run_flow(config, es_config, progress)
    _finish(summary)


def _finish(summary: dict[str, Any]) -> None:
    click.echo(json.dumps(summary, ensure_ascii=False, sort_keys=False))


@cli.command()
@click.option("--seed", default=7, show_default=True, help="Seed of the sandbox corpus.")
@click.option("--scale", default=1, show_default=True, help="Size of the sandbox corpus (×300 posts).")
@click.option("--no-es", is_flag=True, help="Do not start Elasticsearch; finish on the store alone.")
@click.option("--keep", is_flag=True, help="Keep the previous demo's store and indices instead of starting afresh.")
@data_dir_option
def demo(seed: int, scale: int, no_es: bool, keep: bool, data_dir: Path | None) -> None:
    """Start the sandbox platforms and a local Elasticsearch, run the whole flow once, and print
    what was found and where to look. The last line on stdout is the run summary (JSON)."""
    from ops.sandbox.server import Sandbox

    home = data_dir or Path("data")
    demo_dir = home / "demo"
    es_config: ESConfig | None = None
    if not no_es:
        try:
            url = LocalES(home, log=progress).start()
            es_config = ESConfig(url=url, prefix="lurewatch-demo")
        except ESNodeError as exc:
            progress(f"Elasticsearch could not start: {exc}; finishing on the store alone")
    if not keep:
        if demo_dir.exists():
            shutil.rmtree(demo_dir)
        if es_config is not None:
            _drop_indices(es_config)
    progress(f"starting the sandbox platforms (seed {seed}, scale {scale})…")
    with Sandbox(seed=seed, scale=scale) as sandbox:
        progress(f"  telegram preview at {sandbox.telegram_url}, reddit API at {sandbox.reddit_url}")
        config = config_from_dict({
            "data_dir": str(demo_dir), "sources": sandbox.sources(),
            "alerts": {"sender": "lurewatch-demo@example.org", "rules": [DEMO_RULE]},
            "ui_url": "http://127.0.0.1:8000",
        }, "<demo>")
        # The sandbox is ours and local: no need to wait between requests.
        fast = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0.05, "AUTOTHROTTLE_MAX_DELAY": 1}
        summary = run_flow(config, es_config, progress, crawl_settings=fast, trigger="demo")
    _where_to_look(summary, config, es_config)
    _finish(summary)


def _drop_indices(es_config: ESConfig) -> None:
    try:
        client = connect(es_config)
    except IndexUnavailable:
        return
    drop_indices(client, es_config)


def _where_to_look(summary: dict[str, Any], config: Config, es_config: ESConfig | None) -> None:
    progress("")
    progress(f"found {summary['posts']} posts ({', '.join(f'{k} {v}' for k, v in summary['by_platform'].items())}) "
             f"in {summary['clusters']} clusters")
    progress(f"  store:          {config.store}")
    if summary.get("es"):
        assert es_config is not None
        progress(f"  Elasticsearch:  {summary['es']}  (aliases {es_config.prefix}-posts, -clusters, -identifiers)")
        progress(f"  try:            curl '{summary['es']}/{es_config.prefix}-clusters/_search?q=size:>2&pretty'")
    else:
        progress(f"  Elasticsearch:  not used; {summary.get('backlog', 0)} documents queued in the store")
    progress(f"  alert mail:     {summary['alerts']['sent']} sent by rule {DEMO_RULE['name']!r} "
             f"as .eml files in {config.outbox_dir}")


# -- evidence -------------------------------------------------------------------------------------


@cli.group()
def evidence() -> None:
    """The evidence kept for every post: raw bytes and screenshots under DATA_DIR/evidence,
    each file named by its SHA-256."""


@evidence.command("verify")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Take the data directory and store from this configuration.")
@data_dir_option
def evidence_verify(config_path: str | None, data_dir: Path | None) -> None:
    """Re-hash every evidence file and check the evidence of every stored post against the files.
    Lists each mismatch or missing file on stdout and exits 1 if there is any, else 0."""
    from crawlers.evidence import EvidenceStore, verify
    from index.store import Store

    config = load_config(config_path) if config_path else None
    home = data_dir or (config.data_dir if config else Path("data"))
    # The same store `explain` and `run` use (a configured store_path counts), and the evidence
    # directory the crawl wrote to.
    store_path = _store_path(config_path, data_dir)
    if not home.is_dir():
        raise ConfigError(f"{home}: no such data directory")
    files = EvidenceStore(config.evidence_dir if config and not data_dir else home / "evidence")
    if store_path.exists():
        with Store(store_path) as store:
            report = verify(files, store.iter_posts())
    else:
        report = verify(files)
    for problem in report.problems:
        click.echo(f"mismatch: {problem}")
    verdict = "ok" if report.ok else f"{len(report.problems)} problem(s)"
    click.echo(f"{report.files} evidence files re-hashed, {report.references} references of {report.posts} posts "
               f"checked: {verdict}")
    sys.exit(0 if report.ok else 1)


# -- Elasticsearch node -----------------------------------------------------------------------------


@cli.command()
@click.argument("cluster_id", metavar="CLUSTER")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file naming the store [default: ./lurewatch.yaml if present].")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as one JSON object.")
@data_dir_option
def explain(cluster_id: str, config_path: str | None, as_json: bool, data_dir: Path | None) -> None:
    """Explain why the posts of CLUSTER belong together: each shared phone, handle, account or
    template with its reason, the path by which every post joined, demoted hub identifiers and
    weak similar-number hints."""
    from index.store import Store
    from ops.explain import explain_cluster, render

    store_path = _store_path(config_path, data_dir)
    if not store_path.exists():
        raise StoreError(f"no store at {store_path}: run `lurewatch run` or `lurewatch demo` first")
    with Store(store_path) as store:
        report = explain_cluster(store, cluster_id)
    click.echo(json.dumps(report, ensure_ascii=False) if as_json else render(report))


def _store_path(config_path: str | None, data_dir: Path | None) -> Path:
    """The store of the configuration (when one is given or ./lurewatch.yaml exists), else the one
    under ``--data-dir`` (default ./data)."""
    try:
        config = load_config(config_path)
    except ConfigError:
        if config_path is not None:
            raise
        return (data_dir or Path("data")) / "lurewatch.db"
    if data_dir is not None:
        return config.store_path or data_dir / "lurewatch.db"
    return config.store


@cli.group()
def es() -> None:
    """Fetch, start, stop and inspect a local single-node Elasticsearch (under DATA_DIR/es)."""


@es.command("start")
@click.option("--heap", default="1g", show_default=True, help="JVM heap of the node.")
@data_dir_option
def es_start(heap: str, data_dir: Path | None) -> None:
    """Fetch Elasticsearch from Maven Central if needed, start it, and print its URL."""
    url = LocalES(data_dir or Path("data"), heap=heap, log=progress).start()
    click.echo(url)


@es.command("stop")
@data_dir_option
def es_stop(data_dir: Path | None) -> None:
    """Stop the local node."""
    stopped = LocalES(data_dir or Path("data"), log=progress).stop()
    click.echo("stopped" if stopped else "not running")


@es.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object.")
@data_dir_option
def es_status(as_json: bool, data_dir: Path | None) -> None:
    """Say whether the local node is up (exit 0) or not (exit 1)."""
    status = LocalES(data_dir or Path("data")).status()
    if as_json:
        click.echo(json.dumps(status))
    elif status["running"]:
        click.echo(f"up: {status['url']} (Elasticsearch {status['version']}, {status['health']}, pid {status['pid']})")
    else:
        click.echo("down: no local Elasticsearch is running (start one with `lurewatch es start`)")
    sys.exit(0 if status["running"] else 1)


@es.command("fetch")
@data_dir_option
def es_fetch(data_dir: Path | None) -> None:
    """Download and unpack Elasticsearch without starting it (used by `make install`)."""
    path = LocalES(data_dir or Path("data"), log=progress).fetch()
    click.echo(str(path))


# -- schedule, run history, alerts -----------------------------------------------------------------


config_option = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                             help="Configuration file [default: ./lurewatch.yaml].")


@cli.command()
@config_option
@click.option("--list", "list_jobs", is_flag=True, help="Show each group's schedule and next run time, and exit.")
@click.option("--json", "as_json", is_flag=True, help="With --list: one JSON object per line.")
@data_dir_option
def schedule(config_path: str | None, list_jobs: bool, as_json: bool, data_dir: Path | None) -> None:
    """Run the flow for each source group on its schedule (``schedule.groups`` in the config) until
    SIGTERM or Ctrl-C. Jobs persist in the store's database: a restart resumes the schedule, and a
    run missed while stopped is made up once. Runs never overlap; each crawl is a child process."""
    from ops import scheduler

    config = load_config(config_path, data_dir)
    if not config.schedule.groups:
        raise ConfigError(f"{config.path}: schedule.groups: no group is scheduled (e.g. groups: {{telegram: every 30m}})")
    if list_jobs:
        for job in scheduler.list_jobs(config):
            if as_json:
                click.echo(json.dumps(job.as_dict()))
            else:
                when = job.next_run.isoformat(timespec="seconds") if job.next_run else "never"
                state = "" if job.stored else "  (not started yet: first run when `lurewatch schedule` starts)"
                click.echo(f"{job.group:<20} {job.schedule:<22} next run {when}{state}")
        return
    scheduler.serve(config, config.path, str(data_dir) if data_dir else None, progress)


@cli.command()
@config_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many runs, newest first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per run.")
@data_dir_option
def runs(config_path: str | None, limit: int, as_json: bool, data_dir: Path | None) -> None:
    """The run history: start, end, group, status, posts crawled, new and grown clusters, alert
    mail, errors and failed crawl health checks."""
    from index.store import Store

    store_path = _store_path(config_path, data_dir)
    if not store_path.exists():
        raise StoreError(f"no store at {store_path}: nothing has run yet")
    with Store(store_path) as store:
        history = store.list_runs(limit)
    for run_row in history:
        alerts = run_row["summary"].get("alerts") or {}
        if as_json:
            click.echo(json.dumps({k: run_row[k] for k in ("id", "group", "trigger", "started_at", "ended_at",
                                                           "status", "posts", "new_clusters", "grown_clusters",
                                                           "errors", "health")} | {"alerts": alerts},
                                  ensure_ascii=False))
            continue
        counts = (f"posts {run_row['posts'] if run_row['posts'] is not None else '-'}, "
                  f"clusters +{run_row['new_clusters'] or 0} new / {run_row['grown_clusters'] or 0} grown, "
                  f"alerts {alerts.get('sent', 0)} sent / {alerts.get('queued', 0)} queued")
        click.echo(f"#{run_row['id']} {run_row['group'] or '(all)'} [{run_row['trigger']}] {run_row['started_at']} → "
                   f"{run_row['ended_at'] or '…'} {run_row['status']}: {counts}")
        for error in run_row["errors"]:
            click.echo(f"    error: {error}")
        for problem in run_row["health"]:
            click.echo(f"    health: {problem['source']}: {problem['message']}")


@cli.group()
def alerts() -> None:
    """Watch rules (``alerts.rules`` in the config) and their e-mail."""


@alerts.command("test")
@click.argument("rule_name", metavar="RULE")
@config_option
@click.option("--as-new", is_flag=True, help="Ignore what was notified before: show every matching cluster as new.")
@click.option("--html", "as_html", is_flag=True, help="Print the HTML body instead of the text body.")
@click.option("--json", "as_json", is_flag=True, help="Print the clusters that would be reported as JSON.")
@data_dir_option
def alerts_test(rule_name: str, config_path: str | None, as_new: bool, as_html: bool, as_json: bool,
                data_dir: Path | None) -> None:
    """Render the mail RULE would send now, from the store, without sending it or changing any
    alert state."""
    from index.store import Store
    from ops.alerts import evaluate_rule
    from ops.mail import render_digest

    config = load_config(config_path, data_dir)
    rule = config.alerts.rule(rule_name)
    if rule is None:
        known = ", ".join(r.name for r in config.alerts.rules) or "none"
        raise ConfigError(f"{config.path}: alerts.rules: no rule named {rule_name!r} (known: {known})")
    if not config.store.exists():
        raise StoreError(f"no store at {config.store}: run `lurewatch run` first")
    with Store(config.store) as store:
        digest = evaluate_rule(store, rule, commit=False, as_new=as_new)
    if as_json:
        click.echo(json.dumps({"rule": rule.name, "matching": digest.matching, "clusters": [
            {"cluster_id": e.facts.cluster_id, "size": e.facts.size, "change": e.change,
             "why": e.triggers + e.filters} for e in digest.entries]}, ensure_ascii=False))
        return
    if not digest.entries:
        click.echo(f"nothing to send for {rule.name} now: {digest.matching} matching cluster(s), none new or changed "
                   f"past its triggers since the last mail (--as-new shows them all)")
        return
    message = render_digest(digest, config)
    for header in ("From", "To", "Subject"):
        click.echo(f"{header}: {message[header]}")
    click.echo("")
    body = message.get_body(("html",) if as_html else ("plain",))
    assert body is not None
    click.echo(body.get_content().rstrip("\n"))


# Index and Kibana commands (reindex, kibana import) live in their own module.
from ops.cli_index import register as _register_index_commands  # noqa: E402

_register_index_commands(cli)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="lurewatch")


if __name__ == "__main__":
    main()
