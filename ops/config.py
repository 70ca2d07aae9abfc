"""Loading ``lurewatch.yaml``: sources, store, Elasticsearch connection.

Secrets never live in the file: it names environment variables (``api_key_env``,
``password_env``) and the values are read from the environment here. Every mistake is reported
as ``ConfigError("FILE: field: reason")`` for the command line to print on one line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from crawlers.boards import BoardConfig, BoardConfigError
from index.es import ESConfig

#: Platforms with a spider, and the spider that crawls each.
PLATFORM_SPIDERS = {"telegram": "telegram", "reddit": "reddit", "jobboard": "jobboard", "fbgroup": "fbgroup"}

DEFAULT_CONFIG_NAMES = ("lurewatch.yaml", "lurewatch.yml")


class ConfigError(ValueError):
    """The configuration is unusable; the message names the file and field."""


@dataclass(frozen=True)
class Source:
    """One thing to crawl: a channel, a subreddit, a board."""

    name: str
    platform: str
    url: str
    region: str | None = None
    group: str = "default"
    schedule: str | None = None
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def spider(self) -> str:
        return PLATFORM_SPIDERS[self.platform]

    def spider_args(self) -> dict[str, Any]:
        """Keyword arguments for the spider (the same as ``scrapy crawl … -a key=value``)."""
        args: dict[str, Any] = {"url": self.url, "source": self.name, **self.options}
        if self.region:
            args["region"] = self.region
        return args

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "platform": self.platform, "url": self.url, "group": self.group}
        if self.region:
            data["region"] = self.region
        if self.schedule:
            data["schedule"] = self.schedule
        if self.options:
            data["options"] = dict(self.options)
        return data


@dataclass(frozen=True)
class Config:
    """A whole configuration. ``data_dir`` holds the store, evidence, outbox and local node."""

    sources: tuple[Source, ...] = ()
    data_dir: Path = Path("data")
    store_path: Path | None = None
    es: ESConfig | None = None
    crawl_settings: dict[str, Any] = field(default_factory=dict)
    path: str = "<defaults>"

    @property
    def store(self) -> Path:
        return self.store_path or self.data_dir / "lurewatch.db"

    @property
    def evidence_dir(self) -> Path:
        """Raw bytes and screenshots of every post, content-addressed (crawlers/evidence.py)."""
        return self.data_dir / "evidence"


def _fail(where: str, field_name: str, reason: str) -> ConfigError:
    return ConfigError(f"{where}: {field_name}: {reason}")


def parse_source(raw: Any, where: str, index: int) -> Source:
    """Validate one entry of ``sources``."""
    label = f"sources[{index}]"
    if not isinstance(raw, dict):
        raise _fail(where, label, "must be a mapping with platform, name and url")
    platform = raw.get("platform")
    if platform not in PLATFORM_SPIDERS:
        known = ", ".join(sorted(PLATFORM_SPIDERS))
        raise _fail(where, f"{label}.platform", f"{platform!r} is not one of {known}")
    url = raw.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise _fail(where, f"{label}.url", f"{url!r} is not an http(s) URL")
    name = raw.get("name") or f"{platform}-{urlsplit(url).path.strip('/').split('/')[-1]}"
    region = raw.get("region")
    if region is not None and (not isinstance(region, str) or len(region) != 2 or not region.isalpha()):
        raise _fail(where, f"{label}.region", f"{region!r} is not an ISO 3166 alpha-2 country code")
    options = raw.get("options") or {}
    if not isinstance(options, dict):
        raise _fail(where, f"{label}.options", "must be a mapping of spider arguments")
    if platform == "jobboard":
        # A board is described, not coded: its selectors are checked now, not mid-crawl.
        if not isinstance(raw.get("board"), dict):
            raise _fail(where, f"{label}.board", "a jobboard source needs a mapping of selectors (see config.example.yaml)")
        try:
            BoardConfig.from_dict(raw["board"])
        except BoardConfigError as exc:
            raise ConfigError(f"{where}: {label}.board.{exc}") from None
        options = {**options, "board": raw["board"]}
    return Source(
        name=str(name),
        platform=platform,
        url=url,
        region=region.upper() if region else None,
        group=str(raw.get("group") or "default"),
        schedule=raw.get("schedule"),
        options=options,
    )


def _env(where: str, field_name: str, variable: Any) -> str | None:
    if variable is None:
        return None
    if not isinstance(variable, str):
        raise _fail(where, field_name, "must name an environment variable")
    value = os.environ.get(variable)
    if value is None:
        raise _fail(where, field_name, f"environment variable {variable} is not set")
    return value


def parse_es(raw: Any, where: str) -> ESConfig | None:
    """The ``elasticsearch`` section; None when it gives no URL (the local node is used then)."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _fail(where, "elasticsearch", "must be a mapping")
    url = raw.get("url")
    if url is None:
        return None
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        raise _fail(where, "elasticsearch.url", f"{url!r} is not an http(s) URL")
    for secret in ("api_key", "password"):
        if secret in raw:
            raise _fail(where, f"elasticsearch.{secret}", f"secrets do not belong in the file; use {secret}_env")
    return ESConfig(
        url=url.rstrip("/"),
        prefix=str(raw.get("index_prefix") or "lurewatch"),
        api_key=_env(where, "elasticsearch.api_key_env", raw.get("api_key_env")),
        username=raw.get("username"),
        password=_env(where, "elasticsearch.password_env", raw.get("password_env")),
        ca_certs=raw.get("ca_certs"),
    )


def load_config(path: str | Path | None = None) -> Config:
    """Read a configuration file; with no path, ``lurewatch.yaml`` in the working directory."""
    if path is None:
        found = next((Path(name) for name in DEFAULT_CONFIG_NAMES if Path(name).exists()), None)
        if found is None:
            raise ConfigError("no configuration: give --config FILE (start from config.example.yaml)")
        path = found
    where = str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            raw = yaml.safe_load(handle)
    except OSError as exc:
        raise ConfigError(f"{where}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"{mark.line + 1}: " if mark is not None else ""
        raise ConfigError(f"{where}:{line}not valid YAML ({getattr(exc, 'problem', exc)})") from None
    return config_from_dict(raw or {}, where)


def config_from_dict(raw: Any, where: str = "<config>") -> Config:
    """Build a Config from already-parsed YAML (also used by the demo)."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: the file must be a mapping with a 'sources' list")
    sources_raw = raw.get("sources") or []
    if not isinstance(sources_raw, list):
        raise _fail(where, "sources", "must be a list")
    sources = tuple(parse_source(item, where, index) for index, item in enumerate(sources_raw))
    names = [source.name for source in sources]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise _fail(where, "sources", f"duplicate source name {duplicates[0]!r}")
    data_dir = Path(raw.get("data_dir") or os.environ.get("LUREWATCH_HOME") or "data")
    crawl = raw.get("crawl") or {}
    if not isinstance(crawl, dict) or not isinstance(crawl.get("settings", {}), dict):
        raise _fail(where, "crawl.settings", "must be a mapping of Scrapy settings")
    return Config(
        sources=sources,
        data_dir=data_dir,
        store_path=Path(raw["store"]) if raw.get("store") else None,
        es=parse_es(raw.get("elasticsearch"), where),
        crawl_settings=dict(crawl.get("settings") or {}),
        path=where,
    )
