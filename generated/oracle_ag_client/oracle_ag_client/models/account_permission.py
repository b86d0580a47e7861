from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class AccountPermission(_rt.Model):
    """Permission to be scanned."""

    attributes: list[_t.Any] | None = _rt.UNSET
    """Account attributes."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
