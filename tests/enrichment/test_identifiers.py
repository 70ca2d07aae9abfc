"""Identifiers that survive obfuscation, and numbers that are not phones."""

from __future__ import annotations

import pytest

from enrichment import enrich
from enrichment.identifiers import countries_named, normalize_url
from enrichment.numbers import reveal_digits
from enrichment.wallets import bech32_valid, eth_valid, keccak256


def found(text: str, region: str | None = None, platform: str | None = None) -> set[tuple[str, str]]:
    post = enrich({"id": "t", "text": text, "region": region, "platform": platform})
    return {(i["kind"], i["value"]) for i in post["identifiers"] if i["kind"] != "url"}


KH = ("phone", "+855977123456")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("WhatsApp +855 97 712 3456", None),
        ("WhatsApp 00855 97 712 3456", None),
        ("WA 855 97 712 3456", None),
        ("ទូរស័ព្ទ ០៩៧ ៧១២ ៣៤៥៦", "KH"),
        ("call ٠٩٧٧١٢٣٤٥٦", "KH"),
        ("call ۰۹۷۷۱۲۳۴۵۶", "KH"),
        ("फोन ०९७७१२३४५६", "KH"),
        ("call ০৯৭৭১২৩৪৫৬", "KH"),
        ("call ０９７ ７１２ ３４５６", "KH"),
        ("WA 0️⃣9️⃣7️⃣7️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣", "KH"),
        ("call 097📞712🔥3456", "KH"),
        ("call 097\u200b712\u200c34\u200d56", "KH"),
        ("call 097\n712\n3456", "KH"),
        ("call 097.712.3456", "KH"),
        ("call 097/712/3456", "KH"),
        ("WhatsApp +855 97 7l2 34S6 or +855 97 7l2 3456", None),
        ("WA: O97 712 3456", "KH"),
        ("zero nine seven seven one two three four five six", "KH"),
        ("zero nine double seven one two three four five six", "KH"),
        ("https://wa.me/855977123456?text=hello", None),
        ("https://api.whatsapp.com/send?phone=855977123456&text=hi", None),
    ],
)
def test_hidden_cambodian_number_is_found(text: str, region: str | None) -> None:
    assert KH in found(text, region)


@pytest.mark.parametrize(
    "text",
    [
        "โทร ๐๑๒ ๓๔๕ ๖๗๘ ทำงานที่กัมพูชา",  # Thai digits; valid only as a Cambodian number
        "Việc làm Campuchia, gọi 012 345 678",
    ],
)
def test_country_named_in_the_text_reads_local_numbers(text: str) -> None:
    assert found(text) == {("phone", "+85512345678")}


def test_language_region_comes_before_countries_named() -> None:
    # 097 712 3456 is valid in Thailand and in Cambodia: a Thai post is read as Thai first.
    assert found("โทร 097 712 3456 ทำงานที่กัมพูชา") == {("phone", "+66977123456")}


def test_spelled_numbers_in_victims_languages() -> None:
    assert ("phone", "+84912345678") in found("Zalo không chín một hai ba bốn năm sáu bảy tám", "VN")
    assert ("phone", "+6281234567890") in found("WA nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol", "ID")
    assert ("phone", "+66812345678") in found("โทร ศูนย์แปดหนึ่งสองสามสี่ห้าหกเจ็ดแปด", "TH")
    assert ("phone", "+639171234567") in found("Text sero siyam isa pito isa dalawa tatlo apat lima anim pito", "PH")


@pytest.mark.parametrize(
    "text",
    [
        "Lương 15,000,000 VND/tháng, thưởng 2,500,000",
        "Start 2026-12-01, interview 03/12/2026 at 09:30-17:30",
        "Age 18-35, height 160cm, weight 45-60 kg",
        "Job ID: 2024118756, Order #84912345678, Ref no. 0977123456",
        "Location 11.5564, 104.9282 — ISBN 978-3-16-148410-0",
        "Salary $1,500-2,000 per month, 12 000 members, 45.000 บาท",
        "lương 1900-2800 USD",
        "Bank account 0977123456 Vietcombank",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert {kind for kind, _ in found(text, "VN")} <= {"email"}


def test_id_words_do_not_hide_a_contact_number() -> None:
    assert found("Typing job Cambodia, call +855 97 712 3456") == {KH}
    assert found("job in Cambodia call +855 97 712 3456") == {KH}
    assert found("Job ID: 855977123456") == set()


def test_two_numbers_in_a_row_are_both_found() -> None:
    assert found("WA +855 97 712 3456 / +855 12 345 678") == {KH, ("phone", "+85512345678")}
    assert found("097 712 3456 012 345 678", "KH") == {KH, ("phone", "+85512345678")}


def test_channel_is_the_app_named_next_to_the_number() -> None:
    post = enrich({"id": "t", "text": "Zalo: 0912 345 678 — WhatsApp +855 97 712 3456 — call 012 345 678", "region": "VN"})
    channels = {i["value"]: i["channel"] for i in post["identifiers"]}
    assert channels["+84912345678"] == "zalo"
    assert channels["+855977123456"] == "whatsapp"


def test_raw_is_the_text_as_written() -> None:
    post = enrich({"id": "t", "text": "WA: 0️⃣9️⃣7️⃣ 7l2 3456", "region": "KH"})
    assert post["identifiers"][0]["raw"] == "097 7l2 3456"


def test_handles_and_ids() -> None:
    text = ("Telegram @KH_Recruit88, t.me/hr_second, TG: third_hr; Line ID: abc.job99; "
            "微信: wxid_abc123; Instagram @insta_girl")
    assert found(text) == {
        ("telegram", "kh_recruit88"), ("telegram", "hr_second"), ("telegram", "third_hr"),
        ("line", "abc.job99"), ("wechat", "wxid_abc123"),
    }
    # Without a word of Telegram an @name is nobody's handle …
    assert found("follow @somebody_here for jobs") == set()
    # … but on Telegram itself it is a Telegram username.
    assert found("contact @somebody_here", platform="telegram") == {("telegram", "somebody_here")}


def test_obfuscated_emails() -> None:
    assert found("CV to hr [at] goodjobs (dot) com") == {("email", "hr@goodjobs.com")}
    assert found("mail: Recruit.Asia@Gmail.com") == {("email", "recruit.asia@gmail.com")}


def test_wallets_need_valid_checksums() -> None:
    good = ("USDT TRC20 TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, "
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert found(good) == {
        ("wallet", "tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
        ("wallet", "btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        ("wallet", "btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
        ("wallet", "eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
    }
    bad = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"
    assert found(bad) == set()
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eth_valid("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")
    assert not bech32_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx")


def test_urls_are_normalised() -> None:
    assert normalize_url("https://Example.COM/job?utm_source=fb&id=3#top") == "https://example.com/job?id=3"
    post = enrich({"id": "t", "text": "apply www.Jobs.example.org/apply?fbclid=xyz."})
    assert [i["value"] for i in post["identifiers"] if i["kind"] == "url"] == ["http://www.jobs.example.org/apply"]


def test_countries_named_in_order() -> None:
    assert countries_named("From Vietnam to Cambodia via Thái Lan") == ["VN", "KH", "TH"]
    assert countries_named("kelaos, suae") == []


def test_reveal_keeps_a_map_to_the_original() -> None:
    revealed = reveal_digits("tel zero nine seven seven one two three four five six!")
    assert revealed.text == "tel 0977123456!"
    start = revealed.text.index("0")
    assert revealed.source_span(start, start + 10) == (4, 53)
