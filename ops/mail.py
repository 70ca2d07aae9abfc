"""Alert and operator mail: rendering (Jinja2, text + HTML) and delivery of the store's queue.

Messages are rendered once, when queued, and kept as bytes in ``mail_queue``: a retry sends the
same message (same Message-ID, so a mail system that saw it before can drop the copy). Delivery is
SMTP (STARTTLS or SSL, with login; the password comes from the environment) when the config has
an ``smtp`` section, else ``.eml`` files in ``DATA_DIR/outbox/`` named by the queue entry, so a
retry overwrites rather than duplicates. A message is marked sent right after the server accepts
it; a failure leaves it queued with its error for the next run, except a permanent refusal (a 5xx
reply to every recipient, or to the message itself), which no retry can change: the message stays
in the store, given up, and every run summary counts it as ``undeliverable``.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import re
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime, timezone
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from index.store import Store
from ops.config import Config, SMTPConfig

_templates = Environment(
    loader=PackageLoader("ops", "templates"),
    # HTML bodies escape everything they interpolate (post text is written by recruiters);
    # the text bodies are plain text and need no escaping.
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def kibana_link(kibana_url: str, cluster_id: str, since: str | None) -> str:
    """Kibana Discover filtered to one cluster's posts, over a time range that shows all of them
    (Discover's default range is the last 15 minutes)."""
    start = f"'{since}'" if since else "now-5y"
    state = f"_g=(time:(from:{start},to:now))&_a=(query:(language:kuery,query:'cluster_id:\"{cluster_id}\"'))"
    return f"{kibana_url}/app/discover#/?{quote(state, safe=':/()=&,')}"


def ui_link(ui_url: str, cluster_id: str) -> str:
    return f"{ui_url}/clusters/{quote(cluster_id)}"


def message_id(key: str) -> str:
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@lurewatch>"


def _message(config: Config, recipients: tuple[str, ...] | list[str], subject: str, key: str,
             text: str, html: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = config.alerts.sender
    message["To"] = ", ".join(recipients)
    message["Subject"] = subject
    message["Date"] = email.utils.format_datetime(datetime.now(timezone.utc))
    message["Message-ID"] = message_id(key)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def to_bytes(message: EmailMessage) -> bytes:
    """The message as it goes on the wire and into ``.eml`` files: CRLF line ends (SMTP servers
    read lines, and a body of bare LFs is one line too long)."""
    return message.as_bytes(policy=SMTP)


def digest_subject(digest: Any) -> str:
    counts = digest.counts()
    parts = [f"{counts['new']} new"] if counts["new"] else []
    if counts["grown"]:
        parts.append(f"{counts['grown']} grown")
    if counts["identifiers"]:
        parts.append(f"{counts['identifiers']} with new identifiers")
    largest = max(entry.facts.size for entry in digest.entries)
    noun = "cluster" if len(digest.entries) == 1 else "clusters"
    return f"[lurewatch] {digest.rule.name}: {', '.join(parts)} {noun} (largest {largest} posts)"


def render_digest(digest: Any, config: Config) -> EmailMessage:
    """The digest of one rule as a multipart text + HTML message."""
    clusters = []
    for entry in digest.entries:
        facts = entry.facts
        clusters.append({
            "entry": entry,
            "facts": facts,
            "kibana": kibana_link(config.kibana_url, facts.cluster_id, facts.first_seen) if config.kibana_url else None,
            "ui": ui_link(config.ui_url, facts.cluster_id) if config.ui_url else None,
        })
    context = {"rule": digest.rule, "clusters": clusters, "subject": digest_subject(digest)}
    text = _templates.get_template("alert.txt").render(context)
    html = _templates.get_template("alert.html").render(context)
    return _message(config, digest.rule.recipients, context["subject"], digest.key, text, html)


def render_health(problems: list[dict[str, Any]], config: Config, run_id: int, group: str | None) -> EmailMessage:
    """The operator's mail about a run whose crawl health checks failed."""
    sources = sorted({problem["source"] for problem in problems})
    subject = f"[lurewatch] crawl health: {len(problems)} problem(s) in {len(sources)} source(s), run {run_id}"
    context = {"problems": problems, "run_id": run_id, "group": group, "subject": subject}
    text = _templates.get_template("health.txt").render(context)
    html = _templates.get_template("health.html").render(context)
    return _message(config, config.alerts.operator, subject, f"health:{run_id}", text, html)


# -- delivery -------------------------------------------------------------------------------------


class DeliveryError(RuntimeError):
    """The mail system refused or could not be reached; the message names it. ``permanent``: it
    refused this message for good (5xx), so retrying it is pointless."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


def _permanent(exc: BaseException) -> bool:
    """Whether an SMTP error refuses the message itself for good. A refused sender is not: that
    is the configuration, and every message would meet it until it is fixed."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return bool(exc.recipients) and all(int(code) >= 500 for code, _ in exc.recipients.values())
    if isinstance(exc, smtplib.SMTPDataError):
        return int(exc.smtp_code) >= 500
    return False


class Transport(Protocol):
    """Where queued messages go."""

    name: str

    def __enter__(self) -> Transport: ...
    def __exit__(self, *exc: object) -> None: ...
    def send(self, mail_id: int, key: str, sender: str, recipients: list[str], message: bytes) -> str | None:
        """Hand one message over; a note when it was only partly accepted; DeliveryError when not."""


class OutboxTransport:
    """Writes each message as an ``.eml`` file (the default: no mail server needed)."""

    name = "outbox"

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def __enter__(self) -> OutboxTransport:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DeliveryError(f"cannot create the outbox {self.directory}: {exc.strerror or exc}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def path_for(self, mail_id: int, key: str) -> Path:
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", key).strip("-")[:80]
        return self.directory / f"{mail_id:06d}-{slug}.eml"

    def send(self, mail_id: int, key: str, sender: str, recipients: list[str], message: bytes) -> str | None:
        path = self.path_for(mail_id, key)
        partial = path.with_suffix(".eml.part")
        try:
            partial.write_bytes(message)
            os.replace(partial, path)  # a reader never sees half a message
        except OSError as exc:
            raise DeliveryError(f"cannot write {path}: {exc.strerror or exc}") from None
        return None


class SMTPTransport:
    """One SMTP session for a batch of messages, with STARTTLS or SSL and login."""

    def __init__(self, config: SMTPConfig) -> None:
        self.config = config
        self.name = f"smtp://{config.host}:{config.port}"
        self.client: smtplib.SMTP | None = None

    def _tls(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.config.ca_certs)

    def __enter__(self) -> SMTPTransport:
        cfg = self.config
        try:
            if cfg.security == "ssl":
                self.client = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=self._tls())
            else:
                self.client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
                if cfg.security == "starttls":
                    self.client.starttls(context=self._tls())
            if cfg.username:
                self.client.login(cfg.username, cfg.password or "")
        except (smtplib.SMTPException, OSError) as exc:
            self._close()
            raise DeliveryError(f"SMTP server {cfg.host}:{cfg.port} unusable ({_short(exc)})") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _close(self) -> None:
        if self.client is None:
            return
        try:
            self.client.quit()
        except (smtplib.SMTPException, OSError):
            self.client.close()
        self.client = None

    def send(self, mail_id: int, key: str, sender: str, recipients: list[str], message: bytes) -> str | None:
        assert self.client is not None, "use SMTPTransport as a context manager"
        try:
            refused = self.client.sendmail(sender, recipients, message)
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"SMTP server {self.config.host}:{self.config.port} did not take the message "
                                f"({_short(exc)})", permanent=_permanent(exc)) from None
        # Accepted for some recipients: a retry would send the others a second copy, so the
        # message counts as sent and the refusals are noted.
        return f"refused recipients {', '.join(sorted(refused))}" if refused else None


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:200]


