from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateRequestInfoSupportTicket(_rt.Model):
    ticketing_provider: _m.TicketingProviderEnum | str
    remote_id: str
    identifier: str
    url: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
