"""Operations tagged 'users' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_USER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.User))
}
_GET_USERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedUsersList))
}
_GET_REMOTE_USERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedRemoteUsersList))
}
_GET_USER_TAGS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.TagsList))
}


class Users:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return UsersWithRawResponse(self._client)

    def user(self, *, user_id: _uuid.UUID | None = None, email: str | None = None) -> _models.User:
        """Returns a `User` object."""
        call = _rt.Call(
            method="GET",
            path="/user",
            responses=_USER_RESPONSES,
            query={"user_id": user_id, "email": email},
        )
        return _t.cast("_models.User", self._client.request(call))

    def get_users(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _models.PaginatedUsersList:
        """Returns a list of users for your organization."""
        call = _rt.Call(
            method="GET",
            path="/users",
            responses=_GET_USERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "tag_ids": tag_ids},
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast("_models.PaginatedUsersList", self._client.request(call))

    def get_users_iter(
        self, *, page_size: int | None = None, tag_ids: list[_uuid.UUID] | None = None
    ) -> _t.Iterator[_models.User]:
        """Like `get_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/users",
            responses=_GET_USERS_RESPONSES,
            query={"page_size": page_size, "tag_ids": tag_ids},
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast(
            "_t.Iterator[_models.User]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def get_remote_users(
        self,
        *,
        third_party_provider: list[_models.ThirdPartyProviderEnum | str] | None = None,
        user_id: list[_uuid.UUID] | None = None,
        remote_id: list[str] | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _models.PaginatedRemoteUsersList:
        """Returns a list of remote users for your organization."""
        call = _rt.Call(
            method="GET",
            path="/users/remote_users",
            responses=_GET_REMOTE_USERS_RESPONSES,
            query={
                "third_party_provider": third_party_provider,
                "user_id": user_id,
                "remote_id": remote_id,
                "cursor": cursor,
                "page_size": page_size,
            },
            exploded=frozenset({"remote_id", "third_party_provider", "user_id"}),
        )
        return _t.cast("_models.PaginatedRemoteUsersList", self._client.request(call))

    def get_remote_users_iter(
        self,
        *,
        third_party_provider: list[_models.ThirdPartyProviderEnum | str] | None = None,
        user_id: list[_uuid.UUID] | None = None,
        remote_id: list[str] | None = None,
        page_size: int | None = None,
    ) -> _t.Iterator[_models.RemoteUser]:
        """Like `get_remote_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/users/remote_users",
            responses=_GET_REMOTE_USERS_RESPONSES,
            query={
                "third_party_provider": third_party_provider,
                "user_id": user_id,
                "remote_id": remote_id,
                "page_size": page_size,
            },
            exploded=frozenset({"remote_id", "third_party_provider", "user_id"}),
        )
        return _t.cast(
            "_t.Iterator[_models.RemoteUser]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def get_user_tags(self, *, user_id: _uuid.UUID) -> _models.TagsList:
        """Returns all tags applied to the user."""
        call = _rt.Call(
            method="GET",
            path="/users/{user_id}/tags",
            responses=_GET_USER_TAGS_RESPONSES,
            path_params={"user_id": user_id},
        )
        return _t.cast("_models.TagsList", self._client.request(call))


class UsersWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def user(
        self, *, user_id: _uuid.UUID | None = None, email: str | None = None
    ) -> _rt.RawResponse[_models.User]:
        """Returns a `User` object."""
        call = _rt.Call(
            method="GET",
            path="/user",
            responses=_USER_RESPONSES,
            query={"user_id": user_id, "email": email},
        )
        return _t.cast("_rt.RawResponse[_models.User]", self._client.request_raw(call))

    def get_users(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _rt.RawResponse[_models.PaginatedUsersList]:
        """Returns a list of users for your organization."""
        call = _rt.Call(
            method="GET",
            path="/users",
            responses=_GET_USERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "tag_ids": tag_ids},
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedUsersList]", self._client.request_raw(call)
        )

    def get_remote_users(
        self,
        *,
        third_party_provider: list[_models.ThirdPartyProviderEnum | str] | None = None,
        user_id: list[_uuid.UUID] | None = None,
        remote_id: list[str] | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _rt.RawResponse[_models.PaginatedRemoteUsersList]:
        """Returns a list of remote users for your organization."""
        call = _rt.Call(
            method="GET",
            path="/users/remote_users",
            responses=_GET_REMOTE_USERS_RESPONSES,
            query={
                "third_party_provider": third_party_provider,
                "user_id": user_id,
                "remote_id": remote_id,
                "cursor": cursor,
                "page_size": page_size,
            },
            exploded=frozenset({"remote_id", "third_party_provider", "user_id"}),
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedRemoteUsersList]", self._client.request_raw(call)
        )

    def get_user_tags(self, *, user_id: _uuid.UUID) -> _rt.RawResponse[_models.TagsList]:
        """Returns all tags applied to the user."""
        call = _rt.Call(
            method="GET",
            path="/users/{user_id}/tags",
            responses=_GET_USER_TAGS_RESPONSES,
            path_params={"user_id": user_id},
        )
        return _t.cast("_rt.RawResponse[_models.TagsList]", self._client.request_raw(call))


