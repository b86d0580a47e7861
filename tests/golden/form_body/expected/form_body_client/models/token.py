from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Token(_rt.Model):
    access_token: str = _rt.field(wire="accessToken")
    expires_in: int | None = _rt.field(wire="expiresIn", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
