"""Problems found in a spec, collected as records instead of raised one at a time.

Every stage reports into one Sink; the command line prints them as
`file#/json/pointer: message` and decides the exit code from their severity.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

# re-exported: the stages that report also place what they report
from generator.pointer import pointer as pointer

Severity = Literal["error", "warning", "note"]  # a note informs; --strict leaves it be


@dataclass(frozen=True)
class Diagnostic:
    severity: Severity
    code: str
    message: str
    file: str
    pointer: str = "#"
    line: int | None = None

    @property
    def where(self) -> str:
        """`file#/json/pointer (line N)`: where to look."""
        where = f"{self.file}{self.pointer}"
        return where if self.line is None else f"{where} (line {self.line})"

    def render(self) -> str:
        return f"{self.severity}: {self.where}: {self.message}"


@dataclass
class Sink:
    """Collects diagnostics; warnings are deduplicated and kept in the order found.

    `place`, once set, moves each diagnostic to where a human fixes it (read/overlay.py: a
    finding in what an overlay wrote belongs to the overlay, not to the vendored file).
    """

    items: list[Diagnostic] = field(default_factory=list)
    _seen: set[Diagnostic] = field(default_factory=set, repr=False)
    place: Callable[[Diagnostic], Diagnostic] | None = field(default=None, repr=False)

    def warn(self, code: str, message: str, file: str, ptr: str = "#",
             line: int | None = None) -> None:
        self._add(Diagnostic("warning", code, message, file, ptr, line))

    def note(self, code: str, message: str, file: str, ptr: str = "#") -> None:
        self._add(Diagnostic("note", code, message, file, ptr))

    def error(self, code: str, message: str, file: str, ptr: str = "#",
              line: int | None = None) -> None:
        self._add(Diagnostic("error", code, message, file, ptr, line))

    def add_lines(self, line_of: Callable[[str, str], int | None]) -> None:
        """Give each diagnostic placed at a pointer below the root, but not at a line, the
        line `line_of(file, pointer)` finds: the model's findings carry pointers only, and
        their lines are looked up once at the end, file by file."""
        wanted = sorted({(d.file, d.pointer) for d in self.items
                         if d.line is None and d.pointer not in ("#", "")})
        lines = {place: line_of(*place) for place in wanted}
        self.items = [replace(d, line=lines[(d.file, d.pointer)])
                      if (d.file, d.pointer) in lines else d for d in self.items]
        self._seen = set(self.items)

    def _add(self, diagnostic: Diagnostic) -> None:
        if self.place is not None:
            diagnostic = self.place(diagnostic)
        if diagnostic not in self._seen:
            self._seen.add(diagnostic)
            self.items.append(diagnostic)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]


class SpecError(Exception):
    """Raised when a spec cannot be turned into a client; carries every problem found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.render() for d in diagnostics))
        self.diagnostics = diagnostics


def as_errors(warnings: list[Diagnostic]) -> list[Diagnostic]:
    """`--strict`: each warning becomes an error, marked so the reader knows why."""
    return [replace(w, severity="error", message=f"{w.message} (--strict)") for w in warnings]
