"""generator.cli.console: warnings one line per kind unless --verbose, the counts in the last
line, and progress drawn only where a person watches. (test_main draws progress on a fake
terminal.)"""

from __future__ import annotations

import io

from generator.cli.console import Progress, changed_files, count, summary_lines
from generator.diagnostics import Diagnostic


def _warning(code: str, where: str, message: str = "m") -> Diagnostic:
    return Diagnostic("warning", code, message, "spec.yaml", where)


def test_a_kind_seen_once_is_shown_whole_and_a_repeated_kind_as_its_count_and_first() -> None:
    found = [_warning("a", "#/x", "first a"), _warning("b", "#/y", "only b"),
             _warning("a", "#/z", "second a"), Diagnostic("note", "a", "a note", "spec.yaml")]
    assert summary_lines(found) == [
        "warning: 2 x a, first at spec.yaml#/x: first a",
        "warning: spec.yaml#/y: only b",
        "note: spec.yaml#: a note",  # the same code of another severity is its own kind
    ]
    assert summary_lines([]) == []


def test_count_says_one_without_the_plural() -> None:
    assert [count(n, "model") for n in (0, 1, 2)] == ["0 models", "1 model", "2 models"]


def test_changed_files_sums_drifts_lines_by_what_happened() -> None:
    lines = ["a.py (differs)", "b.py (missing)", "c.py (differs)", "d.py (not generated)"]
    assert changed_files(lines) == "4 files: 2 changed, 1 new, 1 removed"
    assert changed_files(["README.md (missing)"]) == "1 file: 1 new"


class _Closed(io.StringIO):
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_never_drawn_when_off_or_not_on_a_terminal() -> None:
    for stream, enabled in ((_Terminal(), False), (_Closed(), True), (io.StringIO(), True)):
        with Progress(stream, "opal: generating", enabled=enabled, after=0) as progress:
            assert not progress.enabled and progress._thread is None
        assert stream.getvalue() == ""


def test_progress_on_a_terminal_leaves_nothing_when_the_work_ends_first() -> None:
    terminal = _Terminal()
    with Progress(terminal, "opal: generating", after=60) as progress:
        assert progress.enabled
    assert terminal.getvalue() == ""  # ended before `after`: never drawn, nothing to wipe


def test_progress_is_drawn_on_a_terminal_only_and_wiped() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    with Progress(terminal, "opal: generating", after=0) as shown:
        for _ in range(3000):  # the drawing thread's first line, however slow the machine
            if "opal: generating (" in terminal.getvalue():
                break
            shown._done.wait(0.01)
    with Progress(pipe, "opal: generating", after=0):
        pass
    assert terminal.getvalue().startswith("\r\x1b[Kopal: generating (")
    assert terminal.getvalue().endswith("\r\x1b[K")
    assert pipe.getvalue() == ""
