"""Scrapy settings for lurewatch's crawlers.

Polite by default: robots.txt obeyed, AutoThrottle on, an honest User-Agent that says who crawls
and why, and no cookies (public content only, no sessions).
"""

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
    "crawlers.pipelines.ValidatePipeline": 100,
    "crawlers.pipelines.DropDuplicatesPipeline": 200,
    "crawlers.pipelines.EnrichPipeline": 300,
    "crawlers.pipelines.StorePipeline": 900,
}

# Where StorePipeline writes (set by `lurewatch run`; without it the pipeline switches itself off
# and items go wherever the feed exports send them, e.g. `scrapy crawl telegram -O posts.jsonl`).
LUREWATCH_STORE = None
# Page limits so a first crawl of a long channel history stays bounded.
TELEGRAM_BASE_URL = "https://t.me"
TELEGRAM_MAX_PAGES = 50
REDDIT_BASE_URL = "https://www.reddit.com"
REDDIT_MAX_PAGES = 20
REDDIT_PAGE_SIZE = 100

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
