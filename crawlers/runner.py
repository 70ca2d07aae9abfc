"""Crawl a set of sources in one process: ``python -m crawlers.runner SPEC.json RESULT.json``.

Twisted's reactor cannot be restarted, so every crawl runs in a child process of its own; the
parent (``lurewatch run``, the scheduler) writes a spec, starts this module, and reads the result:
per source, the items scraped and stored, the pages fetched, errors and the finish reason.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

#: Summary key → Scrapy stat, for each source in the run summary.
RESULT_STATS = {
    "posts": "item_scraped_count",
    "new": "lurewatch/posts_new",
    "updated": "lurewatch/posts_updated",
    "pages": "response_received_count",
    "errors": "log_count/ERROR",
    "retries": "retry/count",
    "throttled_429": "downloader/response_status_count/429",
    "robots_forbidden": "robotstxt/forbidden",
    "evidence": "lurewatch/evidence/raw",
}
#: … and for sources crawled with a browser: pages opened and closed (equal when none leaked),
#: screenshots taken, images/fonts/media blocked.
BROWSER_STATS = {
    "screenshots": "lurewatch/evidence/screenshots",
    "browser_pages": "playwright/page_count",
    "browser_pages_closed": "playwright/page_count/closed",
    "browser_blocked": "playwright/request_count/aborted",
}


def crawl(spec: dict[str, Any]) -> dict[str, Any]:
    """Run every source of ``spec`` in one CrawlerProcess and return per-source stats."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict(spec.get("settings") or {}, priority="cmdline")
    if spec.get("store"):
        settings.set("LUREWATCH_STORE", spec["store"], priority="cmdline")
    settings.set("LOG_LEVEL", spec.get("log_level", "WARNING"), priority="cmdline")
    settings.set("EXTENSIONS", {"crawlers.extensions.Progress": 500}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for source in spec["sources"]:
        crawler = process.create_crawler(source["spider"])
        crawlers.append((source["name"], crawler))
        process.crawl(crawler, **source["args"])
    process.start()
    results: dict[str, Any] = {}
    for name, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        results[name] = {key: stats.get(stat, 0) for key, stat in RESULT_STATS.items()}
        if "playwright/page_count" in stats:
            results[name].update({key: stats.get(stat, 0) for key, stat in BROWSER_STATS.items()})
        results[name]["finish_reason"] = stats.get("finish_reason")
    return results


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m crawlers.runner SPEC.json RESULT.json", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as handle:
        spec = json.load(handle)
    results = crawl(spec)
    with open(argv[1], "w", encoding="utf-8") as handle:
        json.dump(results, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
