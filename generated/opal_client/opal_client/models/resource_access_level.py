from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceAccessLevel(_rt.Model):
    """# Access Level Object
    ### Description
    The `AccessLevel` object is used to represent the level of access that a principal has. The "default" access
    level is a `AccessLevel` object whose fields are all empty strings.

    ### Usage Example
    View the `AccessLevel` of a resource/user or resource/group pair to see the level of access granted to the resource.
    """

    access_level_name: str
    """The human-readable name of the access level."""
    access_level_remote_id: str
    """The machine-readable identifier of the access level."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
