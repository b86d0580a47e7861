"""generator.diagnostics: one-line rendering, deduplication (pointers: test_pointer.py)."""

from __future__ import annotations

from generator.diagnostics import Diagnostic, Sink, SpecError


def test_render_is_one_line_with_file_pointer_and_line() -> None:
    d = Diagnostic("error", "x", "boom", "spec.yaml", "#/paths/~1a", 7)
    assert d.render() == "error: spec.yaml#/paths/~1a (line 7): boom"
    # the whole document is the root pointer "#": every line names file and pointer
    assert Diagnostic("warning", "x", "w", "spec.yaml").render() == "warning: spec.yaml#: w"


def test_sink_keeps_order_drops_duplicates_and_splits_by_severity() -> None:
    sink = Sink()
    sink.warn("w", "first", "f", "#/a")
    sink.error("e", "bad", "f", "#/b", 3)
    sink.warn("w", "first", "f", "#/a")
    sink.warn("w", "second", "f", "#/c")
    assert [d.message for d in sink.items] == ["first", "bad", "second"]
    assert [d.code for d in sink.errors] == ["e"]
    assert [d.message for d in sink.warnings] == ["first", "second"]


def test_spec_error_carries_every_diagnostic() -> None:
    items = [Diagnostic("error", "a", "one", "f", "#/x"), Diagnostic("error", "b", "two", "f")]
    error = SpecError(items)
    assert error.diagnostics == items
    assert str(error).splitlines() == ["error: f#/x: one", "error: f#: two"]
