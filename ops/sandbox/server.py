"""The sandbox platforms: local HTTP servers that imitate what our spiders crawl.

``Sandbox`` serves a generated corpus (ops/sandbox/generator.py) on 127.0.0.1, one server per
platform, each on its own free port:

* Telegram's public channel preview: ``/s/<channel>`` (newest 20 messages, older pages through
  ``?before=<id>``), single messages at ``/<channel>/<id>``, with t.me's markup and class names;
* Reddit's JSON API: ``/r/<sub>/new.json?limit=&after=``, ``/r/<sub>/about.json`` and the
  permalinks ``/r/<sub>/comments/<id>/<slug>/`` (HTML, or JSON with ``.json``);
* a JavaScript job board (``/jobs``, infinite scroll, job pages, cookie consent) and a
  Facebook-style public group (``/groups/<name>/``, "See more", lazy loading), which need a
  browser: see ops/sandbox/browser_pages.py.

All serve ``/robots.txt`` and can be told to misbehave for the next few matching requests
(``add_fault``): 429 with Retry-After, 500/503, slow, truncated and malformed answers. Every
request is counted, so tests can check that a crawler was polite.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ops.sandbox.browser_corpus import with_browser_places
from ops.sandbox.browser_pages import SANDBOX_BOARD, GroupPages, JobBoardPages
from ops.sandbox.common import REASONS, Response, stable
from ops.sandbox.generator import Corpus, Place, SandboxPost, base36, generate_corpus

PLATFORMS: tuple[str, ...] = ("telegram", "reddit", "jobboard", "fbgroup")
FAULT_KINDS: tuple[str, ...] = ("429", "500", "503", "slow", "truncated", "malformed")
DEFAULT_ROBOTS = "User-agent: *\nDisallow: /private/\n"
PAGE_SIZE = 20  # messages on one t.me/s/ page


class RequestCounter(Counter[str]):
    """A Counter the server threads bump under a lock (``Counter[key] += 1`` is not atomic)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()

    def hit(self, key: str) -> None:
        """Count one request for ``key``."""
        with self._lock:
            self[key] += 1

    def total(self, prefix: str = "") -> int:
        """Requests whose key starts with ``prefix`` (all of them by default)."""
        with self._lock:
            return sum(n for key, n in self.items() if key.startswith(prefix))


@dataclass
class Fault:
    """Misbehaviour applied to the next ``remaining`` requests whose path starts with ``path_prefix``."""

    path_prefix: str
    kind: str
    remaining: int
    options: dict[str, Any] = field(default_factory=dict)


