from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateConfigurationTemplateInfo(_rt.Model):
    """# CreateConfigurationTemplateInfo Object
    ### Description
    The `CreateConfigurationTemplateInfo` object is used to store creation info for a configuration template.

    ### Usage Example
    Use in the `POST Configuration Templates` endpoint.
    """

    admin_owner_id: _uuid.UUID
    """The ID of the owner of the configuration template."""
    visibility: _m.VisibilityInfo
    """The visibility info of the configuration template."""
    require_mfa_to_approve: bool
    """A bool representing whether or not to require MFA for reviewers to approve requests for this configuration template."""
    require_mfa_to_connect: bool
    """A bool representing whether or not to require MFA to connect to resources associated with this configuration template."""
    name: str
    """The name of the configuration template."""
    linked_audit_message_channel_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The IDs of the audit message channels linked to the configuration template."""
    member_oncall_schedule_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The IDs of the on-call schedules linked to the configuration template."""
    break_glass_user_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The IDs of the break glass users linked to the configuration template."""
    request_configurations: list[_m.RequestConfiguration] | None = _rt.UNSET
    """The request configuration list of the configuration template. If not provided, the default request configuration will be used."""
    request_configuration_list: _m.CreateRequestConfigurationInfoList | None = _rt.UNSET
    """The request configuration list of the configuration template. If not provided, the default request configuration will be used. Deprecated in favor of `request_configurations`."""
    ticket_propagation: _m.TicketPropagationConfiguration | None = _rt.UNSET
    custom_request_notification: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """Custom request notification sent upon request approval for this configuration template."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(self, ("request_configuration_list",))