class AsyncUsers:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncUsersWithRawResponse(self._client)

    async def user(
        self, *, user_id: _uuid.UUID | None = None, email: str | None = None
    ) -> _models.User:
        """Returns a `User` object."""
        call = _rt.Call(
            method="GET",
            path="/user",
            responses=_USER_RESPONSES,
            query={"user_id": user_id, "email": email},
        )
        return _t.cast("_models.User", await self._client.request(call))

    async def get_users(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _models.PaginatedUsersList:
        """Returns a list of users for your organization."""
        call = _rt.Call(
            method="GET",
            path="/users",
            responses=_GET_USERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "tag_ids": tag_ids},
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast("_models.PaginatedUsersList", await self._client.request(call))

    def get_users_iter(
        self, *, page_size: int | None = None, tag_ids: list[_uuid.UUID] | None = None
    ) -> _t.AsyncIterator[_models.User]:
        """Like `get_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/users",
            responses=_GET_USERS_RESPONSES,
            query={"page_size": page_size, "tag_ids": tag_ids},
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast(
            "_t.AsyncIterator[_models.User]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def get_remote_users(
        self,
        *,
        third_party_provider: list[_models.ThirdPartyProviderEnum | str] | None = None,
        user_id: list[_uuid.UUID] | None = None,
        remote_id: list[str] | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _models.PaginatedRemoteUsersList:
        """Returns a list of remote users for your organization."""
        call = _rt.Call(
            method="GET",
            path="/users/remote_users",
            responses=_GET_REMOTE_USERS_RESPONSES,
            query={
                "third_party_provider": third_party_provider,
                "user_id": user_id,
                "remote_id": remote_id,
                "cursor": cursor,
                "page_size": page_size,
            },
            exploded=frozenset({"remote_id", "third_party_provider", "user_id"}),
        )
        return _t.cast("_models.PaginatedRemoteUsersList", await self._client.request(call))

    def get_remote_users_iter(
        self,
        *,
        third_party_provider: list[_models.ThirdPartyProviderEnum | str] | None = None,
        user_id: list[_uuid.UUID] | None = None,
        remote_id: list[str] | None = None,
        page_size: int | None = None,
    ) -> _t.AsyncIterator[_models.RemoteUser]:
        """Like `get_remote_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/users/remote_users",
            responses=_GET_REMOTE_USERS_RESPONSES,
            query={
                "third_party_provider": third_party_provider,
                "user_id": user_id,
                "remote_id": remote_id,
                "page_size": page_size,
            },
            exploded=frozenset({"remote_id", "third_party_provider", "user_id"}),
        )
        return _t.cast(
            "_t.AsyncIterator[_models.RemoteUser]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def get_user_tags(self, *, user_id: _uuid.UUID) -> _models.TagsList:
        """Returns all tags applied to the user."""
        call = _rt.Call(
            method="GET",
            path="/users/{user_id}/tags",
            responses=_GET_USER_TAGS_RESPONSES,
            path_params={"user_id": user_id},
        )
        return _t.cast("_models.TagsList", await self._client.request(call))


class AsyncUsersWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def user(
        self, *, user_id: _uuid.UUID | None = None, email: str | None = None
    ) -> _rt.RawResponse[_models.User]:
        """Returns a `User` object."""
        call = _rt.Call(
            method="GET",
            path="/user",
            responses=_USER_RESPONSES,
            query={"user_id": user_id, "email": email},
        )
        return _t.cast("_rt.RawResponse[_models.User]", await self._client.request_raw(call))

    async def get_users(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _rt.RawResponse[_models.PaginatedUsersList]:
        """Returns a list of users for your organization."""
        call = _rt.Call(
            method="GET",
            path="/users",
            responses=_GET_USERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "tag_ids": tag_ids},
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedUsersList]", await self._client.request_raw(call)
        )

    async def get_remote_users(
        self,
        *,
        third_party_provider: list[_models.ThirdPartyProviderEnum | str] | None = None,
        user_id: list[_uuid.UUID] | None = None,
        remote_id: list[str] | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _rt.RawResponse[_models.PaginatedRemoteUsersList]:
        """Returns a list of remote users for your organization."""
        call = _rt.Call(
            method="GET",
            path="/users/remote_users",
            responses=_GET_REMOTE_USERS_RESPONSES,
            query={
                "third_party_provider": third_party_provider,
                "user_id": user_id,
                "remote_id": remote_id,
                "cursor": cursor,
                "page_size": page_size,
            },
            exploded=frozenset({"remote_id", "third_party_provider", "user_id"}),
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedRemoteUsersList]",
            await self._client.request_raw(call),
        )

    async def get_user_tags(self, *, user_id: _uuid.UUID) -> _rt.RawResponse[_models.TagsList]:
        """Returns all tags applied to the user."""
        call = _rt.Call(
            method="GET",
            path="/users/{user_id}/tags",
            responses=_GET_USER_TAGS_RESPONSES,
            path_params={"user_id": user_id},
        )
        return _t.cast("_rt.RawResponse[_models.TagsList]", await self._client.request_raw(call))
