from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoLdapGroup(_rt.Model):
    """Remote info for LDAP group."""

    group_id: str
    """The id of the LDAP group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
