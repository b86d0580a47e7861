"""Operations tagged 'users' (generated)."""

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

_USER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("User"))}
_GET_USERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedUsersList"))}
_GET_USERS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_GET_REMOTE_USERS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PaginatedRemoteUsersList"))
}
_GET_REMOTE_USERS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_GET_USER_TAGS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("TagsList"))}


class Users(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return UsersWithRawResponse(_rt.RawCalls(self._client))

    def user(
        self,
        *,
        user_id: _uuid.UUID | str | None = None,
        email: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.User:
        """Returns a `User` object.

        Args:
            user_id: The user ID of the user.
            email: The email of the user. If both user ID and email are provided, user ID will take precedence. If neither are provided, an error will occur.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/user",
            _USER_RESPONSES,
            query={"user_id": user_id, "email": email},
            options=options,
        )
        return _t.cast("_m.User", self._client.request(call))

    def get_users(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        tag_ids: list[_uuid.UUID | str] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedUsersList:
        """Returns a list of users for your organization.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            tag_ids: The IDs of the tags to filter by. Returns only users that have any of these tags applied.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/users",
            _GET_USERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "tag_ids": tag_ids},
            exploded=frozenset({"tag_ids"}),
            options=options,
        )
        return _t.cast("_m.PaginatedUsersList", self._client.request(call))

    def get_users_iter(
        self,
        *,
        page_size: int | None = None,
        tag_ids: list[_uuid.UUID | str] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.User]:
        """Like `get_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/users",
            _GET_USERS_RESPONSES,
            query={"page_size": page_size, "tag_ids": tag_ids},
            exploded=frozenset({"tag_ids"}),
            options=options,
        )
        return _t.cast("_t.Iterator[_m.User]", self._client.paginate(call, _GET_USERS_PAGING))

    def get_remote_users(
        self,
        *,
        third_party_provider: list[_types.ThirdPartyProviderEnumParam] | None = None,
        user_id: list[_uuid.UUID | str] | None = None,
        remote_id: list[str] | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedRemoteUsersList:
        """Returns a list of remote users for your organization.

        Args:
            third_party_provider: Filter remote users by their third party provider.
            user_id: Filter remote users by their user ID.
            remote_id: Filter remote users by their remote ID.
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/users/remote_users",
            _GET_REMOTE_USERS_RESPONSES,
            query={
                "third_party_provider": third_party_provider,
                "user_id": user_id,
                "remote_id": remote_id,
                "cursor": cursor,
                "page_size": page_size,
            },
            exploded=frozenset({"remote_id", "third_party_provider", "user_id"}),
            options=options,
        )
        return _t.cast("_m.PaginatedRemoteUsersList", self._client.request(call))

    def get_remote_users_iter(
        self,
        *,
        third_party_provider: list[_types.ThirdPartyProviderEnumParam] | None = None,
        user_id: list[_uuid.UUID | str] | None = None,
        remote_id: list[str] | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.RemoteUser]:
        """Like `get_remote_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/users/remote_users",
            _GET_REMOTE_USERS_RESPONSES,
            query={
                "third_party_provider": third_party_provider,
                "user_id": user_id,
                "remote_id": remote_id,
                "page_size": page_size,
            },
            exploded=frozenset({"remote_id", "third_party_provider", "user_id"}),
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.RemoteUser]", self._client.paginate(call, _GET_REMOTE_USERS_PAGING)
        )

    def get_user_tags(
        self, *, user_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.TagsList:
        """Returns all tags applied to the user.

        Args:
            user_id: The ID of the user whose tags to return.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/users/{user_id}/tags",
            _GET_USER_TAGS_RESPONSES,
            path_params={"user_id": user_id},
            options=options,
        )
        return _t.cast("_m.TagsList", self._client.request(call))


class UsersWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    user = _rt.to_raw_response(Users.user)
    get_users = _rt.to_raw_response(Users.get_users)
    get_remote_users = _rt.to_raw_response(Users.get_remote_users)
    get_user_tags = _rt.to_raw_response(Users.get_user_tags)


class AsyncUsers(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncUsersWithRawResponse(_rt.RawCalls(self._client))

    user = _rt.to_async(Users.user)
    get_users = _rt.to_async(Users.get_users)
    get_users_iter = _rt.to_async_iterator(Users.get_users_iter)
    get_remote_users = _rt.to_async(Users.get_remote_users)
    get_remote_users_iter = _rt.to_async_iterator(Users.get_remote_users_iter)
    get_user_tags = _rt.to_async(Users.get_user_tags)


class AsyncUsersWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    user = _rt.to_async_raw_response(Users.user)
    get_users = _rt.to_async_raw_response(Users.get_users)
    get_remote_users = _rt.to_async_raw_response(Users.get_remote_users)
    get_user_tags = _rt.to_async_raw_response(Users.get_user_tags)
