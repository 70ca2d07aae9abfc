"""Loading ``lurewatch.yaml``: sources, store, Elasticsearch connection, schedule, watch rules,
SMTP and crawl health thresholds.

Secrets never live in the file: it names environment variables (``api_key_env``,
``password_env``) and the values are read from the environment here. Every mistake is reported
as ``ConfigError("FILE: field: reason")`` for the command line to print on one line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from crawlers.boards import BoardConfig, BoardConfigError
from index.es import ESConfig

#: Platforms with a spider, and the spider that crawls each.
PLATFORM_SPIDERS = {"telegram": "telegram", "reddit": "reddit", "jobboard": "jobboard", "fbgroup": "fbgroup"}

DEFAULT_CONFIG_NAMES = ("lurewatch.yaml", "lurewatch.yml")

#: Kibana's own default address; alert mail links to its Discover view (``kibana_url``).
DEFAULT_KIBANA_URL = "http://localhost:5601"

#: Identifier kinds a watch rule may name (DESIGN.md, Enrichment).
IDENTIFIER_KINDS = ("phone", "telegram", "line", "wechat", "email", "wallet", "url")


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
class GroupSchedule:
    """When one source group is crawled: every ``interval`` seconds, or on a crontab line."""

    group: str
    interval: float | None = None
    cron: str | None = None

    @property
    def spec(self) -> str:
        """The schedule as written in the config (``every 30m`` or a crontab line)."""
        if self.interval is not None:
            return f"every {_format_duration(self.interval)}"
        return str(self.cron)


@dataclass(frozen=True)
class ScheduleConfig:
    """``lurewatch schedule``: one job per group; the job store defaults to the store's file."""

    groups: tuple[GroupSchedule, ...] = ()
    timezone: str = "UTC"
    jobstore_url: str | None = None


@dataclass(frozen=True)
class WatchRule:
    """Which clusters an investigator wants mail about (filters) and when (triggers)."""

    name: str
    recipients: tuple[str, ...]
    min_size: int = 2
    min_risk: float = 0.0
    destinations: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    query: str | None = None
    on_new: bool = True
    grew_by: int | None = None
    on_new_identifier: bool = False


@dataclass(frozen=True)
class SMTPConfig:
    """An SMTP relay. The password was read from the environment and is never shown."""

    host: str
    port: int
    security: str = "starttls"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    ca_certs: str | None = None


@dataclass(frozen=True)
class AlertsConfig:
    """Watch rules and how their mail leaves: SMTP when configured, else ``.eml`` files."""

    rules: tuple[WatchRule, ...] = ()
    sender: str = "lurewatch@localhost"
    smtp: SMTPConfig | None = None
    operator: tuple[str, ...] = ()

    def rule(self, name: str) -> WatchRule | None:
        return next((rule for rule in self.rules if rule.name == name), None)


@dataclass(frozen=True)
class HealthConfig:
    """Thresholds every crawled source is held to after a run (ops/health.py)."""

    min_posts: int = 1
    max_error_rate: float = 0.25
    max_throttled_429: int = 10
    finish_reasons: tuple[str, ...] = ("finished",)


@dataclass(frozen=True)
class Config:
    """A whole configuration. ``data_dir`` holds the store, evidence, outbox and local node."""

    sources: tuple[Source, ...] = ()
    data_dir: Path = Path("data")
    store_path: Path | None = None
    es: ESConfig | None = None
    crawl_settings: dict[str, Any] = field(default_factory=dict)
    path: str = "<defaults>"
    schedule: ScheduleConfig = ScheduleConfig()
    alerts: AlertsConfig = AlertsConfig()
    health: HealthConfig = HealthConfig()
    kibana_url: str | None = None
    ui_url: str | None = None

    @property
    def store(self) -> Path:
        return self.store_path or self.data_dir / "lurewatch.db"

    @property
    def outbox_dir(self) -> Path:
        """Where alert mail is written as ``.eml`` files when no SMTP server is configured."""
        return self.data_dir / "outbox"

    def group_sources(self, group: str) -> tuple[Source, ...]:
        return tuple(source for source in self.sources if source.group == group)

    @property
    def evidence_dir(self) -> Path:
        """Raw bytes and screenshots of every post, content-addressed (crawlers/evidence.py)."""
        return self.data_dir / "evidence"


def _fail(where: str, field_name: str, reason: str) -> ConfigError:
    return ConfigError(f"{where}: {field_name}: {reason}")


