from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class LoginRequest(_rt.Model):
    username: str
    password: str
    remember: bool | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
