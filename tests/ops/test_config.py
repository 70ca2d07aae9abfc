"""Configuration loading: every mistake is one line naming the file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops.config import ConfigError, load_config

REPO = Path(__file__).resolve().parents[2]
TG = "sources: [{platform: telegram, url: 'https://t.me/s/a', group: tg}]"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lurewatch.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_config_loads() -> None:
    config = load_config(REPO / "config.example.yaml")
    assert [s.platform for s in config.sources] == ["telegram", "reddit", "jobboard", "fbgroup"]
    assert config.sources[0].region == "KH"
    assert config.sources[0].spider_args()["url"].startswith("https://t.me/s/")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources: [{platform: myspace, url: 'https://x.org'}]", "sources[0].platform: 'myspace' is not one of"),
        ("sources: [{platform: telegram, url: 'ftp://x'}]", "sources[0].url"),
        ("sources: [{platform: telegram, url: 'https://t.me/s/a', region: Cambodia}]", "sources[0].region"),
        ("sources: {a: 1}", "sources: must be a list"),
        ("elasticsearch: {url: 'http://x:9200', password: hunter2}", "secrets do not belong in the file"),
        ("elasticsearch: {url: 'http://x:9200', api_key_env: LUREWATCH_TEST_UNSET_VAR}", "LUREWATCH_TEST_UNSET_VAR is not set"),
        ("sources: [\n  - {platform: telegram\n", "not valid YAML"),
        ("sources:\n - {platform: telegram, url: 'https://t.me/s/a', name: x}\n - {platform: reddit, url: 'https://r.com/r/b', name: x}",
         "duplicate source name 'x'"),
        (f"{TG}\nschedule: {{groups: {{tg: 'every soon'}}}}", "schedule.groups.tg: 'every soon' is not an interval"),
        (f"{TG}\nschedule: {{groups: {{tg: '61 * * * *'}}}}", "schedule.groups.tg: '61 * * * *' is not a crontab line"),
        (f"{TG}\nschedule: {{groups: {{nope: 'every 1h'}}}}", "schedule.groups.nope: no source is in this group"),
        (f"{TG}\nschedule: {{timezone: Mars/Olympus, groups: {{tg: 'every 1h'}}}}", "schedule.timezone"),
        ("alerts: {rules: [{name: r, recipients: [nobody]}]}", "alerts.rules[0].recipients: 'nobody' is not an e-mail"),
        ("alerts: {rules: [{name: r, recipients: [a@b.org], filters: {size: 3}}]}", "alerts.rules[0].filters.size: is not a filter"),
        ("alerts: {rules: [{name: r, recipients: [a@b.org], filters: {min_risk: 2}}]}", "alerts.rules[0].filters.min_risk"),
        ("alerts: {rules: [{name: r, recipients: [a@b.org], filters: {identifiers: ['icq:1']}}]}", "kind must be one of"),
        ("alerts: {rules: [{name: r, recipients: [a@b.org], triggers: {grew_by: 0}}]}", "triggers.grew_by"),
        ("alerts: {rules: [{name: r, recipients: [a@b.org], triggers: {new: false}}]}", "switches every trigger off"),
        ("alerts: {rules: [{name: r, recipients: [a@b.org]}, {name: r, recipients: [a@b.org]}]}", "duplicate rule name 'r'"),
        ("smtp: {host: mail.example.org, password: hunter2}", "smtp.password: secrets do not belong in the file"),
        ("smtp: {host: mail.example.org, security: tls}", "smtp.security: 'tls' is not one of"),
        ("smtp: {host: mail.example.org, username: u, password_env: LUREWATCH_TEST_UNSET_VAR}", "LUREWATCH_TEST_UNSET_VAR is not set"),
        ("health: {max_error_rate: 3}", "health.max_error_rate"),
        ("health: {max_errors: 3}", "health.max_errors: is not a threshold"),
        ("kibana_url: kibana.local", "kibana_url: 'kibana.local' is not an http(s) URL"),
    ],
)
def test_config_errors_name_file_and_field(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(path))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_secrets_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LW_KEY", "s3cret")
    config = load_config(write(tmp_path, "elasticsearch: {url: 'https://es:9200', api_key_env: LW_KEY}"))
    assert config.es is not None and config.es.api_key == "s3cret"
    assert "s3cret" not in repr(config.sources)


def test_example_config_has_schedule_rules_and_health() -> None:
    config = load_config(REPO / "config.example.yaml")
    assert {g.group: g.spec for g in config.schedule.groups} == {
        "telegram": "every 30m", "reddit": "every 2h", "boards": "0 */6 * * *", "groups": "30 3 * * *"}
    rule = config.alerts.rules[0]
    assert rule.name == "cambodia-compounds" and rule.grew_by == 3 and rule.on_new and rule.on_new_identifier
    assert "phone:+855977123456" in rule.identifiers
    assert config.alerts.smtp is None  # .eml files in the outbox by default
    assert config.health.max_throttled_429 == 10 and config.kibana_url == "http://localhost:5601"


def test_a_source_schedule_is_its_group_schedule(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "sources: [{platform: telegram, url: 'https://t.me/s/a', group: tg, schedule: every 90s}]"))
    assert [(g.group, g.interval) for g in config.schedule.groups] == [("tg", 90.0)]
    with pytest.raises(ConfigError, match="already scheduled as 'every 1h'"):
        load_config(write(tmp_path, "sources: [{platform: telegram, url: 'https://t.me/s/a', group: tg, schedule: every 90s}]\n"
                                    "schedule: {groups: {tg: every 1h}}"))


def test_rule_identifiers_are_normalized(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "alerts: {rules: [{name: r, recipients: [a@b.org], "
                                         "filters: {identifiers: ['telegram:@KH_Jobs', email]}}]}"))
    assert config.alerts.rules[0].identifiers == ("telegram:kh_jobs", "email")
    # Phones and URLs as enrichment writes them, whatever the spelling in the rule.
    written = write(tmp_path, "alerts: {rules: [{name: r, recipients: [a@b.org], filters: "
                              "{identifiers: ['phone:+66 81-234 5678', 'url:HTTP://Example.org/jobs#top']}}]}")
    assert load_config(written).alerts.rules[0].identifiers == ("phone:+66812345678", "url:http://example.org/jobs")
    local = write(tmp_path, "alerts: {rules: [{name: r, recipients: [a@b.org], filters: {identifiers: ['phone:081 234 5678']}}]}")
    with pytest.raises(ConfigError, match="international form"):
        load_config(local)


def test_smtp_password_comes_from_the_environment_and_is_never_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LW_SMTP", "p4ss")
    config = load_config(write(tmp_path, "smtp: {host: mail.example.org, security: ssl, username: lw, password_env: LW_SMTP}"))
    assert config.alerts.smtp is not None and config.alerts.smtp.password == "p4ss"
    assert config.alerts.smtp.port == 465
    assert "p4ss" not in repr(config)
