"""``lurewatch`` commands for the search index and Kibana: registered on the main group by
``register`` (called from ops/cli.py).

* ``lurewatch reindex`` rebuilds every index from the store into the next version and moves the
  aliases to it in one step: searches keep answering from the old version until then.
* ``lurewatch kibana import`` loads the saved objects of ops/kibana/ into a Kibana.

Errors a user can cause end as one ``error: …`` line and exit status 2, like every other command.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ops.options import data_dir_option


@click.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file naming the store and Elasticsearch [default: ./lurewatch.yaml if present].")
@click.option("--es", "es_url", metavar="URL", help="Elasticsearch URL (overrides the config).")
@click.option("--index-prefix", default=None, help="Prefix of the index aliases [default: lurewatch].")
@click.option("--keep-old", is_flag=True, help="Keep the previous index versions instead of deleting them after the swap.")
@click.option("--batch", type=click.IntRange(min=1), default=1000, show_default=True, help="Documents per bulk request.")
@data_dir_option
def reindex(config_path: str | None, es_url: str | None, index_prefix: str | None, keep_old: bool, batch: int,
            data_dir: Path | None) -> None:
    """Rebuild the posts, clusters and identifiers indices from the store into new versioned
    indices, then move the aliases to them at once (no downtime: searches use the old indices
    until the new ones are complete). Also drains whatever a run left queued. Prints progress on
    stderr and one JSON line on stdout: the aliases' new indices and the documents indexed."""
    from index.es import connect, rebuild_indices
    from index.store import Store, StoreError, StoreLock
    from ops.cli import es_from_options, progress
    from ops.config import Config, ConfigError, load_config

    try:
        config = load_config(config_path, data_dir)
    except ConfigError:
        if config_path is not None:
            raise
        # No ./lurewatch.yaml: the store under --data-dir, the local node.
        config = Config(data_dir=data_dir) if data_dir is not None else Config()
    if not config.store.exists():
        raise StoreError(f"no store at {config.store}: run `lurewatch run` or `lurewatch demo` first")
    es_config = es_from_options(config, es_url, index_prefix)
    if es_config is None:
        raise ConfigError("reindex needs Elasticsearch: give --es URL, set elasticsearch.url in the config, "
                          "or start the local node with `lurewatch es start`")
    client = connect(es_config)
    with StoreLock(config.store, "lurewatch reindex", progress), Store(config.store) as store:
        result = rebuild_indices(store, client, es_config, progress=progress, keep_old=keep_old, batch=batch)
        counts = {"posts": store.count_posts(), "backlog": store.outbox_size()}
    progress(f"reindexed {result.indexed} in {result.seconds}s; deleted {', '.join(result.deleted) or 'nothing'}")
    click.echo(json.dumps({"aliases": result.current, "previous": result.previous, "indexed": result.indexed,
                           "store_posts": counts["posts"], "backlog": counts["backlog"],
                           "deleted": result.deleted, "seconds": result.seconds}))


@click.group()
def kibana() -> None:
    """Kibana saved objects for investigators: data views of the three aliases, saved searches
    (high-risk lures of the last 7 days, clusters that grew this week, posts by phone) and the
    overview dashboard."""


@kibana.command("import")
@click.option("--url", required=True, envvar="LUREWATCH_KIBANA_URL", metavar="URL",
              help="Kibana's base URL, e.g. https://kibana.example.org:5601 [env LUREWATCH_KIBANA_URL].")
@click.option("--index-prefix", default="lurewatch", show_default=True,
              help="Prefix of the aliases the data views point at (lurewatch-demo for the demo).")
@click.option("--space", default=None, help="Kibana space to import into [default: the default space].")
@click.option("--api-key-env", default="KIBANA_API_KEY", show_default=True, metavar="VAR",
              help="Environment variable holding a Kibana API key (used when set).")
@click.option("--username", envvar="KIBANA_USERNAME", default=None,
              help="User for basic authentication when no API key is set [env KIBANA_USERNAME].")
@click.option("--password-env", default="KIBANA_PASSWORD", show_default=True, metavar="VAR",
              help="Environment variable holding that user's password.")
@click.option("--ca-certs", type=click.Path(dir_okay=False, exists=True), default=None,
              help="CA certificate (PEM) that signed Kibana's TLS certificate.")
@click.option("--objects", "objects_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Directory of *.ndjson saved objects [default: the ones shipped in ops/kibana].")
def kibana_import(url: str, index_prefix: str, space: str | None, api_key_env: str, username: str | None,
                  password_env: str, ca_certs: str | None, objects_dir: Path | None) -> None:
    """Import the saved objects into Kibana through its saved-objects API, overwriting earlier
    imports (ids are stable). Secrets are read from the environment only and never printed.
    Prints one JSON line: the objects imported per type."""
    from ops.config import ConfigError
    from ops.kibana import OBJECTS_DIR, KibanaAuth, import_objects, load_objects, summarize, with_prefix

    api_key = os.environ.get(api_key_env) or None
    password = os.environ.get(password_env)
    if username and not api_key and password is None:
        raise ConfigError(f"--username {username} needs a password in the environment variable {password_env}")
    # A KibanaError is a user error (ops/cli.py USER_ERRORS): one line, exit 2.
    objects = with_prefix(load_objects(objects_dir or OBJECTS_DIR), index_prefix)
    answer = import_objects(url, objects, KibanaAuth(api_key=api_key, username=username, password=password),
                            space=space, ca_certs=ca_certs)
    click.echo(json.dumps({"imported": int(answer.get("successCount", 0)), "objects": summarize(objects),
                           "kibana": url.rstrip("/"), "space": space or "default"}))


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(reindex)
    group.add_command(kibana)
