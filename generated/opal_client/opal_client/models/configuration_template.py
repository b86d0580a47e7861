from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ConfigurationTemplate(_rt.Model):
    """# Configuration Template Object
    ### Description
    The `ConfigurationTemplate` object is used to represent a configuration template.

    ### Usage Example
    Returned from the `GET Configuration Templates` endpoint.
    """

    configuration_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the configuration template."""
    name: str | None = _rt.UNSET
    """The name of the configuration template."""
    admin_owner_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the owner of the configuration template."""
    visibility: _m.VisibilityInfo | None = _rt.UNSET
    """The visibility info of the configuration template."""
    linked_audit_message_channel_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The IDs of the audit message channels linked to the configuration template."""
    request_configuration_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the request configuration linked to the configuration template."""
    member_oncall_schedule_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The IDs of the on-call schedules linked to the configuration template."""
    break_glass_user_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The IDs of the break glass users linked to the configuration template."""
    require_mfa_to_approve: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA for reviewers to approve requests for this configuration template."""
    require_mfa_to_connect: bool | None = _rt.UNSET
    """A bool representing whether or not to require MFA to connect to resources associated with this configuration template."""
    ticket_propagation: _m.TicketPropagationConfiguration | None = _rt.UNSET
    custom_request_notification: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """Custom request notification sent upon request approval for this configuration template."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
