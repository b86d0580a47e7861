"""Operations tagged 'message_channels' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_MESSAGE_CHANNELS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("MessageChannelList"))
}
_CREATE_MESSAGE_CHANNEL_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("MessageChannel"))}
_GET_MESSAGE_CHANNEL_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("MessageChannel"))}


class MessageChannels(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> MessageChannelsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return MessageChannelsWithRawResponse(_rt.RawCalls(self._client))

    def get_message_channels(
        self, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.MessageChannelList:
        """Get message channels

        Returns a list of `MessageChannel` objects.

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/message-channels", _GET_MESSAGE_CHANNELS_RESPONSES, options=options
        )
        return _t.cast("_m.MessageChannelList", self._client.request(call))

    def create_message_channel(
        self,
        *,
        body: _m.CreateMessageChannelInfo | _types.CreateMessageChannelInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.MessageChannel:
        """Creates a `MessageChannel` objects.

        Args:
            body: The `MessageChannel` object to be created.
                third_party_provider (required)
                remote_id (required): The remote ID of the message channel
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/message-channels",
            _CREATE_MESSAGE_CHANNEL_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.MessageChannel", self._client.request(call))

    def get_message_channel(
        self, *, message_channel_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.MessageChannel:
        """Get message channel by ID

        Gets a `MessageChannel` object.

        Args:
            message_channel_id: The ID of the message_channel.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/message-channels/{message_channel_id}",
            _GET_MESSAGE_CHANNEL_RESPONSES,
            path_params={"message_channel_id": message_channel_id},
            options=options,
        )
        return _t.cast("_m.MessageChannel", self._client.request(call))


class MessageChannelsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_message_channels = _rt.to_raw_response(MessageChannels.get_message_channels)
    create_message_channel = _rt.to_raw_response(MessageChannels.create_message_channel)
    get_message_channel = _rt.to_raw_response(MessageChannels.get_message_channel)


class AsyncMessageChannels(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncMessageChannelsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncMessageChannelsWithRawResponse(_rt.RawCalls(self._client))

    get_message_channels = _rt.to_async(MessageChannels.get_message_channels)
    create_message_channel = _rt.to_async(MessageChannels.create_message_channel)
    get_message_channel = _rt.to_async(MessageChannels.get_message_channel)


class AsyncMessageChannelsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_message_channels = _rt.to_async_raw_response(MessageChannels.get_message_channels)
    create_message_channel = _rt.to_async_raw_response(MessageChannels.create_message_channel)
    get_message_channel = _rt.to_async_raw_response(MessageChannels.get_message_channel)
