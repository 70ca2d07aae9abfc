"""Configuration loading: every mistake is one line naming the file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops.config import ConfigError, load_config

REPO = Path(__file__).resolve().parents[2]


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