def _names_unique(names: list[str], where: str, field_name: str, what: str) -> None:
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise _fail(where, field_name, f"duplicate {what} name {duplicates[0]!r}")


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


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def _format_duration(seconds: float) -> str:
    for unit in ("d", "h", "m"):
        if seconds % _UNITS[unit] == 0 and seconds >= _UNITS[unit]:
            return f"{int(seconds // _UNITS[unit])}{unit}"
    return f"{seconds:g}s"


def parse_schedule_spec(value: Any, where: str, field_name: str, group: str) -> GroupSchedule:
    """``every 30m`` (s, m, h, d; bare numbers are seconds) or a five-field crontab line."""
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, field_name, "must be 'every <n>s|m|h|d' or a crontab line like '0 */6 * * *'")
    text = value.strip()
    if text.startswith("every "):
        match = _DURATION.match(text[len("every "):])
        if not match or float(match.group(1)) <= 0:
            raise _fail(where, field_name, f"{value!r} is not an interval like 'every 30m'")
        return GroupSchedule(group, interval=float(match.group(1)) * _UNITS[match.group(2) or "s"])
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(text)
    except ValueError as exc:
        raise _fail(where, field_name, f"{value!r} is not a crontab line ({exc})") from None
    return GroupSchedule(group, cron=text)


def parse_schedule(raw: Any, sources: tuple[Source, ...], where: str) -> ScheduleConfig:
    """The ``schedule`` section. A group's schedule is ``schedule.groups.<group>``; a source's own
    ``schedule`` field is shorthand for its group's, and the sources of one group must agree."""
    raw = raw or {}
    if not isinstance(raw, dict):
        raise _fail(where, "schedule", "must be a mapping with 'groups'")
    groups_raw = raw.get("groups") or {}
    if not isinstance(groups_raw, dict):
        raise _fail(where, "schedule.groups", "must map a group name to 'every <interval>' or a crontab line")
    known = {source.group for source in sources}
    specs: dict[str, GroupSchedule] = {}
    for group, value in groups_raw.items():
        if str(group) not in known:
            raise _fail(where, f"schedule.groups.{group}", "no source is in this group")
        specs[str(group)] = parse_schedule_spec(value, where, f"schedule.groups.{group}", str(group))
    for index, source in enumerate(sources):
        if source.schedule is None:
            continue
        spec = parse_schedule_spec(source.schedule, where, f"sources[{index}].schedule", source.group)
        if source.group in specs and specs[source.group] != spec:
            raise _fail(where, f"sources[{index}].schedule",
                        f"group {source.group!r} is already scheduled as {specs[source.group].spec!r}")
        specs[source.group] = spec
    timezone = str(raw.get("timezone") or "UTC")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(timezone)
    except (ValueError, KeyError, OSError):
        raise _fail(where, "schedule.timezone", f"{timezone!r} is not a time zone") from None
    jobstore = raw.get("jobstore_url")
    if jobstore is not None and (not isinstance(jobstore, str) or "://" not in jobstore):
        raise _fail(where, "schedule.jobstore_url", f"{jobstore!r} is not an SQLAlchemy URL")
    return ScheduleConfig(groups=tuple(specs[name] for name in sorted(specs)), timezone=timezone, jobstore_url=jobstore)


def _strings(raw: Any, where: str, field_name: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(item, str) and item.strip() for item in raw):
        raise _fail(where, field_name, "must be a list of strings")
    return tuple(item.strip() for item in raw)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def _addresses(raw: Any, where: str, field_name: str) -> tuple[str, ...]:
    addresses = _strings(raw, where, field_name)
    for address in addresses:
        if not _EMAIL.match(address):
            raise _fail(where, field_name, f"{address!r} is not an e-mail address")
    return addresses


def _number(raw: Any, where: str, field_name: str, default: float, minimum: float, maximum: float | None = None) -> float:
    if raw is None:
        return default
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw < minimum or (maximum is not None and raw > maximum):
        bound = f"between {minimum:g} and {maximum:g}" if maximum is not None else f"at least {minimum:g}"
        raise _fail(where, field_name, f"{raw!r} must be a number {bound}")
    return float(raw)


