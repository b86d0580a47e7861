from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class CreateTagInfo(_rt.Model):
    """# CreateTagInfo Object
    ### Description
    The `CreateTagInfo` object is used to represent configuration for a new tag.

    ### Usage Example
    Use in the `POST Tag` endpoint.
    """

    tag_key: str
    """The key of the tag to create."""
    tag_value: str | None = _rt.UNSET
    """The value of the tag to create."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
