from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OrchestratedSystemAttributeSummary(_rt.Model):
    """Account & permission attributes"""

    account_attributes: list[_m.OrchestratedSystemAttributeDataSummary] | None = _rt.field(
        wire="accountAttributes", default=_rt.UNSET
    )
    """List of Orchestrated System account attributes"""
    permission_attributes: list[_m.OrchestratedSystemAttributeDataSummary] | None = _rt.field(
        wire="permissionAttributes", default=_rt.UNSET
    )
    """List of Orchestrated System permission attributes"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
