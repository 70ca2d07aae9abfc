"""The sandbox platforms: a truthful corpus, and servers that behave like t.me and Reddit.

Real HTTP over 127.0.0.1 (urllib, no proxies); markup is read with parsel, as the spiders do.
"""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
import pytest
from parsel import Selector

from ops.sandbox.generator import REFERENCE_NOW, Corpus, SandboxPost, generate_corpus
from ops.sandbox.server import Sandbox, message_text_html

# Loopback only: an http_proxy in the environment must not see these requests.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of a GET; HTTP errors are answers too."""
    try:
        with _OPENER.open(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return generate_corpus(seed=7)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=7) as running:
        yield running


def found_phones(post: SandboxPost, region: str | None) -> set[str]:
    matches = phonenumbers.PhoneNumberMatcher(post.text, region or "ZZ", leniency=phonenumbers.Leniency.VALID)
    return {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164) for m in matches}


# -- the corpus ---------------------------------------------------------------------------


def test_same_seed_gives_the_same_corpus_and_another_seed_another() -> None:
    assert generate_corpus(seed=7) == generate_corpus(seed=7)
    other = generate_corpus(seed=8)
    assert [p.text for p in other.posts] != [p.text for p in generate_corpus(seed=7).posts]


def test_corpus_has_the_promised_shape(corpus: Corpus) -> None:
    kinds = Counter(p.kind for p in corpus.posts)
    assert 280 <= len(corpus.posts) <= 320
    assert len(corpus.operations) == 10
    assert sum(1 for op in corpus.operations if op.copy_of) == 2
    assert 0.28 <= kinds["benign"] / len(corpus.posts) <= 0.42
    assert 0.05 <= kinds["warning"] / len(corpus.posts) <= 0.11
    assert len({p.lang for p in corpus.posts}) >= 8, "multilingual: at least eight languages"
    assert {p.kind for p in corpus.places} == {"operation", "aggregator", "jobs", "warnings", "subreddit", "reposts"}
    window_start = REFERENCE_NOW - timedelta(days=61)
    assert all(window_start <= p.published_at <= REFERENCE_NOW for p in corpus.posts)
    assert all(p.published_at.utcoffset() == timedelta(0) for p in corpus.posts)
    for op in corpus.operations:
        assert 1 <= len(op.languages) <= 3
        assert op.destination in {"KH", "MM", "LA", "PH", "AE", "TH"}


def test_the_hard_cases_are_all_there() -> None:
    """Every phenomenon the quality gate scores appears at ×1 whatever the seed."""
    for seed in (3, 7, 11, 23):
        corpus = generate_corpus(seed=seed)
        roles = Counter((p.kind, p.role) for p in corpus.posts)
        for role in ("lure", "rotation", "silent", "handle-only", "bilingual", "repost"):
            assert roles[("lure", role)] >= 1, (seed, role)
        assert roles[("benign", "share")] + roles[("benign", "repost")] >= 6, seed
        assert sum(op.phases > 1 for op in corpus.operations) >= 5, seed
        silent = [p for p in corpus.posts if p.role == "silent"]
        assert all(not p.phones and not p.handles and p.group == p.op for p in silent)


def test_number_rotation_changes_numbers_often_to_the_next_sim_card(corpus: Corpus) -> None:
    """Numbers change between phases; many new SIM cards are a digit or two from the last."""
    siblings = 0
    for op in corpus.operations:
        if op.phases < 2:
            continue
        posts = sorted((p for p in corpus.posts if p.op == op.id and p.role != "repost"), key=lambda p: p.published_at)
        assert not set(posts[0].phones) & set(posts[-1].phones), op.id
        siblings += sum(1 for a in op.phones for b in op.phones
                        if a < b and len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 2)
    assert siblings >= 2


def test_copycats_copy_phrasing_not_identity(corpus: Corpus) -> None:
    ops = {op.id: op for op in corpus.operations}
    for op in (op for op in corpus.operations if op.copy_of):
        original = ops[op.copy_of]
        assert op.destination == original.destination and op.company != original.company
        assert not set(op.phones) & set(original.phones) and not set(op.handles) & set(original.handles)
        mine = {p.template for p in corpus.posts if p.op == op.id}
        theirs = {p.template for p in corpus.posts if p.op == original.id}
        assert not mine & theirs


