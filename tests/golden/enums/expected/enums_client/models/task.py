from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Task(_rt.Model):
    status: _m.Status | str
    priority: _m.Priority | int
    kind: _m.TaskKind | str | None = _rt.UNSET
    """Inline enum on a property."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
