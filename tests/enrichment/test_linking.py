"""Linking v2: template similarity among lures, hub demotion, sibling numbers."""

from __future__ import annotations

from enrichment import enrich
from enrichment.linking import LinkPolicy, find_hubs, link, record_from_post, sibling_numbers, LinkRecord

LURE_A = ("🔥 URGENT HIRING 🔥 Customer service staff for our company in Sihanoukville, Cambodia. "
          "Salary {salary} USD per month, no experience needed, free visa and air ticket, free food and "
          "dormitory, age 18-35. Contact us on WhatsApp {phone} today, fly this week!")
LURE_B = ("Online marketing team in Bavet needs typists 💻 Work from our office, high commission + basic "
          "salary {salary}$. No degree needed. We pay your ticket. Apply now, Telegram {phone}")


def post(pid: str, text: str, **fields: object) -> dict:
    return enrich({"id": pid, "text": text, **fields})


def clusters(posts: list[dict]) -> dict[str, str | None]:
    result = link([record_from_post(p) for p in posts])
    return {p["id"]: result.cluster_of.get(p["id"]) for p in posts}


def test_rotated_numbers_are_linked_by_the_template() -> None:
    posts = [
        post("a1", LURE_A.format(salary=1500, phone="+855 97 712 3456")),
        post("a2", LURE_A.format(salary=1800, phone="+855 12 345 678")),
        post("a3", LURE_A.format(salary=1600, phone="+66 81 234 5678")),
        post("b1", LURE_B.format(salary=1200, phone="@bavet_hr_team")),
    ]
    assert all(p["post_kind"] == "lure" for p in posts)
    got = clusters(posts)
    assert got["a1"] == got["a2"] == got["a3"] is not None
    assert got["b1"] is None
    result = link([record_from_post(p) for p in posts])
    assert 0.85 <= result.template_strength["a2"] <= 1.0


def test_ordinary_ads_with_the_same_wording_do_not_link() -> None:
    ad = "Barista wanted at {shop}, Hanoi. Morning shifts, friendly team, training given. Call {phone}."
    posts = [post("s1", ad.format(shop="Cafe Lotus", phone="024 3826 1234"), region="VN"),
             post("s2", ad.format(shop="Cafe Mai", phone="024 3933 5678"), region="VN")]
    assert {p["post_kind"] for p in posts} == {"other"}
    assert clusters(posts) == {"s1": None, "s2": None}


def test_short_generic_lures_do_not_link_by_wording() -> None:
    posts = [post("g1", "Job in Cambodia 1500$ free visa DM"), post("g2", "Job in Cambodia 1500$ free visa DM")]
    assert clusters(posts) == {"g1": None, "g2": None}


def test_a_hotline_quoted_by_many_operations_is_a_hub() -> None:
    records = []
    for op in range(6):
        # Each operation posts twice with its own two numbers, and every post quotes a hotline.
        records += [LinkRecord(f"{op}-{i}", [f"phone:+8559{op}0000001", f"phone:+8551{op}000001", "phone:+85523000000"])
                    for i in range(2)]
    assert find_hubs(records, 5) == {"phone:+85523000000": 6}
    result = link(records, policy=LinkPolicy())
    assert len(set(result.cluster_of.values())) == 6
    assert all(result.cluster_of[f"{op}-0"] == result.cluster_of[f"{op}-1"] for op in range(6))


def test_an_operation_number_is_no_hub() -> None:
    # Numbers rotate: each post carries two neighbouring numbers of the operation's pool.
    pool = [f"phone:+8559700000{i}" for i in range(8)]
    records = [LinkRecord(f"p{i}", [pool[i], pool[i + 1], "telegram:op_hr"]) for i in range(7)]
    assert find_hubs(records, 5) == {}
    assert len(set(link(records).cluster_of.values())) == 1


def test_sibling_numbers_are_hints() -> None:
    pairs = sibling_numbers(["+855977123456", "+855977123457", "+855977123499", "+66812345678"])
    assert ("+855977123456", "+855977123457", 1) in pairs
    assert all("+66812345678" not in pair for pair in pairs)
    records = [LinkRecord("x", ["phone:+855977123456"]), LinkRecord("y", ["phone:+855977123457"])]
    result = link(records)
    assert result.cluster_of == {} and result.siblings == [("+855977123456", "+855977123457", 1)]


def test_warnings_never_link_even_by_wording() -> None:
    warning = ("WARNING from the Embassy: do not trust offers like 'customer service in Sihanoukville, "
               "1500 USD, free visa and air ticket'. Victims are trafficked. Call the hotline +855 23 994 004")
    posts = [post("w1", warning), post("w2", warning), post("a1", LURE_A.format(salary=1500, phone="+855 23 994 004"))]
    assert [p["post_kind"] for p in posts[:2]] == ["warning", "warning"]
    assert set(clusters(posts).values()) == {None}
