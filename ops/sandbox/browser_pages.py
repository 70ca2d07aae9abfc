"""The two sandbox platforms that need a browser: a JavaScript job board and a Facebook-style group.

**Job board** (``JobBoardPages``): ``/jobs`` is an empty shell whose script asks ``/api/jobs?page=N``
for ten jobs at a time and adds the next ten when the list is scrolled to its end (infinite
scroll, then a visible "You've seen all jobs"). Job pages ``/jobs/<id>`` are shells too, filled
from ``/api/jobs/<id>``. A cookie-consent overlay covers every page until a choice is clicked
(it blocks scrolling and clicks), and is remembered in a cookie.

**Group** (``GroupPages``): ``/groups/<name>/`` renders posts from ``/api/groups/<name>/feed``,
ten at a time, older ones when the page is scrolled near its bottom. A long post shows its first
lines and a "See more" button that fetches the rest (``/api/groups/<name>/posts/<id>``): without
the click, the full text is nowhere on the page. Time stamps show relative text ("3h", "2d",
"14 November at 09:32") with the absolute date in the ``title``, both rendered by the browser in
its own time zone, relative to the group's "now" (the corpus's reference time).

Both pages use a web font, images and a sound, which a crawler should block (the request
counters show whether it did). Pages are built from the corpus (ops/sandbox/browser_corpus.py)
and plugged into the sandbox server (ops/sandbox/server.py) through ``respond``/``error``/``malformed``.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from ops.sandbox.common import REASONS, Response, stable
from ops.sandbox.generator import REFERENCE_NOW, Corpus, Place, SandboxPost

_HTML = "text/html; charset=utf-8"
_JSON = "application/json; charset=utf-8"
_JS = "application/javascript; charset=utf-8"
_CSS = "text/css; charset=utf-8"
BATCH = 10
PREVIEW_CHARS = 200
PREVIEW_LINES = 4
COUNTRY = {"KH": "Cambodia", "MM": "Myanmar", "LA": "Laos", "TH": "Thailand", "PH": "Philippines", "AE": "Dubai, UAE",
           "MY": "Malaysia", "VN": "Vietnam", "ID": "Indonesia", "SG": "Singapore"}
# A 1×1 PNG, a few bytes of "font" and "sound": real answers, so an unblocked request costs something.
_PIXEL = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                       "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082")

#: How the sandbox board is crawled: the ``board`` mapping of its source (crawlers/boards.py).
SANDBOX_BOARD: dict[str, Any] = {
    "name": "asiacareers",
    "consent": '#consent button[data-choice="necessary"]',
    "listing": {"item": "article.job-card", "link": "a.job-link",
                "scroll": {"max": 60, "wait_ms": 3000, "end": ".feed-end"}},
    "detail": {"ready": "article.job-detail", "post": "article.job-detail",
               "id": {"selector": "article.job-detail", "attr": "data-job-id"},
               "title": "h1.job-title", "text": ".description", "author": ".company",
               "author_id": {"selector": ".company", "attr": "data-employer-id"},
               "published": {"selector": "time.posted", "attr": "datetime"}},
}


#: Scripts and styles are cached by the browser for a day, as real sites serve them.
_ASSET_CACHE = {"Cache-Control": "public, max-age=86400"}


def _json(data: Any) -> Response:
    return Response(200, json.dumps(data, ensure_ascii=False).encode(), _JSON)


def _static(path: str) -> Response | None:
    """Shared static files: the pixel, font and sound every page references."""
    if path.startswith("/static/img/"):
        return Response(200, _PIXEL, "image/png", {"Cache-Control": "no-store"})
    if path.startswith("/static/fonts/"):
        return Response(200, b"wOF2" + bytes(2044), "font/woff2", {"Cache-Control": "no-store"})
    if path.startswith("/static/sound/"):
        return Response(200, b"ID3" + bytes(4093), "audio/mpeg", {"Cache-Control": "no-store"})
    return None


_SHARED_CSS = """@font-face { font-family: "SiteSans"; src: url("/static/fonts/sitesans.woff2") format("woff2"); }
body { margin: 0; font-family: "SiteSans", "DejaVu Sans", sans-serif; background: #f0f2f5; color: #1c1e21; }
"""


class _Pages:
    """What both platforms share: errors and broken answers."""

    base_url = ""

    def error(self, status: int, retry_after: Any = None) -> Response:
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        body = json.dumps({"error": {"code": status, "message": REASONS.get(status, "Error")}}).encode()
        return Response(status, body, _JSON, headers)

    def malformed(self, response: Any) -> Response:
        """The answer cut off part-way: invalid JSON, unclosed HTML, a script that stops mid-statement."""
        body = response.body[: len(response.body) * 6 // 10]
        return Response(response.status, body, response.content_type, response.headers)


# -- the job board ------------------------------------------------------------------------------------


class JobBoardPages(_Pages):
    """The job board of the corpus's ``jobboard`` place(s); jobs newest first."""

    def __init__(self, corpus: Corpus) -> None:
        self.places = [p for p in corpus.places if p.platform == "jobboard"]
        self.place: Place | None = self.places[0] if self.places else None
        posts = [p for p in corpus.posts if p.platform == "jobboard"]
        self.jobs = sorted(posts, key=lambda p: (p.published_at, p.native_id), reverse=True)
        self.by_id = {job_id(p): p for p in self.jobs}
        self.ops = {op.id: op for op in corpus.operations}

    def respond(self, path: str, query: dict[str, str]) -> Response:
        static = _static(path)
        if static is not None:
            return static
        if path in ("/", "/jobs", "/jobs/"):
            return Response(200, self.shell("AsiaCareers – jobs", '<section id="job-list" class="job-list"></section>'
                                           '<div id="sentinel"></div><p class="loading" hidden>Loading…</p>'
                                           '<p class="feed-end" hidden>You\'ve seen all jobs</p>').encode(), _HTML)
        match = re.fullmatch(r"/jobs/(\d+)/?", path)
        if match:
            if match.group(1) not in self.by_id:
                return Response(404, self.shell("Job not found", "<h1>Job not found</h1>").encode(), _HTML)
            return Response(200, self.shell("AsiaCareers – job", f'<div id="job" data-id="{match.group(1)}"></div>').encode(),
                           _HTML)
        if path == "/api/jobs":
            page = max(1, int(query.get("page", "1")) if query.get("page", "1").isdigit() else 1)
            chunk = self.jobs[(page - 1) * BATCH: page * BATCH]
            more = page * BATCH < len(self.jobs)
            return _json({"jobs": [self.card(p) for p in chunk], "page": page, "next": page + 1 if more else None,
                          "server_time": REFERENCE_NOW.isoformat()})
        match = re.fullmatch(r"/api/jobs/(\d+)", path)
        if match:
            post = self.by_id.get(match.group(1))
            if post is None:
                return self.error(404)
            return _json({**self.card(post), "description": post.text, "server_time": REFERENCE_NOW.isoformat()})
        if path == "/static/board.js":
            return Response(200, BOARD_JS.encode(), _JS, dict(_ASSET_CACHE))
        if path == "/static/board.css":
            return Response(200, (_SHARED_CSS + BOARD_CSS).encode(), _CSS, dict(_ASSET_CACHE))
        return self.error(404)

    def card(self, post: SandboxPost) -> dict[str, Any]:
        op = self.ops.get(post.op or "")
        location = f"{op.city}, {COUNTRY.get(op.destination, op.destination)}" if op and op.city else \
            COUNTRY.get(op.destination, "Asia") if op else "See description"
        snippet = " ".join(post.text.split())
        return {"id": job_id(post), "title": post.title or "", "company": post.author, "employer_id": post.author_id,
                "location": location, "posted_at": post.published_at.isoformat().replace("+00:00", "Z"),
                "snippet": snippet[:140] + ("…" if len(snippet) > 140 else "")}

    def shell(self, title: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/board.css">
<script src="/static/board.js" defer></script>
</head>
<body>
<header class="topbar"><img class="brand-logo" src="/static/img/asiacareers.png" alt=""><a class="brand" href="/jobs">AsiaCareers</a>
<nav><a href="/jobs">Jobs</a> <a href="/private/employers">For employers</a></nav></header>
<main>{main}</main>
<audio src="/static/sound/notify.mp3" preload="auto"></audio>
</body>
</html>
"""


def job_id(post: SandboxPost) -> str:
    """The number a board job is known by (native ids are ``<board>/<number>``)."""
    return post.native_id.rsplit("/", 1)[-1]


BOARD_CSS = """
.topbar { background: #0b4f8a; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; }
.topbar a { color: #fff; text-decoration: none; } .brand { font-weight: bold; font-size: 20px; }
.brand-logo, .logo { width: 32px; height: 32px; background: #ddd; }
main { max-width: 820px; margin: 0 auto; padding: 16px; }
.job-card { background: #fff; border-radius: 8px; margin: 12px 0; padding: 16px; min-height: 110px; display: block; }
.job-card h2 { font-size: 18px; margin: 4px 0; } .job-card .snippet { color: #555; }
.company { font-weight: bold; } .location, .age { color: #666; margin-left: 8px; }
.job-detail { background: #fff; border-radius: 8px; padding: 24px; }
.description p { margin: 0; min-height: 1.2em; line-height: 1.5; }
.feed-end { text-align: center; color: #666; }
#consent { position: fixed; inset: 0; background: rgba(0, 0, 0, .55); display: flex; align-items: center;
           justify-content: center; z-index: 1000; }
#consent .box { background: #fff; padding: 24px; max-width: 420px; border-radius: 8px; }
#consent button { margin: 8px 8px 0 0; padding: 8px 16px; }
"""

BOARD_JS = r"""
(function () {
  "use strict";
  var SERVER_NOW = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function ago(iso) {
    var now = SERVER_NOW ? new Date(SERVER_NOW) : new Date();
    var days = Math.floor((now - new Date(iso)) / 86400000);
    if (days <= 0) return "Posted today";
    if (days === 1) return "Posted yesterday";
    return "Posted " + days + " days ago";
  }

  // Cookie consent: covers the page, blocks scrolling and clicks until a choice is made.
  function consent() {
    if (/(^|; )consent=/.test(document.cookie)) return;
    var overlay = el("div", {id: "consent", role: "dialog", "aria-modal": "true", "aria-label": "Cookie consent"});
    var box = el("div", {"class": "box"});
    box.appendChild(el("p", {}, "We use cookies to keep you signed in and to measure our audience."));
    var all = el("button", {"data-choice": "all"}, "Accept all");
    var necessary = el("button", {"data-choice": "necessary"}, "Only necessary");
    box.appendChild(all); box.appendChild(necessary); overlay.appendChild(box);
    document.body.appendChild(overlay);
    document.documentElement.style.overflow = "hidden";
    function choose(event) {
      document.cookie = "consent=" + event.target.getAttribute("data-choice") + "; path=/; SameSite=Lax";
      overlay.remove();
      document.documentElement.style.removeProperty("overflow");
      if (!document.documentElement.getAttribute("style")) document.documentElement.removeAttribute("style");
    }
    all.addEventListener("click", choose); necessary.addEventListener("click", choose);
  }

  function card(job) {
    var article = el("article", {"class": "job-card", "data-job-id": job.id});
    article.appendChild(el("img", {"class": "logo", src: "/static/img/" + job.employer_id + ".png", alt: ""}));
    var h2 = el("h2"); h2.appendChild(el("a", {"class": "job-link", href: "/jobs/" + job.id}, job.title));
    article.appendChild(h2);
    var meta = el("div", {"class": "meta"});
    meta.appendChild(el("span", {"class": "company"}, job.company));
    meta.appendChild(el("span", {"class": "location"}, job.location));
    meta.appendChild(el("span", {"class": "age"}, ago(job.posted_at)));
    article.appendChild(meta);
    article.appendChild(el("p", {"class": "snippet"}, job.snippet));
    return article;
  }

  function listing(list) {
    var next = 1, loading = false;
    var sentinel = document.getElementById("sentinel");
    var spinner = document.querySelector(".loading");
    function nearBottom() {
      return sentinel.getBoundingClientRect().top < window.innerHeight + 300;
    }
    function load() {
      if (loading || next === null) return;
      loading = true; spinner.hidden = false;
      fetch("/api/jobs?page=" + next).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      }).then(function (data) {
        SERVER_NOW = data.server_time;
        data.jobs.forEach(function (job) { list.appendChild(card(job)); });
        next = data.next;
        if (next === null) document.querySelector(".feed-end").hidden = false;
      }).catch(function () { /* a failed page is tried again on the next scroll */ })
        .then(function () {
          loading = false; spinner.hidden = true;
        });
    }
    window.addEventListener("scroll", function () { if (nearBottom()) load(); }, {passive: true});
    load();
  }

  function detail(box) {
    fetch("/api/jobs/" + box.getAttribute("data-id")).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (job) {
      SERVER_NOW = job.server_time;
      var article = el("article", {"class": "job-detail", "data-job-id": job.id});
      article.appendChild(el("img", {"class": "logo", src: "/static/img/" + job.employer_id + ".png", alt: ""}));
      article.appendChild(el("h1", {"class": "job-title"}, job.title));
      var meta = el("div", {"class": "job-meta"});
      meta.appendChild(el("a", {"class": "company", href: "/companies/" + job.employer_id,
                                "data-employer-id": job.employer_id}, job.company));
      meta.appendChild(el("span", {"class": "location"}, job.location));
      meta.appendChild(el("time", {"class": "posted", datetime: job.posted_at}, ago(job.posted_at)));
      article.appendChild(meta);
      var description = el("div", {"class": "description"});
      job.description.split("\n").forEach(function (line) { description.appendChild(el("p", {}, line)); });
      article.appendChild(description);
      article.appendChild(el("p", {"class": "apply"}, "Apply as the description says. Never pay a recruitment fee."));
      box.appendChild(article);
    }).catch(function (err) { box.appendChild(el("p", {"class": "error"}, "Could not load this job: " + err)); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    consent();
    var list = document.getElementById("job-list");
    var job = document.getElementById("job");
    if (list) listing(list);
    if (job) detail(job);
  });
})();
"""


# -- the group ----------------------------------------------------------------------------------------


class GroupPages(_Pages):
    """The corpus's ``fbgroup`` places as public group pages; posts newest first."""

    def __init__(self, corpus: Corpus) -> None:
        self.groups: dict[str, tuple[Place, list[SandboxPost]]] = {}
        for place in corpus.places:
            if place.platform == "fbgroup":
                posts = sorted(corpus.posts_in("fbgroup", place.name), key=lambda p: (p.published_at, p.native_id),
                               reverse=True)
                self.groups[place.name.lower()] = (place, posts)

    def respond(self, path: str, query: dict[str, str]) -> Response:
        static = _static(path)
        if static is not None:
            return static
        if path == "/static/group.js":
            return Response(200, GROUP_JS.encode(), _JS, dict(_ASSET_CACHE))
        if path == "/static/group.css":
            return Response(200, (_SHARED_CSS + GROUP_CSS).encode(), _CSS, dict(_ASSET_CACHE))
        match = re.fullmatch(r"/groups/([A-Za-z0-9._-]+)/?", path)
        if match:
            found = self.groups.get(match.group(1).lower())
            return self.group_page(found[0]) if found else self.error(404)
        match = re.fullmatch(r"/api/groups/([A-Za-z0-9._-]+)/feed", path)
        if match and match.group(1).lower() in self.groups:
            return self.feed(*self.groups[match.group(1).lower()], query.get("cursor"))
        match = re.fullmatch(r"/api/groups/([A-Za-z0-9._-]+)/posts/(\d+)", path)
        if match and match.group(1).lower() in self.groups:
            post = next((p for p in self.groups[match.group(1).lower()][1] if p.native_id == match.group(2)), None)
            if post is not None:
                return _json({"id": post.native_id, "message": post.text})
        match = re.fullmatch(r"/groups/([A-Za-z0-9._-]+)/posts/(\d+)/?", path)
        if match and match.group(1).lower() in self.groups:
            return self.group_page(self.groups[match.group(1).lower()][0])
        return self.error(404)

    def feed(self, place: Place, posts: list[SandboxPost], cursor: str | None) -> Response:
        start = int(cursor) if cursor and cursor.isdigit() else 0
        chunk = posts[start:start + BATCH]
        more = start + BATCH < len(posts)
        return _json({"posts": [self.story(place, p) for p in chunk], "next_cursor": str(start + BATCH) if more else None})

    def story(self, place: Place, post: SandboxPost) -> dict[str, Any]:
        lines = post.text.strip().split("\n")
        truncated = len(post.text) > PREVIEW_CHARS + 50 or len(lines) > PREVIEW_LINES + 1
        preview = lines
        if truncated:
            preview, used = [], 0
            for line in lines[:PREVIEW_LINES]:
                if used + len(line) > PREVIEW_CHARS:
                    cut = line[: max(0, PREVIEW_CHARS - used)].rsplit(" ", 1)[0]
                    preview.append(cut)
                    break
                preview.append(line)
                used += len(line)
        return {"id": post.native_id, "author": {"name": post.author, "id": post.author_id},
                "created_time": post.published_at.isoformat().replace("+00:00", "Z"),
                "permalink": f"/groups/{place.name}/posts/{post.native_id}/",
                "preview": preview, "truncated": truncated,
                "comments": stable("comments:" + post.native_id) % 60, "reactions": stable("likes:" + post.native_id) % 400}

    def group_page(self, place: Place) -> Response:
        config = json.dumps({"group": place.name, "now": REFERENCE_NOW.isoformat()})
        members = f"{2000 + stable('members:' + place.name) % 90_000:,}"
        body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(place.title)} | Facebook</title>
<meta property="og:title" content="{html.escape(place.title)}">
<meta property="og:description" content="{html.escape(place.description)}">
<link rel="stylesheet" href="/static/group.css">
<script>window.__GROUP__ = {config};</script>
<script src="/static/group.js" defer></script>
</head>
<body>
<div role="banner" class="banner"><img class="cover" src="/static/img/cover-{html.escape(place.name)}.jpg" alt="">
<h1>{html.escape(place.title)}</h1><div class="meta">Public group · {members} members</div></div>
<div role="main" class="main"><div role="feed" aria-busy="true"></div></div>
<audio src="/static/sound/pop.mp3" preload="auto"></audio>
</body>
</html>
"""
        return Response(200, body.encode(), _HTML)


GROUP_CSS = """
.banner { background: #fff; padding: 16px 24px; border-bottom: 1px solid #ddd; }
.banner .cover { width: 100%; height: 60px; background: #c9d6e8; display: block; }
.banner h1 { font-size: 24px; margin: 8px 0 4px; } .banner .meta { color: #65676b; }
.main { max-width: 680px; margin: 0 auto; padding: 16px; }
[role="article"] { background: #fff; border-radius: 8px; margin: 0 0 16px; padding: 12px 16px; }
[role="article"] h3 { font-size: 15px; margin: 0; } [role="article"] h3 a { color: #050505; text-decoration: none; }
.post-time a { color: #65676b; font-size: 13px; text-decoration: none; }
.post-time abbr { text-decoration: none; border: 0; }
[data-ad-preview="message"] { margin: 8px 0; font-size: 15px; line-height: 1.35; }
[data-ad-preview="message"] [dir="auto"] { min-height: 1.2em; }
[role="button"] { display: inline; font-weight: 600; cursor: pointer; color: #050505; }
.post-footer { color: #65676b; font-size: 13px; border-top: 1px solid #eee; padding-top: 8px; }
[role="progressbar"] { text-align: center; color: #65676b; padding: 16px; }
"""

GROUP_JS = r"""
(function () {
  "use strict";
  var CONFIG = window.__GROUP__;
  var NOW = new Date(CONFIG.now);
  var MONTH_DAY = new Intl.DateTimeFormat("en-GB", {day: "numeric", month: "long"});
  var FULL_DAY = new Intl.DateTimeFormat("en-GB", {day: "numeric", month: "long", year: "numeric"});
  var TITLE = new Intl.DateTimeFormat("en-GB", {weekday: "long", day: "numeric", month: "long", year: "numeric",
                                                hour: "2-digit", minute: "2-digit", hour12: false});
  var CLOCK = new Intl.DateTimeFormat("en-GB", {hour: "2-digit", minute: "2-digit", hour12: false});

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // What the page shows: "Just now", "12m", "5h", "3d", "14 November at 09:32", "3 March 2025".
  function shown(date) {
    var seconds = (NOW - date) / 1000;
    if (seconds < 60) return "Just now";
    if (seconds < 3600) return Math.floor(seconds / 60) + "m";
    if (seconds < 86400) return Math.floor(seconds / 3600) + "h";
    if (seconds < 7 * 86400) return Math.floor(seconds / 86400) + "d";
    if (date.getFullYear() === NOW.getFullYear()) return MONTH_DAY.format(date) + " at " + CLOCK.format(date);
    return FULL_DAY.format(date);
  }

  function lines(container, texts) {
    while (container.firstChild) container.removeChild(container.firstChild);
    texts.forEach(function (line) { container.appendChild(el("div", {dir: "auto"}, line)); });
  }

  function story(post, position) {
    var article = el("div", {role: "article", "aria-posinset": String(position), "aria-labelledby": "author-" + post.id});
    var header = el("div", {"class": "post-header"});
    var h3 = el("h3", {id: "author-" + post.id});
    var name = el("a", {href: "/profile.php?id=" + post.author.id, role: "link"});
    name.appendChild(el("strong", {}, post.author.name));
    h3.appendChild(name);
    header.appendChild(h3);
    var created = new Date(post.created_time);
    var time = el("span", {"class": "post-time"});
    var link = el("a", {href: post.permalink, role: "link"});
    link.appendChild(el("abbr", {title: TITLE.format(created)}, shown(created)));
    time.appendChild(link);
    header.appendChild(time);
    article.appendChild(header);

    var message = el("div", {"data-ad-preview": "message"});
    var text = el("div", {"class": "message-text"});
    lines(text, post.preview);
    message.appendChild(text);
    if (post.truncated) {
      text.lastChild.textContent += "…";
      var more = el("div", {role: "button", tabindex: "0"}, "See more");
      more.addEventListener("click", function () {
        fetch("/api/groups/" + CONFIG.group + "/posts/" + post.id).then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.json();
        }).then(function (full) {
          lines(text, full.message.trim().split("\n"));
          more.remove();
        }).catch(function () { /* the button stays: try again */ });
      });
      message.appendChild(more);
    }
    article.appendChild(message);
    var footer = el("div", {"class": "post-footer"});
    footer.appendChild(el("span", {}, post.reactions + " reactions · " + post.comments + " comments"));
    article.appendChild(footer);
    return article;
  }

  function start() {
    var feed = document.querySelector('[role="feed"]');
    var cursor = "", loading = false, done = false, position = 0;
    function load() {
      if (loading || done) return;
      loading = true;
      feed.setAttribute("aria-busy", "true");
      var spinner = el("div", {role: "progressbar", "aria-label": "Loading…"}, "Loading…");
      feed.parentNode.appendChild(spinner);
      fetch("/api/groups/" + CONFIG.group + "/feed" + (cursor ? "?cursor=" + cursor : "")).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      }).then(function (data) {
        data.posts.forEach(function (post) { position += 1; feed.appendChild(story(post, position)); });
        cursor = data.next_cursor;
        done = !cursor;
      }).catch(function () { /* try again on the next scroll */ }).then(function () {
        loading = false;
        spinner.remove();
        feed.setAttribute("aria-busy", "false");
      });
    }
    window.addEventListener("scroll", function () {
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 600) load();
    }, {passive: true});
    load();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
"""
