from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Widget(_rt.Model):
    id: str
    colour: str | None = _rt.UNSET
    color: str | None = _rt.UNSET
    """Use colour."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(self, ("color",))
