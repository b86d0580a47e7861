from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Resource(_rt.Model):
    """# Resource Object
    ### Description
    The `Resource` object is used to represent a resource.

    ### Usage Example
    Update from the `UPDATE Resources` endpoint.
    """

    resource_id: _uuid.UUID
    """The ID of the resource."""
    app_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the app."""
    name: str | None = _rt.UNSET
    """The name of the resource."""
    description: str | None = _rt.UNSET
    """A description of the resource."""
    admin_owner_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the owner of the resource."""
    remote_resource_id: str | None = _rt.UNSET
    """The ID of the resource on the remote system."""
    remote_resource_name: str | None = _rt.UNSET
    """The name of the resource on the remote system."""
    resource_type: _m.ResourceTypeEnum | str | None = _rt.UNSET
    max_duration: int | None = _rt.UNSET
    """The maximum duration for which the resource can be requested (in minutes)."""
    recommended_duration: int | None = _rt.UNSET
    """The recommended duration for which the resource should be requested (in minutes). -1 represents an indefinite duration."""
    extensions_duration_in_minutes: int | None = _rt.UNSET
    """The duration for which access can be extended (in minutes). Set to 0 to disable extensions. When > 0, extensions are enabled for the specified duration."""
    require_manager_approval: bool | None = _rt.UNSET
    """A bool representing whether or not access requests to the resource require manager approval."""
    require_support_ticket: bool | None = _rt.UNSET
    """A bool representing whether or not access requests to the resource require an access ticket."""
    require_mfa_to_approve: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for reviewers to approve requests for this resource."""
    require_mfa_to_request: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for requesting access to this resource."""
    require_mfa_to_connect: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA to connect to this resource."""
    auto_approval: bool | None = _rt.UNSET
    """A bool representing whether or not to automatically approve requests to this resource."""
    request_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated request template."""
    is_requestable: bool | None = _rt.UNSET
    """A bool representing whether or not to allow access requests to this resource."""
    parent_resource_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the parent resource."""
    configuration_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated configuration template."""
    request_configurations: list[_m.RequestConfiguration] | None = _rt.UNSET
    """A list of configurations for requests to this resource."""
    request_configuration_list: list[_m.RequestConfiguration] | None = _rt.UNSET
    """A list of configurations for requests to this resource. Deprecated in favor of `request_configurations`."""
    ticket_propagation: _m.TicketPropagationConfiguration | None = _rt.UNSET
    custom_request_notification: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """Custom request notification sent upon request approval."""
    risk_sensitivity: _m.RiskSensitivityEnum | str | None = _rt.field(
        default=_rt.UNSET, read_only=True
    )
    """The risk sensitivity level for the resource. When an override is set, this field will match that."""
    risk_sensitivity_override: _m.RiskSensitivityEnum | str | None = _rt.UNSET
    metadata: str | None = _rt.UNSET
    """JSON metadata about the remote resource. Only set for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details."""
    remote_info: _m.ResourceRemoteInfo | None = _rt.UNSET
    ancestor_resource_ids: list[_uuid.UUID] | None = _rt.UNSET
    """List of resource IDs that are ancestors of this resource."""
    descendant_resource_ids: list[_uuid.UUID] | None = _rt.UNSET
    """List of resource IDs that are descendants of this resource."""
    last_successful_sync: _m.SyncTask | None = _rt.field(default=_rt.UNSET, read_only=True)
    """Information about the last successful sync of this resource."""
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
