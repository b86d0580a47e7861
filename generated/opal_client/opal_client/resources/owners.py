"""Operations tagged 'owners' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_OWNERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedOwnersList))
}
_UPDATE_OWNERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.UpdateOwnerInfoList))
}
_CREATE_OWNER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Owner))
}
_GET_OWNER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Owner))
}
_DELETE_OWNER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_GET_OWNER_FROM_NAME_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Owner))
}
_GET_OWNER_USERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.UserList))
}
_SET_OWNER_USERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.UserList))
}


class Owners:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OwnersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OwnersWithRawResponse(self._client)

    def get_owners(
        self, *, cursor: str | None = None, page_size: int | None = None, name: str | None = None
    ) -> _models.PaginatedOwnersList:
        """Get owners

        Returns a list of `Owner` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/owners",
            responses=_GET_OWNERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "name": name},
        )
        return _t.cast("_models.PaginatedOwnersList", self._client.request(call))

    def get_owners_iter(
        self, *, page_size: int | None = None, name: str | None = None
    ) -> _t.Iterator[_models.Owner]:
        """Like `get_owners`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/owners",
            responses=_GET_OWNERS_RESPONSES,
            query={"page_size": page_size, "name": name},
        )
        return _t.cast(
            "_t.Iterator[_models.Owner]",
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

    def update_owners(
        self, *, body: _models.UpdateOwnerInfoList | _t.Mapping[str, _t.Any]
    ) -> _models.UpdateOwnerInfoList:
        """Bulk updates a list of owners."""
        call = _rt.Call(
            method="PUT",
            path="/owners",
            responses=_UPDATE_OWNERS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.UpdateOwnerInfoList", self._client.request(call))

    def create_owner(
        self, *, body: _models.CreateOwnerInfo | _t.Mapping[str, _t.Any]
    ) -> _models.Owner:
        """Creates an owner."""
        call = _rt.Call(
            method="POST",
            path="/owners",
            responses=_CREATE_OWNER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Owner", self._client.request(call))

    def get_owner(self, *, owner_id: _uuid.UUID) -> _models.Owner:
        """Get owner by ID

        Returns an `Owner` object.
        """
        call = _rt.Call(
            method="GET",
            path="/owners/{owner_id}",
            responses=_GET_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return _t.cast("_models.Owner", self._client.request(call))

    def delete_owner(self, *, owner_id: _uuid.UUID) -> _t.Any:
        """Deletes an owner."""
        call = _rt.Call(
            method="DELETE",
            path="/owners/{owner_id}",
            responses=_DELETE_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return self._client.request(call)

    def get_owner_from_name(self, *, owner_name: str) -> _models.Owner:
        """Returns an `Owner` object. Does not support owners with `/` in their name, use /owners?name=... instead."""
        call = _rt.Call(
            method="GET",
            path="/owners/name/{owner_name}",
            responses=_GET_OWNER_FROM_NAME_RESPONSES,
            path_params={"owner_name": owner_name},
        )
        return _t.cast("_models.Owner", self._client.request(call))

    def get_owner_users(self, *, owner_id: _uuid.UUID) -> _models.UserList:
        """Gets the list of users for this owner, in escalation priority order if applicable."""
        call = _rt.Call(
            method="GET",
            path="/owners/{owner_id}/users",
            responses=_GET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return _t.cast("_models.UserList", self._client.request(call))

    def set_owner_users(
        self, *, owner_id: _uuid.UUID, body: _models.UserIDList | _t.Mapping[str, _t.Any]
    ) -> _models.UserList:
        """Sets the list of users for this owner. If escalation is enabled, the order of this list is the escalation priority order of the users. If the owner has a source group, adding or removing users from this list won't be possible."""
        call = _rt.Call(
            method="PUT",
            path="/owners/{owner_id}/users",
            responses=_SET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.UserList", self._client.request(call))


class OwnersWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_owners(
        self, *, cursor: str | None = None, page_size: int | None = None, name: str | None = None
    ) -> _rt.RawResponse[_models.PaginatedOwnersList]:
        """Get owners

        Returns a list of `Owner` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/owners",
            responses=_GET_OWNERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "name": name},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedOwnersList]", self._client.request_raw(call)
        )

    def update_owners(
        self, *, body: _models.UpdateOwnerInfoList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.UpdateOwnerInfoList]:
        """Bulk updates a list of owners."""
        call = _rt.Call(
            method="PUT",
            path="/owners",
            responses=_UPDATE_OWNERS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.UpdateOwnerInfoList]", self._client.request_raw(call)
        )

    def create_owner(
        self, *, body: _models.CreateOwnerInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Owner]:
        """Creates an owner."""
        call = _rt.Call(
            method="POST",
            path="/owners",
            responses=_CREATE_OWNER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Owner]", self._client.request_raw(call))

    def get_owner(self, *, owner_id: _uuid.UUID) -> _rt.RawResponse[_models.Owner]:
        """Get owner by ID

        Returns an `Owner` object.
        """
        call = _rt.Call(
            method="GET",
            path="/owners/{owner_id}",
            responses=_GET_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return _t.cast("_rt.RawResponse[_models.Owner]", self._client.request_raw(call))

    def delete_owner(self, *, owner_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes an owner."""
        call = _rt.Call(
            method="DELETE",
            path="/owners/{owner_id}",
            responses=_DELETE_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return self._client.request_raw(call)

    def get_owner_from_name(self, *, owner_name: str) -> _rt.RawResponse[_models.Owner]:
        """Returns an `Owner` object. Does not support owners with `/` in their name, use /owners?name=... instead."""
        call = _rt.Call(
            method="GET",
            path="/owners/name/{owner_name}",
            responses=_GET_OWNER_FROM_NAME_RESPONSES,
            path_params={"owner_name": owner_name},
        )
        return _t.cast("_rt.RawResponse[_models.Owner]", self._client.request_raw(call))

    def get_owner_users(self, *, owner_id: _uuid.UUID) -> _rt.RawResponse[_models.UserList]:
        """Gets the list of users for this owner, in escalation priority order if applicable."""
        call = _rt.Call(
            method="GET",
            path="/owners/{owner_id}/users",
            responses=_GET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return _t.cast("_rt.RawResponse[_models.UserList]", self._client.request_raw(call))

    def set_owner_users(
        self, *, owner_id: _uuid.UUID, body: _models.UserIDList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.UserList]:
        """Sets the list of users for this owner. If escalation is enabled, the order of this list is the escalation priority order of the users. If the owner has a source group, adding or removing users from this list won't be possible."""
        call = _rt.Call(
            method="PUT",
            path="/owners/{owner_id}/users",
            responses=_SET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.UserList]", self._client.request_raw(call))


class AsyncOwners:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOwnersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOwnersWithRawResponse(self._client)

    async def get_owners(
        self, *, cursor: str | None = None, page_size: int | None = None, name: str | None = None
    ) -> _models.PaginatedOwnersList:
        """Get owners

        Returns a list of `Owner` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/owners",
            responses=_GET_OWNERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "name": name},
        )
        return _t.cast("_models.PaginatedOwnersList", await self._client.request(call))

    def get_owners_iter(
        self, *, page_size: int | None = None, name: str | None = None
    ) -> _t.AsyncIterator[_models.Owner]:
        """Like `get_owners`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/owners",
            responses=_GET_OWNERS_RESPONSES,
            query={"page_size": page_size, "name": name},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.Owner]",
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

    async def update_owners(
        self, *, body: _models.UpdateOwnerInfoList | _t.Mapping[str, _t.Any]
    ) -> _models.UpdateOwnerInfoList:
        """Bulk updates a list of owners."""
        call = _rt.Call(
            method="PUT",
            path="/owners",
            responses=_UPDATE_OWNERS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.UpdateOwnerInfoList", await self._client.request(call))

    async def create_owner(
        self, *, body: _models.CreateOwnerInfo | _t.Mapping[str, _t.Any]
    ) -> _models.Owner:
        """Creates an owner."""
        call = _rt.Call(
            method="POST",
            path="/owners",
            responses=_CREATE_OWNER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Owner", await self._client.request(call))

    async def get_owner(self, *, owner_id: _uuid.UUID) -> _models.Owner:
        """Get owner by ID

        Returns an `Owner` object.
        """
        call = _rt.Call(
            method="GET",
            path="/owners/{owner_id}",
            responses=_GET_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return _t.cast("_models.Owner", await self._client.request(call))

    async def delete_owner(self, *, owner_id: _uuid.UUID) -> _t.Any:
        """Deletes an owner."""
        call = _rt.Call(
            method="DELETE",
            path="/owners/{owner_id}",
            responses=_DELETE_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return await self._client.request(call)

    async def get_owner_from_name(self, *, owner_name: str) -> _models.Owner:
        """Returns an `Owner` object. Does not support owners with `/` in their name, use /owners?name=... instead."""
        call = _rt.Call(
            method="GET",
            path="/owners/name/{owner_name}",
            responses=_GET_OWNER_FROM_NAME_RESPONSES,
            path_params={"owner_name": owner_name},
        )
        return _t.cast("_models.Owner", await self._client.request(call))

    async def get_owner_users(self, *, owner_id: _uuid.UUID) -> _models.UserList:
        """Gets the list of users for this owner, in escalation priority order if applicable."""
        call = _rt.Call(
            method="GET",
            path="/owners/{owner_id}/users",
            responses=_GET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return _t.cast("_models.UserList", await self._client.request(call))

    async def set_owner_users(
        self, *, owner_id: _uuid.UUID, body: _models.UserIDList | _t.Mapping[str, _t.Any]
    ) -> _models.UserList:
        """Sets the list of users for this owner. If escalation is enabled, the order of this list is the escalation priority order of the users. If the owner has a source group, adding or removing users from this list won't be possible."""
        call = _rt.Call(
            method="PUT",
            path="/owners/{owner_id}/users",
            responses=_SET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.UserList", await self._client.request(call))


class AsyncOwnersWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_owners(
        self, *, cursor: str | None = None, page_size: int | None = None, name: str | None = None
    ) -> _rt.RawResponse[_models.PaginatedOwnersList]:
        """Get owners

        Returns a list of `Owner` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/owners",
            responses=_GET_OWNERS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size, "name": name},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedOwnersList]", await self._client.request_raw(call)
        )

    async def update_owners(
        self, *, body: _models.UpdateOwnerInfoList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.UpdateOwnerInfoList]:
        """Bulk updates a list of owners."""
        call = _rt.Call(
            method="PUT",
            path="/owners",
            responses=_UPDATE_OWNERS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.UpdateOwnerInfoList]", await self._client.request_raw(call)
        )

    async def create_owner(
        self, *, body: _models.CreateOwnerInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Owner]:
        """Creates an owner."""
        call = _rt.Call(
            method="POST",
            path="/owners",
            responses=_CREATE_OWNER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Owner]", await self._client.request_raw(call))

    async def get_owner(self, *, owner_id: _uuid.UUID) -> _rt.RawResponse[_models.Owner]:
        """Get owner by ID

        Returns an `Owner` object.
        """
        call = _rt.Call(
            method="GET",
            path="/owners/{owner_id}",
            responses=_GET_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return _t.cast("_rt.RawResponse[_models.Owner]", await self._client.request_raw(call))

    async def delete_owner(self, *, owner_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes an owner."""
        call = _rt.Call(
            method="DELETE",
            path="/owners/{owner_id}",
            responses=_DELETE_OWNER_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return await self._client.request_raw(call)

    async def get_owner_from_name(self, *, owner_name: str) -> _rt.RawResponse[_models.Owner]:
        """Returns an `Owner` object. Does not support owners with `/` in their name, use /owners?name=... instead."""
        call = _rt.Call(
            method="GET",
            path="/owners/name/{owner_name}",
            responses=_GET_OWNER_FROM_NAME_RESPONSES,
            path_params={"owner_name": owner_name},
        )
        return _t.cast("_rt.RawResponse[_models.Owner]", await self._client.request_raw(call))

    async def get_owner_users(self, *, owner_id: _uuid.UUID) -> _rt.RawResponse[_models.UserList]:
        """Gets the list of users for this owner, in escalation priority order if applicable."""
        call = _rt.Call(
            method="GET",
            path="/owners/{owner_id}/users",
            responses=_GET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
        )
        return _t.cast("_rt.RawResponse[_models.UserList]", await self._client.request_raw(call))

    async def set_owner_users(
        self, *, owner_id: _uuid.UUID, body: _models.UserIDList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.UserList]:
        """Sets the list of users for this owner. If escalation is enabled, the order of this list is the escalation priority order of the users. If the owner has a source group, adding or removing users from this list won't be possible."""
        call = _rt.Call(
            method="PUT",
            path="/owners/{owner_id}/users",
            responses=_SET_OWNER_USERS_RESPONSES,
            path_params={"owner_id": owner_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.UserList]", await self._client.request_raw(call))
