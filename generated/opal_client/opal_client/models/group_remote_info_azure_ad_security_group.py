from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoAzureAdSecurityGroup(_rt.Model):
    """Remote info for Microsoft Entra ID Security group."""

    group_id: str
    """The id of the Microsoft Entra ID Security group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
