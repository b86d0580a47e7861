from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class PaginatedDelegationsList(_rt.Model):
    """A list of delegations for your organization."""

    results: list[_m.Delegation] | None = _rt.UNSET
    """The delegations in the result set."""
    next: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """The cursor with which to continue pagination if additional result pages exist."""
    previous: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """The cursor used to obtain the current result page."""
    total_count: int | None = _rt.UNSET
    """The total number of items in the result set."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
