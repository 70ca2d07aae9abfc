"""The Post contract and its JSON Lines reader/writer."""

from __future__ import annotations

import io

import pytest

from crawlers.items import PostError, make_post_id, validate_post
from crawlers.postio import InputError, read_posts, write_posts


def test_post_id_is_stable_and_platform_scoped() -> None:
    assert make_post_id("telegram", "chan/12") == make_post_id("telegram", "chan/12")
    assert make_post_id("telegram", "chan/12") != make_post_id("reddit", "chan/12")
    assert make_post_id("reddit", url="https://x/1") == make_post_id("reddit", url="https://x/1")
    with pytest.raises(PostError):
        make_post_id("reddit")


def test_only_id_and_text_are_required_and_unknown_fields_survive() -> None:
    post = validate_post({"id": "a", "text": "hi", "custom": {"x": 1}})
    assert post == {"id": "a", "text": "hi", "custom": {"x": 1}}


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"text": "x"}, "missing required field 'id'"),
        ({"id": "a"}, "missing required field 'text'"),
        ({"id": "a", "text": 5}, "field 'text' must be a string"),
        ({"id": "a", "text": "x", "published_at": "yesterday"}, "field 'published_at'"),
        ({"id": "a", "text": "x", "region": "Cambodia"}, "ISO 3166"),
        ({"id": "a", "text": "x", "media_urls": "http://x"}, "must be a list"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_contract_violations_say_what_is_wrong(record: object, reason: str) -> None:
    with pytest.raises(PostError, match=reason):
        validate_post(record)


def test_dates_are_normalised_to_utc() -> None:
    post = validate_post({"id": "a", "text": "x", "published_at": "2026-11-01T09:13:00+07:00"})
    assert post["published_at"] == "2026-11-01T02:13:00Z"


def test_reader_reports_file_and_line_of_a_bad_record() -> None:
    stream = io.StringIO('{"id": "1", "text": "ok"}\n\n{"id": "2", "text": "ok"}\n{"id": "3"\n')
    posts = read_posts(stream, "posts.jsonl")
    assert next(posts)["id"] == "1"
    assert next(posts)["id"] == "2"
    with pytest.raises(InputError) as info:
        next(posts)
    assert str(info.value).startswith("posts.jsonl:4: not valid JSON")


def test_writer_round_trips_unicode() -> None:
    out = io.StringIO()
    write_posts([{"id": "1", "text": "ស្វែងរក 招聘"}], out)
    assert "ស្វែងរក 招聘" in out.getvalue()
    assert list(read_posts(io.StringIO(out.getvalue()))) == [{"id": "1", "text": "ស្វែងរក 招聘"}]
