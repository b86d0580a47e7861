from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OpalNodeQuery(_rt.Model):
    """Request body for a NODE-type OpalQuery. Returns entities (users, resources, groups) matching the given filters."""

    type: _m.OpalNodeQueryType | str
    query: _m.OpalNodeQueryBody | None = _rt.UNSET
    first: int | None = _rt.UNSET
    """Maximum number of results to return. Defaults to 200."""
    after: str | None = _rt.UNSET
    """Cursor from a previous response to fetch the next page of results."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
