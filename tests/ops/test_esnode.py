"""ops/esnode.py against a real Elasticsearch node: no mocks.

The session node (``es_url``) is shared with the rest of the suite and must not be stopped
here; the stop/start cycle runs a second node on its own home and port.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
import time
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from ops.esnode import (
    CANDIDATE_VERSIONS,
    ESNodeError,
    LocalES,
    _last_error,
    _probe_health,
    find_java,
    wait_for_health,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
LOCAL_NODE = not os.environ.get("LUREWATCH_TEST_ES_URL")
needs_local = pytest.mark.skipif(not LOCAL_NODE, reason="LUREWATCH_TEST_ES_URL points at an external node")


# -- the shared session node ------------------------------------------------------------------


@pytest.mark.es
@needs_local
def test_start_is_idempotent(es_url: str) -> None:
    node = LocalES(REPO_ROOT / "data")
    t0 = time.monotonic()
    assert node.start() == es_url
    assert time.monotonic() - t0 < 10
    assert node.launched is False  # found running, not started again
    # fetch() reuses the unpacked distribution (no Maven, no unzip).
    t0 = time.monotonic()
    install = node.fetch()
    assert time.monotonic() - t0 < 2
    assert (install / "bin" / "elasticsearch").is_file()


@pytest.mark.es
@needs_local
def test_status_reports_running_node(es_url: str) -> None:
    st = LocalES(REPO_ROOT / "data").status()
    assert st["running"] is True
    assert st["url"] == es_url
    assert isinstance(st["pid"], int)
    assert st["version"] in CANDIDATE_VERSIONS
    assert st["health"] in ("green", "yellow")
    if os.geteuid() == 0:
        # Elasticsearch refuses root: the node must run as the unprivileged user.
        assert Path(f"/proc/{st['pid']}").stat().st_uid != 0


@pytest.mark.es
def test_wait_for_health(es_url: str) -> None:
    assert wait_for_health(es_url, 10) in ("green", "yellow")


def test_wait_for_health_times_out_with_one_line() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens on it once closed
    with pytest.raises(ESNodeError) as err:
        wait_for_health(f"http://127.0.0.1:{port}", 1)
    assert "not ready" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.es
def test_client_indexes_and_searches(es_url: str, es_prefix: str) -> None:
    es = Elasticsearch(es_url)
    try:
        index = f"{es_prefix}-posts"
        es.indices.create(
            index=index,
            mappings={"properties": {"text": {"type": "text"}, "platform": {"type": "keyword"}}},
            settings={"number_of_replicas": 0},
        )
        es.index(
            index=index,
            id="p1",
            document={"text": "Typing job in Cambodia, free visa, contact Telegram", "platform": "telegram"},
            refresh=True,
        )
        hits = es.search(index=index, query={"match": {"text": "visa"}})["hits"]
        assert hits["total"]["value"] == 1
        assert hits["hits"][0]["_id"] == "p1"
        assert es.count(index=index, query={"term": {"platform": "telegram"}})["count"] == 1
    finally:
        es.close()


# -- find_java -----------------------------------------------------------------------------


def _fake_jdk(root: Path, version: str) -> Path:
    (root / "bin").mkdir(parents=True)
    java = root / "bin" / "java"
    java.write_text("#!/bin/sh\nexit 1\n")
    java.chmod(0o755)
    (root / "release").write_text(f'JAVA_VERSION="{version}"\n')
    return root


def test_find_java_rejects_too_old_jdk_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_jdk(tmp_path / "jdk17", "17")
    monkeypatch.setenv("LUREWATCH_JAVA_HOME", str(fake))
    with pytest.raises(ESNodeError) as err:
        find_java()
    msg = str(err.value)
    assert "Java 17" in msg and "21 or newer" in msg and "LUREWATCH_JAVA_HOME" in msg
    assert "\n" not in msg


def test_find_java_rejects_non_jdk_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LUREWATCH_JAVA_HOME", raising=False)
    monkeypatch.setenv("ES_JAVA_HOME", str(tmp_path))
    with pytest.raises(ESNodeError, match="ES_JAVA_HOME"):
        find_java()


def test_find_java_honours_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_jdk(tmp_path / "jdk25", "25.0.1")
    monkeypatch.setenv("LUREWATCH_JAVA_HOME", str(fake))
    assert find_java() == fake


def test_find_java_finds_a_jdk_21_plus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LUREWATCH_JAVA_HOME", raising=False)
    monkeypatch.delenv("ES_JAVA_HOME", raising=False)
    home = find_java()
    assert (home / "bin" / "java").is_file()
    release = (home / "release").read_text()
    major = int(release.split('JAVA_VERSION="', 1)[1].split(".")[0].split('"')[0])
    assert major >= 21


# -- errors a user can cause ---------------------------------------------------------------


def test_bad_arguments_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ESNodeError, match="heap"):
        LocalES(tmp_path, heap="lots")
    with pytest.raises(ESNodeError, match="version"):
        LocalES(tmp_path, version="latest")


def test_startup_failure_cause_is_taken_from_the_log(tmp_path: Path) -> None:
    # The tail of a real console.log of 9.5.4 refusing an unknown setting.
    log = tmp_path / "console.log"
    log.write_text(
        "WARNING: Unknown module: org.apache.arrow.memory.core specified to --add-opens\n"
        "[2026-11-28T01:20:36,011][ERROR][o.e.b.Elasticsearch      ] [lurewatch-local] fatal exception "
        "while booting Elasticsearchjava.lang.IllegalArgumentException: unknown setting [bogus.setting] "
        "please check that any required plugins are installed\n"
        "\tat org.elasticsearch.server@9.5.4/org.elasticsearch.common.settings.AbstractScopedSettings"
        ".validate(AbstractScopedSettings.java:606)\n"
        "\n"
        "ERROR: Elasticsearch did not exit normally - check the logs at /x/lurewatch-local.log\n"
        "Elasticsearch died while starting up, exit code: 1\n"
    )
    cause = _last_error([log, tmp_path / "missing.log"])
    assert cause is not None
    assert cause.startswith("java.lang.IllegalArgumentException: unknown setting [bogus.setting]")


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the node to another user")
def test_untraversable_parent_is_a_clear_error(tmp_path: Path) -> None:
    blocked = next(
        (p for p in tmp_path.parents if not p.stat().st_mode & stat.S_IXOTH), None
    )
    if blocked is None:
        pytest.skip(f"every parent of {tmp_path} is world-traversable here")
    with pytest.raises(ESNodeError) as err:
        LocalES(tmp_path / "data").start(timeout=5)
    msg = str(err.value)
    assert "lurewatch-es" in msg and "cannot enter" in msg and "\n" not in msg


# -- a full stop/start cycle on a separate node ----------------------------------------------


@pytest.mark.es
def test_start_stop_cycle_on_separate_home(es_url: str) -> None:
    # Not tmp_path: pytest's base temp dir is mode 700 and the node's user could not reach it.
    base = Path(tempfile.mkdtemp(prefix="lurewatch-estest-"))
    base.chmod(0o755)
    node = LocalES(base / "data", heap="512m")
    try:
        assert node.status()["running"] is False
        assert node.stop() is False  # nothing to stop

        t0 = time.monotonic()
        url = node.start(timeout=120)
        boot = time.monotonic() - t0
        assert node.launched is True
        assert url != es_url  # 9200 is taken by the session node (or someone): another port
        st = node.status()
        assert st["running"] is True and st["url"] == url and st["health"] in ("green", "yellow")
        print(f"separate node booted in {boot:.1f}s")

        assert node.stop() is True
        st = node.status()
        assert st == {"running": False, "url": None, "pid": None, "version": None, "health": None}
        assert not node.state_path.exists()
        assert _probe_health(url) is None
        assert node.stop() is False
        # The session node is untouched.
        assert wait_for_health(es_url, 10) in ("green", "yellow")
    finally:
        node.stop()
        shutil.rmtree(base, ignore_errors=True)
