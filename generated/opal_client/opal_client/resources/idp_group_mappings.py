"""Operations tagged 'idp_group_mappings' (generated)."""

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

_GET_IDP_GROUP_MAPPINGS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("IdpGroupMappingList"))
}
_UPDATE_IDP_GROUP_MAPPINGS_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_IDP_GROUP_MAPPING_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("IdpGroupMapping"))}
_CREATE_IDP_GROUP_MAPPING_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("IdpGroupMapping"))
}
_DELETE_IDP_GROUP_MAPPINGS_RESPONSES: _rt.Responses = {"200": ("empty", None)}


class IdpGroupMappings(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> IdpGroupMappingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return IdpGroupMappingsWithRawResponse(_rt.RawCalls(self._client))

    def get_idp_group_mappings(
        self, *, app_resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.IdpGroupMappingList:
        """Returns the configured set of available `IdpGroupMapping` objects for an Okta app.

        Args:
            app_resource_id: The ID of the Okta app.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/idp-group-mappings/{app_resource_id}",
            _GET_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
            options=options,
        )
        return _t.cast("_m.IdpGroupMappingList", self._client.request(call))

    def update_idp_group_mappings(
        self,
        *,
        app_resource_id: _uuid.UUID | str,
        body: _m.UpdateIdpGroupMappingsRequest | _types.UpdateIdpGroupMappingsRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Updates the list of available `IdpGroupMapping` objects for an Okta app.

        Args:
            app_resource_id: The ID of the Okta app.
            body:
                mappings (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/idp-group-mappings/{app_resource_id}",
            _UPDATE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_idp_group_mapping(
        self,
        *,
        app_resource_id: _uuid.UUID | str,
        group_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.IdpGroupMapping:
        """Gets an `IdpGroupMapping` object for an Okta app and group.

        Args:
            app_resource_id: The ID of the Okta app.
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            _GET_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
            options=options,
        )
        return _t.cast("_m.IdpGroupMapping", self._client.request(call))

    def create_idp_group_mapping(
        self,
        *,
        app_resource_id: _uuid.UUID | str,
        group_id: _uuid.UUID | str,
        body: _m.CreateIdpGroupMappingRequest
        | _types.CreateIdpGroupMappingRequestParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.IdpGroupMapping:
        """Creates or updates an individual `IdpGroupMapping` object (upsert operation).

        **Behavior:**
        - If the mapping doesn't exist, it will be created with the provided values
        - If the mapping exists, only the fields provided in the request will be updated


        Args:
            app_resource_id: The ID of the Okta app.
            group_id: The ID of the group.
            body:
                alias (optional): Optional alias for the group mapping
                hidden_from_end_user (optional): Whether this mapping should be hidden from end users. - **New mappings**: If not provided, defaults to `false` - **Existing mappings**: If not provided, existing value is preserved (no change) - **Explicit values**: If provided, value is updated to the specified boolean
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            _CREATE_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.IdpGroupMapping", self._client.request(call))

    def delete_idp_group_mappings(
        self,
        *,
        app_resource_id: _uuid.UUID | str,
        group_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Deletes an `IdpGroupMapping` object.

        Args:
            app_resource_id: The ID of the Okta app.
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            _DELETE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class IdpGroupMappingsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_idp_group_mappings = _rt.to_raw_response(IdpGroupMappings.get_idp_group_mappings)
    update_idp_group_mappings = _rt.to_raw_response(IdpGroupMappings.update_idp_group_mappings)
    get_idp_group_mapping = _rt.to_raw_response(IdpGroupMappings.get_idp_group_mapping)
    create_idp_group_mapping = _rt.to_raw_response(IdpGroupMappings.create_idp_group_mapping)
    delete_idp_group_mappings = _rt.to_raw_response(IdpGroupMappings.delete_idp_group_mappings)


class AsyncIdpGroupMappings(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncIdpGroupMappingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncIdpGroupMappingsWithRawResponse(_rt.RawCalls(self._client))

    get_idp_group_mappings = _rt.to_async(IdpGroupMappings.get_idp_group_mappings)
    update_idp_group_mappings = _rt.to_async(IdpGroupMappings.update_idp_group_mappings)
    get_idp_group_mapping = _rt.to_async(IdpGroupMappings.get_idp_group_mapping)
    create_idp_group_mapping = _rt.to_async(IdpGroupMappings.create_idp_group_mapping)
    delete_idp_group_mappings = _rt.to_async(IdpGroupMappings.delete_idp_group_mappings)


class AsyncIdpGroupMappingsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_idp_group_mappings = _rt.to_async_raw_response(IdpGroupMappings.get_idp_group_mappings)
    update_idp_group_mappings = _rt.to_async_raw_response(
        IdpGroupMappings.update_idp_group_mappings
    )
    get_idp_group_mapping = _rt.to_async_raw_response(IdpGroupMappings.get_idp_group_mapping)
    create_idp_group_mapping = _rt.to_async_raw_response(IdpGroupMappings.create_idp_group_mapping)
    delete_idp_group_mappings = _rt.to_async_raw_response(
        IdpGroupMappings.delete_idp_group_mappings
    )
