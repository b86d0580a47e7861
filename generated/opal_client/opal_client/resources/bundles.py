"""Operations tagged 'bundles' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_BUNDLES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedBundleList))
}
_CREATE_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.Bundle))
}
_GET_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Bundle))
}
_UPDATE_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Bundle)),
    "204": ("empty", None),
}
_DELETE_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_GET_BUNDLE_RESOURCES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedBundleResourceList))
}
_ADD_BUNDLE_RESOURCE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.BundleResource))
}
_REMOVE_BUNDLE_RESOURCE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None)
}
_GET_BUNDLE_GROUPS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedBundleGroupList))
}
_ADD_BUNDLE_GROUP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.BundleGroup))
}
_REMOVE_BUNDLE_GROUP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_GET_BUNDLE_VISIBILITY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.VisibilityInfo))
}
_SET_BUNDLE_VISIBILITY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}


class Bundles:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> BundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return BundlesWithRawResponse(self._client)

    def get_bundles(
        self,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        contains: str | None = None,
    ) -> _models.PaginatedBundleList:
        """Get bundles

        Returns a list of `Bundle` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/bundles",
            responses=_GET_BUNDLES_RESPONSES,
            query={"page_size": page_size, "cursor": cursor, "contains": contains},
        )
        return _t.cast("_models.PaginatedBundleList", self._client.request(call))

    def get_bundles_iter(
        self, *, page_size: int | None = None, contains: str | None = None
    ) -> _t.Iterator[_models.Bundle]:
        """Like `get_bundles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/bundles",
            responses=_GET_BUNDLES_RESPONSES,
            query={"page_size": page_size, "contains": contains},
        )
        return _t.cast(
            "_t.Iterator[_models.Bundle]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="bundles",
                    items_wire="bundles",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def create_bundle(
        self, *, body: _models.CreateBundleInfo | _t.Mapping[str, _t.Any]
    ) -> _models.Bundle:
        """Creates a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles",
            responses=_CREATE_BUNDLE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Bundle", self._client.request(call))

    def get_bundle(self, *, bundle_id: _uuid.UUID) -> _models.Bundle:
        """Get bundle by ID

        Returns a `Bundle` object.
        """
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}",
            responses=_GET_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return _t.cast("_models.Bundle", self._client.request(call))

    def update_bundle(
        self, *, bundle_id: _uuid.UUID, body: _models.Bundle | _t.Mapping[str, _t.Any]
    ) -> _models.Bundle | None:
        """Updates a bundle."""
        call = _rt.Call(
            method="PUT",
            path="/bundles/{bundle_id}",
            responses=_UPDATE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Bundle | None", self._client.request(call))

    def delete_bundle(self, *, bundle_id: _uuid.UUID) -> _t.Any:
        """Deletes a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}",
            responses=_DELETE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return self._client.request(call)

    def get_bundle_resources(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None, cursor: str | None = None
    ) -> _models.PaginatedBundleResourceList:
        """Returns a list of `Resource` objects in a given bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/resources",
            responses=_GET_BUNDLE_RESOURCES_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
        )
        return _t.cast("_models.PaginatedBundleResourceList", self._client.request(call))

    def get_bundle_resources_iter(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None
    ) -> _t.Iterator[_models.BundleResource]:
        """Like `get_bundle_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/resources",
            responses=_GET_BUNDLE_RESOURCES_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.BundleResource]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="bundle_resources",
                    items_wire="bundle_resources",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def add_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID,
        body: _models.AddBundleResourceRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.BundleResource:
        """Adds a resource to a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles/{bundle_id}/resources",
            responses=_ADD_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.BundleResource", self._client.request(call))

    def remove_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID,
        resource_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _t.Any:
        """Removes a resource from a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}/resources/{resource_id}",
            responses=_REMOVE_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return self._client.request(call)

    def get_bundle_groups(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None, cursor: str | None = None
    ) -> _models.PaginatedBundleGroupList:
        """Returns a list of `Group` objects in a given bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/groups",
            responses=_GET_BUNDLE_GROUPS_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
        )
        return _t.cast("_models.PaginatedBundleGroupList", self._client.request(call))

    def get_bundle_groups_iter(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None
    ) -> _t.Iterator[_models.BundleGroup]:
        """Like `get_bundle_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/groups",
            responses=_GET_BUNDLE_GROUPS_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.BundleGroup]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="bundle_groups",
                    items_wire="bundle_groups",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def add_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID,
        body: _models.AddBundleGroupRequest | _t.Mapping[str, _t.Any],
    ) -> _models.BundleGroup:
        """Adds a group to a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles/{bundle_id}/groups",
            responses=_ADD_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.BundleGroup", self._client.request(call))

    def remove_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID,
        group_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _t.Any:
        """Removes a group from a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}/groups/{group_id}",
            responses=_REMOVE_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id, "group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return self._client.request(call)

    def get_bundle_visibility(self, *, bundle_id: _uuid.UUID) -> _models.VisibilityInfo:
        """Gets the visibility of the bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/visibility",
            responses=_GET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return _t.cast("_models.VisibilityInfo", self._client.request(call))

    def set_bundle_visibility(
        self, *, bundle_id: _uuid.UUID, body: _models.VisibilityInfo | _t.Mapping[str, _t.Any]
    ) -> _t.Any:
        """Sets the visibility of the bundle."""
        call = _rt.Call(
            method="PUT",
            path="/bundles/{bundle_id}/visibility",
            responses=_SET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)


class BundlesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_bundles(
        self,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        contains: str | None = None,
    ) -> _rt.RawResponse[_models.PaginatedBundleList]:
        """Get bundles

        Returns a list of `Bundle` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/bundles",
            responses=_GET_BUNDLES_RESPONSES,
            query={"page_size": page_size, "cursor": cursor, "contains": contains},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedBundleList]", self._client.request_raw(call)
        )

    def create_bundle(
        self, *, body: _models.CreateBundleInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Bundle]:
        """Creates a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles",
            responses=_CREATE_BUNDLE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Bundle]", self._client.request_raw(call))

    def get_bundle(self, *, bundle_id: _uuid.UUID) -> _rt.RawResponse[_models.Bundle]:
        """Get bundle by ID

        Returns a `Bundle` object.
        """
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}",
            responses=_GET_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return _t.cast("_rt.RawResponse[_models.Bundle]", self._client.request_raw(call))

    def update_bundle(
        self, *, bundle_id: _uuid.UUID, body: _models.Bundle | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Bundle | None]:
        """Updates a bundle."""
        call = _rt.Call(
            method="PUT",
            path="/bundles/{bundle_id}",
            responses=_UPDATE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Bundle | None]", self._client.request_raw(call))

    def delete_bundle(self, *, bundle_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}",
            responses=_DELETE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return self._client.request_raw(call)

    def get_bundle_resources(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None, cursor: str | None = None
    ) -> _rt.RawResponse[_models.PaginatedBundleResourceList]:
        """Returns a list of `Resource` objects in a given bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/resources",
            responses=_GET_BUNDLE_RESOURCES_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedBundleResourceList]", self._client.request_raw(call)
        )

    def add_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID,
        body: _models.AddBundleResourceRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.BundleResource]:
        """Adds a resource to a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles/{bundle_id}/resources",
            responses=_ADD_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.BundleResource]", self._client.request_raw(call))

    def remove_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID,
        resource_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a resource from a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}/resources/{resource_id}",
            responses=_REMOVE_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return self._client.request_raw(call)

    def get_bundle_groups(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None, cursor: str | None = None
    ) -> _rt.RawResponse[_models.PaginatedBundleGroupList]:
        """Returns a list of `Group` objects in a given bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/groups",
            responses=_GET_BUNDLE_GROUPS_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedBundleGroupList]", self._client.request_raw(call)
        )

    def add_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID,
        body: _models.AddBundleGroupRequest | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_models.BundleGroup]:
        """Adds a group to a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles/{bundle_id}/groups",
            responses=_ADD_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.BundleGroup]", self._client.request_raw(call))

    def remove_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID,
        group_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a group from a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}/groups/{group_id}",
            responses=_REMOVE_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id, "group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return self._client.request_raw(call)

    def get_bundle_visibility(
        self, *, bundle_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.VisibilityInfo]:
        """Gets the visibility of the bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/visibility",
            responses=_GET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return _t.cast("_rt.RawResponse[_models.VisibilityInfo]", self._client.request_raw(call))

    def set_bundle_visibility(
        self, *, bundle_id: _uuid.UUID, body: _models.VisibilityInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_t.Any]:
        """Sets the visibility of the bundle."""
        call = _rt.Call(
            method="PUT",
            path="/bundles/{bundle_id}/visibility",
            responses=_SET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)


class AsyncBundles:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncBundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncBundlesWithRawResponse(self._client)

    async def get_bundles(
        self,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        contains: str | None = None,
    ) -> _models.PaginatedBundleList:
        """Get bundles

        Returns a list of `Bundle` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/bundles",
            responses=_GET_BUNDLES_RESPONSES,
            query={"page_size": page_size, "cursor": cursor, "contains": contains},
        )
        return _t.cast("_models.PaginatedBundleList", await self._client.request(call))

    def get_bundles_iter(
        self, *, page_size: int | None = None, contains: str | None = None
    ) -> _t.AsyncIterator[_models.Bundle]:
        """Like `get_bundles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/bundles",
            responses=_GET_BUNDLES_RESPONSES,
            query={"page_size": page_size, "contains": contains},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.Bundle]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="bundles",
                    items_wire="bundles",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def create_bundle(
        self, *, body: _models.CreateBundleInfo | _t.Mapping[str, _t.Any]
    ) -> _models.Bundle:
        """Creates a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles",
            responses=_CREATE_BUNDLE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Bundle", await self._client.request(call))

    async def get_bundle(self, *, bundle_id: _uuid.UUID) -> _models.Bundle:
        """Get bundle by ID

        Returns a `Bundle` object.
        """
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}",
            responses=_GET_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return _t.cast("_models.Bundle", await self._client.request(call))

    async def update_bundle(
        self, *, bundle_id: _uuid.UUID, body: _models.Bundle | _t.Mapping[str, _t.Any]
    ) -> _models.Bundle | None:
        """Updates a bundle."""
        call = _rt.Call(
            method="PUT",
            path="/bundles/{bundle_id}",
            responses=_UPDATE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Bundle | None", await self._client.request(call))

    async def delete_bundle(self, *, bundle_id: _uuid.UUID) -> _t.Any:
        """Deletes a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}",
            responses=_DELETE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return await self._client.request(call)

    async def get_bundle_resources(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None, cursor: str | None = None
    ) -> _models.PaginatedBundleResourceList:
        """Returns a list of `Resource` objects in a given bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/resources",
            responses=_GET_BUNDLE_RESOURCES_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
        )
        return _t.cast("_models.PaginatedBundleResourceList", await self._client.request(call))

    def get_bundle_resources_iter(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None
    ) -> _t.AsyncIterator[_models.BundleResource]:
        """Like `get_bundle_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/resources",
            responses=_GET_BUNDLE_RESOURCES_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.BundleResource]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="bundle_resources",
                    items_wire="bundle_resources",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def add_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID,
        body: _models.AddBundleResourceRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.BundleResource:
        """Adds a resource to a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles/{bundle_id}/resources",
            responses=_ADD_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.BundleResource", await self._client.request(call))

    async def remove_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID,
        resource_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _t.Any:
        """Removes a resource from a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}/resources/{resource_id}",
            responses=_REMOVE_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return await self._client.request(call)

    async def get_bundle_groups(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None, cursor: str | None = None
    ) -> _models.PaginatedBundleGroupList:
        """Returns a list of `Group` objects in a given bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/groups",
            responses=_GET_BUNDLE_GROUPS_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
        )
        return _t.cast("_models.PaginatedBundleGroupList", await self._client.request(call))

    def get_bundle_groups_iter(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None
    ) -> _t.AsyncIterator[_models.BundleGroup]:
        """Like `get_bundle_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/groups",
            responses=_GET_BUNDLE_GROUPS_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.BundleGroup]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="bundle_groups",
                    items_wire="bundle_groups",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def add_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID,
        body: _models.AddBundleGroupRequest | _t.Mapping[str, _t.Any],
    ) -> _models.BundleGroup:
        """Adds a group to a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles/{bundle_id}/groups",
            responses=_ADD_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.BundleGroup", await self._client.request(call))

    async def remove_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID,
        group_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _t.Any:
        """Removes a group from a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}/groups/{group_id}",
            responses=_REMOVE_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id, "group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return await self._client.request(call)

    async def get_bundle_visibility(self, *, bundle_id: _uuid.UUID) -> _models.VisibilityInfo:
        """Gets the visibility of the bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/visibility",
            responses=_GET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return _t.cast("_models.VisibilityInfo", await self._client.request(call))

    async def set_bundle_visibility(
        self, *, bundle_id: _uuid.UUID, body: _models.VisibilityInfo | _t.Mapping[str, _t.Any]
    ) -> _t.Any:
        """Sets the visibility of the bundle."""
        call = _rt.Call(
            method="PUT",
            path="/bundles/{bundle_id}/visibility",
            responses=_SET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)


class AsyncBundlesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_bundles(
        self,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        contains: str | None = None,
    ) -> _rt.RawResponse[_models.PaginatedBundleList]:
        """Get bundles

        Returns a list of `Bundle` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/bundles",
            responses=_GET_BUNDLES_RESPONSES,
            query={"page_size": page_size, "cursor": cursor, "contains": contains},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedBundleList]", await self._client.request_raw(call)
        )

    async def create_bundle(
        self, *, body: _models.CreateBundleInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Bundle]:
        """Creates a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles",
            responses=_CREATE_BUNDLE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Bundle]", await self._client.request_raw(call))

    async def get_bundle(self, *, bundle_id: _uuid.UUID) -> _rt.RawResponse[_models.Bundle]:
        """Get bundle by ID

        Returns a `Bundle` object.
        """
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}",
            responses=_GET_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return _t.cast("_rt.RawResponse[_models.Bundle]", await self._client.request_raw(call))

    async def update_bundle(
        self, *, bundle_id: _uuid.UUID, body: _models.Bundle | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Bundle | None]:
        """Updates a bundle."""
        call = _rt.Call(
            method="PUT",
            path="/bundles/{bundle_id}",
            responses=_UPDATE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.Bundle | None]", await self._client.request_raw(call)
        )

    async def delete_bundle(self, *, bundle_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}",
            responses=_DELETE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return await self._client.request_raw(call)

    async def get_bundle_resources(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None, cursor: str | None = None
    ) -> _rt.RawResponse[_models.PaginatedBundleResourceList]:
        """Returns a list of `Resource` objects in a given bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/resources",
            responses=_GET_BUNDLE_RESOURCES_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedBundleResourceList]",
            await self._client.request_raw(call),
        )

    async def add_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID,
        body: _models.AddBundleResourceRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.BundleResource]:
        """Adds a resource to a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles/{bundle_id}/resources",
            responses=_ADD_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.BundleResource]", await self._client.request_raw(call)
        )

    async def remove_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID,
        resource_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a resource from a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}/resources/{resource_id}",
            responses=_REMOVE_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return await self._client.request_raw(call)

    async def get_bundle_groups(
        self, *, bundle_id: _uuid.UUID, page_size: int | None = None, cursor: str | None = None
    ) -> _rt.RawResponse[_models.PaginatedBundleGroupList]:
        """Returns a list of `Group` objects in a given bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/groups",
            responses=_GET_BUNDLE_GROUPS_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedBundleGroupList]",
            await self._client.request_raw(call),
        )

    async def add_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID,
        body: _models.AddBundleGroupRequest | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_models.BundleGroup]:
        """Adds a group to a bundle."""
        call = _rt.Call(
            method="POST",
            path="/bundles/{bundle_id}/groups",
            responses=_ADD_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.BundleGroup]", await self._client.request_raw(call))

    async def remove_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID,
        group_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a group from a bundle."""
        call = _rt.Call(
            method="DELETE",
            path="/bundles/{bundle_id}/groups/{group_id}",
            responses=_REMOVE_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id, "group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return await self._client.request_raw(call)

    async def get_bundle_visibility(
        self, *, bundle_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.VisibilityInfo]:
        """Gets the visibility of the bundle."""
        call = _rt.Call(
            method="GET",
            path="/bundles/{bundle_id}/visibility",
            responses=_GET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.VisibilityInfo]", await self._client.request_raw(call)
        )

    async def set_bundle_visibility(
        self, *, bundle_id: _uuid.UUID, body: _models.VisibilityInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_t.Any]:
        """Sets the visibility of the bundle."""
        call = _rt.Call(
            method="PUT",
            path="/bundles/{bundle_id}/visibility",
            responses=_SET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)
