from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OrchestratedSystemAttribute(_rt.Model):
    """Account & permission attributes"""

    account_attributes: list[_m.OrchestratedSystemAttributeData] | None = _rt.field(
        wire="accountAttributes", default=_rt.UNSET
    )
    """List of Orchestrated System account attributes"""
    orchestrated_system: _m.Info | None = _rt.field(wire="orchestratedSystem", default=_rt.UNSET)
    permission_attributes: list[_t.Any] | None = _rt.field(
        wire="permissionAttributes", default=_rt.UNSET
    )
    """List of Orchestrated System permission attributes"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
