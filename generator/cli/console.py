"""What the command line shows a person: warnings grouped by kind, and progress on a terminal.

A real spec can carry hundreds of warnings of a few kinds that its users cannot act on, so
by default each kind is one line (its count and the first place it occurs); `--verbose`
lists every one. Progress is drawn only on a terminal and only once a run has taken a few
seconds, so logs and pipes never see it.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import TextIO

from generator.diagnostics import Diagnostic

PROGRESS_AFTER = 3.0  # seconds of silence before progress is drawn


def summary_lines(diagnostics: list[Diagnostic]) -> list[str]:
    """One line per kind (code): alone, the diagnostic itself; else its count and the first."""
    kinds: dict[tuple[str, str], list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        kinds.setdefault((diagnostic.severity, diagnostic.code), []).append(diagnostic)
    lines = []
    for (severity, code), found in kinds.items():
        first = found[0]
        if len(found) == 1:
            lines.append(first.render())
        else:
            lines.append(f"{severity}: {len(found)} x {code}, first at {first.where}: "
                         f"{first.message}")
    return lines


def count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def changed_files(drifted: list[str]) -> str:
    """`3 files: 2 changed, 1 new` from write.drift()'s lines (`path (differs)` and so on)."""
    labels = {"differs": "changed", "missing": "new", "not generated": "removed"}
    found = dict.fromkeys(labels.values(), 0)
    for line in drifted:
        found[labels.get(line.rsplit("(", 1)[-1].rstrip(")"), "changed")] += 1
    parts = [f"{number} {label}" for label, number in found.items() if number]
    return f"{count(len(drifted), 'file')}: {', '.join(parts)}"


class Progress:
    """`with Progress(sys.stderr, "opal: generating"):` redraws `label (N s)` each second once
    the block has run for PROGRESS_AFTER seconds, only when `stream` is a terminal, and wipes
    the line when the block ends so what follows starts on a clean line."""

    def __init__(self, stream: TextIO, label: str, enabled: bool = True,
                 after: float = PROGRESS_AFTER) -> None:
        self.stream = stream
        self.label = label
        self.after = after
        self.enabled = enabled and _is_terminal(stream)
        self._done = threading.Event()
        self._drawn = False
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Progress:
        if self.enabled:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def _run(self) -> None:
        start = time.monotonic()
        if self._done.wait(self.after):
            return
        while not self._done.is_set():
            self.stream.write(f"\r\x1b[K{self.label} ({time.monotonic() - start:.0f} s)")
            self.stream.flush()
            self._drawn = True
            self._done.wait(1.0)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
