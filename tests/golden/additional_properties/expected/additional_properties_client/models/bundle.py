from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Bundle(_rt.Model):
    any: dict[str, _t.Any] | None = _rt.UNSET
    closed: _m.Closed | None = _rt.UNSET
    counts: dict[str, int] | None = _rt.UNSET
    labeled: _m.Labeled | None = _rt.UNSET
    free: dict[str, _t.Any] | None = _rt.UNSET
    registry: dict[str, _m.Closed] | None = _rt.UNSET
    """Inline map whose values are a $ref'd object."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
