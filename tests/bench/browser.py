"""Browser benchmark: pages/s with 1 and 4 concurrent Chromium pages, and memory over 1,000 pages.

    python tests/bench/browser.py [--pages 1000] [--single-pages 150]

Starts the sandbox job board on 127.0.0.1 and, in a child process per run (Twisted's reactor
cannot restart), crawls its job pages the way the ``jobboard`` spider does — rendered by Chromium
through scrapy-playwright, read, screenshotted, stored as evidence — over and over until the page
count is reached. Pages/s counts finished pages between the 10th and the last. Memory is that of
the whole crawl (the Scrapy process, Playwright's driver and every Chromium process), taken after
the first 20 pages and again after the last one, as PSS (shared pages split between the processes
that share them: what the crawl really holds) and as summed RSS (shared pages counted once per
process). Exits 1 when a crawl stops short or its memory cannot be read.
Targets on 2 cores: at least 5 pages/s with 4 pages, memory growth at most 20 % over 1,000 pages.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.procfs import tree_memory  # noqa: E402

WARM_PAGES = 20


def child(url: str, board: dict[str, Any], concurrency: int, pages: int, result_path: str) -> None:
    """One measured crawl (runs in its own process)."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawlers.spiders.jobboard import JobBoardSpider

    marks: dict[str, Any] = {"done": 0, "times": []}

    class BenchSpider(JobBoardSpider):
        name = "jobboard-bench"

        async def start(self) -> AsyncIterator[Any]:
            # As the real spider does: the job pages are scheduled together (from the listing).
            yield scrapy.Request(f"{base}/api/jobs?page=1", callback=self.schedule_jobs)

        def schedule_jobs(self, response: Any) -> Any:
            links = [f"{base}/jobs/{job['id']}" for job in json.loads(response.text)["jobs"]]
            for index in range(pages):
                yield self.browser_request(links[index % len(links)], self.parse_job, dont_filter=True)

        async def parse_job(self, response: Any) -> AsyncIterator[Any]:  # type: ignore[override]
            async for item in super().parse_job(response):
                yield item
            marks["done"] += 1
            marks["times"].append(time.monotonic())
            if marks["done"] == WARM_PAGES:
                marks["start"] = tree_memory(os.getpid())
            if marks["done"] == pages:
                marks["end"] = tree_memory(os.getpid())

    base = url.rsplit("/jobs", 1)[0]

    settings = get_project_settings()
    with tempfile.TemporaryDirectory(prefix="lurewatch-bench-") as tmp:
        settings.setdict({
            "LOG_LEVEL": "WARNING", "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
            "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 2 * concurrency, "LUREWATCH_EVIDENCE_DIR": os.path.join(tmp, "evidence"),
            "ITEM_PIPELINES": {"crawlers.pipelines.EvidencePipeline": 50},
        }, priority="cmdline")
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(BenchSpider)
        process.crawl(crawler, url=url, board=board)
        process.start()
        stats = crawler.stats.get_stats() if crawler.stats else {}
    times = marks["times"]
    rate = (len(times) - 10) / (times[-1] - times[9]) if len(times) > 20 else 0.0
    result = {"concurrency": concurrency, "pages": marks["done"], "pages_per_s": round(rate, 2),
              "rss_start_mb": round(marks.get("start", {}).get("rss", 0) / 2**20, 1),
              "rss_end_mb": round(marks.get("end", {}).get("rss", 0) / 2**20, 1),
              "pss_start_mb": round(marks.get("start", {}).get("pss", 0) / 2**20, 1),
              "pss_end_mb": round(marks.get("end", {}).get("pss", 0) / 2**20, 1),
              "opened": stats.get("playwright/page_count", 0), "closed": stats.get("playwright/page_count/closed", 0),
              "contexts": stats.get("playwright/context_count", 0),
              "reused": stats.get("lurewatch/browser/pages_reused", 0),
              "blocked": stats.get("playwright/request_count/aborted", 0)}
    with open(result_path, "w", encoding="utf-8") as handle:
        json.dump(result, handle)


def run(concurrency: int, pages: int, url: str, board: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        result_path = os.path.join(tmp, "result.json")
        spec = json.dumps({"url": url, "board": board, "concurrency": concurrency, "pages": pages,
                           "result": result_path})
        subprocess.run([sys.executable, __file__, "--child", spec], cwd=REPO, check=True)
        with open(result_path, encoding="utf-8") as handle:
            data: dict[str, Any] = json.load(handle)
            return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages with 4 concurrent pages (default 1000)")
    parser.add_argument("--single-pages", type=int, default=150, help="pages with 1 page at a time (default 150)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        spec = json.loads(args.child)
        child(spec["url"], spec["board"], spec["concurrency"], spec["pages"], spec["result"])
        return 0

    from ops.sandbox.browser_pages import SANDBOX_BOARD
    from ops.sandbox.server import Sandbox

    with Sandbox(seed=7) as sandbox:
        url = f"{sandbox.jobboard_url}/jobs"
        single = run(1, args.single_pages, url, SANDBOX_BOARD)
        print(f"browser, 1 page at a time:  {single['pages_per_s']:.2f} pages/s over {single['pages']} pages", flush=True)
        four = run(4, args.pages, url, SANDBOX_BOARD)
    print(f"browser, 4 pages at a time: {four['pages_per_s']:.2f} pages/s over {four['pages']} pages "
          f"(target >= 5; {'met' if four['pages_per_s'] >= 5 else 'NOT met'})")
    for name, label in (("pss", "PSS (shared pages split between processes)"),
                        ("rss", "RSS (summed per process, shared pages counted in each)")):
        start, end = four[f"{name}_start_mb"], four[f"{name}_end_mb"]
        growth = (end / start - 1) * 100 if start and end else float("nan")
        print(f"memory {label}: {start:.0f} MB after {WARM_PAGES} pages, {end:.0f} MB after {four['pages']} pages: "
              f"{growth:+.1f} % (target <= +20 %; {'met' if growth <= 20 else 'NOT met'})")
    print(f"tabs opened {four['opened']}, closed {four['closed']}, reused {four['reused']} times; "
          f"contexts {four['contexts']}; requests blocked {four['blocked']}")
    print(json.dumps({"single": single, "four": four}))
    # A crawl that stopped short, or memory that could not be read, is a failed benchmark, not a pass.
    complete = all(r["pages"] == want and r["pss_end_mb"] > 0 for r, want in ((single, args.single_pages),
                                                                               (four, args.pages)))
    if not complete:
        print("error: a crawl finished fewer pages than asked, or its memory could not be read", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
