from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class CreateEventStreamInfo(_rt.Model):
    """Information needed to create an event stream."""

    name: str
    """The name for the event stream."""
    connection_type: _types.EventStreamConnectionTypeEnumParam = _rt.field(
        _rt.EnumOf("EventStreamConnectionTypeEnum")
    )
    webhook_url: str | None = _rt.UNSET
    """The webhook URL. Required when connection_type is WEBHOOK."""
    credentials: _m.WebhookCredentials | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
