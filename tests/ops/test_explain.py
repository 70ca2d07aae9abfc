"""``lurewatch explain CLUSTER``: reasons, joining paths, hubs, similar-number hints."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from enrichment import enrich
from index.linker import IncrementalLinker
from index.store import Store
from ops.cli import cli

LURE = ("🔥 URGENT HIRING 🔥 Customer service staff for our company in Sihanoukville, Cambodia. "
        "Salary {salary} USD per month, no experience needed, free visa and air ticket, free food and "
        "dormitory, age 18-35. Contact us today, fly this week! {contact}")


def post(pid: str, text: str, author: str) -> dict:
    return enrich({"id": pid, "text": text, "platform": "telegram", "author_id": author, "region": "KH",
                   "published_at": f"2026-11-0{pid[-1]}T10:00:00Z"})


def build(tmp_path: Path) -> str:
    with Store(tmp_path / "lurewatch.db") as store:
        store.upsert_posts([
            post("p1", LURE.format(salary=1500, contact="WhatsApp +855 97 712 3456"), "ch1"),
            post("p2", "Typing job in Bavet, Telegram @kk_hr_team or WhatsApp +855 97 712 3456", "ch2"),
            post("p3", LURE.format(salary=1900, contact="DM the page"), "ch3"),
            post("p4", "Telegram @kk_hr_team, 1800$ per month, no experience", "ch4"),
            post("p5", "Call +855 97 712 3457 for a job", "ch5"),  # a sibling number, no link
        ])
        IncrementalLinker(store).run()
        return store.get_post("p1")["cluster_id"]


def test_explain_prints_reasons_and_the_path_of_every_member(tmp_path: Path) -> None:
    cluster_id = build(tmp_path)
    result = CliRunner().invoke(cli, ["explain", cluster_id, "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert f"cluster {cluster_id}: 4 posts" in out
    assert "shared phone +855977123456 — 2 posts" in out
    assert "shared telegram kk_hr_team — 2 posts" in out
    assert "template similarity 0.9" in out
    for member in ("p2", "p3", "p4"):
        assert f"{member} ← via" in out
    assert "similar number +855977123457 (1 digit from +855977123456): a hint, never a link" in out


def test_explain_json_and_errors(tmp_path: Path) -> None:
    cluster_id = build(tmp_path)
    result = CliRunner().invoke(cli, ["explain", cluster_id, "--json", "--data-dir", str(tmp_path)])
    report = json.loads(result.output)
    assert report["size"] == 4 and {m["id"] for m in report["members"]} == {"p1", "p2", "p3", "p4"}
    assert {p["post"] for p in report["paths"]} == {"p2", "p3", "p4"}
    missing = CliRunner().invoke(cli, ["explain", "clnope", "--data-dir", str(tmp_path)])
    assert missing.exit_code == 2 and "error: no cluster 'clnope'" in missing.output
    nostore = CliRunner().invoke(cli, ["explain", cluster_id, "--data-dir", str(tmp_path / "empty")])
    assert nostore.exit_code == 2 and "no store at" in nostore.output


def test_explain_lists_a_demoted_account(tmp_path: Path) -> None:
    """An aggregator account reposting three operations is a hub: it links nothing, and explain
    says so for each cluster it touched (not only hub phones and handles)."""
    phones = ["+855 97 712 3456", "+855 96 555 0101", "+66 81 234 5678"]
    with Store(tmp_path / "lurewatch.db") as store:
        posts = []
        for n, phone in enumerate(phones):
            for k in range(2):
                posts.append(post(f"o{n}{k}{k + 1}", f"Typing job, {1500 + 100 * n}$ a month, WhatsApp {phone}",
                                  f"op{n}-{k}"))
            posts.append(post(f"r{n}{n + 4}", f"Repost: typing job abroad, WhatsApp {phone}", "aggregator"))
        store.upsert_posts(posts)
        IncrementalLinker(store).run()
        cluster_id = store.get_post("o001")["cluster_id"]
        assert cluster_id and cluster_id != store.get_post("o101")["cluster_id"]
    result = CliRunner().invoke(cli, ["explain", cluster_id, "--json", "--data-dir", str(tmp_path)])
    report = json.loads(result.output)
    assert "account:telegram:aggregator" in {hub["key"] for hub in report["hubs"]}, report["hubs"]