class Sandbox:
    """The sandbox platforms, as a context manager::

        with Sandbox(seed=7) as sandbox:
            crawl(sandbox.sources())

    ``requests`` counts requests by path and query (``"/s/chan?before=120"``) over both platforms;
    ``platform_requests["telegram"]`` counts one platform's (both serve ``/robots.txt``).
    """

    def __init__(self, seed: int = 7, scale: int = 1, host: str = "127.0.0.1") -> None:
        self.seed = seed
        self.scale = scale
        self.host = host
        self.corpus: Corpus = with_browser_places(generate_corpus(seed, scale))
        self.requests = RequestCounter()
        self.platform_requests: dict[str, RequestCounter] = {name: RequestCounter() for name in PLATFORMS}
        self.robots: dict[str, str] = {name: DEFAULT_ROBOTS for name in PLATFORMS}
        self._faults: dict[str, list[Fault]] = {name: [] for name in PLATFORMS}
        self._lock = threading.Lock()
        self._pages: dict[str, Any] = {"telegram": TelegramPages(self.corpus), "reddit": RedditPages(self.corpus),
                                       "jobboard": JobBoardPages(self.corpus), "fbgroup": GroupPages(self.corpus)}
        self._servers: dict[str, _Server] = {}
        self._threads: list[threading.Thread] = []

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind one server per platform to a free port and serve in daemon threads."""
        if self._servers:
            return self
        for name in PLATFORMS:
            server = _Server((self.host, 0), _Handler)
            server.sandbox, server.platform = self, name
            self._pages[name].base_url = f"http://{self.host}:{server.server_address[1]}"
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                      name=f"sandbox-{name}", daemon=True)
            thread.start()
            self._servers[name] = server
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop serving and free the ports."""
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- where things are ----------------------------------------------------------------

    def url(self, platform: str) -> str:
        """Base URL of one platform, like ``http://127.0.0.1:41234`` (no trailing slash)."""
        if platform not in self._servers:
            raise RuntimeError(f"the sandbox is not serving {platform!r}: call start() or use it as a context manager")
        return self._pages[platform].base_url

    @property
    def telegram_url(self) -> str:
        """Base URL of the Telegram preview server."""
        return self.url("telegram")

    @property
    def reddit_url(self) -> str:
        """Base URL of the Reddit API server."""
        return self.url("reddit")

    @property
    def jobboard_url(self) -> str:
        """Base URL of the JavaScript job board."""
        return self.url("jobboard")

    @property
    def fbgroup_url(self) -> str:
        """Base URL of the Facebook-style group platform."""
        return self.url("fbgroup")

    def sources(self, platforms: tuple[str, ...] = PLATFORMS) -> list[dict[str, Any]]:
        """One source config per channel, subreddit, board and group (of ``platforms``), in the
        shape sources.yaml uses; the board's comes with the selectors that crawl it."""
        out = []
        for place in self.corpus.places:
            if place.platform not in platforms:
                continue
            source: dict[str, Any]
            if place.platform == "telegram":
                source = {"name": f"telegram-{place.name}", "platform": "telegram",
                          "url": f"{self.telegram_url}/s/{place.name}"}
            elif place.platform == "jobboard":
                source = {"name": f"jobboard-{place.name}", "platform": "jobboard",
                          "url": f"{self.jobboard_url}/jobs", "board": SANDBOX_BOARD}
            elif place.platform == "fbgroup":
                source = {"name": f"fbgroup-{place.name}", "platform": "fbgroup",
                          "url": f"{self.fbgroup_url}/groups/{place.name}/"}
            else:
                source = {"name": f"reddit-{place.name}", "platform": "reddit",
                          "url": f"{self.reddit_url}/r/{place.name}"}
            if place.region:
                source["region"] = place.region
            source["group"] = "sandbox"
            out.append(source)
        return out

    # -- misbehaving on demand -----------------------------------------------------------

    def add_fault(self, platform: str, path_prefix: str, kind: str, times: int = 1, **opts: Any) -> None:
        """Make the next ``times`` requests to ``platform`` whose path (with query) starts with
        ``path_prefix`` fail as ``kind``: "429" (``retry_after=1`` seconds), "500", "503",
        "slow" (``delay=1.0`` seconds, then the normal answer), "truncated" (Content-Length
        promises more than is sent, then the connection closes) or "malformed" (broken HTML,
        invalid JSON)."""
        self._check_platform(platform)
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(FAULT_KINDS)}")
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times}")
        with self._lock:
            self._faults[platform].append(Fault(path_prefix, kind, times, dict(opts)))

    def clear_faults(self, platform: str | None = None) -> None:
        """Forget pending faults (of one platform, or all)."""
        with self._lock:
            for name in [platform] if platform else PLATFORMS:
                self._faults[name].clear()

    def set_robots(self, platform: str, text: str) -> None:
        """Serve ``text`` as the platform's robots.txt from now on."""
        self._check_platform(platform)
        self.robots[platform] = text

    def _check_platform(self, platform: str) -> None:
        if platform not in PLATFORMS:
            raise ValueError(f"unknown platform {platform!r}; expected one of {', '.join(PLATFORMS)}")

    def _take_fault(self, platform: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults[platform]:
                if path.startswith(fault.path_prefix):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults[platform].remove(fault)
                    return fault
        return None

    def _answer(self, platform: str, raw_path: str) -> tuple[Response, Fault | None]:
        """Count the request, apply a pending fault, and build the response."""
        self.requests.hit(raw_path)
        self.platform_requests[platform].hit(raw_path)
        fault = self._take_fault(platform, raw_path)
        pages = self._pages[platform]
        if fault and fault.kind == "slow":
            time.sleep(float(fault.options.get("delay", 1.0)))
        if fault and fault.kind in ("429", "500", "503"):
            return pages.error(int(fault.kind), fault.options.get("retry_after", 1 if fault.kind == "429" else None)), fault
        split = urlsplit(raw_path)
        path = unquote(split.path)
        if path == "/robots.txt":
            response = Response(200, self.robots[platform].encode(), "text/plain; charset=utf-8")
        else:
            query = {key: values[-1] for key, values in parse_qs(split.query).items()}
            response = pages.respond(path, query)
        if fault and fault.kind == "malformed":
            response = pages.malformed(response)
        return response, fault


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    sandbox: Sandbox
    platform: str


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, as the real sites; every answer has a Content-Length
    server_version = "lurewatch-sandbox/1"
    timeout = 30  # idle keep-alive connections do not hold a thread forever

    def do_GET(self) -> None:  # noqa: N802 (the name http.server dispatches to)
        try:
            response, fault = self.server.sandbox._answer(self.server.platform, self.path)
        except Exception as exc:  # a bug in the sandbox must show up as a 500, not a hung client
            response, fault = Response(500, f"sandbox error: {exc!r}".encode(), "text/plain; charset=utf-8"), None
        truncated = fault is not None and fault.kind == "truncated"
        body = response.body
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(body) if not truncated else len(body) + 1024))
            for name, value in response.headers.items():
                self.send_header(name, value)
            if truncated:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2] if truncated else body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout on a slow answer): nothing left to tell it
        if truncated:
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (signature of the base class)
        """Silent: tests read ``Sandbox.requests`` instead of a log on stderr."""



