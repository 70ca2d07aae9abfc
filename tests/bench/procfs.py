"""Memory of a process tree, read from /proc (shared by the benchmarks)."""

from __future__ import annotations

import os


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack += children.get(current, [])
    return found


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and its descendants, summed per process from ``statm``: cheap
    enough to sample several times a second (``smaps_rollup``, which ``tree_memory`` reads, walks
    every page table and would take CPU from what is being measured)."""
    page = os.sysconf("SC_PAGE_SIZE")
    total = 0
    for current in descendants(pid):
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    return total


def tree_memory(pid: int) -> dict[str, int]:
    """Resident bytes of ``pid`` and its descendants: ``rss`` (each process's resident set summed,
    so pages shared between processes, e.g. Chromium's, count once per process) and ``pss`` (each
    shared page split between the processes sharing it: what the tree really holds)."""
    rss = pss = 0
    for current in descendants(pid):
        try:
            with open(f"/proc/{current}/smaps_rollup", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:  # gone, or not ours to read
            continue
    return {"rss": rss, "pss": pss}
