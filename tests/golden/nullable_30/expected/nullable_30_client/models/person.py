from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Person(_rt.Model):
    """Required-but-nullable fields must be sent as null, not omitted."""

    name: str
    nickname: str | None
    address: _m.Address | None
    """Nullable $ref via allOf."""
    tags: list[str] | None
    middle_name: str | None = _rt.field(_rt.Nullable(_rt.STR), wire="middleName", default=_rt.UNSET)
    """Optional and nullable."""
    scores: list[int | None] | None = _rt.field(
        _rt.ListOf(_rt.Nullable(_rt.INT)), default=_rt.UNSET
    )
    """Non-null array of nullable integers."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