# -- Telegram: t.me/s/<channel> -------------------------------------------------------------

_HTML = "text/html; charset=utf-8"
_JSON = "application/json; charset=UTF-8"

# URLs, bare t.me links, e-mail addresses and @mentions, which t.me turns into anchors.
_LINKS = re.compile(
    r"(?P<url>https?://[!#-;=?-~]+)"  # printable ASCII but quotes and angle brackets
    r"|(?P<tme>(?<![\w./@])t\.me/[A-Za-z0-9_]{3,})"
    r"|(?P<email>[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    r"|(?P<mention>(?<![\w@./])@[A-Za-z][A-Za-z0-9_]{3,31})"
)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br/>")


def message_text_html(text: str) -> str:
    """A message text as t.me renders it: escaped, ``<br/>`` for newlines, links and @mentions as anchors."""
    out: list[str] = []
    pos = 0
    for match in _LINKS.finditer(text):
        raw, end = match.group(0), match.end()
        if match.lastgroup in ("url", "tme"):
            stripped = raw.rstrip(".,;:!?)")  # "see t.me/abc." links t.me/abc, not the full stop
            end -= len(raw) - len(stripped)
            raw = stripped
        out.append(_escape(text[pos:match.start()]))
        if match.lastgroup == "mention":
            out.append(f'<a href="https://t.me/{raw[1:]}">{_escape(raw)}</a>')
        elif match.lastgroup == "email":
            out.append(f'<a href="mailto:{html.escape(raw)}">{_escape(raw)}</a>')
        else:
            href = raw if match.lastgroup == "url" else f"https://{raw}"
            out.append(f'<a href="{html.escape(href)}" target="_blank" rel="noopener">{_escape(raw)}</a>')
        pos = end
    out.append(_escape(text[pos:]))
    return "".join(out)


