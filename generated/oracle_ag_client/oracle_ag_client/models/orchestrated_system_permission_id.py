from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class OrchestratedSystemPermissionId(_rt.Model):
    """Id of permission"""

    id: str
    """Id of permission"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
