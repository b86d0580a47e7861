"""Operations tagged 'idp_group_mappings' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_IDP_GROUP_MAPPINGS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.IdpGroupMappingList))
}
_UPDATE_IDP_GROUP_MAPPINGS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None)
}
_GET_IDP_GROUP_MAPPING_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.IdpGroupMapping))
}
_CREATE_IDP_GROUP_MAPPING_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.IdpGroupMapping))
}
_DELETE_IDP_GROUP_MAPPINGS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None)
}


class IdpGroupMappings:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> IdpGroupMappingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return IdpGroupMappingsWithRawResponse(self._client)

    def get_idp_group_mappings(self, *, app_resource_id: _uuid.UUID) -> _models.IdpGroupMappingList:
        """Returns the configured set of available `IdpGroupMapping` objects for an Okta app."""
        call = _rt.Call(
            method="GET",
            path="/idp-group-mappings/{app_resource_id}",
            responses=_GET_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
        )
        return _t.cast("_models.IdpGroupMappingList", self._client.request(call))

    def update_idp_group_mappings(
        self,
        *,
        app_resource_id: _uuid.UUID,
        body: _models.UpdateIdpGroupMappingsRequest | _t.Mapping[str, _t.Any],
    ) -> _t.Any:
        """Updates the list of available `IdpGroupMapping` objects for an Okta app."""
        call = _rt.Call(
            method="PUT",
            path="/idp-group-mappings/{app_resource_id}",
            responses=_UPDATE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_idp_group_mapping(
        self, *, app_resource_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _models.IdpGroupMapping:
        """Gets an `IdpGroupMapping` object for an Okta app and group."""
        call = _rt.Call(
            method="GET",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_GET_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
        )
        return _t.cast("_models.IdpGroupMapping", self._client.request(call))

    def create_idp_group_mapping(
        self,
        *,
        app_resource_id: _uuid.UUID,
        group_id: _uuid.UUID,
        body: _models.CreateIdpGroupMappingRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.IdpGroupMapping:
        """Creates or updates an individual `IdpGroupMapping` object (upsert operation).

        **Behavior:**
        - If the mapping doesn't exist, it will be created with the provided values
        - If the mapping exists, only the fields provided in the request will be updated
        """
        call = _rt.Call(
            method="POST",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_CREATE_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.IdpGroupMapping", self._client.request(call))

    def delete_idp_group_mappings(
        self, *, app_resource_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _t.Any:
        """Deletes an `IdpGroupMapping` object."""
        call = _rt.Call(
            method="DELETE",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_DELETE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
        )
        return self._client.request(call)


class IdpGroupMappingsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_idp_group_mappings(
        self, *, app_resource_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.IdpGroupMappingList]:
        """Returns the configured set of available `IdpGroupMapping` objects for an Okta app."""
        call = _rt.Call(
            method="GET",
            path="/idp-group-mappings/{app_resource_id}",
            responses=_GET_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdpGroupMappingList]", self._client.request_raw(call)
        )

    def update_idp_group_mappings(
        self,
        *,
        app_resource_id: _uuid.UUID,
        body: _models.UpdateIdpGroupMappingsRequest | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_t.Any]:
        """Updates the list of available `IdpGroupMapping` objects for an Okta app."""
        call = _rt.Call(
            method="PUT",
            path="/idp-group-mappings/{app_resource_id}",
            responses=_UPDATE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_idp_group_mapping(
        self, *, app_resource_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.IdpGroupMapping]:
        """Gets an `IdpGroupMapping` object for an Okta app and group."""
        call = _rt.Call(
            method="GET",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_GET_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[_models.IdpGroupMapping]", self._client.request_raw(call))

    def create_idp_group_mapping(
        self,
        *,
        app_resource_id: _uuid.UUID,
        group_id: _uuid.UUID,
        body: _models.CreateIdpGroupMappingRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.IdpGroupMapping]:
        """Creates or updates an individual `IdpGroupMapping` object (upsert operation).

        **Behavior:**
        - If the mapping doesn't exist, it will be created with the provided values
        - If the mapping exists, only the fields provided in the request will be updated
        """
        call = _rt.Call(
            method="POST",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_CREATE_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.IdpGroupMapping]", self._client.request_raw(call))

    def delete_idp_group_mappings(
        self, *, app_resource_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Deletes an `IdpGroupMapping` object."""
        call = _rt.Call(
            method="DELETE",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_DELETE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
        )
        return self._client.request_raw(call)


