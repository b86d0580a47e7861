"""Operations tagged 'owners' (generated)."""

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

_GET_OWNERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedOwnersList"))}
_GET_OWNERS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_UPDATE_OWNERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("UpdateOwnerInfoList"))}
_CREATE_OWNER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Owner"))}
_GET_OWNER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Owner"))}
_DELETE_OWNER_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_OWNER_FROM_NAME_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Owner"))}
_GET_OWNER_USERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("UserList"))}
_SET_OWNER_USERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("UserList"))}


class Owners(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> OwnersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OwnersWithRawResponse(_rt.RawCalls(self._client))

    def get_owners(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        name: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedOwnersList:
        """Get owners

        Returns a list of `Owner` objects.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            name: Owner name to filter by.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/owners",
            _GET_OWNERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "name": name},
            options=options,
        )
        return _t.cast("_m.PaginatedOwnersList", self._client.request(call))

    def get_owners_iter(
        self,
        *,
        page_size: int | None = None,
        name: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.Owner]:
        """Like `get_owners`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/owners",
            _GET_OWNERS_RESPONSES,
            query={"page_size": page_size, "name": name},
            options=options,
        )
        return _t.cast("_t.Iterator[_m.Owner]", self._client.paginate(call, _GET_OWNERS_PAGING))

    def update_owners(
        self,
        *,
        body: _m.UpdateOwnerInfoList | _types.UpdateOwnerInfoListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.UpdateOwnerInfoList:
        """Bulk updates a list of owners.

        Args:
            body: Owners to be updated
                owners (required): A list of owners with information to update.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/owners",
            _UPDATE_OWNERS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.UpdateOwnerInfoList", self._client.request(call))

    def create_owner(
        self,
        *,
        body: _m.CreateOwnerInfo | _types.CreateOwnerInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Owner:
        """Creates an owner.

        Args:
            body:
                name (required): The name of the owner.
                user_ids (required): Users to add to the created owner. If setting a source_group_id this list must be empty.
                description (optional): A description of the owner.
                access_request_escalation_period (optional): The amount of time (in minutes) before the next reviewer is notified. Use 0 to remove escalation policy.
                reviewer_message_channel_id (optional): The message channel id for the reviewer channel.
                source_group_id (optional): Sync this owner's user list with a source group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/owners",
            _CREATE_OWNER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Owner", self._client.request(call))

    def get_owner(
        self, *, owner_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Owner:
        """Get owner by ID

        Returns an `Owner` object.

        Args:
            owner_id: The ID of the owner.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/owners/{owner_id}",
            _GET_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
            options=options,
        )
        return _t.cast("_m.Owner", self._client.request(call))

    def delete_owner(
        self, *, owner_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """Deletes an owner.

        Args:
            owner_id: The ID of the owner.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/owners/{owner_id}",
            _DELETE_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_owner_from_name(
        self, *, owner_name: str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Owner:
        """Returns an `Owner` object. Does not support owners with `/` in their name, use /owners?name=... instead.

        Args:
            owner_name: The name of the owner.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/owners/name/{owner_name}",
            _GET_OWNER_FROM_NAME_RESPONSES,
            path_params={"owner_name": owner_name},
            options=options,
        )
        return _t.cast("_m.Owner", self._client.request(call))

    def get_owner_users(
        self, *, owner_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.UserList:
        """Gets the list of users for this owner, in escalation priority order if applicable.

        Args:
            owner_id: The ID of the owner.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/owners/{owner_id}/users",
            _GET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
            options=options,
        )
        return _t.cast("_m.UserList", self._client.request(call))

    def set_owner_users(
        self,
        *,
        owner_id: _uuid.UUID | str,
        body: _m.UserIDList | _types.UserIDListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.UserList:
        """Sets the list of users for this owner. If escalation is enabled, the order of this list is the escalation priority order of the users. If the owner has a source group, adding or removing users from this list won't be possible.

        Args:
            owner_id: The ID of the owner.
            body:
                user_ids (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/owners/{owner_id}/users",
            _SET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.UserList", self._client.request(call))


class OwnersWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_owners = _rt.to_raw_response(Owners.get_owners)
    update_owners = _rt.to_raw_response(Owners.update_owners)
    create_owner = _rt.to_raw_response(Owners.create_owner)
    get_owner = _rt.to_raw_response(Owners.get_owner)
    delete_owner = _rt.to_raw_response(Owners.delete_owner)
    get_owner_from_name = _rt.to_raw_response(Owners.get_owner_from_name)
    get_owner_users = _rt.to_raw_response(Owners.get_owner_users)
    set_owner_users = _rt.to_raw_response(Owners.set_owner_users)


class AsyncOwners(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncOwnersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOwnersWithRawResponse(_rt.RawCalls(self._client))

    get_owners = _rt.to_async(Owners.get_owners)
    get_owners_iter = _rt.to_async_iterator(Owners.get_owners_iter)
    update_owners = _rt.to_async(Owners.update_owners)
    create_owner = _rt.to_async(Owners.create_owner)
    get_owner = _rt.to_async(Owners.get_owner)
    delete_owner = _rt.to_async(Owners.delete_owner)
    get_owner_from_name = _rt.to_async(Owners.get_owner_from_name)
    get_owner_users = _rt.to_async(Owners.get_owner_users)
    set_owner_users = _rt.to_async(Owners.set_owner_users)


class AsyncOwnersWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_owners = _rt.to_async_raw_response(Owners.get_owners)
    update_owners = _rt.to_async_raw_response(Owners.update_owners)
    create_owner = _rt.to_async_raw_response(Owners.create_owner)
    get_owner = _rt.to_async_raw_response(Owners.get_owner)
    delete_owner = _rt.to_async_raw_response(Owners.delete_owner)
    get_owner_from_name = _rt.to_async_raw_response(Owners.get_owner_from_name)
    get_owner_users = _rt.to_async_raw_response(Owners.get_owner_users)
    set_owner_users = _rt.to_async_raw_response(Owners.set_owner_users)
