"""Watch rules and alert mail, against a real SMTP server (aiosmtpd) on 127.0.0.1.

Each test builds a store from enriched posts, links it as a run does, and runs the alerts step of
the flow (queue digests, deliver the queue); what counts is the mail the SMTP server received.
"""

from __future__ import annotations

import email
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword

from enrichment import enrich
from index.store import Store
from ops.alerts import cluster_facts, evaluate_rule, has_term, match_rule
from ops.config import config_from_dict
from ops.flow import alerts_step, cluster_store

REPO = Path(__file__).resolve().parents[2]
HOSTILE = "<script>steal(document.cookie)</script>"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Inbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[Envelope] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:  # noqa: N802 (aiosmtpd's name)
        self.envelopes.append(envelope)
        self.messages.append(email.message_from_bytes(envelope.content, policy=default))  # type: ignore[arg-type]
        return "250 OK"


def start_smtp(port: int, inbox: Inbox, **options: Any) -> Controller:
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    return controller


@pytest.fixture
def smtp() -> Iterator[tuple[int, Inbox]]:
    inbox = Inbox()
    port = free_port()
    controller = start_smtp(port, inbox)
    yield port, inbox
    controller.stop()


WORDINGS = (
    "Việc làm Campuchia lương 1500$, không cần kinh nghiệm, bao vé máy bay. Zalo {phone} {extra}",
    # Another operation's own ad, worded apart so that only a shared number can join the two.
    "Tuyển gấp nhân viên chăm sóc khách hàng online tại Sihanoukville, Campuchia, thu nhập 2000$/tháng, "
    "bao ăn ở, hỗ trợ hộ chiếu. Liên hệ ngay {phone} {extra}",
)


def lure(pid: str, phone: str, author: str, extra: str = "", wording: int = 0) -> dict[str, Any]:
    text = WORDINGS[wording].format(phone=phone, extra=extra).strip()
    return enrich({"id": pid, "text": text, "platform": "telegram", "author_id": author, "region": "VN",
                   "url": f"https://t.me/jobs/{pid}", "published_at": f"2026-03-{int(pid[-1]) + 1:02d}T10:00:00Z"})


def config(tmp_path: Path, port: int | None, rule: dict[str, Any], **extra: Any) -> Any:
    raw: dict[str, Any] = {
        "data_dir": str(tmp_path),
        "kibana_url": "http://kibana.test:5601",
        "ui_url": "http://ui.test",
        "alerts": {"sender": "lurewatch@ngo.test", "rules": [rule]},
        **extra,
    }
    if port is not None:
        raw["smtp"] = {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 5}
    return config_from_dict(raw, "<test>")


RULE = {"name": "cambodia", "recipients": ["desk@ngo.test"],
        "filters": {"min_size": 2, "min_risk": 0.5, "languages": ["vi"], "destinations": ["campuchia"]},
        "triggers": {"new": True, "grew_by": 2}}


def step(store: Store, cfg: Any) -> dict[str, Any]:
    """The alerts step of one run (what run_flow does after indexing)."""
    run_id = store.start_run()
    return alerts_step(store, cfg, run_id, [], None).as_dict()


