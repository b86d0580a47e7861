from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccountProfileInfo(_rt.Model):
    """Account Profile Configuration by Identity"""

    account_attributes: list[_m.TargetAttributeDataSummary] | None = _rt.field(
        wire="accountAttributes", default=_rt.UNSET
    )
    """Account Attribute Values"""
    account_profile_id: str | None = _rt.field(wire="accountProfileId", default=_rt.UNSET)
    """Account Profile Id"""
    identity_account_attributes_details: list[_m.IdentityAccountAttributesInfo] | None = _rt.field(
        wire="identityAccountAttributesDetails", default=_rt.UNSET
    )
    """Account Attributes Info by Identity"""
    identity_specific: bool | None = _rt.field(wire="identitySpecific", default=_rt.UNSET)
    """Same configuration for all identities."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
