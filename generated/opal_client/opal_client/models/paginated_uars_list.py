from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class PaginatedUARsList(_rt.Model):
    """A list of UARs."""

    results: list[_m.UAR]
    next: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """The cursor with which to continue pagination if additional result pages exist."""
    previous: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """The cursor used to obtain the current result page."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