def test_new_cluster_mails_once_growth_past_threshold_mails_once_no_change_none(tmp_path: Path, smtp) -> None:
    port, inbox = smtp
    cfg = config(tmp_path, port, RULE)
    with Store(cfg.store) as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a", HOSTILE), lure("p2", "0912 345 678", "b")])
        store.upsert_post(enrich({"id": "x1", "text": "Barista wanted in Da Nang", "platform": "reddit"}))
        cluster_store(store)
        assert step(store, cfg) == {"sent": 1, "queued": 0, "error": None, "undeliverable": 0}
        assert len(inbox.messages) == 1
        mail = inbox.messages[0]
        cid = store.get_post("p1")["cluster_id"]
        assert inbox.envelopes[0].rcpt_tos == ["desk@ngo.test"]
        assert mail["Subject"] == "[lurewatch] cambodia: 1 new cluster (largest 2 posts)"
        text = mail.get_body(("plain",)).get_content()
        html = mail.get_body(("html",)).get_content()
        assert f"Cluster {cid}: 2 posts (new)" in text
        assert "phone +84912345678 (2 posts)" in text
        assert "language vi" in text and "destination campuchia" in text and "new cluster of 2 posts" in text
        # Post text is escaped in HTML, never markup.
        assert HOSTILE not in html and "&lt;script&gt;" in html
        assert f"http://ui.test/clusters/{cid}" in html
        assert "http://kibana.test:5601/app/discover#/?_g=(time:(from:%272026-03-02T10:00:00Z%27" in text
        assert f"cluster_id:%22{cid}%22" in text

        # No change: no mail.
        assert step(store, cfg)["sent"] == 0
        # One more post: below the threshold of 2, no mail.
        store.upsert_post(lure("p3", "0912 345 678", "c"))
        cluster_store(store)
        assert step(store, cfg)["sent"] == 0
        # Another: 2 since the last mail, past the threshold: one mail.
        store.upsert_post(lure("p4", "0912 345 678", "d"))
        cluster_store(store)
        assert step(store, cfg)["sent"] == 1
        assert len(inbox.messages) == 2
        grown = inbox.messages[1]
        assert grown["Subject"] == "[lurewatch] cambodia: 1 grown cluster (largest 4 posts)"
        assert "grew by 2 posts (2 → 4), threshold 2" in grown.get_body(("plain",)).get_content()
        assert step(store, cfg)["sent"] == 0
        # Previewing the rule as new (`alerts test --as-new`) shows the cluster mailed before.
        preview = evaluate_rule(store, cfg.alerts.rules[0], commit=False, as_new=True)
        assert [entry.facts.cluster_id for entry in preview.entries] == [cid]
    assert len(inbox.messages) == 2


def test_smtp_down_queues_and_delivers_once_when_back(tmp_path: Path) -> None:
    port = free_port()  # nothing listens here yet
    cfg = config(tmp_path, port, RULE)
    with Store(cfg.store) as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)
        outcome = step(store, cfg)
        assert outcome["sent"] == 0 and outcome["queued"] == 1
        assert "SMTP server 127.0.0.1" in outcome["error"]
        # Still down next run: the change is not queued a second time.
        assert step(store, cfg)["queued"] == 1

    inbox = Inbox()
    controller = start_smtp(port, inbox)
    try:
        with Store(cfg.store) as store:  # a later process: the queue is in the store
            assert step(store, cfg) == {"sent": 1, "queued": 0, "error": None, "undeliverable": 0}
            assert step(store, cfg) == {"sent": 0, "queued": 0, "error": None, "undeliverable": 0}
    finally:
        controller.stop()
    assert len(inbox.messages) == 1
    assert "1 new cluster" in inbox.messages[0]["Subject"]


def test_crash_between_evaluation_and_delivery_neither_loses_nor_duplicates(tmp_path: Path, smtp) -> None:
    port, inbox = smtp
    cfg = config(tmp_path, port, RULE)
    with Store(cfg.store) as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)
        # Evaluated and queued, then the process dies before delivering.
        from ops.alerts import queue_alerts

        assert queue_alerts(store, cfg) == 1
    with Store(cfg.store) as store:
        assert step(store, cfg)["sent"] == 1
        assert step(store, cfg)["sent"] == 0
    assert len(inbox.messages) == 1


def test_crash_inside_evaluation_rolls_back_and_the_next_run_alerts(tmp_path: Path, smtp, monkeypatch) -> None:
    port, inbox = smtp
    cfg = config(tmp_path, port, RULE)
    with Store(cfg.store) as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)

        def broken(*args: Any, **kwargs: Any) -> None:
            raise RuntimeError("killed while rendering")

        monkeypatch.setattr("ops.mail.render_digest", broken)
        with pytest.raises(RuntimeError):
            step(store, cfg)
        assert store.alert_states("cambodia") == {}
        monkeypatch.undo()
        assert step(store, cfg)["sent"] == 1
    assert len(inbox.messages) == 1