def test_scale_multiplies_posts_and_operations_quickly() -> None:
    started = time.perf_counter()
    generate_corpus(seed=3, scale=1)
    assert time.perf_counter() - started < 1.0
    bigger = generate_corpus(seed=3, scale=2)
    assert 560 <= len(bigger.posts) <= 640
    assert len(bigger.operations) == 20


def test_every_true_phone_is_valid_and_readable_from_the_text(corpus: Corpus) -> None:
    regions = {(p.platform, p.name): p.region for p in corpus.places}
    extra = 0
    for post in corpus.posts:
        region = regions[(post.platform, post.place)]
        found = found_phones(post, region)
        for phone in post.phones:
            number = phonenumbers.parse(phone)
            assert phonenumbers.is_valid_number(number), phone
            assert phone in found, f"{phone} not readable in {post.place}/{post.native_id}: {post.text!r}"
            # A local format ("097 712 3456") is only written where the audience's region reads it.
            if phone not in found_phones(post, None):
                assert phonenumbers.region_code_for_number(number) == region
        extra += len(found - set(post.phones))
    # Salaries, dates, ids and ages are distractors; a rare one looks like a hotline number.
    assert extra <= len(corpus.posts) * 0.02


def test_true_handles_are_written_in_the_text(corpus: Corpus) -> None:
    for post in corpus.posts:
        lowered = post.text.lower()
        for handle in post.handles:
            assert handle == handle.lower() and not handle.startswith("@")
            assert f"@{handle}" in lowered or f"t.me/{handle}" in lowered, (handle, post.text)