def _identifier_key(key: str, where: str, field_name: str) -> str:
    """``kind`` or ``kind:value``, the value normalized as enrichment normalizes it (handles and
    e-mails lower case without ``@``, phones in E.164, URLs as enrichment writes them), so that
    a rule matches what the store holds."""
    from enrichment.identifiers import extract_identifiers, normalize_url

    kind, _, value = key.partition(":")
    if kind not in IDENTIFIER_KINDS:
        raise _fail(where, field_name, f"{key!r}: kind must be one of {', '.join(IDENTIFIER_KINDS)}")
    if kind in ("telegram", "line", "wechat", "email"):
        value = value.lower().lstrip("@~")
    elif kind == "phone" and value:
        # Read as a post's number is read: one written in international form (+…), any spacing.
        phones = [item["value"] for item in extract_identifiers(value) if item["kind"] == "phone"]
        if len(phones) != 1:
            raise _fail(where, field_name, f"{key!r}: write one phone number in international form, e.g. +855 97 712 3456")
        value = phones[0]
    elif kind == "url" and value:
        normalized = normalize_url(value)
        if normalized is None:
            raise _fail(where, field_name, f"{key!r}: not a URL")
        value = normalized
    return f"{kind}:{value}" if value else kind


def parse_rule(raw: Any, where: str, index: int) -> WatchRule:
    """One watch rule: ``name``, ``recipients``, ``filters`` and ``triggers``."""
    label = f"alerts.rules[{index}]"
    if not isinstance(raw, dict):
        raise _fail(where, label, "must be a mapping with name, recipients, filters and triggers")
    name = raw.get("name")
    if not isinstance(name, str) or not re.match(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", name):
        raise _fail(where, f"{label}.name", f"{name!r} must be a word of letters, digits, '.', '_' or '-'")
    recipients = _addresses(raw.get("recipients"), where, f"{label}.recipients")
    if not recipients:
        raise _fail(where, f"{label}.recipients", "at least one address is needed")
    filters = raw.get("filters") or {}
    triggers = raw.get("triggers") or {"new": True}
    if not isinstance(filters, dict):
        raise _fail(where, f"{label}.filters", "must be a mapping")
    if not isinstance(triggers, dict):
        raise _fail(where, f"{label}.triggers", "must be a mapping")
    unknown = sorted(set(filters) - {"min_size", "min_risk", "destinations", "languages", "platforms", "identifiers", "query"})
    if unknown:
        raise _fail(where, f"{label}.filters.{unknown[0]}", "is not a filter (min_size, min_risk, destinations, "
                    "languages, platforms, identifiers, query)")
    unknown = sorted(set(triggers) - {"new", "grew_by", "new_identifier"})
    if unknown:
        raise _fail(where, f"{label}.triggers.{unknown[0]}", "is not a trigger (new, grew_by, new_identifier)")
    identifiers = tuple(_identifier_key(key, where, f"{label}.filters.identifiers")
                        for key in _strings(filters.get("identifiers"), where, f"{label}.filters.identifiers"))
    platforms = _strings(filters.get("platforms"), where, f"{label}.filters.platforms")
    for platform in platforms:
        if platform not in PLATFORM_SPIDERS:
            raise _fail(where, f"{label}.filters.platforms", f"{platform!r} is not one of {', '.join(sorted(PLATFORM_SPIDERS))}")
    grew_by = triggers.get("grew_by")
    if grew_by is not None and (isinstance(grew_by, bool) or not isinstance(grew_by, int) or grew_by < 1):
        raise _fail(where, f"{label}.triggers.grew_by", f"{grew_by!r} must be a whole number of posts, at least 1")
    query = filters.get("query")
    if query is not None and (not isinstance(query, str) or not query.strip()):
        raise _fail(where, f"{label}.filters.query", "must be a non-empty string")
    rule = WatchRule(
        name=name,
        recipients=recipients,
        min_size=int(_number(filters.get("min_size"), where, f"{label}.filters.min_size", 2, 2)),
        min_risk=_number(filters.get("min_risk"), where, f"{label}.filters.min_risk", 0.0, 0.0, 1.0),
        destinations=tuple(d.casefold() for d in _strings(filters.get("destinations"), where, f"{label}.filters.destinations")),
        languages=tuple(lang.lower() for lang in _strings(filters.get("languages"), where, f"{label}.filters.languages")),
        platforms=platforms,
        identifiers=identifiers,
        query=query.strip() if query else None,
        on_new=bool(triggers.get("new", False)),
        grew_by=grew_by,
        on_new_identifier=bool(triggers.get("new_identifier", False)),
    )
    if not (rule.on_new or rule.grew_by or rule.on_new_identifier):
        raise _fail(where, f"{label}.triggers", "switches every trigger off: set new, grew_by or new_identifier")
    return rule


def parse_smtp(raw: Any, where: str) -> SMTPConfig | None:
    """The ``smtp`` section; None (mail goes to ``.eml`` files in the outbox) when absent."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("host"), str):
        raise _fail(where, "smtp", "must be a mapping with at least 'host'")
    if "password" in raw:
        raise _fail(where, "smtp.password", "secrets do not belong in the file; use password_env")
    security = raw.get("security", "starttls")
    if security not in ("starttls", "ssl", "none"):
        raise _fail(where, "smtp.security", f"{security!r} is not one of starttls, ssl, none")
    port = raw.get("port", 465 if security == "ssl" else 587)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise _fail(where, "smtp.port", f"{port!r} is not a TCP port")
    username = raw.get("username")
    password = _env(where, "smtp.password_env", raw.get("password_env"))
    if password is not None and not username:
        raise _fail(where, "smtp.username", "a password needs a username")
    return SMTPConfig(
        host=raw["host"],
        port=port,
        security=security,
        username=str(username) if username else None,
        password=password,
        timeout=_number(raw.get("timeout"), where, "smtp.timeout", 30.0, 1.0),
        ca_certs=str(raw["ca_certs"]) if raw.get("ca_certs") else None,
    )


def parse_alerts(raw: Any, smtp: SMTPConfig | None, where: str) -> AlertsConfig:
    """The ``alerts`` section: sender, operator recipients (crawl health mail) and watch rules."""
    raw = raw or {}
    if not isinstance(raw, dict):
        raise _fail(where, "alerts", "must be a mapping with 'rules'")
    rules_raw = raw.get("rules") or []
    if not isinstance(rules_raw, list):
        raise _fail(where, "alerts.rules", "must be a list")
    rules = tuple(parse_rule(item, where, index) for index, item in enumerate(rules_raw))
    _names_unique([rule.name for rule in rules], where, "alerts.rules", "rule")
    sender = raw.get("sender", "lurewatch@localhost")
    if not isinstance(sender, str) or not _EMAIL.match(sender.split("<")[-1].rstrip(">")):
        raise _fail(where, "alerts.sender", f"{sender!r} is not an e-mail address")
    return AlertsConfig(rules=rules, sender=sender, smtp=smtp,
                        operator=_addresses(raw.get("operator"), where, "alerts.operator"))


def parse_health(raw: Any, where: str) -> HealthConfig:
    """The ``health`` section: thresholds for every source of a run."""
    raw = raw or {}
    if not isinstance(raw, dict):
        raise _fail(where, "health", "must be a mapping of thresholds")
    unknown = sorted(set(raw) - {"min_posts", "max_error_rate", "max_throttled_429", "finish_reasons"})
    if unknown:
        raise _fail(where, f"health.{unknown[0]}", "is not a threshold (min_posts, max_error_rate, "
                    "max_throttled_429, finish_reasons)")
    defaults = HealthConfig()
    reasons = _strings(raw.get("finish_reasons"), where, "health.finish_reasons") or defaults.finish_reasons
    return HealthConfig(
        min_posts=int(_number(raw.get("min_posts"), where, "health.min_posts", defaults.min_posts, 0)),
        max_error_rate=_number(raw.get("max_error_rate"), where, "health.max_error_rate", defaults.max_error_rate, 0, 1),
        max_throttled_429=int(_number(raw.get("max_throttled_429"), where, "health.max_throttled_429",
                                      defaults.max_throttled_429, 0)),
        finish_reasons=reasons,
    )


def _base_url(raw: Any, where: str, field_name: str) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or urlsplit(raw).scheme not in ("http", "https"):
        raise _fail(where, field_name, f"{raw!r} is not an http(s) URL")
    return raw.rstrip("/")


def load_config(path: str | Path | None = None, data_dir: str | Path | None = None) -> Config:
    """Read a configuration file; with no path, ``lurewatch.yaml`` in the working directory.
    ``data_dir`` (the command line's ``--data-dir``), when given, replaces the file's."""
    config = _read_config(path)
    return replace(config, data_dir=Path(data_dir)) if data_dir is not None else config


def _read_config(path: str | Path | None) -> Config:
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
    _names_unique([source.name for source in sources], where, "sources", "source")
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
        schedule=parse_schedule(raw.get("schedule"), sources, where),
        alerts=parse_alerts(raw.get("alerts"), parse_smtp(raw.get("smtp"), where), where),
        health=parse_health(raw.get("health"), where),
        kibana_url=_base_url(raw.get("kibana_url", DEFAULT_KIBANA_URL), where, "kibana_url"),
        ui_url=_base_url(raw.get("ui_url"), where, "ui_url"),
    )
