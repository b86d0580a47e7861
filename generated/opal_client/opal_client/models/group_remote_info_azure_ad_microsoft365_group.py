from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoAzureAdMicrosoft365Group(_rt.Model):
    """Remote info for Microsoft Entra ID Microsoft 365 group."""

    group_id: str
    """The id of the Microsoft Entra ID Microsoft 365 group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
