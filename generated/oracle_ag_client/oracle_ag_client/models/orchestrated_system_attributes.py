from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OrchestratedSystemAttributes(_rt.Model):
    """The information about Orchestrated System attributes metadata"""

    items: list[_m.OrchestratedSystemAttribute]
    """collection of account & permission attributes"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
