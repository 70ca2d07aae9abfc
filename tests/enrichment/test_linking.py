"""Linking: template similarity among lures, hubs found as articulation points of the post graph,
quoting posts, sibling numbers."""

from __future__ import annotations

from enrichment import enrich
from enrichment.linking import LinkPolicy, LinkRecord, find_hubs, link, record_from_post, sibling_numbers

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
    assert find_hubs(records) == {"phone:+85523000000": 6}
    result = link(records, policy=LinkPolicy())
    assert len(set(result.cluster_of.values())) == 6
    assert all(result.cluster_of[f"{op}-0"] == result.cluster_of[f"{op}-1"] for op in range(6))


def test_an_operation_number_is_no_hub() -> None:
    # Numbers rotate: each post carries two neighbouring numbers of the operation's pool.
    pool = [f"phone:+8559700000{i}" for i in range(8)]
    records = [LinkRecord(f"p{i}", [pool[i], pool[i + 1], "telegram:op_hr"]) for i in range(7)]
    assert find_hubs(records) == {}
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


WORDING = {
    "Golden Lotus": "urgent hiring customer service staff for our office in bavet cambodia salary paid on time free "
                    "visa free ticket and dormitory we take care of everything from the airport to the office",
    "Royal Dragon": "looking for a job abroad typists wanted in poipet no experience needed the company pays your "
                    "flight and your room apply today because the slots are limited",
}


def rec(pid: str, keys: list[str], day: int, company: str | None = None, score: float = 0.95) -> LinkRecord:
    """A link record published on November ``day``; with ``company``, a lure in that company's
    own wording (or, for other companies, a shared boilerplate signed with its name)."""
    text = WORDING.get(company, f"{WORDING['Golden Lotus']} signed {company}") if company else ""
    return LinkRecord(pid, keys, template_id=f"t-{company}" if company else None, template_text=text,
                      linkable=bool(company), lure=True, published=f"2026-11-{day:02d}T10:00:00Z", lure_score=score)


