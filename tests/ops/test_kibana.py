"""Kibana saved objects (ops/kibana/*.ndjson) and `lurewatch kibana import`.

No Kibana runs on this machine, so the objects are checked for what Kibana's import needs and
what would break them silently (a reference to a missing object, a field the index does not
have), and the import command is run against a real HTTP server on 127.0.0.1 that checks the
request the way Kibana's saved-objects API does and answers as it documents.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from index.es import MAPPINGS
from ops.kibana import OBJECTS_DIR, load_objects

REPO = Path(__file__).resolve().parents[2]
OBJECTS = load_objects()
BY_KEY = {(o["type"], o["id"]): o for o in OBJECTS}
DATE_TYPES = {"date", "date_nanos"}


def _fields(properties: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Dotted field name → mapping type, subfields included."""
    found: dict[str, str] = {}
    for name, spec in properties.items():
        path = f"{prefix}{name}"
        if "properties" in spec:
            found.update(_fields(spec["properties"], f"{path}."))
            continue
        found[path] = spec["type"]
        for sub, subspec in (spec.get("fields") or {}).items():
            found[f"{path}.{sub}"] = subspec["type"]
    return found


FIELDS = {f"lurewatch-{kind}": _fields(mapping["properties"]) for kind, mapping in MAPPINGS.items()}


def _alias_of(obj: dict[str, Any], ref_name: str) -> str:
    ref = next(r for r in obj["references"] if r["name"] == ref_name)
    return str(BY_KEY[("index-pattern", ref["id"])]["attributes"]["title"])


def _kql_fields(query: str) -> set[str]:
    return set(re.findall(r"([A-Za-z_][\w.]*)\s*(?::|>=|<=|>|<)", query))


def test_every_line_is_a_saved_object_with_a_unique_type_and_id() -> None:
    lines = [line for path in sorted(OBJECTS_DIR.glob("*.ndjson")) for line in path.read_text().splitlines() if line]
    assert len(lines) == len(OBJECTS) == len(BY_KEY)
    for obj in OBJECTS:
        assert obj["type"] in {"index-pattern", "search", "lens", "dashboard"}
        assert obj["attributes"]["title"] and isinstance(obj["references"], list)
        assert obj["coreMigrationVersion"] and obj["typeMigrationVersion"]
    kinds = [o["type"] for o in OBJECTS]
    assert kinds.count("index-pattern") == 3 and kinds.count("search") == 3 and kinds.count("dashboard") == 1


def test_every_reference_resolves_to_an_object_in_the_file() -> None:
    for obj in OBJECTS:
        for ref in obj["references"]:
            assert (ref["type"], ref["id"]) in BY_KEY, f"{obj['type']}/{obj['id']} → {ref}"


def test_data_views_are_the_three_aliases_with_a_date_time_field() -> None:
    views = {o["attributes"]["title"]: o["attributes"] for o in OBJECTS if o["type"] == "index-pattern"}
    assert set(views) == set(FIELDS)
    for alias, attrs in views.items():
        assert FIELDS[alias][attrs["timeFieldName"]] in DATE_TYPES


def test_saved_searches_name_only_fields_of_their_alias() -> None:
    titles = set()
    for obj in (o for o in OBJECTS if o["type"] == "search"):
        attrs = obj["attributes"]
        titles.add(attrs["title"])
        source = json.loads(attrs["kibanaSavedObjectMeta"]["searchSourceJSON"])
        alias = _alias_of(obj, source["indexRefName"])
        named = _kql_fields(source["query"]["query"]) | set(attrs["columns"]) | {s[0] for s in attrs["sort"]}
        for flt in source["filter"]:
            named.add(flt["meta"]["key"])
            assert _alias_of(obj, flt["meta"]["indexRefName"]) == alias
        missing = named - set(FIELDS[alias])
        assert not missing, f"{obj['id']} names fields {alias} does not have: {missing}"
    assert titles == {"High-risk lures, last 7 days", "Clusters that grew this week", "Posts by phone number"}


def test_lens_visualizations_use_fields_of_their_layer_data_view() -> None:
    for obj in (o for o in OBJECTS if o["type"] == "lens"):
        state = obj["attributes"]["state"]
        for layer_id, layer in state["datasourceStates"]["formBased"]["layers"].items():
            alias = _alias_of(obj, f"indexpattern-datasource-layer-{layer_id}")
            assert set(layer["columnOrder"]) == set(layer["columns"])
            for column in layer["columns"].values():
                if column["operationType"] == "count":
                    continue
                assert column["sourceField"] in FIELDS[alias], f"{obj['id']}: {column['sourceField']} not in {alias}"
                if column["operationType"] == "date_histogram":
                    assert FIELDS[alias][column["sourceField"]] in DATE_TYPES
        accessors = json.dumps(state["visualization"])
        for column_id in next(iter(state["datasourceStates"]["formBased"]["layers"].values()))["columns"]:
            assert f'"{column_id}"' in accessors, f"{obj['id']}: column {column_id} is shown nowhere"


