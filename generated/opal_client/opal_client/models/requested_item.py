from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class RequestedItem(_rt.Model):
    """# Requested Item Object
    ### Description
    The `RequestedItem` object is used to represent a request target item.

    ### Usage Example
    Returned from the `GET Requests` endpoint.
    """

    resource_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the resource requested."""
    group_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the group requested."""
    access_level_name: str | None = _rt.UNSET
    """The name of the access level requested."""
    access_level_remote_id: str | None = _rt.UNSET
    """The ID of the access level requested on the remote system."""
    name: str | None = _rt.UNSET
    """The name of the target."""
    remote_id: str | None = _rt.UNSET
    """The ID of the target on the remote system."""
    remote_name: str | None = _rt.UNSET
    """The name of the target on the remote system."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
