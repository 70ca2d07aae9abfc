"""``lurewatch`` commands for the search index and Kibana: registered on the main group by
``register`` (called from ops/cli.py)."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
