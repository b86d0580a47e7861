from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AppsList(_rt.Model):
    """A list of apps."""

    apps: list[_m.App]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
