from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccountProfile(_rt.Model):
    """The full set of data that makes up an AccountProfile."""

    description: str
    """The description of the AccountProfile."""
    display_name: str = _rt.field(wire="displayName")
    """The display name of the AccountProfile."""
    id: str
    """The Unique Oracle ID (OCID) that is immutable on creation."""
    is_default: bool = _rt.field(wire="isDefault")
    """Indicates if this AccountProfile is the default for this service instance."""
    orchestrated_system_id: str = _rt.field(wire="orchestratedSystemId")
    """The orchestratedSystemId of the AccountProfile."""
    account_attributes: list[_m.OrchestratedSystemAttributeDataSummary] | None = _rt.field(
        wire="accountAttributes", default=_rt.UNSET
    )
    """List of account attributes"""
    account_ui_attributes: list[_m.OrchestratedSystemAttributeData] | None = _rt.field(
        wire="accountUiAttributes", default=_rt.UNSET
    )
    """List of account attributes for UI rendering"""
    created_by: dict[str, _t.Any] | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    is_in_use_by_access_bundle: bool | None = _rt.field(
        wire="isInUseByAccessBundle", default=_rt.UNSET
    )
    """Indicates if this AccountProfile is the default for this service instance."""
    last_modified_by: dict[str, _t.Any] | None = _rt.field(wire="lastModifiedBy", default=_rt.UNSET)
    tags: list[_t.Any] | None = _rt.UNSET
    """The list of tags associated with the AccountProfile."""
    time_created: _dt.datetime | None = _rt.field(wire="timeCreated", default=_rt.UNSET)
    """The time the AccountProfile was created."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
