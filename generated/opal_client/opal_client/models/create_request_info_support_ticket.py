from __future__ import annotations

import typing as _t

from .. import _runtime as _rt

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class CreateRequestInfoSupportTicket(_rt.Model):
    ticketing_provider: _types.TicketingProviderEnumParam = _rt.field(
        _rt.EnumOf("TicketingProviderEnum")
    )
    remote_id: str
    identifier: str
    url: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