def _views(count: int) -> str:
    if count < 1000:
        return str(count)
    if count < 10_000:
        return f"{count / 1000:.1f}".rstrip("0").rstrip(".") + "K"
    return f"{count // 1000}K"


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class TelegramPages:
    """Telegram's public web previews of the corpus's channels, in t.me's markup."""

    def __init__(self, corpus: Corpus) -> None:
        self.base_url = ""
        self.channels: dict[str, tuple[Place, list[SandboxPost]]] = {}
        for place in corpus.places:
            if place.platform == "telegram":
                posts = sorted(corpus.posts_in("telegram", place.name), key=lambda p: int(p.native_id))
                self.channels[place.name.lower()] = (place, posts)

    def respond(self, path: str, query: dict[str, str]) -> Response:
        """The page at ``path``: a channel preview, a single message, or 404."""
        match = re.fullmatch(r"/s/([A-Za-z0-9_]+)/?", path)
        if match:
            return self.channel_page(match.group(1), query)
        match = re.fullmatch(r"/([A-Za-z0-9_]+)/(\d+)/?", path)
        if match:
            return self.message_page(match.group(1), match.group(2))
        return self.error(404)

    def channel_page(self, name: str, query: dict[str, str]) -> Response:
        """20 messages, oldest first, ending at the newest or just before ``?before=<id>``."""
        if name.lower() not in self.channels:
            return self.error(404)
        place, posts = self.channels[name.lower()]
        before, after = _int(query.get("before")), _int(query.get("after"))
        if before is not None:
            page = [p for p in posts if int(p.native_id) < before][-PAGE_SIZE:]
        elif after is not None:
            page = [p for p in posts if int(p.native_id) > after][:PAGE_SIZE]
        else:
            page = posts[-PAGE_SIZE:]
        more = prev = ""
        if page and int(page[0].native_id) > int(posts[0].native_id):
            oldest = page[0].native_id
            href = f"/s/{place.name}?before={oldest}"
            more = (f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a class="tme_messages_more '
                    f'js-messages_more" data-before="{oldest}" href="{href}"></a></div>')
            prev = f'\n    <link rel="prev" href="{href}">'
        title = html.escape(place.title)
        subscribers = f"{1200 + stable('subs:' + place.name) % 90_000:,}".replace(",", " ")
        messages = "\n".join(self.message_html(place, post) for post in page)
        body = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{title} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta property="og:title" content="{title}">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="{html.escape(place.description)}">
    <link rel="canonical" href="https://t.me/s/{place.name}">{prev}
  </head>
  <body class="widget_frame_base tgme_webpreview_body emoji_image">
    <header class="tgme_header search_collapsed">
      <div class="tgme_header_info">
        <a class="tgme_header_link" href="https://t.me/{place.name}">
          <div class="tgme_header_title"><span dir="auto">{title}</span></div>
          <div class="tgme_header_counter">{subscribers} subscribers</div>
        </a>
      </div>
    </header>
    <main class="tgme_main">
      <div class="tgme_container">
        <section class="tgme_channel_history js-message_history">
{more}
{messages}
        </section>
      </div>
    </main>
    <div class="tgme_channel_info">
      <div class="tgme_channel_info_header">
        <div class="tgme_channel_info_header_title"><span dir="auto">{title}</span></div>
        <div class="tgme_channel_info_header_username"><a href="https://t.me/{place.name}">@{place.name}</a></div>
      </div>
      <div class="tgme_channel_info_description">{_escape(place.description)}</div>
      <div class="tgme_channel_info_counters">
        <div class="tgme_channel_info_counter"><span class="counter_value">{subscribers}</span> <span class="counter_type">subscribers</span></div>
      </div>
    </div>
  </body>
