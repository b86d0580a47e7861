from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class MessageChannel(_rt.Model):
    """# MessageChannel Object
    ### Description
    The `MessageChannel` object is used to represent a message channel.

    ### Usage Example
    Update a groups message channel from the `UPDATE Groups` endpoint.
    """

    message_channel_id: _uuid.UUID
    """The ID of the message channel."""
    third_party_provider: _m.MessageChannelProviderEnum | str | None = _rt.UNSET
    remote_id: str | None = _rt.UNSET
    """The remote ID of the message channel"""
    name: str | None = _rt.UNSET
    """The name of the message channel."""
    is_private: bool | None = _rt.UNSET
    """A bool representing whether or not the message channel is private."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
