"""Which Chromium the browser spiders launch, and how.

Debian's ``/usr/bin/chromium`` (``make install`` puts it there) or another Chromium on the PATH;
``$LUREWATCH_CHROMIUM`` names one explicitly. When none is found, Playwright's own browser is used
if one was installed with ``playwright install`` (it cannot be downloaded on every machine).
Kept free of heavy imports: crawlers/settings.py reads it at start-up.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

#: Headless, no sandbox (containers and root), and none of the background traffic a desktop
#: browser makes on its own (updates, sync, safe-browsing lists): a crawler talks only to the sites.
CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def find_chromium() -> str | None:
    """Path of the Chromium to launch, or None to let Playwright use its own."""
    named = os.environ.get("LUREWATCH_CHROMIUM")
    if named:
        return named
    for candidate in _CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch_options() -> dict[str, Any]:
    """``PLAYWRIGHT_LAUNCH_OPTIONS`` for scrapy-playwright (also used by the benchmark)."""
    options: dict[str, Any] = {"headless": True, "args": list(CHROMIUM_ARGS), "timeout": 60_000}
    path = find_chromium()
    if path:
        options["executable_path"] = path
    return options
