from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccountData(_rt.Model):
    """Information about the user account."""

    attributes: list[_m.Attribute]
    """Account attributes."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
