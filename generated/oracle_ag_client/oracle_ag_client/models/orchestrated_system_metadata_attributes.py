from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OrchestratedSystemMetadataAttributes(_rt.Model):
    """Orchestrated System Metadata Attributes model."""

    attributes: _m.OrchestratedSystemAttributes | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
