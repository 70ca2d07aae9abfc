"""The command line as a user meets it: real subprocesses, pipes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LUREWATCH = [sys.executable, "-m", "ops.cli"]
REPO = Path(__file__).resolve().parents[2]

POSTS = [
    {"id": "p1", "text": "Việc làm Campuchia lương 1500$, Zalo 0912 345 678", "platform": "reddit", "author_id": "a"},
    {"id": "p2", "text": "Customer service in Cambodia, WhatsApp +84 912 345 678", "platform": "reddit", "author_id": "b"},
    {"id": "p3", "text": "Barista wanted in Da Nang", "platform": "reddit", "author_id": "c"},
]


def lw(*args: str, stdin: str | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LUREWATCH, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=120)


def jsonl(posts: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def test_enrich_is_a_pipe_one_line_out_per_line_in(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(jsonl(POSTS), encoding="utf-8")
    result = lw("enrich", str(path))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["id"] for p in out] == ["p1", "p2", "p3"]
    assert out[0]["lang"] == "vi"
    assert out[0]["identifiers"][0]["value"] == "+84912345678"


def test_cluster_reads_stdin_and_links_shared_numbers() -> None:
    enriched = lw("enrich", "-", stdin=jsonl(POSTS)).stdout
    result = lw("cluster", "-", stdin=enriched)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["id"] for p in out] == ["p1", "p2", "p3"]
    assert out[0]["cluster_id"] is not None and out[0]["cluster_id"] == out[1]["cluster_id"]
    assert out[2]["cluster_id"] is None
    assert out[1]["links"] == [{"key": "phone:+84912345678", "reason": "shared phone +84912345678", "strength": 1.0}]


@pytest.mark.parametrize("command", ["enrich", "cluster"])
def test_malformed_line_is_one_error_line_with_file_and_line(tmp_path: Path, command: str) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(jsonl(POSTS[:2]) + '{"id": "p9", "text": \n', encoding="utf-8")
    result = lw(command, str(path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: {path}:3: not valid JSON (Expecting value at end of line)"]
    assert "Traceback" not in result.stderr


def test_missing_input_file_is_exit_2(tmp_path: Path) -> None:
    result = lw("enrich", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {tmp_path / 'nope.jsonl'}:0: No such file")


def test_run_with_unreachable_es_is_one_line_and_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "lurewatch.yaml"
    config.write_text(
        f"data_dir: {tmp_path / 'data'}\nsources: [{{platform: telegram, url: 'http://127.0.0.1:9/s/x'}}]\n",
        encoding="utf-8",
    )
    result = lw("run", "--config", str(config), "--es", "http://127.0.0.1:9")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: Elasticsearch at http://127.0.0.1:9 is not reachable")


def test_run_without_config_says_how_to_start(tmp_path: Path) -> None:
    result = lw("run", cwd=tmp_path)
    assert result.returncode == 2
    assert "error: no configuration: give --config FILE" in result.stderr


def test_every_command_has_help() -> None:
    for args in (["--help"], ["demo", "--help"], ["run", "--help"], ["enrich", "--help"], ["cluster", "--help"],
                 ["es", "--help"], ["es", "start", "--help"], ["es", "status", "--help"], ["es", "stop", "--help"],
                 ["schedule", "--help"], ["runs", "--help"], ["alerts", "--help"], ["alerts", "test", "--help"]):
        result = lw(*args)
        assert result.returncode == 0 and "Usage:" in result.stdout, args


def test_es_status_says_down_with_exit_1(tmp_path: Path) -> None:
    result = lw("es", "status", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert result.stdout.startswith("down:")
    result = lw("es", "status", "--json", "--data-dir", str(tmp_path))
    assert json.loads(result.stdout)["running"] is False


@pytest.mark.es
def test_es_status_says_up_for_the_running_node(es_url: str) -> None:
    if os.environ.get("LUREWATCH_TEST_ES_URL"):
        pytest.skip("the session uses an external node, not the local one in <repo>/data")
    result = lw("es", "status")  # the default data dir is <repo>/data, where the session's node runs
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith(f"up: {es_url} (Elasticsearch 9.")


def test_schedule_without_groups_and_runs_without_store_are_one_line_errors(tmp_path: Path) -> None:
    config = tmp_path / "lurewatch.yaml"
    config.write_text(f"data_dir: {tmp_path}\nsources: [{{platform: telegram, url: 'https://t.me/s/a'}}]\n", encoding="utf-8")
    result = lw("schedule", "--config", str(config))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: {config}: schedule.groups: no group is scheduled "
                                                  "(e.g. groups: {telegram: every 30m})"]
    result = lw("runs", "--config", str(config))
    assert result.returncode == 2 and result.stderr.startswith("error: no store at ")


def test_schedule_list_before_the_first_start(tmp_path: Path) -> None:
    config = tmp_path / "lurewatch.yaml"
    config.write_text(f"data_dir: {tmp_path}\nsources: [{{platform: telegram, url: 'https://t.me/s/a', group: tg}}]\n"
                      "schedule: {groups: {tg: '0 6 * * *'}}\n", encoding="utf-8")
    result = lw("schedule", "--list", "--json", "--config", str(config))
    assert result.returncode == 0, result.stderr
    (job,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert job["group"] == "tg" and job["stored"] is False and job["next_run"].endswith("T06:00:00+00:00")
