"""What requests of enums send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "PriorityParam",
    "StatusParam",
    "TaskKindParam",
    "TaskParam",
]

PriorityParam: _t.TypeAlias = _m.Priority | _t.Literal[0, 1, 2]
"""A `models.Priority` member or its wire value."""

StatusParam: _t.TypeAlias = (
    _m.Status | _t.Literal["in-progress", "in_progress", "2fa", "", "class", "a b", "done"]
)
"""A `models.Status` member or its wire value."""

TaskKindParam: _t.TypeAlias = _m.TaskKind | _t.Literal["bug", "feature", "chore"]
"""A `models.TaskKind` member or its wire value."""


class TaskParam(_t.TypedDict, total=False):
    """The dict form of `models.Task`, keyed by wire names."""

    status: _t.Required[StatusParam]
    priority: _t.Required[PriorityParam]
    kind: _t.NotRequired[TaskKindParam]
