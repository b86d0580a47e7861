from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class IdentityAccountAttributesInfo(_rt.Model):
    """Account Profile Attributes"""

    account_attributes: list[_m.TargetAttributeDataSummary] | None = _rt.field(
        wire="accountAttributes", default=_rt.UNSET
    )
    """Account Attribute Values"""
    identity_id: str | None = _rt.field(wire="identityId", default=_rt.UNSET)
    """Global Identity Id"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
