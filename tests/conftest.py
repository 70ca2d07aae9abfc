"""Shared pytest fixtures.

``es_url`` gives the URL of a real Elasticsearch node for the whole session: the one in
``$LUREWATCH_TEST_ES_URL`` if set, else the local node under ``<repo>/data`` (started when
needed by ops/esnode.py).  Several test sessions may share that local node: each holds a
lease, and the node is stopped by the last session out, and only if a test session started it
(a node started by hand with ``lurewatch es start`` is left running).

``es_prefix`` gives each test its own index-name prefix and removes what the test created.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from typing import Iterator

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def es_url() -> Iterator[str]:
    """URL of a real Elasticsearch node (``http://127.0.0.1:9200`` or similar)."""
    external = os.environ.get("LUREWATCH_TEST_ES_URL")
    if external:
        yield external.rstrip("/")
        return

    from ops.esnode import ESNodeError, LocalES

    node = LocalES(REPO_ROOT / "data", log=lambda msg: print(msg, file=sys.stderr))
    lease = f"pytest-{os.getpid()}"
    try:
        url = node.start(lease=lease)
    except ESNodeError as exc:
        pytest.fail(f"cannot start the local Elasticsearch: {exc}", pytrace=False)
    try:
        yield url
    finally:
        # Stops the node only if a test session launched it and no other session still uses it.
        node.release(lease)


@pytest.fixture
def es_prefix(es_url: str) -> Iterator[str]:
    """A unique index-name prefix (``lwt-<8 hex>``); the test's ``<prefix>*`` indices and
    index/component templates are deleted afterwards."""
    from elasticsearch import ApiError, Elasticsearch

    prefix = f"lwt-{uuid.uuid4().hex[:8]}"
    yield prefix

    pattern = f"{prefix}*"
    es = Elasticsearch(es_url, request_timeout=60)
    try:
        # Names are resolved first and deleted explicitly: wildcard deletes are refused by
        # default (action.destructive_requires_name), and `GET /` is absent on the test build.
        steps = [
            (
                lambda: [d["name"] for d in es.indices.get_data_stream(name=pattern)["data_streams"]],
                lambda n: es.indices.delete_data_stream(name=n),
            ),
            (
                lambda: list(es.indices.get(index=pattern, expand_wildcards="all")),
                lambda n: es.indices.delete(index=n),
            ),
            (
                lambda: [t["name"] for t in es.indices.get_index_template(name=pattern)["index_templates"]],
                lambda n: es.indices.delete_index_template(name=n),
            ),
            (
                lambda: list(es.indices.get_template(name=pattern)),
                lambda n: es.indices.delete_template(name=n),
            ),
            (
                lambda: [t["name"] for t in es.cluster.get_component_template(name=pattern)["component_templates"]],
                lambda n: es.cluster.delete_component_template(name=n),
            ),
        ]
        for list_names, delete in steps:
            try:
                names = list_names()
            except ApiError:
                continue  # nothing matched (404), or the feature is not in this build (400)
            for name in names:
                try:
                    delete(name)
                except ApiError:
                    pass
    finally:
        es.close()
