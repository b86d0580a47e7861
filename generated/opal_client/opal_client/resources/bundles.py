"""Operations tagged 'bundles' (generated)."""

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

_GET_BUNDLES_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedBundleList"))}
_GET_BUNDLES_PAGING = _rt.Paging(
    param="cursor", items_attr="bundles", items_wire="bundles", token_attr="next", token_wire="next"
)
_CREATE_BUNDLE_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("Bundle"))}
_GET_BUNDLE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Bundle"))}
_UPDATE_BUNDLE_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("Bundle")),
    "204": ("empty", None),
}
_DELETE_BUNDLE_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_BUNDLE_RESOURCES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PaginatedBundleResourceList"))
}
_GET_BUNDLE_RESOURCES_PAGING = _rt.Paging(
    param="cursor",
    items_attr="bundle_resources",
    items_wire="bundle_resources",
    token_attr="next",
    token_wire="next",
)
_ADD_BUNDLE_RESOURCE_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("BundleResource"))}
_REMOVE_BUNDLE_RESOURCE_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_BUNDLE_GROUPS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PaginatedBundleGroupList"))
}
_GET_BUNDLE_GROUPS_PAGING = _rt.Paging(
    param="cursor",
    items_attr="bundle_groups",
    items_wire="bundle_groups",
    token_attr="next",
    token_wire="next",
)
_ADD_BUNDLE_GROUP_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("BundleGroup"))}
_REMOVE_BUNDLE_GROUP_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_BUNDLE_VISIBILITY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("VisibilityInfo"))}
_SET_BUNDLE_VISIBILITY_RESPONSES: _rt.Responses = {"200": ("empty", None)}


