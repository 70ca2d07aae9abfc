"""Scrapy settings for lurewatch's crawlers.

Polite by default: robots.txt obeyed, AutoThrottle on, an honest User-Agent that says who crawls
and why, and no cookies (public content only, no sessions).
"""

import os

from crawlers.chromium import launch_options

BOT_NAME = "lurewatch"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

USER_AGENT = (
    "lurewatch/0.1 (+https://github.com/lurewatch/lurewatch; research crawler for anti-trafficking work)"
)
ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# 429 and 5xx are retried a few times; AutoThrottle slows down on slow answers.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

ITEM_PIPELINES = {
    "crawlers.pipelines.EvidencePipeline": 50,
    "crawlers.pipelines.ValidatePipeline": 100,
    "crawlers.pipelines.DropDuplicatesPipeline": 200,
    "crawlers.pipelines.EnrichPipeline": 300,
    "crawlers.pipelines.StorePipeline": 900,
}

# Where StorePipeline writes (set by `lurewatch run`; without it the pipeline switches itself off
# and items go wherever the feed exports send them, e.g. `scrapy crawl telegram -O posts.jsonl`).
LUREWATCH_STORE = None
# Where the raw bytes and screenshots of every post go, content-addressed (crawlers/evidence.py).
# `lurewatch run` sets it to DATA_DIR/evidence; `scrapy crawl` alone writes under ./data.
LUREWATCH_EVIDENCE_DIR = os.path.join(os.environ.get("LUREWATCH_HOME") or "data", "evidence")
# Page limits so a first crawl of a long channel history stays bounded.
TELEGRAM_BASE_URL = "https://t.me"
TELEGRAM_MAX_PAGES = 50
REDDIT_BASE_URL = "https://www.reddit.com"
REDDIT_MAX_PAGES = 20
REDDIT_PAGE_SIZE = 100

# Browser spiders (jobboard, fbgroup) switch scrapy-playwright on for themselves
# (crawlers/browser.py); only their requests marked `playwright` go through Chromium.
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = launch_options()
# Above the tabs a browser spider keeps open: its tab pool (crawlers/browser.py) holds at most
# CONCURRENT_REQUESTS tabs (four), free ones included, so no page waits on this limit.
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 8
PLAYWRIGHT_MAX_CONTEXTS = 2
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000
# For the requests scrapy-playwright routes (a browser spider's GETs are not routed: their tabs
# block the same resource types inside Chromium, crawlers/browser.py).
PLAYWRIGHT_ABORT_REQUEST = "crawlers.browser.should_abort_request"
# A browser context is replaced after this many pages, so a long crawl does not grow the
# browser's memory (caches, cookies, storage) without bound.
LUREWATCH_BROWSER_PAGES_PER_CONTEXT = 200
# A finished tab is navigated to the next page (at most this many times) instead of opening a new
# one: a new tab costs Chromium a renderer process. 1 switches reuse off.
LUREWATCH_BROWSER_PAGE_REUSE = 20
# Browser pages render dates in this time zone; spiders read what the page shows in it.
LUREWATCH_BROWSER_TIMEZONE = "UTC"
LUREWATCH_BROWSER_LOCALE = "en-US"

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
