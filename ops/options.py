"""Command-line options shared by the modules of the ``lurewatch`` command line (a module of its
own, so that ops/cli.py and the modules it loads can share them without importing each other)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click


def data_dir_option(func: Any) -> Any:
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        envvar="LUREWATCH_HOME",
        help="Where lurewatch keeps its store, evidence and local Elasticsearch [default: ./data].",
    )(func)