class Bundles(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> BundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return BundlesWithRawResponse(_rt.RawCalls(self._client))

    def get_bundles(
        self,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        contains: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedBundleList:
        """Get bundles

        Returns a list of `Bundle` objects.

        Args:
            page_size: The maximum number of bundles to return from the beginning of the list. Default is 200, max is 1000.
            cursor: A cursor indicating where to start fetching items after a specific point.
            contains: A filter for the bundle name.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/bundles",
            _GET_BUNDLES_RESPONSES,
            query={"page_size": page_size, "cursor": cursor, "contains": contains},
            options=options,
        )
        return _t.cast("_m.PaginatedBundleList", self._client.request(call))

    def get_bundles_iter(
        self,
        *,
        page_size: int | None = None,
        contains: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.Bundle]:
        """Like `get_bundles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/bundles",
            _GET_BUNDLES_RESPONSES,
            query={"page_size": page_size, "contains": contains},
            options=options,
        )
        return _t.cast("_t.Iterator[_m.Bundle]", self._client.paginate(call, _GET_BUNDLES_PAGING))

    def create_bundle(
        self,
        *,
        body: _m.CreateBundleInfo | _types.CreateBundleInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Bundle:
        """Creates a bundle.

        Args:
            body:
                name (required): The name of the bundle.
                admin_owner_id (required): The ID of the bundle's admin owner.
                description (optional): A brief description of the bundle.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/bundles",
            _CREATE_BUNDLE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Bundle", self._client.request(call))

    def get_bundle(
        self, *, bundle_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Bundle:
        """Get bundle by ID

        Returns a `Bundle` object.

        Args:
            bundle_id: The ID of the bundle.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/bundles/{bundle_id}",
            _GET_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            options=options,
        )
        return _t.cast("_m.Bundle", self._client.request(call))

    def update_bundle(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        body: _m.Bundle | _types.BundleParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Bundle | None:
        """Updates a bundle.

        Args:
            bundle_id: The ID of the bundle to be updated.
            body:
                name (optional): The name of the bundle.
                description (optional): The description of the bundle.
                admin_owner_id (optional): The ID of the owner of the bundle.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/bundles/{bundle_id}",
            _UPDATE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Bundle | None", self._client.request(call))

    def delete_bundle(
        self, *, bundle_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """Deletes a bundle.

        Args:
            bundle_id: The ID of the bundle.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/bundles/{bundle_id}",
            _DELETE_BUNDLE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_bundle_resources(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        page_size: int | None = None,
        cursor: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedBundleResourceList:
        """Returns a list of `Resource` objects in a given bundle.

        Args:
            bundle_id: The ID of the bundle.
            page_size: The maximum number of resources to return from the beginning of the list. Default is 200, max is 1000.
            cursor: A cursor indicating where to start fetching items after a specific point.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/bundles/{bundle_id}/resources",
            _GET_BUNDLE_RESOURCES_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
            options=options,
        )
        return _t.cast("_m.PaginatedBundleResourceList", self._client.request(call))

    def get_bundle_resources_iter(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.BundleResource]:
        """Like `get_bundle_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/bundles/{bundle_id}/resources",
            _GET_BUNDLE_RESOURCES_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.BundleResource]",
            self._client.paginate(call, _GET_BUNDLE_RESOURCES_PAGING),
        )

    def add_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        body: _m.AddBundleResourceRequest | _types.AddBundleResourceRequestParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.BundleResource:
        """Adds a resource to a bundle.

        Args:
            bundle_id: The ID of the bundle.
            body:
                resource_id (required): The ID of the resource to add.
                access_level_remote_id (optional): The remote ID of the access level to grant to this user. Required if the resource being added requires an access level. If omitted, the default access level remote ID value (empty string) is used.
                access_level_name (optional): The name of the access level to grant to this user. If omitted, the default access level name value (empty string) is used.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/bundles/{bundle_id}/resources",
            _ADD_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.BundleResource", self._client.request(call))

    def remove_bundle_resource(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        resource_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a resource from a bundle.

        Args:
            bundle_id: The ID of the bundle.
            resource_id: The ID of the resource to remove.
            access_level_remote_id: The remote ID of the access level to grant. If omitted, the default access level remote ID value (empty string) is used.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/bundles/{bundle_id}/resources/{resource_id}",
            _REMOVE_BUNDLE_RESOURCE_RESPONSES,
            path_params={"bundle_id": bundle_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_bundle_groups(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        page_size: int | None = None,
        cursor: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedBundleGroupList:
        """Returns a list of `Group` objects in a given bundle.

        Args:
            bundle_id: The ID of the bundle.
            page_size: The maximum number of groups to return from the beginning of the list. Default is 200, max is 1000.
            cursor: A cursor indicating where to start fetching items after a specific point.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/bundles/{bundle_id}/groups",
            _GET_BUNDLE_GROUPS_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size, "cursor": cursor},
            options=options,
        )
        return _t.cast("_m.PaginatedBundleGroupList", self._client.request(call))

    def get_bundle_groups_iter(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.BundleGroup]:
        """Like `get_bundle_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/bundles/{bundle_id}/groups",
            _GET_BUNDLE_GROUPS_RESPONSES,
            path_params={"bundle_id": bundle_id},
            query={"page_size": page_size},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.BundleGroup]", self._client.paginate(call, _GET_BUNDLE_GROUPS_PAGING)
        )

    def add_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        body: _m.AddBundleGroupRequest | _types.AddBundleGroupRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.BundleGroup:
        """Adds a group to a bundle.

        Args:
            bundle_id: The ID of the bundle.
            body:
                group_id (required): The ID of the group to add.
                access_level_remote_id (optional): The remote ID of the access level to grant to this user. Required if the group being added requires an access level. If omitted, the default access level remote ID value (empty string) is used.
                access_level_name (optional): The name of the access level to grant to this user. If omitted, the default access level name value (empty string) is used.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/bundles/{bundle_id}/groups",
            _ADD_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.BundleGroup", self._client.request(call))

    def remove_bundle_group(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        group_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a group from a bundle.

        Args:
            bundle_id: The ID of the bundle.
            group_id: The ID of the group to remove.
            access_level_remote_id: The remote ID of the access level to remove.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/bundles/{bundle_id}/groups/{group_id}",
            _REMOVE_BUNDLE_GROUP_RESPONSES,
            path_params={"bundle_id": bundle_id, "group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_bundle_visibility(
        self, *, bundle_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.VisibilityInfo:
        """Gets the visibility of the bundle.

        Args:
            bundle_id: The ID of the bundle.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/bundles/{bundle_id}/visibility",
            _GET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
            options=options,
        )
        return _t.cast("_m.VisibilityInfo", self._client.request(call))

    def set_bundle_visibility(
        self,
        *,
        bundle_id: _uuid.UUID | str,
        body: _m.VisibilityInfo | _types.VisibilityInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Sets the visibility of the bundle.

        Args:
            bundle_id: The ID of the bundle.
            body:
                visibility (required)
                visibility_group_ids (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/bundles/{bundle_id}/visibility",
            _SET_BUNDLE_VISIBILITY_RESPONSES,
            path_params={"bundle_id": bundle_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class BundlesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_bundles = _rt.to_raw_response(Bundles.get_bundles)
    create_bundle = _rt.to_raw_response(Bundles.create_bundle)
    get_bundle = _rt.to_raw_response(Bundles.get_bundle)
    update_bundle = _rt.to_raw_response(Bundles.update_bundle)
    delete_bundle = _rt.to_raw_response(Bundles.delete_bundle)
    get_bundle_resources = _rt.to_raw_response(Bundles.get_bundle_resources)
    add_bundle_resource = _rt.to_raw_response(Bundles.add_bundle_resource)
    remove_bundle_resource = _rt.to_raw_response(Bundles.remove_bundle_resource)
    get_bundle_groups = _rt.to_raw_response(Bundles.get_bundle_groups)
    add_bundle_group = _rt.to_raw_response(Bundles.add_bundle_group)
    remove_bundle_group = _rt.to_raw_response(Bundles.remove_bundle_group)
    get_bundle_visibility = _rt.to_raw_response(Bundles.get_bundle_visibility)
    set_bundle_visibility = _rt.to_raw_response(Bundles.set_bundle_visibility)


class AsyncBundles(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncBundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncBundlesWithRawResponse(_rt.RawCalls(self._client))

    get_bundles = _rt.to_async(Bundles.get_bundles)
    get_bundles_iter = _rt.to_async_iterator(Bundles.get_bundles_iter)
    create_bundle = _rt.to_async(Bundles.create_bundle)
    get_bundle = _rt.to_async(Bundles.get_bundle)
    update_bundle = _rt.to_async(Bundles.update_bundle)
    delete_bundle = _rt.to_async(Bundles.delete_bundle)
    get_bundle_resources = _rt.to_async(Bundles.get_bundle_resources)
    get_bundle_resources_iter = _rt.to_async_iterator(Bundles.get_bundle_resources_iter)
    add_bundle_resource = _rt.to_async(Bundles.add_bundle_resource)
    remove_bundle_resource = _rt.to_async(Bundles.remove_bundle_resource)
    get_bundle_groups = _rt.to_async(Bundles.get_bundle_groups)
    get_bundle_groups_iter = _rt.to_async_iterator(Bundles.get_bundle_groups_iter)
    add_bundle_group = _rt.to_async(Bundles.add_bundle_group)
    remove_bundle_group = _rt.to_async(Bundles.remove_bundle_group)
    get_bundle_visibility = _rt.to_async(Bundles.get_bundle_visibility)
    set_bundle_visibility = _rt.to_async(Bundles.set_bundle_visibility)


class AsyncBundlesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_bundles = _rt.to_async_raw_response(Bundles.get_bundles)
    create_bundle = _rt.to_async_raw_response(Bundles.create_bundle)
    get_bundle = _rt.to_async_raw_response(Bundles.get_bundle)
    update_bundle = _rt.to_async_raw_response(Bundles.update_bundle)
    delete_bundle = _rt.to_async_raw_response(Bundles.delete_bundle)
    get_bundle_resources = _rt.to_async_raw_response(Bundles.get_bundle_resources)
    add_bundle_resource = _rt.to_async_raw_response(Bundles.add_bundle_resource)
    remove_bundle_resource = _rt.to_async_raw_response(Bundles.remove_bundle_resource)
    get_bundle_groups = _rt.to_async_raw_response(Bundles.get_bundle_groups)
    add_bundle_group = _rt.to_async_raw_response(Bundles.add_bundle_group)
    remove_bundle_group = _rt.to_async_raw_response(Bundles.remove_bundle_group)
    get_bundle_visibility = _rt.to_async_raw_response(Bundles.get_bundle_visibility)
    set_bundle_visibility = _rt.to_async_raw_response(Bundles.set_bundle_visibility)
