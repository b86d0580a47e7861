from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class OpalNodeQuery(_rt.Model):
    """Request body for a NODE-type OpalQuery. Returns entities (users, resources, groups) matching the given filters."""

    type: _types.OpalNodeQueryTypeParam = _rt.field(_rt.EnumOf("OpalNodeQueryType"))
    query: _m.OpalNodeQueryBody | None = _rt.UNSET
    first: int | None = _rt.UNSET
    """Maximum number of results to return. Defaults to 200."""
    after: str | None = _rt.UNSET
    """Cursor from a previous response to fetch the next page of results."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
