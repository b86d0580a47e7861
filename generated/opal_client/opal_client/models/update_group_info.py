from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateGroupInfo(_rt.Model):
    """# UpdateGroupInfo Object
    ### Description
    The `UpdateGroupInfo` object is used as an input to the UpdateGroup API.
    """

    group_id: _uuid.UUID
    """The ID of the group."""
    name: str | None = _rt.UNSET
    """The name of the group."""
    description: str | None = _rt.UNSET
    """A description of the group."""
    admin_owner_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the owner of the group."""
    max_duration: int | None = _rt.UNSET
    """The maximum duration for which the group can be requested (in minutes). Use -1 to set to indefinite. Deprecated in favor of `request_configurations`."""
    recommended_duration: int | None = _rt.UNSET
    """The recommended duration for which the group should be requested (in minutes). Will be the default value in a request. Use -1 to set to indefinite and 0 to unset. Deprecated in favor of `request_configurations`."""
    require_manager_approval: bool | None = _rt.UNSET
    """A bool representing whether or not access requests to the group require manager approval. Deprecated in favor of `request_configurations`."""
    require_support_ticket: bool | None = _rt.UNSET
    """A bool representing whether or not access requests to the group require an access ticket. Deprecated in favor of `request_configurations`."""
    folder_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the folder that the group is located in."""
    require_mfa_to_approve: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for reviewers to approve requests for this group."""
    require_mfa_to_request: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for requesting access to this group. Deprecated in favor of `request_configurations`."""
    auto_approval: bool | None = _rt.UNSET
    """A bool representing whether or not to automatically approve requests to this group. Deprecated in favor of `request_configurations`."""
    configuration_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated configuration template."""
    request_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated request template. Deprecated in favor of `request_configurations`."""
    is_requestable: bool | None = _rt.UNSET
    """A bool representing whether or not to allow access requests to this group. Deprecated in favor of `request_configurations`."""
    group_leader_user_ids: list[_uuid.UUID] | None = _rt.UNSET
    """A list of User IDs for the group leaders of the group"""
    extensions_duration_in_minutes: int | None = _rt.UNSET
    """The duration for which access can be extended (in minutes). Deprecated, set the extension duration in the request_configuration you want it to apply to."""
    request_configurations: list[_m.RequestConfiguration] | None = _rt.UNSET
    """The request configuration list of the configuration template. If not provided, the default request configuration will be used."""
    request_configuration_list: _m.CreateRequestConfigurationInfoList | None = _rt.UNSET
    """The request configuration list of the configuration template. If not provided, the default request configuration will be used. Deprecated in favor of `request_configurations`."""
    custom_request_notification: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """Custom request notification sent to the requester when the request is approved."""
    risk_sensitivity_override: _m.RiskSensitivityEnum | str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(
            self,
            (
                "max_duration",
                "recommended_duration",
                "require_manager_approval",
                "require_support_ticket",
                "folder_id",
                "require_mfa_to_request",
                "auto_approval",
                "request_template_id",
                "is_requestable",
                "extensions_duration_in_minutes",
                "request_configuration_list",
            ),
        )
