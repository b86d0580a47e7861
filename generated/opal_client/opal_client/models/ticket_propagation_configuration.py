from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class TicketPropagationConfiguration(_rt.Model):
    """Configuration for ticket propagation, when enabled, a ticket will be created for access changes related to the users in this resource."""

    enabled_on_grant: bool
    enabled_on_revocation: bool
    ticket_provider: _m.TicketingProviderEnum | str | None = _rt.UNSET
    ticket_project_id: str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
