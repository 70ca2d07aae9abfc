"""What browser spiders share: scrapy-playwright switched on for them alone, pages that are
reused a bounded number of times and then always closed and counted, heavy resources blocked,
contexts replaced on long crawls, and the page gestures (consent overlays, infinite scroll,
"See more" clicks, element screenshots).

Only requests a browser spider marks with ``meta["playwright"]`` are rendered; its robots.txt and
any plain request still go through Scrapy's HTTP handler, and the robots.txt middleware sees
every page request before the browser does. Pages are handed to the callbacks
(``playwright_include_page``) so they can be screenshotted; every callback and the errback close
them, counted as ``playwright/page_count/closed`` against scrapy-playwright's
``playwright/page_count``.

Opening a tab costs Chromium a new renderer process — more CPU than rendering the page itself —
so a spider keeps a pool of at most ``CONCURRENT_REQUESTS`` tabs (``BrowserDownloadHandler``): a
request takes a free tab, or opens one while there are fewer, or waits for one; a finished tab
navigates on to the next page up to ``LUREWATCH_BROWSER_PAGE_REUSE`` times, and is then closed.

A browser spider's GET requests are not routed through Playwright (scrapy-playwright routes every
request of a page, "**", to override headers, method and body, which a GET with the context's
User-Agent does not need): a routed request makes several round trips between Chromium, the
Playwright driver and Python, and routing turns off Chromium's cache, so every page fetched its
scripts and styles again. Images, fonts and media are blocked instead inside Chromium, by a
DevTools ``Fetch`` interception limited to those resource types (set up once per tab): they never
leave the browser, counted as ``playwright/request_count/aborted`` as scrapy-playwright counts
its aborts. Requests of cross-site iframes, which run in processes of their own, are not blocked.
A request with another method or a body goes scrapy-playwright's routed way.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import TYPE_CHECKING, Any

import scrapy
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page as PlaywrightPage
from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_playwright._utils import _attach_page_event_handlers, _maybe_execute_page_init_callback
from scrapy_playwright.handler import DEFAULT_CONTEXT_NAME, ScrapyPlaywrightDownloadHandler

from crawlers.spiders.base import SourceSpider

if TYPE_CHECKING:
    from playwright.async_api import BrowserContext, CDPSession, Page
    from scrapy.http import Response
    from scrapy.crawler import Crawler
    from playwright.async_api import Request as PlaywrightRequest
    from twisted.python.failure import Failure

#: Resource types a crawler never needs: blocked before they leave the browser.
BLOCKED_RESOURCE_TYPES = frozenset({"image", "font", "media"})
#: The same as DevTools names them (``Network.ResourceType``), for the in-browser block.
_CDP_BLOCKED = [{"urlPattern": "*", "resourceType": kind.capitalize(), "requestStage": "Request"}
                for kind in sorted(BLOCKED_RESOURCE_TYPES)]

PLAYWRIGHT_HANDLER = "crawlers.browser.BrowserDownloadHandler"


def should_abort_request(request: PlaywrightRequest) -> bool:
    """``PLAYWRIGHT_ABORT_REQUEST``: drop images, fonts and media of a routed request's page
    (counted by scrapy-playwright as ``playwright/request_count/aborted``)."""
    return request.resource_type in BLOCKED_RESOURCE_TYPES


class BrowserDownloadHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler, but a request that needs a page gets one from its spider's
    tab pool (a free tab navigates on) and a new tab is opened only when the pool has room."""

    async def _create_page(self, request: scrapy.Request, spider: Any) -> Page:
        if not isinstance(spider, BrowserSpider):
            return await super()._create_page(request, spider)
        page = await spider.take_page(request)
        if page is not None:
            return page
        context_name = request.meta["playwright_context"]
        try:
            page = await super()._create_page(request, spider)
            try:
                await self._block_heavy_resources(page)
            except BaseException:
                if not page.is_closed():
                    await page.close()
                    self.stats.inc_value("playwright/page_count/closed")
                raise
        except BaseException:
            spider.tab_opened(context_name, None)
            raise
        spider.tab_opened(context_name, page)
        return page

    async def _block_heavy_resources(self, page: Page) -> None:
        """Fail a new tab's image, font and media requests inside Chromium (see the module
        docstring), counted as ``playwright/request_count/aborted``."""
        session: CDPSession = await page.context.new_cdp_session(page)
        pending: set[asyncio.Task[None]] = set()

        async def fail(request_id: str) -> None:
            try:
                await session.send("Fetch.failRequest", {"requestId": request_id, "errorReason": "BlockedByClient"})
            except PlaywrightError:  # the tab closed or navigated away meanwhile
                pass

        def paused(event: dict[str, Any]) -> None:
            self.stats.inc_value("playwright/request_count/aborted")
            task = asyncio.ensure_future(fail(event["requestId"]))
            pending.add(task)
            task.add_done_callback(pending.discard)

        session.on("Fetch.requestPaused", paused)
        await session.send("Fetch.enable", {"patterns": _CDP_BLOCKED})

    async def _download_request_with_retry(self, request: scrapy.Request, spider: Any) -> Response:
        """scrapy-playwright's download, without routing the page (see the module docstring) for
        a browser spider's GET requests."""
        if not isinstance(spider, BrowserSpider) or request.method != "GET" or request.body:
            response = await super()._download_request_with_retry(request, spider)
            page = request.meta.get("playwright_page")
            if isinstance(spider, BrowserSpider) and page is not None:
                spider.routed_pages.add(page)
            return response
        page = request.meta.get("playwright_page")
        if not isinstance(page, PlaywrightPage) or page.is_closed():
            page = await self._create_page(request=request, spider=spider)
        context_name = request.meta.setdefault("playwright_context", DEFAULT_CONTEXT_NAME)
        _attach_page_event_handlers(page=page, request=request, spider=spider, context_name=context_name)
        await _maybe_execute_page_init_callback(page=page, request=request, context_name=context_name, spider=spider)
        try:
            return await self._download_request_with_page(request, page, spider)
        except Exception:
            # As scrapy-playwright does: a page the callback will not get is closed here.
            if not request.meta.get("playwright_include_page") and not page.is_closed():
                await page.close()
                self.stats.inc_value("playwright/page_count/closed")
            raise


