from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Criteria(_rt.Model):
    """The criteria to use as a filter."""

    type: _m.CriteriaType | str
    """The type of the criteria."""
    conditions: list[_t.Any] | None = _rt.UNSET
    """Filter condition (these conditions have an AND binding between them)."""
    sub_criteria: list[_t.Any] | None = _rt.field(wire="subCriteria", default=_rt.UNSET)
    """The list of values of the criteria."""
    value: list[_t.Any] | None = _rt.UNSET
    """The list of values of the criteria (these values have an OR binding between them)."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