</html>
"""
        return Response(200, body.encode(), _HTML)

    def message_html(self, place: Place, post: SandboxPost) -> str:
        """One message bubble, exactly as t.me lays it out."""
        channel, number = place.name, post.native_id
        key = f"{channel}/{number}"
        initial = next((c for c in place.title if c.isalnum()), "T").upper()
        signed = (f'\n    <span class="tgme_widget_message_from_author" dir="auto">{html.escape(post.signature)}</span>'
                  if post.signature else "")
        views = _views(150 + stable("views:" + key) % 24_000)
        return f"""<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{key}" data-view="{hashlib.sha1(key.encode()).hexdigest()[:32]}">
 <div class="tgme_widget_message_user"><a href="https://t.me/{channel}"><i class="tgme_widget_message_user_photo bgcolor{stable(channel) % 7}" data-content="{html.escape(initial)}"></i></a></div>
 <div class="tgme_widget_message_bubble">
  <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{channel}"><span dir="auto">{html.escape(place.title)}</span></a></div>
  <div class="tgme_widget_message_text js-message_text" dir="auto">{message_text_html(post.text)}</div>
  <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
    <span class="tgme_widget_message_views">{views}</span>{signed}
    <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{key}"><time datetime="{post.published_at.isoformat()}" class="time">{post.published_at:%H:%M}</time></a></span>
  </div></div></div></div></div>"""

    def message_page(self, name: str, number: str) -> Response:
        """The single-message page (t.me/<channel>/<id>): page meta plus the message widget."""
        found = self.channels.get(name.lower())
        post = next((p for p in found[1] if p.native_id == number), None) if found else None
        if found is None or post is None:
            return self.error(404)
        place = found[0]
        title = html.escape(place.title)
        body = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{title} – Telegram</title>
    <meta property="og:title" content="{title}">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="{html.escape(post.text)}">
    <link rel="canonical" href="https://t.me/{place.name}/{number}">
  </head>
  <body class="widget_frame_base tgme_widget body_widget_post emoji_image">
{self.message_html(place, post)}
  </body>
</html>
"""
        return Response(200, body.encode(), _HTML)

    def error(self, status: int, retry_after: Any = None) -> Response:
        """An error page as nginx in front of t.me sends it."""
        reason = REASONS.get(status, "Error")
        if status == 404:
            body = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Telegram: Contact</title></head>'
                    '<body class="tgme_page_body"><div class="tgme_page"><div class="tgme_page_title">'
                    "Channel not found</div></div></body></html>\n")
        else:
            body = (f"<html>\n<head><title>{status} {reason}</title></head>\n<body>\n<center><h1>{status} {reason}"
                    "</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n")
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        return Response(status, body.encode(), _HTML, headers)

    def malformed(self, response: Response) -> Response:
        """The page cut off mid-history, ending inside an unclosed tag and attribute."""
        text = response.body.decode()
        broken = text[: len(text) * 55 // 100] + '<div class="tgme_widget_message_text js-message_text" dir="auto"><b>Lương 1500$ <a href="https://t.me/'
        return Response(response.status, broken.encode(), response.content_type, response.headers)


# -- Reddit: /r/<sub>/new.json --------------------------------------------------------------


def _reddit_slug(title: str) -> str:
    """The title words in a permalink, as Reddit shortens them (ASCII, "_", at most 50 characters)."""
    folded = unicodedata.normalize("NFKD", title.replace("đ", "d").replace("Đ", "D"))
    out = ""
    for word in re.findall(r"[a-z0-9]+", folded.encode("ascii", "ignore").decode().lower()):
        if len(out) + len(word) + 1 > 50:
            break
        out = f"{out}_{word}" if out else word
    return out or "post"


class RedditPages:
    """Reddit's public JSON listings (and permalinks) for the corpus's subreddits."""

    def __init__(self, corpus: Corpus) -> None:
        self.base_url = ""
        self.subs: dict[str, tuple[Place, list[SandboxPost]]] = {}
        for place in corpus.places:
            if place.platform == "reddit":
                newest_first = sorted(corpus.posts_in("reddit", place.name), key=lambda p: p.published_at, reverse=True)
                self.subs[place.name.lower()] = (place, newest_first)

    def respond(self, path: str, query: dict[str, str]) -> Response:
        """The answer for ``path``: a listing, a subreddit's about, a permalink, or 404."""
        as_json = path.endswith(".json")
        bare = re.sub(r"/?\.json$", "", path).rstrip("/")
        match = re.fullmatch(r"/r/([A-Za-z0-9_]+)/(new|about)", bare)
        if match and as_json:
            found = self.subs.get(match.group(1).lower())
            if found is None:
                return self.error(404)
            return self.listing(*found, query) if match.group(2) == "new" else self.about(found[0])
        match = re.fullmatch(r"/r/([A-Za-z0-9_]+)/comments/([a-z0-9]+)(?:/[^/]*)?", bare)
        if match:
            found = self.subs.get(match.group(1).lower())
            post = next((p for p in found[1] if p.native_id == match.group(2)), None) if found else None
            if found and post:
                return self.permalink(found[0], post, as_json)
        return self.error(404)

    def listing(self, place: Place, posts: list[SandboxPost], query: dict[str, str]) -> Response:
        """``new.json``: newest first, ``limit`` (25, at most 100) per page, continued by ``after``."""
        limit = min(100, max(1, _int(query.get("limit")) or 25))
        start = 0
        after = query.get("after")
        if after:
            wanted = after if after.startswith("t3_") else f"t3_{after}"
            # An unknown fullname gives an empty page, as on Reddit.
            start = next((i + 1 for i, p in enumerate(posts) if f"t3_{p.native_id}" == wanted), len(posts))
        page = posts[start:start + limit]
        more = f"t3_{page[-1].native_id}" if page and start + limit < len(posts) else None
        data = {"after": more, "dist": len(page), "modhash": "", "geo_filter": None,
                "children": [self.thing(place, post) for post in page], "before": None}
        return Response(200, _json({"kind": "Listing", "data": data}), _JSON)

    def thing(self, place: Place, post: SandboxPost) -> dict[str, Any]:
        """One post as a ``t3`` thing."""
        permalink = f"/r/{place.name}/comments/{post.native_id}/{_reddit_slug(post.title or '')}/"
        created = post.published_at.timestamp()
        score = 1 + stable("score:" + post.native_id) % 120
        return {"kind": "t3", "data": {
            "id": post.native_id, "name": f"t3_{post.native_id}", "title": post.title or "", "selftext": post.text,
            "author": post.author, "author_fullname": "t2_" + base36(stable("t2:" + post.author_id))[:8],
            "created": created, "created_utc": created, "permalink": permalink, "url": self.base_url + permalink,
            "subreddit": place.name, "subreddit_name_prefixed": f"r/{place.name}",
            "subreddit_id": "t5_" + base36(stable("t5:" + place.name))[:6], "domain": f"self.{place.name}",
            "is_self": True, "over_18": False, "spoiler": False, "stickied": False, "locked": False,
            "num_comments": stable("comments:" + post.native_id) % 40, "score": score, "ups": score,
            "upvote_ratio": round(0.6 + (stable("ratio:" + post.native_id) % 40) / 100, 2),
            "link_flair_text": None, "thumbnail": "self",
        }}

    def about(self, place: Place) -> Response:
        """``about.json``: the subreddit's title and description."""
        data = {"display_name": place.name, "display_name_prefixed": f"r/{place.name}", "title": place.title,
                "public_description": place.description, "subscribers": 2000 + stable("subs:" + place.name) % 200_000,
                "url": f"/r/{place.name}/", "over18": False, "subreddit_type": "public", "lang": "en"}
        return Response(200, _json({"kind": "t5", "data": data}), _JSON)

    def permalink(self, place: Place, post: SandboxPost, as_json: bool) -> Response:
        """A post's own page: the JSON pair (post, no comments) or a plain HTML rendering."""
        thing = self.thing(place, post)
        if as_json:
            empty = {"kind": "Listing", "data": {"after": None, "dist": None, "children": [], "before": None}}
            listing = {"kind": "Listing", "data": {"after": None, "dist": 1, "children": [thing], "before": None}}
            return Response(200, _json([listing, empty]), _JSON)
        data = thing["data"]
        body = f"""<!DOCTYPE html>
<html lang="en">
  <head><meta charset="utf-8"><title>{html.escape(data["title"])} : {place.name}</title>
  <link rel="canonical" href="{html.escape(data["url"])}"></head>
  <body>
    <div class="thing link self" id="thing_t3_{post.native_id}" data-fullname="t3_{post.native_id}" data-author="{html.escape(post.author)}" data-subreddit="{place.name}" data-timestamp="{int(data["created_utc"] * 1000)}">
      <p class="title"><a class="title" href="{data["permalink"]}">{html.escape(data["title"])}</a></p>
      <p class="tagline">submitted <time datetime="{post.published_at.isoformat()}">{post.published_at:%Y-%m-%d %H:%M}</time> by <a class="author" href="/user/{html.escape(post.author)}">{html.escape(post.author)}</a></p>
      <div class="expando"><div class="usertext-body"><div class="md"><p>{_escape(post.text)}</p></div></div></div>
    </div>
  </body>
</html>
"""
        return Response(200, body.encode(), _HTML)

    def error(self, status: int, retry_after: Any = None) -> Response:
        """Reddit's JSON error body."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        return Response(status, _json({"message": REASONS.get(status, "Error"), "error": status}), _JSON, headers)

    def malformed(self, response: Response) -> Response:
        """The body cut off part-way: invalid JSON (or unclosed HTML)."""
        text = response.body.decode()
        return Response(response.status, text[: len(text) * 6 // 10].encode(), response.content_type, response.headers)


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()