def plain(pid: str, text: str, author: str) -> dict[str, Any]:
    return enrich({"id": pid, "text": text, "platform": "reddit", "author_id": author, "region": "KH"})


def test_merge_of_notified_clusters_is_not_new_and_counts_growth_from_both(tmp_path: Path, smtp) -> None:
    port, inbox = smtp
    rule = {"name": "all", "recipients": ["desk@ngo.test"], "triggers": {"new": True, "grew_by": 2}}
    cfg = config(tmp_path, port, rule)
    with Store(cfg.store) as store:
        store.upsert_posts([plain("1", "call 097 712 3456", "a"), plain("2", "call 097 712 3456", "b")])
        store.upsert_posts([plain("3", "call 012 345 678", "c"), plain("4", "call 012 345 678", "d")])
        cluster_store(store)
        before = {store.get_post("1")["cluster_id"], store.get_post("3")["cluster_id"]}
        assert len(before) == 2
        step(store, cfg)
        assert len(inbox.messages) == 1 and "2 new clusters" in inbox.messages[0]["Subject"]
        # Two posts carrying both numbers merge the clusters: 4 posts already notified, 2 new.
        store.upsert_posts([plain("5", "097 712 3456 or 012 345 678", "e"), plain("6", "097 712 3456 or 012 345 678", "f")])
        assert cluster_store(store)["merged"] == 1
        survivor = store.get_post("1")["cluster_id"]
        (absorbed,) = before - {survivor}
        assert step(store, cfg)["sent"] == 1
        mail = inbox.messages[1]
        assert mail["Subject"] == "[lurewatch] all: 1 grown cluster (largest 6 posts)"
        text = mail.get_body(("plain",)).get_content()
        assert f"Cluster {survivor}: 6 posts (was 4, +2)" in text and f"Merged from:  {absorbed}" in text
        assert set(store.alert_states("all")) == {survivor}
        assert step(store, cfg)["sent"] == 0


def test_new_identifier_trigger(tmp_path: Path, smtp) -> None:
    port, inbox = smtp
    rule = {"name": "handles", "recipients": ["desk@ngo.test"], "filters": {"identifiers": ["phone:+84912345678"]},
            "triggers": {"new_identifier": True}}
    cfg = config(tmp_path, port, rule)
    with Store(cfg.store) as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)
        assert step(store, cfg)["sent"] == 0  # `new` is off: a baseline only
        store.upsert_post(lure("p3", "0912 345 678, Telegram @kh_jobs_hr", "c"))
        cluster_store(store)
        assert step(store, cfg)["sent"] == 1
        text = inbox.messages[0].get_body(("plain",)).get_content()
        assert "new identifier telegram:kh_jobs_hr" in text
        assert "telegram kh_jobs_hr (1 post)  NEW" in text


@pytest.mark.parametrize(
    ("filters", "matches"),
    [
        ({"min_size": 3}, False),
        ({"min_size": 2}, True),  # the boundary: a cluster of 2
        ({"min_risk": 1.0}, False),
        ({"languages": ["km"]}, False),
        ({"platforms": ["reddit"]}, False),
        ({"platforms": ["telegram"]}, True),
        ({"destinations": ["dubai"]}, False),
        ({"destinations": ["campuchia"]}, True),
        ({"destinations": ["campu"]}, False),  # whole words only
        ({"destinations": ["dubai", "campuchia"]}, True),
        ({"identifiers": ["telegram"]}, False),
        ({"identifiers": ["phone"]}, True),
        ({"query": '"bao vé" zalo'}, True),
        ({"query": "sihanoukville"}, False),
        ({"query": "kinh nghiệm"}, True),
        ({"query": "kinh nghi"}, False),  # "nghi" is not a word of the post
        ({"query": "lương 1500$"}, True),
    ],
)
def test_filters(tmp_path: Path, filters: dict[str, Any], matches: bool) -> None:
    cfg = config(tmp_path, None, {"name": "r", "recipients": ["a@b.test"], "filters": filters})
    with Store(cfg.store) as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)
        facts = cluster_facts(store, store.get_post("p1")["cluster_id"])
        assert facts is not None
        assert (match_rule(cfg.alerts.rules[0], facts) is not None) is matches


