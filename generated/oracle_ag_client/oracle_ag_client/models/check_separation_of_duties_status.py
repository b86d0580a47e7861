from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class CheckSeparationOfDutiesStatus(_rt.Model):
    """Separation of Duties Analysis Request IDs."""

    request_ids: list[_t.Any] = _rt.field(wire="requestIds")
    """List of request IDs."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
