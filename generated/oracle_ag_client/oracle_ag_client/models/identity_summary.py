from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class IdentitySummary(_rt.Model):
    """Identity Summary."""

    ag_organizations: list[_t.Any] | None = _rt.field(wire="agOrganizations", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
