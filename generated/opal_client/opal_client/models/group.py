from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Group(_rt.Model):
    """# Group Object
    ### Description
    The `Group` object is used to represent a group.

    ### Usage Example
    Update from the `UPDATE Groups` endpoint.
    """

    group_id: _uuid.UUID
    """The ID of the group."""
    app_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the group's app."""
    name: str | None = _rt.UNSET
    """The name of the group."""
    description: str | None = _rt.UNSET
    """A description of the group."""
    admin_owner_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the owner of the group."""
    group_leader_user_ids: list[_uuid.UUID] | None = _rt.UNSET
    """A list of User IDs for the group leaders of the group"""
    remote_id: str | None = _rt.UNSET
    """The ID of the remote."""
    remote_name: str | None = _rt.UNSET
    """The name of the remote."""
    group_type: _m.GroupTypeEnum | str | None = _rt.UNSET
    max_duration: int | None = _rt.UNSET
    """The maximum duration for which the group can be requested (in minutes)."""
    recommended_duration: int | None = _rt.UNSET
    """The recommended duration for which the group should be requested (in minutes). -1 represents an indefinite duration."""
    extensions_duration_in_minutes: int | None = _rt.UNSET
    """The duration for which access can be extended (in minutes). Set to 0 to disable extensions. When > 0, extensions are enabled for the specified duration."""
    require_manager_approval: bool | None = _rt.UNSET
    """A bool representing whether or not access requests to the group require manager approval."""
    require_support_ticket: bool | None = _rt.UNSET
    """A bool representing whether or not access requests to the group require an access ticket."""
    require_mfa_to_approve: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for reviewers to approve requests for this group."""
    require_mfa_to_request: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for requesting access to this group."""
    auto_approval: bool | None = _rt.UNSET
    """A bool representing whether or not to automatically approve requests to this group."""
    request_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated request template."""
    configuration_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated configuration template."""
    group_binding_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated group binding."""
    is_requestable: bool | None = _rt.UNSET
    """A bool representing whether or not to allow access requests to this group."""
    request_configurations: list[_m.RequestConfiguration] | None = _rt.UNSET
    """A list of request configurations for this group."""
    request_configuration_list: list[_m.RequestConfiguration] | None = _rt.UNSET
    """A list of request configurations for this group. Deprecated in favor of `request_configurations`."""
    metadata: str | None = _rt.UNSET
    """JSON metadata about the remote group. Only set for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details."""
    remote_info: _m.GroupRemoteInfo | None = _rt.UNSET
    custom_request_notification: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """Custom request notification sent to the requester when the request is approved."""
    risk_sensitivity: _m.RiskSensitivityEnum | str | None = _rt.field(
        default=_rt.UNSET, read_only=True
    )
    """The risk sensitivity level for the group. When an override is set, this field will match that."""
    risk_sensitivity_override: _m.RiskSensitivityEnum | str | None = _rt.UNSET
    last_successful_sync: _m.SyncTask | None = _rt.field(default=_rt.UNSET, read_only=True)
    """Information about the last successful sync of this group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(
            self,
            (
                "require_manager_approval",
                "request_configuration_list",
                "metadata",
            ),
        )
