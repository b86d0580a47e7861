from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class TagFilter(_rt.Model):
    """A tag filter defined by the tags key and value."""

    key: str
    """The key of the tag."""
    value: str | None = _rt.UNSET
    """The value of the tag."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
