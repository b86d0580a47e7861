from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class AccessReviewEventChangesSummary(_rt.Model):
    display_name: str = _rt.field(wire="displayName")
    id: str
    current_value: str | None = _rt.field(wire="currentValue", default=_rt.UNSET)
    format: str | None = _rt.UNSET
    previous_value: str | None = _rt.field(wire="previousValue", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
