from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateResourceInfo(_rt.Model):
    """# UpdateResourceInfo Object
    ### Description
    The `UpdateResourceInfo` object is used as an input to the UpdateResource API.
    """

    resource_id: _uuid.UUID
    """The ID of the resource."""
    name: str | None = _rt.UNSET
    """The name of the resource."""
    description: str | None = _rt.UNSET
    """A description of the resource."""
    admin_owner_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the owner of the resource."""
    max_duration: int | None = _rt.UNSET
    """The maximum duration for which the resource can be requested (in minutes). Use -1 to set to indefinite. Deprecated in favor of `request_configurations`."""
    recommended_duration: int | None = _rt.UNSET
    """The recommended duration for which the resource should be requested (in minutes). Will be the default value in a request. Use -1 to set to indefinite and 0 to unset. Deprecated in favor of `request_configurations`."""
    require_manager_approval: bool | None = _rt.UNSET
    """A bool representing whether or not access requests to the resource require manager approval."""
    require_support_ticket: bool | None = _rt.UNSET
    """A bool representing whether or not access requests to the resource require an access ticket. Deprecated in favor of `request_configurations`."""
    folder_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the folder that the resource is located in."""
    require_mfa_to_approve: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for reviewers to approve requests for this resource."""
    require_mfa_to_request: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for requesting access to this resource. Deprecated in favor of `request_configurations`."""
    require_mfa_to_connect: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA to connect to this resource."""
    auto_approval: bool | None = _rt.UNSET
    """A bool representing whether or not to automatically approve requests to this resource. Deprecated in favor of `request_configurations`."""
    ticket_propagation: _m.TicketPropagationConfiguration | None = _rt.UNSET
    custom_request_notification: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """Custom request notification sent upon request approval."""
    risk_sensitivity_override: _m.RiskSensitivityEnum | str | None = _rt.UNSET
    configuration_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated configuration template."""
    request_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated request template. Deprecated in favor of `request_configurations`."""
    is_requestable: bool | None = _rt.UNSET
    """A bool representing whether or not to allow access requests to this resource. Deprecated in favor of `request_configurations`."""
    extensions_duration_in_minutes: int | None = _rt.UNSET
    """The duration for which access can be extended (in minutes). Deprecated, set the extension duration in the request_configuration you want it to apply to."""
    parent_resource_id: _uuid.UUID | None = _rt.field(_rt.Nullable(_rt.UUID), default=_rt.UNSET)
    """The ID of the parent resource."""
    request_configurations: list[_m.RequestConfiguration] | None = _rt.UNSET
    """A list of configurations for requests to this resource. If not provided, the default request configuration will be used."""
    request_configuration_list: _m.CreateRequestConfigurationInfoList | None = _rt.UNSET
    """A list of configurations for requests to this resource. If not provided, the default request configuration will be used. Deprecated in favor of `request_configurations`."""
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
