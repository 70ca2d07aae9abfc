"""The browser spiders against the sandbox's JavaScript platforms, in real headless Chromium,
run the way a user runs them: ``scrapy crawl`` from the repository root."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawlers.items import make_post_id, validate_post
from ops.sandbox.browser_pages import BATCH, PREVIEW_CHARS, PREVIEW_LINES, SANDBOX_BOARD, job_id
from ops.sandbox.server import Sandbox

REPO = Path(__file__).resolve().parents[2]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
        "-s", "LOG_LEVEL=INFO"]
HEAVY = ("/static/img/", "/static/fonts/", "/static/sound/")


@dataclass
class Crawl:
    items: list[dict]
    log: str
    data: Path

    def stat(self, key: str) -> int:
        match = re.search(rf"'{re.escape(key)}': (\d+)", self.log)
        return int(match.group(1)) if match else 0


def start_crawl(data: Path, spider: str, *args: str) -> subprocess.Popen[str]:
    """``scrapy crawl`` in the background (the crawls of this module run side by side)."""
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", spider, *FAST, *args,
         "-s", f"LUREWATCH_EVIDENCE_DIR={data / 'evidence'}", "-O", str(data / "items.jsonl")],
        # A file, not a pipe: a crawl blocked on a full pipe would wait for the others to finish.
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=open(data / "crawl.log", "w", encoding="utf-8"), text=True,
    )


def finish_crawl(data: Path, process: subprocess.Popen[str], timeout: float = 240) -> Crawl:
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        log = (data / "crawl.log").read_text(encoding="utf-8")
        raise AssertionError(f"the crawl did not end within {timeout:.0f} s:\n{log[-3000:]}") from None
    log = (data / "crawl.log").read_text(encoding="utf-8")
    assert process.returncode == 0, log[-3000:]
    out = data / "items.jsonl"
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return Crawl(items, log, data)


def finish_crawls(dirs: dict[str, Path], running: dict[str, subprocess.Popen[str]],
                  timeout: float = 240) -> dict[str, Crawl | AssertionError]:
    """Every crawl's outcome (a failed one's error, raised by :func:`outcome` in its own tests);
    none is left running."""
    done: dict[str, Crawl | AssertionError] = {}
    try:
        for name, process in running.items():
            try:
                done[name] = finish_crawl(dirs[name], process, timeout)
            except AssertionError as exc:
                done[name] = exc
    finally:
        for process in running.values():
            if process.poll() is None:
                process.kill()
                process.wait()
    return done


def outcome(done: dict[str, Crawl | AssertionError], name: str) -> Crawl:
    crawl = done[name]
    if isinstance(crawl, AssertionError):
        raise crawl
    return crawl


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(seed=7) as box:
        yield box


@pytest.fixture(scope="module")
def failing_job(sandbox: Sandbox) -> str:
    """A job whose page keeps answering 500: its browser page must still be closed."""
    return job_id(sandbox.corpus.posts_in("jobboard", "asiacareers")[5])


@pytest.fixture(scope="module")
def crawls(sandbox: Sandbox, failing_job: str, tmp_path_factory: pytest.TempPathFactory):
    """The board and the group crawled side by side, and a board whose robots.txt forbids it
    (on a sandbox of its own)."""
    dirs = {name: tmp_path_factory.mktemp(name) for name in ("board", "group", "forbidden")}
    config = dirs["board"] / "board.json"
    config.write_text(json.dumps(SANDBOX_BOARD), encoding="utf-8")
    sandbox.add_fault("jobboard", f"/jobs/{failing_job}", "500", times=4)  # the first try and 3 retries
    before = dict(sandbox.platform_requests["jobboard"])
    group_name = next(p.name for p in sandbox.corpus.places if p.platform == "fbgroup")
    with Sandbox(seed=7) as closed:
        closed.set_robots("jobboard", "User-agent: *\nDisallow: /jobs\n")
        running = {
            "board": start_crawl(dirs["board"], "jobboard", "-a", f"url={sandbox.jobboard_url}/jobs", "-a", f"board={config}"),
            "group": start_crawl(dirs["group"], "fbgroup", "-a", f"url={sandbox.fbgroup_url}/groups/{group_name}/",
                                 "-a", "scroll_wait_ms=1500"),
            "forbidden": start_crawl(dirs["forbidden"], "jobboard", "-a", f"url={closed.jobboard_url}/jobs",
                                     "-a", f"board={config}"),
        }
        done = finish_crawls(dirs, running)
    if isinstance(done["board"], Crawl):
        done["board"].requests = {path: n - before.get(path, 0)  # type: ignore[attr-defined]
                                  for path, n in sandbox.platform_requests["jobboard"].items()}
    return done


@pytest.fixture
def board(crawls) -> Crawl:
    return outcome(crawls, "board")


@pytest.fixture
def group(crawls) -> Crawl:
    return outcome(crawls, "group")


def iso(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def is_long(post) -> bool:
    """A group post shown cut short, with a "See more"."""
    return len(post.text) > PREVIEW_CHARS + 50 or post.text.count("\n") > PREVIEW_LINES


def newest_first(posts: list) -> list:
    """The order the sandbox lists jobs and group posts in."""
    return sorted(posts, key=lambda p: (p.published_at, p.native_id), reverse=True)


def test_scrapy_lists_the_browser_spiders() -> None:
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO, capture_output=True, text=True)
    assert {"jobboard", "fbgroup"} <= set(result.stdout.split())


def test_jobboard_reads_every_job_with_the_configured_selectors(sandbox: Sandbox, board: Crawl, failing_job: str) -> None:
    jobs = sandbox.corpus.posts_in("jobboard", "asiacareers")
    assert len(jobs) > 2 * BATCH, "the listing must need several scrolls"
    expected = {make_post_id("jobboard", native_id=p.native_id): p for p in jobs if job_id(p) != failing_job}
    by_id = {item["id"]: item for item in board.items}
    assert set(by_id) == set(expected)
    for post_id, post in expected.items():
        item = validate_post(by_id[post_id])
        assert item["text"] == post.text.strip()
        assert item["title"] == post.title and item["author"] == post.author and item["author_id"] == post.author_id
        assert item["published_at"] == iso(post.published_at)
        assert item["url"] == f"{sandbox.jobboard_url}/jobs/{job_id(post)}"


def test_jobboard_dismisses_consent_scrolls_and_blocks_heavy_resources(board: Crawl) -> None:
    assert board.stat("lurewatch/browser/overlays_dismissed") >= 1
    assert board.stat("lurewatch/browser/scrolls") >= 3
    assert board.stat("playwright/request_count/aborted") > 0
    fetched = {path for path, n in board.requests.items() if n > 0}  # type: ignore[attr-defined]
    assert not [path for path in fetched if path.startswith(HEAVY)], "images, fonts and media must not be fetched"
    assert any(path.startswith("/api/jobs?page=") for path in fetched)
    # Pages are not routed through Playwright, so Chromium's cache serves the board's script and
    # style sheet (cacheable for a day) to every page after the first ones of a context.
    job_pages = sum(n for path, n in board.requests.items() if path.startswith("/jobs/"))  # type: ignore[attr-defined]
    assert job_pages > 20 and board.requests.get("/static/board.js", 0) <= 8  # type: ignore[attr-defined]


def test_every_browser_page_is_closed_even_when_it_fails(board: Crawl, group: Crawl, failing_job: str) -> None:
    assert board.stat("lurewatch/browser/page_errors") == 1
    for crawl in (board, group):
        opened = crawl.stat("playwright/page_count")
        assert opened > 0 and crawl.stat("playwright/page_count/closed") == opened


def test_fbgroup_scrolls_the_whole_feed_and_expands_see_more(sandbox: Sandbox, group: Crawl) -> None:
    posts = sandbox.corpus.posts_in("fbgroup", "vieclam.nuocngoai.campuchia")
    assert len(posts) > 2 * BATCH
    by_id = {item["id"]: item for item in group.items}
    assert set(by_id) == {make_post_id("fbgroup", native_id=p.native_id) for p in posts}
    long_posts = [p for p in posts if is_long(p)]
    assert long_posts and group.stat("lurewatch/browser/expanded") == len(long_posts)
    assert group.stat("lurewatch/browser/unexpanded") == 0
    for post in posts:
        item = validate_post(by_id[make_post_id("fbgroup", native_id=post.native_id)])
        assert item["text"] == post.text.strip()
        # Shown as "3d" with the absolute date in the title, to the minute.
        assert item["published_at"] == iso(post.published_at)
        assert item["author"] == post.author and item["author_id"] == post.author_id


def test_a_long_post_is_stored_whole_with_its_evidence(sandbox: Sandbox, group: Crawl) -> None:
    longest = max(sandbox.corpus.posts_in("fbgroup", "vieclam.nuocngoai.campuchia"), key=lambda p: len(p.text))
    item = next(i for i in group.items if i["id"] == make_post_id("fbgroup", native_id=longest.native_id))
    assert item["text"] == longest.text.strip()
    raw = (group.data / item["evidence"]["path"]).read_text(encoding="utf-8")
    # The page the post was read from holds its last line: the text after "See more".
    last_line = longest.text.strip().split("\n")[-1]
    assert last_line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in raw
    assert 'role="button"' not in raw.split(f"/posts/{longest.native_id}/")[1].split('role="article"')[0]


@pytest.mark.parametrize("crawl_name", ["board", "group"])
def test_browser_posts_carry_raw_bytes_and_a_screenshot(crawl_name: str, request: pytest.FixtureRequest) -> None:
    crawl: Crawl = request.getfixturevalue(crawl_name)
    assert crawl.items
    for item in crawl.items:
        evidence = item["evidence"]
        raw = (crawl.data / evidence["path"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == evidence["sha256"] and evidence["sha256"] in evidence["path"]
        assert evidence["path"].endswith(".html")
        shot = (crawl.data / evidence["screenshot"]).read_bytes()
        assert shot.startswith(b"\x89PNG\r\n\x1a\n")
        assert hashlib.sha256(shot).hexdigest() == evidence["screenshot_sha256"]
    assert crawl.stat("lurewatch/evidence/screenshots") == len(crawl.items)
    # A job's own page is its raw evidence; the group page all its posts were read from is one file.
    pages = {item["evidence"]["path"] for item in crawl.items}
    assert len(pages) == (len(crawl.items) if crawl_name == "board" else 1)


def test_robots_txt_stops_a_browser_crawl_before_chromium(crawls) -> None:
    forbidden = outcome(crawls, "forbidden")
    assert forbidden.items == []
    assert forbidden.stat("robotstxt/forbidden") == 1
    assert forbidden.stat("playwright/page_count") == 0


# -- when things go wrong ---------------------------------------------------------------------------

NOT_THERE = '[role="feed"] > .no-such-post'


@pytest.fixture(scope="module")
def troubles(sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory):
    """Crawls side by side (after the ones above, each but the last on a sandbox of its own).

    ``contexts``: the first ten jobs, one page at a time and 1.5 s apart (each done before the
    next starts), two pages to a context and to a tab, at most two contexts (a crawl that left
    retired contexts open would wait for a third forever), one job whose page never renders.
    ``stuck``: the group with one "See more" whose fetch keeps failing.
    ``selectors``: the group with ``-a selectors=<json>`` naming a post selector that matches nothing."""
    dirs = {name: tmp_path_factory.mktemp(name) for name in ("contexts", "stuck", "selectors")}
    config = dirs["contexts"] / "board.json"
    config.write_text(json.dumps({**SANDBOX_BOARD, "listing": {**SANDBOX_BOARD["listing"], "scroll": False,
                                                                "max_items": 10}}), encoding="utf-8")
    group_name = next(p.name for p in sandbox.corpus.places if p.platform == "fbgroup")
    with Sandbox(seed=7) as board_box, Sandbox(seed=7) as group_box:
        listed = newest_first(board_box.corpus.posts_in("jobboard", "asiacareers"))[:10]
        blank = job_id(listed[3])
        assert not any(job_id(p).startswith(blank) for p in board_box.corpus.posts if p is not listed[3])
        board_box.add_fault("jobboard", f"/api/jobs/{blank}", "500", times=50)
        stuck = [p for p in newest_first(group_box.corpus.posts_in("fbgroup", group_name)) if is_long(p)][-1]
        group_box.add_fault("fbgroup", f"/api/groups/{group_name}/posts/{stuck.native_id}", "500", times=50)
        running = {
            "contexts": start_crawl(dirs["contexts"], "jobboard", "-a", f"url={board_box.jobboard_url}/jobs",
                                    "-a", f"board={config}", "-s", "CONCURRENT_REQUESTS=1",
                                    "-s", "DOWNLOAD_DELAY=1.5", "-s", "DOWNLOAD_DELAY_JITTER=0",
                                    "-s", "LUREWATCH_BROWSER_PAGE_REUSE=2", "-s", "LUREWATCH_BROWSER_PAGES_PER_CONTEXT=2",
                                    "-s", "PLAYWRIGHT_MAX_CONTEXTS=2"),
            "stuck": start_crawl(dirs["stuck"], "fbgroup", "-a", f"url={group_box.fbgroup_url}/groups/{group_name}/",
                                 "-a", "scroll_wait_ms=1500"),
            "selectors": start_crawl(dirs["selectors"], "fbgroup", "-a", f"url={sandbox.fbgroup_url}/groups/{group_name}/",
                                     "-a", "selectors=" + json.dumps({"post": NOT_THERE})),
        }
        done = finish_crawls(dirs, running, timeout=150)
    for name, extra in (("contexts", {"listed": listed, "blank": blank}), ("stuck", {"stuck": stuck})):
        if isinstance(done[name], Crawl):
            vars(done[name]).update(extra)
    return done


def test_retired_contexts_are_closed_so_a_long_crawl_never_waits_for_one(troubles) -> None:
    crawl = outcome(troubles, "contexts")
    listed, blank = crawl.listed, crawl.blank  # type: ignore[attr-defined]
    assert {item["id"] for item in crawl.items} == {
        make_post_id("jobboard", native_id=p.native_id) for p in listed if job_id(p) != blank}
    # Eleven pages, two to a context: six contexts. A tab closed after its second page leaves its
    # context current and empty; that context is closed when the next one starts.
    contexts = crawl.stat("playwright/context_count")
    assert contexts == 6 and crawl.stat("playwright/context_count/max_concurrent") in (1, 2)
    assert crawl.stat("lurewatch/browser/contexts_retired") == contexts - 1
    assert crawl.stat("lurewatch/browser/pages_reused") > 0
    opened = crawl.stat("playwright/page_count")
    assert opened > 0 and crawl.stat("playwright/page_count/closed") == opened


@pytest.mark.parametrize(("crawl_name", "selector"), [("contexts", SANDBOX_BOARD["detail"]["ready"]),
                                                      ("selectors", NOT_THERE)])
def test_a_page_that_never_renders_is_one_warning_and_counted(crawl_name: str, selector: str, troubles) -> None:
    crawl = outcome(troubles, crawl_name)
    warnings = [line for line in crawl.log.splitlines() if "page not ready" in line]
    assert len(warnings) == 1 and f"{selector} did not show within 15000 ms on http" in warnings[0]
    assert "WARNING" in warnings[0]
    if crawl_name == "contexts":
        assert f"/jobs/{crawl.blank}" in warnings[0]  # type: ignore[attr-defined]
    else:
        assert crawl.items == []  # the selectors given as JSON are the ones used
    assert crawl.stat("lurewatch/malformed_pages") == 1
    assert "Traceback" not in crawl.log and crawl.stat("spider_exceptions/TimeoutError") == 0
    opened = crawl.stat("playwright/page_count")
    assert opened > 0 and crawl.stat("playwright/page_count/closed") == opened


def test_a_see_more_that_stays_leaves_the_rest_unexpanded_but_every_post_read(
        sandbox: Sandbox, troubles) -> None:
    crawl = outcome(troubles, "stuck")
    stuck = crawl.stuck  # type: ignore[attr-defined]
    posts = sandbox.corpus.posts_in("fbgroup", "vieclam.nuocngoai.campuchia")
    by_id = {item["id"]: item for item in crawl.items}
    assert set(by_id) == {make_post_id("fbgroup", native_id=p.native_id) for p in posts}
    # The stuck one is the last long post of the feed: every other was expanded before it.
    assert crawl.stat("lurewatch/browser/expanded") == len([p for p in posts if is_long(p)]) - 1
    assert crawl.stat("lurewatch/browser/unexpanded") == 1
    assert by_id[make_post_id("fbgroup", native_id=stuck.native_id)]["text"] != stuck.text.strip()
    assert len([line for line in crawl.log.splitlines() if "did not go when clicked" in line]) == 1
    assert "Traceback" not in crawl.log
    opened = crawl.stat("playwright/page_count")
    assert opened > 0 and crawl.stat("playwright/page_count/closed") == opened