def test_default_delivery_writes_eml_files_to_the_outbox(tmp_path: Path) -> None:
    cfg = config(tmp_path, None, RULE)
    with Store(cfg.store) as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)
        assert step(store, cfg) == {"sent": 1, "queued": 0, "error": None, "undeliverable": 0}
        assert step(store, cfg)["sent"] == 0
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 1
    mail = email.message_from_bytes(files[0].read_bytes(), policy=default)
    assert mail["To"] == "desk@ngo.test" and mail.get_body(("html",)) is not None


def test_smtp_starttls_with_login(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ssl

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        logins.append((data.login, data.password))
        return AuthResult(success=data.password == b"s3cret")

    inbox, port = Inbox(), free_port()
    controller = start_smtp(port, inbox, tls_context=context, require_starttls=True, authenticator=authenticator,
                            auth_required=True)
    monkeypatch.setenv("LW_SMTP_PASSWORD", "s3cret")
    cfg = config_from_dict({
        "data_dir": str(tmp_path), "alerts": {"rules": [RULE]},
        "smtp": {"host": "127.0.0.1", "port": port, "security": "starttls", "username": "lurewatch",
                 "password_env": "LW_SMTP_PASSWORD", "ca_certs": str(cert), "timeout": 5},
    }, "<test>")
    assert "s3cret" not in repr(cfg)
    try:
        with Store(cfg.store) as store:
            store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
            cluster_store(store)
            assert step(store, cfg)["sent"] == 1
    finally:
        controller.stop()
    assert logins == [(b"lurewatch", b"s3cret")] and len(inbox.messages) == 1


def lw(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ops.cli", *args], capture_output=True, text=True, cwd=REPO, timeout=120)


def test_alerts_test_renders_without_sending_or_changing_state(tmp_path: Path, smtp) -> None:
    import yaml

    port, inbox = smtp
    raw = {"data_dir": str(tmp_path), "alerts": {"rules": [RULE]},
           "smtp": {"host": "127.0.0.1", "port": port, "security": "none"}}
    path = tmp_path / "lurewatch.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with Store(tmp_path / "lurewatch.db") as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)
    result = lw("alerts", "test", "cambodia", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert "Subject: [lurewatch] cambodia: 1 new cluster (largest 2 posts)" in result.stdout
    assert "Cluster " in result.stdout
    with Store(tmp_path / "lurewatch.db") as store:
        assert store.alert_states("cambodia") == {} and store.unsent_mail() == []
        assert evaluate_rule(store, load_rule(path), commit=False).entries  # still to be sent for real
    assert inbox.messages == []
    missing = lw("alerts", "test", "nope", "--config", str(path))
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"error: {path}: alerts.rules: no rule named 'nope' (known: cambodia)"


def load_rule(path: Path) -> Any:
    from ops.config import load_config

    return load_config(path).alerts.rules[0]


def test_alerts_test_json_lists_the_would_be_digest(tmp_path: Path) -> None:
    import yaml

    path = tmp_path / "lurewatch.yaml"
    path.write_text(yaml.safe_dump({"data_dir": str(tmp_path), "alerts": {"rules": [RULE]}}), encoding="utf-8")
    with Store(tmp_path / "lurewatch.db") as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)
        cid = store.get_post("p1")["cluster_id"]
    result = lw("alerts", "test", "cambodia", "--config", str(path), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["rule"] == "cambodia" and [c["cluster_id"] for c in report["clusters"]] == [cid]
    assert report["clusters"][0]["change"] == "new"


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("kk park, myawaddy", "kk park", True),
        ("free parking in town", "park", False),
        ("(bavet) casino", "bavet", True),
        ("ไปทำงานสีหนุวิลล์", "สีหนุ", True),  # Thai is written without spaces
        ("캄보디아에서 근무", "캄보디아", True),  # a Korean particle follows the word
        ("العمل بكمبوديا", "كمبوديا", True),  # an Arabic preposition is written onto the word
        ("salary 1500$", "1500$", True),
        ("salary 15000$", "1500$", False),
    ],
)
def test_terms_match_whole_words(text: str, term: str, found: bool) -> None:
    assert has_term(text, term) is found


class Refusing(Inbox):
    """A mail server that refuses every recipient with ``reply``, counting the attempts."""

    def __init__(self, reply: str) -> None:
        super().__init__()
        self.reply = reply
        self.attempts = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Envelope, address: str,  # noqa: N802
                          rcpt_options: list[str]) -> str:
        self.attempts += 1
        return self.reply


