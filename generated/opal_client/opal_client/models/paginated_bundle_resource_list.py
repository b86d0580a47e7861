from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class PaginatedBundleResourceList(_rt.Model):
    bundle_resources: list[_m.BundleResource]
    previous: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """The cursor used to obtain the current result page."""
    next: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """The cursor with which to continue pagination if additional result pages exist."""
    total_count: int | None = _rt.UNSET
    """The total number of items in the result set."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
