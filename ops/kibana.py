"""Kibana saved objects for investigators (ops/kibana/*.ndjson) and importing them.

The objects — data views of the three aliases, saved searches, Lens visualizations and a
dashboard — are kept as NDJSON, the format Kibana exports, so they can be edited in Kibana,
exported and checked in again. ``import_objects`` posts them to Kibana's saved-objects import API
(``POST /api/saved_objects/_import?overwrite=true``, a multipart upload of one ``file``, with the
``kbn-xsrf`` header Kibana requires on every write) using only the standard library.

The data views are named after the default aliases (``lurewatch-posts`` …); a deployment with
another index prefix gets the titles rewritten on the way in (``with_prefix``), ids kept, so a
re-import overwrites instead of duplicating.
"""

from __future__ import annotations

import base64
import json
import ssl
import urllib.error
import urllib.request
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

#: Where the saved objects live (shipped with the package).
OBJECTS_DIR = Path(__file__).resolve().parent / "kibana"
DEFAULT_PREFIX = "lurewatch"


class KibanaError(RuntimeError):
    """Kibana or the saved objects are unusable; the message is one line naming what and where."""


@dataclass(frozen=True)
class KibanaAuth:
    """How to authenticate to Kibana: an API key (``Authorization: ApiKey …``) or a user and
    password (basic). Values come from the environment; ``repr`` never shows them."""

    api_key: str | None = field(default=None, repr=False)
    username: str | None = None
    password: str | None = field(default=None, repr=False)

    def header(self) -> str | None:
        if self.api_key:
            return f"ApiKey {self.api_key}"
        if self.username:
            token = base64.b64encode(f"{self.username}:{self.password or ''}".encode()).decode()
            return f"Basic {token}"
        return None


def load_objects(directory: Path = OBJECTS_DIR) -> list[dict[str, Any]]:
    """Every saved object of the ``*.ndjson`` files in ``directory``, in file order. A line that is
    no JSON object is reported as ``FILE:LINE: reason``."""
    files = sorted(directory.glob("*.ndjson"))
    if not files:
        raise KibanaError(f"{directory}: no *.ndjson saved objects there")
    objects: list[dict[str, Any]] = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise KibanaError(f"{path}:{number}: not JSON ({exc})") from None
            if not isinstance(obj, dict) or not obj.get("type") or not obj.get("id"):
                raise KibanaError(f"{path}:{number}: a saved object needs a type and an id")
            objects.append(obj)
    return objects


def with_prefix(objects: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    """The objects with data-view titles pointing at ``prefix``'s aliases instead of the default
    ``lurewatch-…`` (``lurewatch-demo`` for the demo)."""
    if prefix == DEFAULT_PREFIX:
        return objects
    renamed = []
    for obj in objects:
        title = obj.get("attributes", {}).get("title", "")
        if obj["type"] == "index-pattern" and title.startswith(f"{DEFAULT_PREFIX}-"):
            obj = {**obj, "attributes": {**obj["attributes"], "title": prefix + title[len(DEFAULT_PREFIX):]}}
        renamed.append(obj)
    return renamed


def _multipart(objects: list[dict[str, Any]]) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body with one part ``file`` holding the NDJSON."""
    boundary = f"lurewatch-{uuid.uuid4().hex}"
    ndjson = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects).encode()
    body = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="lurewatch.ndjson"\r\n'
        "Content-Type: application/ndjson\r\n\r\n"
    ).encode() + ndjson + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def import_objects(
    url: str,
    objects: list[dict[str, Any]],
    auth: KibanaAuth = KibanaAuth(),
    space: str | None = None,
    ca_certs: str | None = None,
    timeout: float = 60.0,
) -> dict[str, Any]:
    """Import ``objects`` into Kibana at ``url`` (into ``space`` when given), overwriting objects
    with the same ids. Returns Kibana's answer (``successCount``, ``successResults``…); raises
    :class:`KibanaError` when Kibana cannot be reached, refuses, or rejects any object."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KibanaError(f"{url!r} is not an http(s) URL of Kibana")
    base = url.rstrip("/") + (f"/s/{quote(space, safe='')}" if space else "")
    body, content_type = _multipart(objects)
    request = urllib.request.Request(
        f"{base}/api/saved_objects/_import?overwrite=true", data=body, method="POST",
        headers={"kbn-xsrf": "lurewatch", "Content-Type": content_type, "Accept": "application/json"},
    )
    header = auth.header()
    if header:
        request.add_header("Authorization", header)
    context = ssl.create_default_context(cafile=ca_certs) if parts.scheme == "https" else None
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
            answer = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        detail = _message(exc.read())
        if exc.code in (401, 403):
            raise KibanaError(f"Kibana at {url} refused the credentials (HTTP {exc.code}{detail})") from None
        raise KibanaError(f"Kibana at {url} answered HTTP {exc.code}{detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KibanaError(f"Kibana at {url} is not reachable ({reason})") from None
    except ValueError:
        raise KibanaError(f"Kibana at {url} answered with something that is not JSON") from None
    if not answer.get("success"):
        errors = answer.get("errors") or []
        first = "; ".join(
            f"{e.get('type')}/{e.get('id')}: {(e.get('error') or {}).get('type', 'error')}" for e in errors[:3]
        )
        raise KibanaError(f"Kibana at {url} rejected {len(errors)} of {len(objects)} objects ({first})")
    return dict(answer)


def _message(raw: bytes) -> str:
    try:
        text = json.loads(raw.decode("utf-8")).get("message")
    except (ValueError, AttributeError):
        return ""
    return f": {str(text)[:200]}" if text else ""


def summarize(objects: list[dict[str, Any]]) -> dict[str, int]:
    """Objects per type, for the command's output."""
    return dict(sorted(Counter(o["type"] for o in objects).items()))
