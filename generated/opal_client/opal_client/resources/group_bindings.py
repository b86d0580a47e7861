"""Operations tagged 'group_bindings' (generated)."""

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

_GET_GROUP_BINDINGS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PaginatedGroupBindingsList"))
}
_GET_GROUP_BINDINGS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_UPDATE_GROUP_BINDINGS_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_CREATE_GROUP_BINDING_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupBinding"))}
_GET_GROUP_BINDING_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupBinding"))}
_DELETE_GROUP_BINDING_RESPONSES: _rt.Responses = {"200": ("empty", None)}


class GroupBindings(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> GroupBindingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return GroupBindingsWithRawResponse(_rt.RawCalls(self._client))

    def get_group_bindings(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedGroupBindingsList:
        """Get group bindings

        Returns a list of `GroupBinding` objects.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/group-bindings",
            _GET_GROUP_BINDINGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
            options=options,
        )
        return _t.cast("_m.PaginatedGroupBindingsList", self._client.request(call))

    def get_group_bindings_iter(
        self, *, page_size: int | None = None, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _t.Iterator[_m.GroupBinding]:
        """Like `get_group_bindings`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/group-bindings",
            _GET_GROUP_BINDINGS_RESPONSES,
            query={"page_size": page_size},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.GroupBinding]", self._client.paginate(call, _GET_GROUP_BINDINGS_PAGING)
        )

    def update_group_bindings(
        self,
        *,
        body: _m.UpdateGroupBindingInfoList | _types.UpdateGroupBindingInfoListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Bulk updates a list of group bindings.

        Args:
            body: Group bindings to be updated
                group_bindings (required): A list of group bindings with information to update.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/group-bindings",
            _UPDATE_GROUP_BINDINGS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def create_group_binding(
        self,
        *,
        body: _m.CreateGroupBindingInfo | _types.CreateGroupBindingInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupBinding:
        """Creates a group binding.

        Args:
            body:
                source_group_id (required): The ID of the source group.
                groups (required): The list of groups.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/group-bindings",
            _CREATE_GROUP_BINDING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.GroupBinding", self._client.request(call))

    def get_group_binding(
        self, *, group_binding_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.GroupBinding:
        """Get group binding by ID

        Returns a `GroupBinding` object.

        Args:
            group_binding_id: The ID of the group binding.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/group-bindings/{group_binding_id}",
            _GET_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
            options=options,
        )
        return _t.cast("_m.GroupBinding", self._client.request(call))

    def delete_group_binding(
        self, *, group_binding_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """Deletes a group binding.

        Args:
            group_binding_id: The ID of the group binding.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/group-bindings/{group_binding_id}",
            _DELETE_GROUP_BINDING_RESPONSES,
            path_params={"group_binding_id": group_binding_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class GroupBindingsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_group_bindings = _rt.to_raw_response(GroupBindings.get_group_bindings)
    update_group_bindings = _rt.to_raw_response(GroupBindings.update_group_bindings)
    create_group_binding = _rt.to_raw_response(GroupBindings.create_group_binding)
    get_group_binding = _rt.to_raw_response(GroupBindings.get_group_binding)
    delete_group_binding = _rt.to_raw_response(GroupBindings.delete_group_binding)


class AsyncGroupBindings(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncGroupBindingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncGroupBindingsWithRawResponse(_rt.RawCalls(self._client))

    get_group_bindings = _rt.to_async(GroupBindings.get_group_bindings)
    get_group_bindings_iter = _rt.to_async_iterator(GroupBindings.get_group_bindings_iter)
    update_group_bindings = _rt.to_async(GroupBindings.update_group_bindings)
    create_group_binding = _rt.to_async(GroupBindings.create_group_binding)
    get_group_binding = _rt.to_async(GroupBindings.get_group_binding)
    delete_group_binding = _rt.to_async(GroupBindings.delete_group_binding)


class AsyncGroupBindingsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_group_bindings = _rt.to_async_raw_response(GroupBindings.get_group_bindings)
    update_group_bindings = _rt.to_async_raw_response(GroupBindings.update_group_bindings)
    create_group_binding = _rt.to_async_raw_response(GroupBindings.create_group_binding)
    get_group_binding = _rt.to_async_raw_response(GroupBindings.get_group_binding)
    delete_group_binding = _rt.to_async_raw_response(GroupBindings.delete_group_binding)
