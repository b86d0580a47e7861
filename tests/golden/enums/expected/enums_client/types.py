"""Request bodies of enums as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    from . import models as _models

__all__ = [
    "TaskParam",
]


class TaskParam(_t.TypedDict, total=False):
    """The dict form of `models.Task`, keyed by wire names."""

    status: _t.Required[_models.Status | str]
    priority: _t.Required[_models.Priority | int]
    kind: _t.NotRequired[_models.TaskKind | str]