def transport_for(config: Config) -> Transport:
    if config.alerts.smtp is not None:
        return SMTPTransport(config.alerts.smtp)
    return OutboxTransport(config.outbox_dir)


@dataclass
class DeliveryOutcome:
    """For the run summary: sent in this run, still queued, and why not (when not)."""

    sent: int = 0
    queued: int = 0
    error: str | None = None
    #: Messages refused for good, in this run or before (kept in the store, not retried).
    undeliverable: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "queued": self.queued, "error": self.error, "undeliverable": self.undeliverable}


def deliver_queued(store: Store, transport: Transport) -> DeliveryOutcome:
    """Send every queued message, oldest first. A message is marked sent as soon as it is accepted;
    when the mail system is down the rest stay queued for the next run."""
    outcome = DeliveryOutcome()
    pending = store.unsent_mail()
    if pending:
        try:
            with transport:
                for row in pending:
                    recipients = [str(address) for address in json.loads(row["recipients"])]
                    stored = bytes(row["message"])
                    sender = email.utils.parseaddr(str(message_from_bytes(stored, policy=default)["From"] or ""))[1]
                    try:
                        note = transport.send(int(row["id"]), row["key"], sender, recipients, stored)
                    except DeliveryError as exc:
                        store.mail_failed(int(row["id"]), str(exc), give_up=exc.permanent)
                        outcome.error = str(exc) + (" (refused for good: not retried)" if exc.permanent else "")
                        continue
                    store.mail_sent(int(row["id"]), transport.name, note)
                    outcome.sent += 1
        except DeliveryError as exc:
            # The mail system cannot be reached at all: every message waits for the next run.
            for row in pending:
                store.mail_failed(int(row["id"]), str(exc))
            outcome.error = str(exc)
    outcome.queued = store.mail_queued_count()
    outcome.undeliverable = len(store.mail_given_up())
    return outcome
