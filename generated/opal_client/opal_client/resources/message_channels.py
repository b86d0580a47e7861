"""Operations tagged 'message_channels' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_MESSAGE_CHANNELS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.MessageChannelList))
}
_CREATE_MESSAGE_CHANNEL_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.MessageChannel))
}
_GET_MESSAGE_CHANNEL_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.MessageChannel))
}


class MessageChannels:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> MessageChannelsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return MessageChannelsWithRawResponse(self._client)

    def get_message_channels(self) -> _models.MessageChannelList:
        """Get message channels

        Returns a list of `MessageChannel` objects.
        """
        call = _rt.Call(
            method="GET", path="/message-channels", responses=_GET_MESSAGE_CHANNELS_RESPONSES
        )
        return _t.cast("_models.MessageChannelList", self._client.request(call))

    def create_message_channel(
        self, *, body: _models.CreateMessageChannelInfo | _t.Mapping[str, _t.Any]
    ) -> _models.MessageChannel:
        """Creates a `MessageChannel` objects."""
        call = _rt.Call(
            method="POST",
            path="/message-channels",
            responses=_CREATE_MESSAGE_CHANNEL_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.MessageChannel", self._client.request(call))

    def get_message_channel(self, *, message_channel_id: _uuid.UUID) -> _models.MessageChannel:
        """Get message channel by ID

        Gets a `MessageChannel` object.
        """
        call = _rt.Call(
            method="GET",
            path="/message-channels/{message_channel_id}",
            responses=_GET_MESSAGE_CHANNEL_RESPONSES,
            path_params={"message_channel_id": message_channel_id},
        )
        return _t.cast("_models.MessageChannel", self._client.request(call))


class MessageChannelsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_message_channels(self) -> _rt.RawResponse[_models.MessageChannelList]:
        """Get message channels

        Returns a list of `MessageChannel` objects.
        """
        call = _rt.Call(
            method="GET", path="/message-channels", responses=_GET_MESSAGE_CHANNELS_RESPONSES
        )
        return _t.cast(
            "_rt.RawResponse[_models.MessageChannelList]", self._client.request_raw(call)
        )

    def create_message_channel(
        self, *, body: _models.CreateMessageChannelInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.MessageChannel]:
        """Creates a `MessageChannel` objects."""
        call = _rt.Call(
            method="POST",
            path="/message-channels",
            responses=_CREATE_MESSAGE_CHANNEL_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.MessageChannel]", self._client.request_raw(call))

    def get_message_channel(
        self, *, message_channel_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.MessageChannel]:
        """Get message channel by ID

        Gets a `MessageChannel` object.
        """
        call = _rt.Call(
            method="GET",
            path="/message-channels/{message_channel_id}",
            responses=_GET_MESSAGE_CHANNEL_RESPONSES,
            path_params={"message_channel_id": message_channel_id},
        )
        return _t.cast("_rt.RawResponse[_models.MessageChannel]", self._client.request_raw(call))


class AsyncMessageChannels:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncMessageChannelsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncMessageChannelsWithRawResponse(self._client)

    async def get_message_channels(self) -> _models.MessageChannelList:
        """Get message channels

        Returns a list of `MessageChannel` objects.
        """
        call = _rt.Call(
            method="GET", path="/message-channels", responses=_GET_MESSAGE_CHANNELS_RESPONSES
        )
        return _t.cast("_models.MessageChannelList", await self._client.request(call))

    async def create_message_channel(
        self, *, body: _models.CreateMessageChannelInfo | _t.Mapping[str, _t.Any]
    ) -> _models.MessageChannel:
        """Creates a `MessageChannel` objects."""
        call = _rt.Call(
            method="POST",
            path="/message-channels",
            responses=_CREATE_MESSAGE_CHANNEL_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.MessageChannel", await self._client.request(call))

    async def get_message_channel(
        self, *, message_channel_id: _uuid.UUID
    ) -> _models.MessageChannel:
        """Get message channel by ID

        Gets a `MessageChannel` object.
        """
        call = _rt.Call(
            method="GET",
            path="/message-channels/{message_channel_id}",
            responses=_GET_MESSAGE_CHANNEL_RESPONSES,
            path_params={"message_channel_id": message_channel_id},
        )
        return _t.cast("_models.MessageChannel", await self._client.request(call))


class AsyncMessageChannelsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_message_channels(self) -> _rt.RawResponse[_models.MessageChannelList]:
        """Get message channels

        Returns a list of `MessageChannel` objects.
        """
        call = _rt.Call(
            method="GET", path="/message-channels", responses=_GET_MESSAGE_CHANNELS_RESPONSES
        )
        return _t.cast(
            "_rt.RawResponse[_models.MessageChannelList]", await self._client.request_raw(call)
        )

    async def create_message_channel(
        self, *, body: _models.CreateMessageChannelInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.MessageChannel]:
        """Creates a `MessageChannel` objects."""
        call = _rt.Call(
            method="POST",
            path="/message-channels",
            responses=_CREATE_MESSAGE_CHANNEL_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.MessageChannel]", await self._client.request_raw(call)
        )

    async def get_message_channel(
        self, *, message_channel_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.MessageChannel]:
        """Get message channel by ID

        Gets a `MessageChannel` object.
        """
        call = _rt.Call(
            method="GET",
            path="/message-channels/{message_channel_id}",
            responses=_GET_MESSAGE_CHANNEL_RESPONSES,
            path_params={"message_channel_id": message_channel_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.MessageChannel]", await self._client.request_raw(call)
        )
