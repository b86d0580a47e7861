"""Request bodies of enums as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _models  # cheap: each model loads when an annotation names it

__all__ = [
    "TaskParam",
]


class TaskParam(_t.TypedDict, total=False):
    """The dict form of `models.Task`, keyed by wire names."""

    status: _t.Required[
        _models.Status | _t.Literal["in-progress", "in_progress", "2fa", "", "class", "a b", "done"]
    ]
    priority: _t.Required[_models.Priority | _t.Literal[0, 1, 2]]
    kind: _t.NotRequired[_models.TaskKind | _t.Literal["bug", "feature", "chore"]]