class BrowserSpider(SourceSpider):
    """A source spider whose pages are rendered by headless Chromium."""

    custom_settings = {
        "DOWNLOAD_HANDLERS": {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER},
        # Four pages render at a time: the tab pool keeps at most this many tabs open, free ones
        # included (below PLAYWRIGHT_MAX_PAGES_PER_CONTEXT, so no page waits on that limit).
        "CONCURRENT_REQUESTS": 4,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._context_generation = 0
        self._context_pages = 0
        # The tab pool: free tabs (page, its context's name, navigations so far), how many tabs
        # are open (free or in use), and a condition requests wait on when all are in use.
        self._idle_pages: list[tuple[Page, str, int]] = []
        self._tabs = 0
        self._tab_freed: asyncio.Condition | None = None
        # The contexts pages were opened in, by name (so a retired one can be closed once it has
        # no page left), and how many tabs are being opened in each right now.
        self._contexts: dict[str, BrowserContext] = {}
        self._opening: dict[str, int] = {}
        #: Tabs that served a request scrapy-playwright routed (not a GET): unrouted when reused.
        self.routed_pages: weakref.WeakSet[Page] = weakref.WeakSet()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> BrowserSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._close_idle_pages_when_done, signal=signals.spider_idle)
        return spider

    # -- requests -------------------------------------------------------------------------------

    def context_kwargs(self) -> dict[str, Any]:
        """A fresh context's options: our User-Agent in JavaScript too, a fixed time zone and
        locale (dates on the page are read in them), no service workers (they would bypass the
        request hooks)."""
        return {
            "user_agent": self.settings.get("USER_AGENT"),
            "timezone_id": self.settings.get("LUREWATCH_BROWSER_TIMEZONE", "UTC"),
            "locale": self.settings.get("LUREWATCH_BROWSER_LOCALE", "en-US"),
            "viewport": {"width": 1280, "height": 900},
            "service_workers": "block",
        }

    def _context_name(self) -> str:
        return f"{self.name}-{self._context_generation}"

    def browser_request(self, url: str, callback: Any, **kwargs: Any) -> scrapy.Request:
        """A request rendered by Chromium, its page handed to ``callback`` (which must close it
        with :meth:`close_response_page`; the errback does on failure). Its context is chosen
        when it gets a page (:meth:`take_page`)."""
        meta = dict(kwargs.pop("meta", None) or {})
        meta.update(
            playwright=True,
            playwright_include_page=True,
            playwright_context_kwargs=self.context_kwargs(),
            playwright_page_goto_kwargs={"wait_until": "domcontentloaded"},
        )
        return scrapy.Request(url, callback=callback, errback=self.on_page_error, meta=meta, **kwargs)

    # -- pages ----------------------------------------------------------------------------------

    def _pool_size(self) -> int:
        return max(1, self.settings.getint("CONCURRENT_REQUESTS"))

    def _freed(self) -> asyncio.Condition:
        if self._tab_freed is None:
            self._tab_freed = asyncio.Condition()
        return self._tab_freed

    async def take_page(self, request: scrapy.Request) -> Page | None:
        """A free tab of the request's context (cleared of any routing), or None
        when a new tab may be opened (counted as open from now on); waits while the pool is full."""
        freed = self._freed()
        async with freed:
            # The context is chosen now, not when the request was made (the scheduler serves
            # requests in its own order): a new one after every LUREWATCH_BROWSER_PAGES_PER_CONTEXT
            # navigations.
            self._context_pages += 1
            if self._context_pages > self.settings.getint("LUREWATCH_BROWSER_PAGES_PER_CONTEXT", 200):
                self._context_generation += 1
                self._context_pages = 1
                await self._retire_contexts()
            wanted = request.meta["playwright_context"] = self._context_name()
            while True:
                for index in range(len(self._idle_pages) - 1, -1, -1):
                    page, context_name, uses = self._idle_pages[index]
                    if context_name == wanted and not page.is_closed():
                        del self._idle_pages[index]
                        if page in self.routed_pages:
                            self.routed_pages.discard(page)
                            await page.unroute("**")
                        request.meta["lurewatch_page_uses"] = uses
                        assert self.crawler.stats is not None
                        self.crawler.stats.inc_value("lurewatch/browser/pages_reused")
                        return page
                if self._tabs < self._pool_size():
                    self._tabs += 1
                    self._opening[wanted] = self._opening.get(wanted, 0) + 1
                    return None
                if self._idle_pages:
                    # Free tabs that cannot be used (closed under us): close one to make room.
                    page, context_name, _ = self._idle_pages.pop(0)
                    await self._close_tab(page, context_name)
                    continue
                await freed.wait()

    def tab_gone(self) -> None:
        """A tab counted as open was never opened or is closed: make room in the pool."""
        self._tabs = max(0, self._tabs - 1)

    def tab_opened(self, context_name: str, page: Page | None) -> None:
        """The tab :meth:`take_page` made room for has been opened in ``context_name`` (its
        context remembered), or could not be (``None``: the room is given back)."""
        left = self._opening.get(context_name, 1) - 1
        if left > 0:
            self._opening[context_name] = left
        else:
            self._opening.pop(context_name, None)
        if page is None:
            self.tab_gone()
        else:
            self._contexts[context_name] = page.context

    async def _retire_contexts(self) -> None:
        """Close the free tabs of every context but the current one, and every such context
        left with no page (and none being opened in it)."""
        current = self._context_name()
        retired = [tab for tab in self._idle_pages if tab[1] != current]
        self._idle_pages = [tab for tab in self._idle_pages if tab[1] == current]
        for page, _, _ in retired:
            await self._close_tab(page)
        for name, context in list(self._contexts.items()):
            if name != current and not context.pages and not self._opening.get(name):
                del self._contexts[name]
                await context.close()
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("lurewatch/browser/contexts_retired")

    async def _close_tab(self, page: Page, context_name: str | None = None) -> None:
        """Close a tab of the pool (once), and its context when that context has been retired
        and this was its last tab."""
        if not page.is_closed():
            await page.close()
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("playwright/page_count/closed")
        self.tab_gone()
        if context_name is not None and context_name != self._context_name():
            await self._retire_contexts()

    async def close_page(self, page: Page | None, context_name: str | None = None, uses: int = 1) -> None:
        """Done with a page: back to the pool if it has navigated fewer than
        ``LUREWATCH_BROWSER_PAGE_REUSE`` times, its context is current and more pages are to
        come; else closed (once), with its context when that context has been retired and
        this was its last page."""
        if page is None:
            return
        freed = self._freed()
        async with freed:
            current = self._context_name()
            engine = self.crawler.engine
            more = bool(engine and engine.scheduler is not None and len(engine.scheduler))  # type: ignore[arg-type]
            if (not page.is_closed() and uses < self.settings.getint("LUREWATCH_BROWSER_PAGE_REUSE", 0)
                    and context_name == current and more):
                self._idle_pages.append((page, context_name, uses))
            else:
                await self._close_tab(page, context_name)
            freed.notify()

    async def close_response_page(self, response: Any) -> None:
        """Done with the page a browser response came with (see :meth:`close_page`)."""
        meta = response.meta
        await self.close_page(meta.get("playwright_page"), meta.get("playwright_context"),
                              meta.get("lurewatch_page_uses", 0) + 1)

    def _close_idle_pages_when_done(self) -> None:
        """``spider_idle``: no request is left to use them, so free tabs are closed (counted)
        before the crawl ends."""
        if not self._idle_pages:
            return
        idle, self._idle_pages = self._idle_pages, []

        async def close_all() -> None:
            for page, context_name, _ in idle:
                await self._close_tab(page, context_name)

        asyncio.ensure_future(close_all())
        raise DontCloseSpider

    async def on_page_error(self, failure: Failure) -> None:
        """Errback of every browser request: log with the URL, count, and close the page (a page
        that failed is not trusted with another request)."""
        request = failure.request  # type: ignore[attr-defined]
        self.logger.warning("browser page failed: %s: %s", request.url, failure.getErrorMessage())
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("lurewatch/browser/page_errors")
        page = request.meta.get("playwright_page")
        if page is not None:
            freed = self._freed()
            async with freed:
                await self._close_tab(page, request.meta.get("playwright_context"))
                freed.notify()

    async def wait_ready(self, page: Page, selector: str, timeout_ms: int = 15_000) -> bool:
        """Wait for ``selector`` to show; False when it does not in time — one warning, counted
        as ``lurewatch/malformed_pages``, and the callback skips the page."""
        try:
            await page.wait_for_selector(selector, timeout=timeout_ms)
        except PlaywrightTimeoutError:
            self.logger.warning("page not ready: %s did not show within %d ms on %s", selector, timeout_ms, page.url)
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("lurewatch/malformed_pages")
            return False
        return True

    async def dismiss(self, page: Page, selector: str | None, timeout_ms: int = 3000) -> bool:
        """Click ``selector`` (a consent overlay's "necessary only" button) if it shows, and
        wait until it is gone. True when something was dismissed."""
        if not selector:
            return False
        button = page.locator(selector).first
        if not await button.count() or not await button.is_visible():
            return False
        await button.click(timeout=timeout_ms)
        await button.wait_for(state="detached", timeout=timeout_ms)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("lurewatch/browser/overlays_dismissed")
        return True

    async def scroll_to_load(self, page: Page, item: str, max_scrolls: int, wait_ms: int,
                             end: str | None = None) -> int:
        """Scroll to the bottom until no more ``item`` elements appear within ``wait_ms``, the
        ``end`` marker shows, or ``max_scrolls`` scrolls; returns the number of items."""
        count = await page.locator(item).count()
        for _ in range(max_scrolls):
            if end and await page.locator(end).count() and await page.locator(end).first.is_visible():
                break
            await page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
            try:
                await page.wait_for_function(
                    """([item, count, end]) => document.querySelectorAll(item).length > count
                        || (end !== null && !!document.querySelector(end)
                            && document.querySelector(end).offsetParent !== null)""",
                    arg=[item, count, end],
                    timeout=wait_ms,
                )
            except PlaywrightTimeoutError:  # the normal end of a feed
                break
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("lurewatch/browser/scrolls")
            count = await page.locator(item).count()
        return count

    async def click_all(self, page: Page, selector: str, limit: int, timeout_ms: int = 5000) -> int:
        """Click every element matching ``selector`` (Playwright syntax, e.g. "See more" buttons
        that expand a post and go away), waiting for each to go; returns how many went. One that
        stays (its fetch failed) stops the clicking: what is left stays unexpanded."""
        clicked = 0
        buttons = page.locator(selector)
        while clicked < limit and await buttons.count():
            handle = None
            try:
                handle = await buttons.first.element_handle(timeout=timeout_ms)
                await handle.click(timeout=timeout_ms)
                await handle.wait_for_element_state("hidden", timeout=timeout_ms)
            except PlaywrightTimeoutError as exc:
                self.logger.warning("%s did not go when clicked on %s (%d went before): %s",
                                    selector, page.url, clicked, exc.message.splitlines()[0])
                break
            finally:
                if handle is not None:
                    await handle.dispose()
            clicked += 1
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("lurewatch/browser/expanded", clicked)
        return clicked

    async def screenshot(self, page: Page, selector: str, index: int = 0) -> bytes | None:
        """PNG of one element (scrolled into view, animations stopped, caret hidden); None when the
        element cannot be captured — the post keeps its raw evidence.

        The tab is brought to the front first: the pool's tabs share one window, where only the
        front tab is drawn, and Chromium captures a background tab by drawing it afresh — with
        four tabs, more than half a second a screenshot instead of a tenth (tests/bench/browser.py).
        Tabs left in the background are not drawn, which saves CPU; they still load and run."""
        try:
            await page.bring_to_front()
            return await page.locator(selector).nth(index).screenshot(
                type="png", animations="disabled", caret="hide", timeout=10_000)
        except Exception as exc:  # noqa: BLE001 - a missing screenshot must not lose the post
            self.logger.warning("no screenshot of %s #%d on %s: %s", selector, index, page.url, exc)
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("lurewatch/browser/screenshot_errors")
            return None
