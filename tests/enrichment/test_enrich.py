"""Enrichment v1: language, phone numbers and handles, lure indicators, post kind."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enrichment import enrich
from enrichment.language import detect_language
from enrichment.normalize import normalize_text


def values(post: dict, kind: str) -> list[str]:
    return [item["value"] for item in post["identifiers"] if item["kind"] == kind]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tuyển gấp nhân viên chăm sóc khách hàng làm việc tại Campuchia, lương cao", "vi"),
        ("Lowongan kerja admin online di Kamboja, gaji besar, tanpa pengalaman", "id"),
        ("รับสมัครพนักงานพิมพ์ข้อมูล ทำงานที่กัมพูชา", "th"),
        ("ស្វែងរកបុគ្គលិកផ្នែកបម្រើអតិថិជន", "km"),
        ("အလုပ်ခေါ်နေပါသည် ထိုင်းနိုင်ငံ", "my"),
        ("招聘客服 柬埔寨西港 月薪2000美金", "zh"),
        ("カンボジアでのカスタマーサービスの仕事", "ja"),
        ("캄보디아 고객 서비스 직원 모집", "ko"),
        ("Customer service job in Cambodia, high salary, free visa and ticket", "en"),
    ],
)
def test_language_by_script_or_detector(text: str, lang: str) -> None:
    assert detect_language(normalize_text(text)).lang == lang


def test_language_is_deterministic() -> None:
    text = "Kerja di luar negeri gaji tinggi"
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_international_and_local_numbers_with_channel() -> None:
    post = enrich({
        "id": "1",
        "text": "Việc làm Campuchia lương 1500$. Zalo 0912 345 678 hoặc WhatsApp +855 97 712 3456",
    })
    assert values(post, "phone") == ["+84912345678", "+855977123456"]
    channels = {item["value"]: item["channel"] for item in post["identifiers"]}
    assert channels == {"+84912345678": "zalo", "+855977123456": "whatsapp"}


def test_region_of_the_post_reads_local_numbers() -> None:
    text = "Customer service job, call 097 712 3456"
    assert values(enrich({"id": "1", "text": text, "region": "KH"}), "phone") == ["+855977123456"]
    assert values(enrich({"id": "1", "text": text}), "phone") == []


def test_native_digits_are_read() -> None:
    post = enrich({"id": "1", "text": "ទូរស័ព្ទ ០៩៧ ៧១២ ៣៤៥៦", "region": "KH"})
    assert values(post, "phone") == ["+855977123456"]


def test_telegram_handles_and_links() -> None:
    post = enrich({"id": "1", "text": "Contact Telegram @KH_HR_Team or t.me/second_hr — mail hr@company.com"})
    assert set(values(post, "telegram")) == {"second_hr", "kh_hr_team"}
    assert values(post, "email") == ["hr@company.com"]
    assert "company" not in values(post, "telegram")


def test_salaries_and_dates_are_not_phones() -> None:
    post = enrich({"id": "1", "text": "Salary 15,000,000 VND, start 2026-12-01 at 09:30, age 18-35, job id 20241187", "region": "VN"})
    assert values(post, "phone") == []


def test_lure_warning_and_ordinary_post() -> None:
    lure = enrich({"id": "1", "text": "URGENT customer service in Sihanoukville Cambodia 1500 USD, no experience, free visa and ticket, contact Telegram @hr_kh"})
    warning = enrich({"id": "2", "text": "WARNING from the Embassy: these are scammers, do not contact +855 97 712 3456"})
    ordinary = enrich({"id": "3", "text": "Barista wanted for our cafe in Hanoi, weekend shifts."})
    assert lure["post_kind"] == "lure" and lure["lure_score"] >= 0.8
    assert warning["post_kind"] == "warning"
    assert ordinary["post_kind"] == "other" and ordinary["lure_score"] < 0.5
    assert {i["name"] for i in lure["indicators"]} >= {"destination", "salary", "no_experience", "free_travel"}


def test_enrich_keeps_fields_and_adds_contract_fields() -> None:
    post = enrich({"id": "x", "text": "hello", "platform": "reddit", "extra": 1})
    assert post["id"] == "x" and post["extra"] == 1 and post["platform"] == "reddit"
    for field in ("lang", "lang_confidence", "script", "identifiers", "indicators", "lure_score", "post_kind"):
        assert field in post


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.sampled_from(["KH", "VN", "TH", "ZZ", "XX"])))
def test_enrich_never_raises(text: str, region: str | None) -> None:
    post = enrich({"id": "h", "text": text, "region": region})
    assert 0.0 <= post["lure_score"] <= 1.0