def partition(result, records: list[LinkRecord]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for record in records:
        cluster = result.cluster_of.get(record.id)
        if cluster:
            groups.setdefault(cluster, set()).add(record.id)
    return {frozenset(g) for g in groups.values()}


def test_a_reposting_channel_and_its_footer_are_hubs_even_between_two_operations() -> None:
    records = []
    for op, number in (("a", "phone:+855970000001"), ("b", "phone:+66810000002")):
        records += [rec(f"{op}{i}", [number, f"telegram:{op}_hr"], day) for i, day in enumerate((2, 6, 11, 15))]
        # The channel copies two posts of each operation and adds its footer (once misread).
        for i, day in enumerate((4, 12)):
            footer = ["phone:+85510000003" if (op, i) != ("b", 1) else "phone:+8510000003"]
            records.append(rec(f"{op}-repost{i}", [number, "account:telegram:job_share", "telegram:job_share_admin",
                                                  *footer], day))
    result = link(records)
    assert {"account:telegram:job_share", "telegram:job_share_admin", "phone:+85510000003"} <= set(result.hubs)
    assert partition(result, records) == {frozenset(r.id for r in records if r.id.startswith(op)) for op in "ab"}


def test_a_number_handed_over_is_no_hub_but_one_shared_at_once_is() -> None:
    def phases(days_a: tuple[int, ...], days_b: tuple[int, ...]) -> list[LinkRecord]:
        # Two sets of posts, each held together by its own handle, both showing +85512000000.
        return ([rec(f"a{d}", ["telegram:first_hr", "phone:+85512000000"], d) for d in days_a]
                + [rec(f"b{d}", ["telegram:second_hr", "phone:+85512000000"], d) for d in days_b])

    one_after_the_other = phases((1, 3, 5), (8, 10, 12))
    assert find_hubs(one_after_the_other) == {}
    assert len(partition(link(one_after_the_other), one_after_the_other)) == 1
    side_by_side = phases((1, 5, 9), (2, 6, 10))
    assert find_hubs(side_by_side) == {"phone:+85512000000": 2}
    assert len(partition(link(side_by_side), side_by_side)) == 2


def test_an_old_number_shown_beside_the_new_one_keeps_the_operation_together() -> None:
    records = [rec(f"old{d}", ["phone:+855971111111", "telegram:linda_hr"], d, "Golden Lotus") for d in (1, 3, 5)]
    records.append(rec("switch", ["phone:+855971111111", "phone:+855971111112"], 7, "Golden Lotus"))
    records += [rec(f"new{d}", ["phone:+855971111112", "telegram:kevin_hr"], d, "Golden Lotus") for d in (9, 11)]
    result = link(records)
    assert result.hubs == {} and result.guarded == {}
    assert len(partition(result, records)) == 1


def test_a_post_that_alone_quotes_two_operations_links_nothing() -> None:
    """A warning the classifier read as a lure: its own wording, the numbers of two operations."""
    records = [rec(f"a{d}", ["phone:+855972222222", "telegram:a_hr"], d, "Golden Lotus") for d in (1, 4, 8)]
    records += [rec(f"b{d}", ["phone:+66812222222", "telegram:b_hr"], d, "Royal Dragon") for d in (2, 5, 9)]
    records.append(rec("quote", ["phone:+855972222222", "phone:+66812222222"], 10))
    result = link(records)
    assert sorted(result.guarded["quote"]) == ["phone:+66812222222", "phone:+855972222222"]
    assert "quote" not in result.cluster_of
    assert len(partition(result, records)) == 2


def test_wording_links_an_operation_across_phases_but_not_identities_side_by_side() -> None:
    # One operation: three phases, new numbers and handles each time, the same advertisement.
    rotating = [rec(f"p{phase}{d}", [f"phone:+85597333333{phase}", f"telegram:hr_{phase}"], 10 * phase + d, "Jinlong")
                for phase in range(3) for d in (1, 3, 5)]
    rotating.append(rec("silent", [], 16, "Jinlong"))
    assert len(partition(link(rotating), rotating)) == 1
    # Four agencies posting the same boilerplate at the same time.
    agencies = [rec(f"g{agency}{d}", [f"phone:+6328000000{agency}"], d + agency, "Pacific Care")
                for agency in range(4) for d in (1, 5, 9)]
    result = link(agencies)
    assert set(result.hubs) == {"template:t-Pacific Care"}
    assert len(partition(result, agencies)) == 4


def test_wording_of_posts_that_barely_read_as_lures_does_not_link() -> None:
    records = [rec("x", [], 1, "Grand Harbor", score=0.6), rec("y", [], 2, "Grand Harbor", score=0.6)]
    assert link(records).cluster_of == {}
    sure = [rec("x", [], 1, "Grand Harbor"), rec("y", [], 2, "Grand Harbor")]
    assert len(partition(link(sure), sure)) == 1


def test_bands_written_at_enrichment_are_the_ones_linking_computes() -> None:
    """A lure's ``template.bands`` (computed in the enrichment workers) must be exactly what
    linking would compute from its template text, or posts enriched and posts not would never
    meet in an LSH bucket."""
    import numpy as np

    from enrichment import enrich
    from enrichment.linking import LinkPolicy, template_bands

    texts = ["URGENT hiring typing staff in Sihanoukville, 1500 USD, no experience, free visa and ticket, "
             "Telegram @kk_hr_team, fly this week",
             "Tuyển nhân viên đánh máy tại Campuchia, lương 1500$, không cần kinh nghiệm, bao vé máy bay, ib zalo",
             "รับสมัครพนักงานพิมพ์งาน ทำงานที่ปอยเปต เงินเดือน 45,000 บาท ไม่ต้องมีประสบการณ์ บินฟรี ติดต่อไลน์"]
    posts = [enrich({"id": str(i), "text": t}) for i, t in enumerate(texts)]
    assert all(p["post_kind"] == "lure" and p["template"].get("bands") for p in posts)
    policy = LinkPolicy()
    templates = [p["template"]["text"] for p in posts]
    from_posts = template_bands(templates, [p["template"]["bands"] for p in posts], policy)
    computed = template_bands(templates, [None] * len(posts), policy)
    assert np.array_equal(from_posts, computed)
    # Bands of another shape (another policy, a damaged record) are computed again, not trusted.
    assert np.array_equal(template_bands(templates, ["00ff"] * len(posts), policy), computed)


def test_vectorised_minhash_estimates_jaccard_as_well_as_datasketch() -> None:
    """enrichment/minhash.py computes MinHash signatures for a whole batch at once (datasketch's
    one object per document took minutes at a million templates). It must estimate Jaccard
    similarity as well as datasketch's MinHash with the same number of permutations does."""
    import random

    import numpy as np
    from datasketch import MinHash

    from enrichment.minhash import signatures

    rng = random.Random(5)
    vocabulary = [f"w{i}" for i in range(3000)]
    pairs, truth = [], []
    for _ in range(150):
        base = set(rng.sample(vocabulary, rng.randint(20, 120)))
        keep = rng.random()
        other = {w for w in base if rng.random() < keep} | set(rng.sample(vocabulary, rng.randint(0, 60)))
        pairs.append((base, other))
        truth.append(len(base & other) / len(base | other))
    ours = signatures([s for pair in pairs for s in pair], num_perm=64)
    ours_estimates = [float(np.mean(ours[2 * i] == ours[2 * i + 1])) for i in range(len(pairs))]
    theirs_estimates = []
    for a, b in pairs:
        sketches = []
        for words in (a, b):
            sketch = MinHash(num_perm=64, seed=1)
            sketch.update_batch([w.encode() for w in words])
            sketches.append(sketch)
        theirs_estimates.append(sketches[0].jaccard(sketches[1]))
    ours_error = float(np.mean(np.abs(np.array(ours_estimates) - truth)))
    theirs_error = float(np.mean(np.abs(np.array(theirs_estimates) - truth)))
    assert ours_error < 0.06 and ours_error <= theirs_error + 0.015, (ours_error, theirs_error)