class AsyncIdpGroupMappings:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncIdpGroupMappingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncIdpGroupMappingsWithRawResponse(self._client)

    async def get_idp_group_mappings(
        self, *, app_resource_id: _uuid.UUID
    ) -> _models.IdpGroupMappingList:
        """Returns the configured set of available `IdpGroupMapping` objects for an Okta app."""
        call = _rt.Call(
            method="GET",
            path="/idp-group-mappings/{app_resource_id}",
            responses=_GET_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
        )
        return _t.cast("_models.IdpGroupMappingList", await self._client.request(call))

    async def update_idp_group_mappings(
        self,
        *,
        app_resource_id: _uuid.UUID,
        body: _models.UpdateIdpGroupMappingsRequest | _t.Mapping[str, _t.Any],
    ) -> _t.Any:
        """Updates the list of available `IdpGroupMapping` objects for an Okta app."""
        call = _rt.Call(
            method="PUT",
            path="/idp-group-mappings/{app_resource_id}",
            responses=_UPDATE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def get_idp_group_mapping(
        self, *, app_resource_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _models.IdpGroupMapping:
        """Gets an `IdpGroupMapping` object for an Okta app and group."""
        call = _rt.Call(
            method="GET",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_GET_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
        )
        return _t.cast("_models.IdpGroupMapping", await self._client.request(call))

    async def create_idp_group_mapping(
        self,
        *,
        app_resource_id: _uuid.UUID,
        group_id: _uuid.UUID,
        body: _models.CreateIdpGroupMappingRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.IdpGroupMapping:
        """Creates or updates an individual `IdpGroupMapping` object (upsert operation).

        **Behavior:**
        - If the mapping doesn't exist, it will be created with the provided values
        - If the mapping exists, only the fields provided in the request will be updated
        """
        call = _rt.Call(
            method="POST",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_CREATE_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.IdpGroupMapping", await self._client.request(call))

    async def delete_idp_group_mappings(
        self, *, app_resource_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _t.Any:
        """Deletes an `IdpGroupMapping` object."""
        call = _rt.Call(
            method="DELETE",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_DELETE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
        )
        return await self._client.request(call)


class AsyncIdpGroupMappingsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_idp_group_mappings(
        self, *, app_resource_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.IdpGroupMappingList]:
        """Returns the configured set of available `IdpGroupMapping` objects for an Okta app."""
        call = _rt.Call(
            method="GET",
            path="/idp-group-mappings/{app_resource_id}",
            responses=_GET_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdpGroupMappingList]", await self._client.request_raw(call)
        )

    async def update_idp_group_mappings(
        self,
        *,
        app_resource_id: _uuid.UUID,
        body: _models.UpdateIdpGroupMappingsRequest | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_t.Any]:
        """Updates the list of available `IdpGroupMapping` objects for an Okta app."""
        call = _rt.Call(
            method="PUT",
            path="/idp-group-mappings/{app_resource_id}",
            responses=_UPDATE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_idp_group_mapping(
        self, *, app_resource_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.IdpGroupMapping]:
        """Gets an `IdpGroupMapping` object for an Okta app and group."""
        call = _rt.Call(
            method="GET",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_GET_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdpGroupMapping]", await self._client.request_raw(call)
        )

    async def create_idp_group_mapping(
        self,
        *,
        app_resource_id: _uuid.UUID,
        group_id: _uuid.UUID,
        body: _models.CreateIdpGroupMappingRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.IdpGroupMapping]:
        """Creates or updates an individual `IdpGroupMapping` object (upsert operation).

        **Behavior:**
        - If the mapping doesn't exist, it will be created with the provided values
        - If the mapping exists, only the fields provided in the request will be updated
        """
        call = _rt.Call(
            method="POST",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_CREATE_IDP_GROUP_MAPPING_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdpGroupMapping]", await self._client.request_raw(call)
        )

    async def delete_idp_group_mappings(
        self, *, app_resource_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Deletes an `IdpGroupMapping` object."""
        call = _rt.Call(
            method="DELETE",
            path="/idp-group-mappings/{app_resource_id}/groups/{group_id}",
            responses=_DELETE_IDP_GROUP_MAPPINGS_RESPONSES,
            path_params={"app_resource_id": app_resource_id, "group_id": group_id},
        )
        return await self._client.request_raw(call)