def test_dashboard_panels_point_at_the_four_charts() -> None:
    dashboard = next(o for o in OBJECTS if o["type"] == "dashboard")
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    refs = {r["name"]: r for r in dashboard["references"]}
    shown = set()
    for panel in panels:
        ref = refs[f"{panel['panelIndex']}:{panel['panelRefName']}"]
        assert ref["type"] == panel["type"] and (ref["type"], ref["id"]) in BY_KEY
        shown.add(BY_KEY[(ref["type"], ref["id"])]["attributes"]["title"])
    assert shown == {"Posts over time by platform", "Top identifiers", "Languages", "Cluster sizes"}


# -- the import command ---------------------------------------------------------------------------


class FakeKibanaAPI(BaseHTTPRequestHandler):
    """Checks an import request as Kibana does and answers with its documented response."""

    received: list[dict[str, Any]] = []
    answer_status = 200
    reject = False

    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if not self.path.endswith("/api/saved_objects/_import?overwrite=true"):
            return self._reply(404, {"statusCode": 404, "error": "Not Found", "message": "Not Found"})
        if "kbn-xsrf" not in self.headers:
            return self._reply(400, {"statusCode": 400, "error": "Bad Request",
                                     "message": "Request must contain a kbn-xsrf header."})
        if self.headers.get("Authorization") != "ApiKey s3cret-key":
            return self._reply(401, {"statusCode": 401, "error": "Unauthorized", "message": "Unauthorized"})
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode() + body)
        parts = {p.get_param("name", header="content-disposition"): p for p in message.iter_parts()}
        if "file" not in parts:
            return self._reply(400, {"statusCode": 400, "error": "Bad Request", "message": "[request body.file]: expected value"})
        objects = [json.loads(line) for line in parts["file"].get_payload(decode=True).decode().splitlines() if line]
        FakeKibanaAPI.received.append({"path": self.path, "objects": objects})
        if FakeKibanaAPI.reject:
            return self._reply(200, {"success": False, "successCount": 0, "errors": [
                {"id": objects[-1]["id"], "type": objects[-1]["type"], "title": "x",
                 "error": {"type": "missing_references", "references": [{"type": "index-pattern", "id": "nope"}]}}]})
        return self._reply(200, {"success": True, "successCount": len(objects), "successResults": [
            {"type": o["type"], "id": o["id"], "meta": {"title": o["attributes"]["title"], "icon": "app"}} for o in objects]})


@pytest.fixture
def kibana_url() -> Iterator[str]:
    FakeKibanaAPI.received = []
    FakeKibanaAPI.reject = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeKibanaAPI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def lw(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ops.cli", *args], capture_output=True, text=True, timeout=60,
                          cwd=REPO, env={"PATH": "/usr/bin:/bin", **env})


def test_import_uploads_every_object_with_the_headers_kibana_requires(kibana_url: str) -> None:
    done = lw("kibana", "import", "--url", kibana_url, "--index-prefix", "lurewatch-demo", "--space", "ngo",
              env={"KIBANA_API_KEY": "s3cret-key"})
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["imported"] == len(OBJECTS) and summary["objects"]["lens"] == 4 and summary["space"] == "ngo"
    assert "s3cret-key" not in done.stdout + done.stderr
    (request,) = FakeKibanaAPI.received
    assert request["path"] == "/s/ngo/api/saved_objects/_import?overwrite=true"
    titles = sorted(o["attributes"]["title"] for o in request["objects"] if o["type"] == "index-pattern")
    assert titles == ["lurewatch-demo-clusters", "lurewatch-demo-identifiers", "lurewatch-demo-posts"]
    assert {o["id"] for o in request["objects"]} == {o["id"] for o in OBJECTS}  # ids kept: re-imports overwrite


def test_import_errors_are_one_line(kibana_url: str) -> None:
    wrong = lw("kibana", "import", "--url", kibana_url, env={"KIBANA_API_KEY": "wrong"})
    assert wrong.returncode == 2
    assert wrong.stderr.strip().splitlines() == [
        f"error: Kibana at {kibana_url} refused the credentials (HTTP 401: Unauthorized)"]
    FakeKibanaAPI.reject = True
    rejected = lw("kibana", "import", "--url", kibana_url, env={"KIBANA_API_KEY": "s3cret-key"})
    assert rejected.returncode == 2 and len(rejected.stderr.strip().splitlines()) == 1
    assert "rejected 1 of 11 objects (dashboard/lurewatch-overview: missing_references)" in rejected.stderr
    down = lw("kibana", "import", "--url", "http://127.0.0.1:9", env={})
    assert down.returncode == 2 and "not reachable" in down.stderr