@pytest.mark.parametrize(("reply", "given_up"), [("550 5.1.1 no such mailbox", True), ("450 4.2.1 try later", False)])
def test_a_permanent_refusal_is_kept_but_not_retried_a_temporary_one_is(tmp_path: Path, reply: str,
                                                                       given_up: bool) -> None:
    port = free_port()
    server = Refusing(reply)
    controller = start_smtp(port, server)
    try:
        cfg = config(tmp_path, port, RULE)
        with Store(cfg.store) as store:
            store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
            cluster_store(store)
            first = step(store, cfg)
            assert first["sent"] == 0 and reply.split()[0] in first["error"]
            second = step(store, cfg)
            if given_up:
                assert first["undeliverable"] == second["undeliverable"] == 1
                assert first["queued"] == second["queued"] == 0
                assert server.attempts == 1  # not tried again
                kept = store.mail_given_up()
                assert len(kept) == 1 and "550" in kept[0]["last_error"] and bytes(kept[0]["message"])
            else:
                assert first["undeliverable"] == second["undeliverable"] == 0
                assert first["queued"] == second["queued"] == 1
                assert server.attempts == 2  # retried next run
    finally:
        controller.stop()
    assert server.messages == []


def test_a_cluster_that_did_not_match_is_read_again_only_when_it_or_the_rule_changes(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch) -> None:
    import ops.alerts

    port, inbox = smtp
    read: list[str] = []
    real = ops.alerts.cluster_facts
    monkeypatch.setattr(ops.alerts, "cluster_facts", lambda store, cid: read.append(cid) or real(store, cid))
    dubai = {**RULE, "filters": {**RULE["filters"], "destinations": ["dubai"]}}
    cfg = config(tmp_path, port, dubai)
    with Store(cfg.store) as store:
        store.upsert_posts([lure("p1", "0912 345 678", "a"), lure("p2", "0912 345 678", "b")])
        cluster_store(store)
        time.sleep(1.1)  # times are kept to the second: a cluster changed in the second looked is read again
        assert step(store, cfg)["sent"] == 0 and len(read) == 1
        assert step(store, cfg)["sent"] == 0 and len(read) == 1  # unchanged: not read again
        store.upsert_posts([lure("p3", "0912 345 678", "c", extra="Dubai")])
        cluster_store(store)
        assert step(store, cfg)["sent"] == 1 and len(read) == 2  # it grew and now names Dubai
        time.sleep(1.1)
        assert "dubai" in inbox.messages[0].get_body(("plain",)).get_content().casefold()

    # Another rule (edited filters under the same name) reads the cluster afresh.
    read.clear()
    khmer = {**RULE, "filters": {**RULE["filters"], "languages": ["km"]}}
    cfg = config(tmp_path, port, khmer)
    with Store(cfg.store) as store:
        assert step(store, cfg)["sent"] == 0 and len(read) == 1
        assert step(store, cfg)["sent"] == 0 and len(read) == 1
        cfg = config(tmp_path, port, RULE)  # filters edited again: campuchia, vi
        # Read again (its filters changed), matching, and mailed before under this rule's name.
        assert step(store, cfg)["sent"] == 0 and len(read) == 2
        assert store.alert_misses("cambodia") == {}
