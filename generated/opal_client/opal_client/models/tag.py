from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class Tag(_rt.Model):
    """# Tag Object
    ### Description
    The `Tag` object is used to represent a tag.

    ### Usage Example
    Get tags from the `GET Tag` endpoint.
    """

    tag_id: _uuid.UUID
    """The ID of the tag."""
    created_at: _dt.datetime | None = _rt.UNSET
    """The date the tag was created."""
    updated_at: _dt.datetime | None = _rt.UNSET
    """The date the tag was last updated."""
    user_creator_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the user that created the tag."""
    key: str | None = _rt.UNSET
    """The key of the tag."""
    value: str | None = _rt.UNSET
    """The value of the tag."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
