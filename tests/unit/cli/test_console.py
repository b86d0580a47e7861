"""generator.cli.console: what the command line draws for a person (progress on a terminal)."""

from __future__ import annotations

import io

from generator.cli.console import Progress


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
