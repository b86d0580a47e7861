from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AssociationSummary(_rt.Model):
    id: str
    position: int
    accesses: list[_m.IdNameObject] | None = _rt.UNSET
    identity_collections: list[_m.IdNameObject] | None = _rt.field(
        wire="identityCollections", default=_rt.UNSET
    )
    type: _m.AssociationSummaryType | str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
