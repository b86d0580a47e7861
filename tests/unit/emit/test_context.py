"""generator.emit.context: what a group's module imports follows from its operations."""

from __future__ import annotations

from generator.emit.context import CallView, GroupView, OperationView
from generator.names.assign import GroupClasses


def _op(needs: frozenset[str], dict_body: bool = False) -> OperationView:
    return OperationView("get", '""""""', "self", "None", False, needs,
                         CallView("GET", "/", "_R"), "_R", (), False, "", "GET /",
                         dict_body=dict_body)


def test_a_group_imports_what_its_operations_need_and_types_only_when_named() -> None:
    group = GroupView("things", "things", GroupClasses.of("Things"), [_op(frozenset({"uuid"}))])
    assert group.alias == "_group_things"
    assert "import uuid as _uuid" in group.imports
    assert "import functools as _ft" in group.imports
    assert not group.needs_types
    group.operations.append(_op(frozenset(), dict_body=True))
    assert group.needs_types
