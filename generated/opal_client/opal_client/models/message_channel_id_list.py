from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class MessageChannelIDList(_rt.Model):
    """A list of message channel IDs."""

    message_channel_ids: list[_uuid.UUID]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
