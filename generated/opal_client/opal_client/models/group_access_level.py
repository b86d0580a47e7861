from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupAccessLevel(_rt.Model):
    """# Access Level Object
    ### Description
    The `GroupAccessLevel` object is used to represent the level of access that a user has to a group or a group has to a group. The "default" access
    level is a `GroupAccessLevel` object whose fields are all empty strings.

    ### Usage Example
    View the `GroupAccessLevel` of a group/user or group/group pair to see the level of access granted to the group.
    """

    access_level_name: str
    """The human-readable name of the access level."""
    access_level_remote_id: str
    """The machine-readable identifier of the access level."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
