"""Operations tagged 'group_bindings' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_GROUP_BINDINGS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedGroupBindingsList))
}
_UPDATE_GROUP_BINDINGS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_CREATE_GROUP_BINDING_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupBinding))
}
_GET_GROUP_BINDING_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupBinding))
}
_DELETE_GROUP_BINDING_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}


class GroupBindings:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> GroupBindingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return GroupBindingsWithRawResponse(self._client)

    def get_group_bindings(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedGroupBindingsList:
        """Get group bindings

        Returns a list of `GroupBinding` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/group-bindings",
            responses=_GET_GROUP_BINDINGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedGroupBindingsList", self._client.request(call))

    def get_group_bindings_iter(
        self, *, page_size: int | None = None
    ) -> _t.Iterator[_models.GroupBinding]:
        """Like `get_group_bindings`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/group-bindings",
            responses=_GET_GROUP_BINDINGS_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.GroupBinding]",
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

    def update_group_bindings(
        self, *, body: _models.UpdateGroupBindingInfoList | _t.Mapping[str, _t.Any]
    ) -> _t.Any:
        """Bulk updates a list of group bindings."""
        call = _rt.Call(
            method="PUT",
            path="/group-bindings",
            responses=_UPDATE_GROUP_BINDINGS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def create_group_binding(
        self, *, body: _models.CreateGroupBindingInfo | _t.Mapping[str, _t.Any]
    ) -> _models.GroupBinding:
        """Creates a group binding."""
        call = _rt.Call(
            method="POST",
            path="/group-bindings",
            responses=_CREATE_GROUP_BINDING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupBinding", self._client.request(call))

    def get_group_binding(self, *, group_binding_id: _uuid.UUID) -> _models.GroupBinding:
        """Get group binding by ID

        Returns a `GroupBinding` object.
        """
        call = _rt.Call(
            method="GET",
            path="/group-bindings/{group_binding_id}",
            responses=_GET_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
        )
        return _t.cast("_models.GroupBinding", self._client.request(call))

    def delete_group_binding(self, *, group_binding_id: _uuid.UUID) -> _t.Any:
        """Deletes a group binding."""
        call = _rt.Call(
            method="DELETE",
            path="/group-bindings/{group_binding_id}",
            responses=_DELETE_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
        )
        return self._client.request(call)


class GroupBindingsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_group_bindings(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedGroupBindingsList]:
        """Get group bindings

        Returns a list of `GroupBinding` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/group-bindings",
            responses=_GET_GROUP_BINDINGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedGroupBindingsList]", self._client.request_raw(call)
        )

    def update_group_bindings(
        self, *, body: _models.UpdateGroupBindingInfoList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_t.Any]:
        """Bulk updates a list of group bindings."""
        call = _rt.Call(
            method="PUT",
            path="/group-bindings",
            responses=_UPDATE_GROUP_BINDINGS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def create_group_binding(
        self, *, body: _models.CreateGroupBindingInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.GroupBinding]:
        """Creates a group binding."""
        call = _rt.Call(
            method="POST",
            path="/group-bindings",
            responses=_CREATE_GROUP_BINDING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.GroupBinding]", self._client.request_raw(call))

    def get_group_binding(
        self, *, group_binding_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.GroupBinding]:
        """Get group binding by ID

        Returns a `GroupBinding` object.
        """
        call = _rt.Call(
            method="GET",
            path="/group-bindings/{group_binding_id}",
            responses=_GET_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
        )
        return _t.cast("_rt.RawResponse[_models.GroupBinding]", self._client.request_raw(call))

    def delete_group_binding(self, *, group_binding_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes a group binding."""
        call = _rt.Call(
            method="DELETE",
            path="/group-bindings/{group_binding_id}",
            responses=_DELETE_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
        )
        return self._client.request_raw(call)


class AsyncGroupBindings:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncGroupBindingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncGroupBindingsWithRawResponse(self._client)

    async def get_group_bindings(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedGroupBindingsList:
        """Get group bindings

        Returns a list of `GroupBinding` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/group-bindings",
            responses=_GET_GROUP_BINDINGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedGroupBindingsList", await self._client.request(call))

    def get_group_bindings_iter(
        self, *, page_size: int | None = None
    ) -> _t.AsyncIterator[_models.GroupBinding]:
        """Like `get_group_bindings`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/group-bindings",
            responses=_GET_GROUP_BINDINGS_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.GroupBinding]",
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

    async def update_group_bindings(
        self, *, body: _models.UpdateGroupBindingInfoList | _t.Mapping[str, _t.Any]
    ) -> _t.Any:
        """Bulk updates a list of group bindings."""
        call = _rt.Call(
            method="PUT",
            path="/group-bindings",
            responses=_UPDATE_GROUP_BINDINGS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def create_group_binding(
        self, *, body: _models.CreateGroupBindingInfo | _t.Mapping[str, _t.Any]
    ) -> _models.GroupBinding:
        """Creates a group binding."""
        call = _rt.Call(
            method="POST",
            path="/group-bindings",
            responses=_CREATE_GROUP_BINDING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupBinding", await self._client.request(call))

    async def get_group_binding(self, *, group_binding_id: _uuid.UUID) -> _models.GroupBinding:
        """Get group binding by ID

        Returns a `GroupBinding` object.
        """
        call = _rt.Call(
            method="GET",
            path="/group-bindings/{group_binding_id}",
            responses=_GET_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
        )
        return _t.cast("_models.GroupBinding", await self._client.request(call))

    async def delete_group_binding(self, *, group_binding_id: _uuid.UUID) -> _t.Any:
        """Deletes a group binding."""
        call = _rt.Call(
            method="DELETE",
            path="/group-bindings/{group_binding_id}",
            responses=_DELETE_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
        )
        return await self._client.request(call)


class AsyncGroupBindingsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_group_bindings(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedGroupBindingsList]:
        """Get group bindings

        Returns a list of `GroupBinding` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/group-bindings",
            responses=_GET_GROUP_BINDINGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedGroupBindingsList]",
            await self._client.request_raw(call),
        )

    async def update_group_bindings(
        self, *, body: _models.UpdateGroupBindingInfoList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_t.Any]:
        """Bulk updates a list of group bindings."""
        call = _rt.Call(
            method="PUT",
            path="/group-bindings",
            responses=_UPDATE_GROUP_BINDINGS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def create_group_binding(
        self, *, body: _models.CreateGroupBindingInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.GroupBinding]:
        """Creates a group binding."""
        call = _rt.Call(
            method="POST",
            path="/group-bindings",
            responses=_CREATE_GROUP_BINDING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupBinding]", await self._client.request_raw(call)
        )

    async def get_group_binding(
        self, *, group_binding_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.GroupBinding]:
        """Get group binding by ID

        Returns a `GroupBinding` object.
        """
        call = _rt.Call(
            method="GET",
            path="/group-bindings/{group_binding_id}",
            responses=_GET_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupBinding]", await self._client.request_raw(call)
        )

    async def delete_group_binding(
        self, *, group_binding_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Deletes a group binding."""
        call = _rt.Call(
            method="DELETE",
            path="/group-bindings/{group_binding_id}",
            responses=_DELETE_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
        )
        return await self._client.request_raw(call)