def test_each_operation_is_one_connected_cluster(corpus: Corpus) -> None:
    """Posts of one operation are linked through shared numbers, handles, posting accounts or
    their own wording (the ground-truth template); never through a reposting channel."""
    reposting = {p.name for p in corpus.places if p.kind == "reposts"}
    own = {x for op in corpus.operations for x in op.phones + op.handles}
    for op in corpus.operations:
        posts = [p for p in corpus.posts if p.op == op.id]
        assert len(posts) >= 6
        parent = list(range(len(posts)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        first_seen: dict[str, int] = {}
        for i, post in enumerate(posts):
            keys = [f"id:{x}" for x in post.phones + post.handles if x in own]
            keys += [f"template:{op.id}:{lang}" for lang in (post.template or "").partition(":")[2].split("+")]
            if post.place not in reposting:
                keys.append(f"account:{post.platform}:{post.author_id}")
            for key in keys:
                parent[root(i)] = root(first_seen.setdefault(key, i))
        assert len({root(i) for i in range(len(posts))}) == 1, f"{op.id} falls apart"
        mine = [p for p in posts if p.role != "repost"]
        assert set(op.phones) == {x for p in mine for x in p.phones}
        assert set(op.handles) == {x for p in mine for x in p.handles}


def test_identifiers_never_cross_operations_or_ordinary_ads(corpus: Corpus) -> None:
    owner: dict[str, str] = {}
    for op in corpus.operations:
        for identifier in op.phones + op.handles:
            assert owner.setdefault(identifier, op.id) == op.id
    for post in corpus.posts:
        if post.kind == "benign":
            assert not set(post.phones) & owner.keys()


def test_warnings_quote_numbers_of_two_operations(corpus: Corpus) -> None:
    owner = {phone: op.id for op in corpus.operations for phone in op.phones}
    warnings = [p for p in corpus.posts if p.kind == "warning"]
    assert len(warnings) >= 15
    assert len({p.lang for p in warnings}) >= 4
    for post in warnings:
        assert post.op is None and post.group is None
        assert len({owner[phone] for phone in post.phones}) >= 2, post.text
        assert post.handles


def test_truth_labels_every_post(corpus: Corpus) -> None:
    truth = corpus.truth()
    assert len(truth) == len(corpus.posts)
    for post in corpus.posts:
        label = truth[(post.platform, post.place, post.native_id)]
        if post.kind == "lure":
            assert label == post.op and post.template and post.template.startswith(f"{post.op}:")
        elif post.kind == "warning":
            assert label is None
        elif post.role in ("share", "repost"):
            assert label is not None  # the shared ad's employer
    orgs = Counter(p.group for p in corpus.posts if p.group and p.group.startswith("org:"))
    assert sum(1 for n in orgs.values() if n >= 2) >= 3
    # An employer has one number: its ads (and their shares) are linked by it.
    for group in orgs:
        numbers = {p.phones[0] for p in corpus.posts if p.group == group and p.phones}
        assert len(numbers) <= 1, group


def test_signatures_follow_the_kind_of_channel(corpus: Corpus) -> None:
    for place in corpus.places:
        posts = corpus.posts_in(place.platform, place.name)
        assert posts == sorted(posts, key=lambda p: p.published_at)
        if place.platform == "reddit":
            assert all(p.signature is None and p.title for p in posts)
        elif place.signed:
            assert all(p.signature and p.author_id != place.name for p in posts)
        else:
            assert all(p.signature is None and p.author_id == place.name for p in posts)
    warnings_channel = next(p for p in corpus.places if p.kind == "warnings")
    assert {p.kind for p in corpus.posts_in("telegram", warnings_channel.name)} == {"warning"}


# -- Telegram ------------------------------------------------------------------------------


def test_telegram_paging_walks_every_message_exactly_once(sandbox: Sandbox) -> None:
    corpus = sandbox.corpus
    paged_channels = 0
    for place in (p for p in corpus.places if p.platform == "telegram"):
        url: str | None = f"{sandbox.telegram_url}/s/{place.name}"
        seen: list[str] = []
        pages = 0
        while url:
            status, headers, body = fetch(url)
            assert status == 200 and headers["Content-Type"].startswith("text/html")
            page = Selector(text=body.decode())
            ids = [int(x.rpartition("/")[2]) for x in page.css("div.tgme_widget_message::attr(data-post)").getall()]
            assert ids == sorted(ids), "oldest first on the page"
            seen += [str(i) for i in ids]
            more = page.css("a.tme_messages_more::attr(href)").get()
            if more:
                assert more == page.css('link[rel="prev"]::attr(href)').get()
                assert page.css("a.tme_messages_more::attr(data-before)").get() == str(ids[0])
            url = f"{sandbox.telegram_url}{more}" if more else None
            pages += 1
        expected = [p.native_id for p in corpus.posts_in("telegram", place.name)]
        assert sorted(seen, key=int) == sorted(expected, key=int) and len(seen) == len(set(seen))
        paged_channels += pages > 1
    assert paged_channels >= 2


def test_telegram_message_markup_carries_text_author_and_date(sandbox: Sandbox) -> None:
    corpus = sandbox.corpus
    for place in (p for p in corpus.places if p.platform == "telegram"):
        truth = {p.native_id: p for p in corpus.posts_in("telegram", place.name)}
        _, _, body = fetch(f"{sandbox.telegram_url}/s/{place.name}")
        for message in Selector(text=body.decode()).css("div.tgme_widget_message"):
            post = truth[message.attrib["data-post"].rpartition("/")[2]]
            text_html = message.css("div.tgme_widget_message_text.js-message_text").get()
            assert text_html is not None
            text = "".join(Selector(text=text_html.replace("<br>", "\n")).xpath("//div//text()").getall())
            assert text == post.text
            assert message.css("a.tgme_widget_message_owner_name span::text").get() == place.title
            assert message.css(".tgme_widget_message_from_author::text").get() == post.signature
            stamp = message.css("a.tgme_widget_message_date time::attr(datetime)").get()
            assert stamp is not None and datetime.fromisoformat(stamp) == post.published_at
            assert message.css("a.tgme_widget_message_date::attr(href)").get() == f"https://t.me/{place.name}/{post.native_id}"
            assert message.css("span.tgme_widget_message_views::text").get()
            mentions = message.css('div.tgme_widget_message_text a[href^="https://t.me/"]::attr(href)').getall()
            assert {h.rpartition("/")[2].lower() for h in mentions} >= set(post.handles)


def test_message_text_links_urls_mentions_and_emails_not_phones() -> None:
    rendered = message_text_html("Hi <b>\nt.me/abc_hr, @Linda_HR88 or hr@firma.co.id; +855 97 712 3456.")
    assert rendered == (
        'Hi &lt;b&gt;<br/><a href="https://t.me/abc_hr" target="_blank" rel="noopener">t.me/abc_hr</a>, '
        '<a href="https://t.me/Linda_HR88">@Linda_HR88</a> or <a href="mailto:hr@firma.co.id">hr@firma.co.id</a>; '
        "+855 97 712 3456."
    )


def test_telegram_single_message_and_unknown_pages(sandbox: Sandbox) -> None:
    post = sandbox.corpus.posts_in("telegram", "asia_jobs_hub")[3]
    status, _, body = fetch(f"{sandbox.telegram_url}/asia_jobs_hub/{post.native_id}")
    assert status == 200
    page = Selector(text=body.decode())
    assert page.css("div.tgme_widget_message::attr(data-post)").getall() == [f"asia_jobs_hub/{post.native_id}"]
    assert fetch(f"{sandbox.telegram_url}/s/no_such_channel")[0] == 404
    assert fetch(f"{sandbox.telegram_url}/asia_jobs_hub/1")[0] == 404


# -- Reddit --------------------------------------------------------------------------------


def test_reddit_after_paging_walks_every_post_once_newest_first(sandbox: Sandbox) -> None:
    for place in (p for p in sandbox.corpus.places if p.platform == "reddit"):
        after: str | None = None
        seen: list[dict[str, Any]] = []
        while True:
            url = f"{sandbox.reddit_url}/r/{place.name}/new.json?limit=7" + (f"&after={after}" if after else "")
            status, headers, body = fetch(url)
            assert status == 200 and headers["Content-Type"].startswith("application/json")
            listing = json.loads(body)
            assert listing["kind"] == "Listing" and listing["data"]["dist"] == len(listing["data"]["children"])
            seen += [child["data"] for child in listing["data"]["children"]]
            after = listing["data"]["after"]
            if after is None:
                break
        truth = {p.native_id: p for p in sandbox.corpus.posts_in("reddit", place.name)}
        assert sorted(d["id"] for d in seen) == sorted(truth)
        assert len(seen) == len({d["id"] for d in seen})
        stamps = [d["created_utc"] for d in seen]
        assert stamps == sorted(stamps, reverse=True)
        for data in seen:
            post = truth[data["id"]]
            assert data["name"] == f"t3_{post.native_id}" and data["subreddit"] == place.name
            assert (data["title"], data["selftext"], data["author"]) == (post.title, post.text, post.author)
            assert data["author_fullname"].startswith("t2_") and data["is_self"] is True
            assert data["url"] == sandbox.reddit_url + data["permalink"]
            assert data["permalink"].startswith(f"/r/{place.name}/comments/{post.native_id}/")


def test_reddit_limits_unknown_subs_and_permalinks(sandbox: Sandbox) -> None:
    listing = json.loads(fetch(f"{sandbox.reddit_url}/r/overseasjobs/new.json")[2])
    assert len(listing["data"]["children"]) == 25
    listing = json.loads(fetch(f"{sandbox.reddit_url}/r/overseasjobs/new.json?limit=500")[2])
    assert len(listing["data"]["children"]) == min(100, len(sandbox.corpus.posts_in("reddit", "overseasjobs")))
    status, headers, body = fetch(f"{sandbox.reddit_url}/r/no_such_sub/new.json")
    assert status == 404 and json.loads(body) == {"message": "Not Found", "error": 404}
    permalink = listing["data"]["children"][0]["data"]["permalink"]
    status, _, body = fetch(f"{sandbox.reddit_url}{permalink}.json")
    assert status == 200 and json.loads(body)[0]["data"]["children"][0]["data"]["permalink"] == permalink
    assert fetch(f"{sandbox.reddit_url}{permalink}")[0] == 200


# -- faults, robots, counting ------------------------------------------------------------------


def test_429_carries_retry_after_then_recovers(sandbox: Sandbox) -> None:
    url = f"{sandbox.reddit_url}/r/phjobs/new.json?limit=3"
    sandbox.add_fault("reddit", "/r/phjobs/new.json", "429", times=2, retry_after=3)
    for _ in range(2):
        status, headers, _ = fetch(url)
        assert status == 429 and headers["Retry-After"] == "3"
    assert fetch(url)[0] == 200
    sandbox.add_fault("telegram", "/s/asia_jobs_hub", "429")
    status, headers, _ = fetch(f"{sandbox.telegram_url}/s/asia_jobs_hub")
    assert status == 429 and headers["Retry-After"] == "1"
    assert fetch(f"{sandbox.telegram_url}/s/asia_jobs_hub")[0] == 200


def test_server_errors_slow_truncated_and_malformed_answers(sandbox: Sandbox) -> None:
    base = sandbox.telegram_url
    sandbox.add_fault("telegram", "/s/scam_alert_sea", "503")
    assert fetch(f"{base}/s/scam_alert_sea")[0] == 503
    sandbox.add_fault("telegram", "/s/scam_alert_sea", "500")
    assert fetch(f"{base}/s/scam_alert_sea")[0] == 500

    sandbox.add_fault("telegram", "/s/scam_alert_sea", "slow", delay=0.4)
    started = time.perf_counter()
    assert fetch(f"{base}/s/scam_alert_sea")[0] == 200
    assert time.perf_counter() - started >= 0.4

    sandbox.add_fault("telegram", "/s/scam_alert_sea", "truncated")
    with pytest.raises(http.client.IncompleteRead):
        with _OPENER.open(f"{base}/s/scam_alert_sea", timeout=10) as response:
            response.read()

    sandbox.add_fault("reddit", "/r/indonesia_loker/", "malformed")
    status, _, body = fetch(f"{sandbox.reddit_url}/r/indonesia_loker/new.json")
    assert status == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    sandbox.add_fault("telegram", "/s/scam_alert_sea", "malformed")
    status, _, body = fetch(f"{base}/s/scam_alert_sea")
    assert status == 200 and not body.rstrip().endswith(b"</html>")
    assert fetch(f"{base}/s/scam_alert_sea")[2].rstrip().endswith(b"</html>")

    with pytest.raises(ValueError):
        sandbox.add_fault("telegram", "/", "teapot")


def test_robots_txt_is_served_replaceable_and_counted(sandbox: Sandbox) -> None:
    before = sandbox.platform_requests["reddit"]["/robots.txt"]
    for url in (sandbox.telegram_url, sandbox.reddit_url):
        status, _, body = fetch(f"{url}/robots.txt")
        assert status == 200 and body.decode() == "User-agent: *\nDisallow: /private/\n"
    sandbox.set_robots("reddit", "User-agent: *\nDisallow: /\n")
    try:
        assert fetch(f"{sandbox.reddit_url}/robots.txt")[2] == b"User-agent: *\nDisallow: /\n"
    finally:
        sandbox.set_robots("reddit", "User-agent: *\nDisallow: /private/\n")
    assert sandbox.platform_requests["reddit"]["/robots.txt"] == before + 2
    assert sandbox.requests["/robots.txt"] >= 3


def test_sources_name_every_place(sandbox: Sandbox) -> None:
    sources = sandbox.sources()
    assert len(sources) == len(sandbox.corpus.places)
    by_name = {s["name"]: s for s in sources}
    assert by_name["reddit-phjobs"] == {"name": "reddit-phjobs", "platform": "reddit",
                                        "url": f"{sandbox.reddit_url}/r/phjobs", "region": "PH", "group": "sandbox"}
    assert "region" not in by_name["telegram-asia_jobs_hub"]
    assert by_name["telegram-asia_jobs_hub"]["url"] == f"{sandbox.telegram_url}/s/asia_jobs_hub"
    assert sandbox.telegram_url.startswith("http://127.0.0.1:") and not sandbox.telegram_url.endswith("/")


def test_urls_need_a_started_sandbox() -> None:
    idle = Sandbox(seed=7)
    with pytest.raises(RuntimeError):
        idle.telegram_url
