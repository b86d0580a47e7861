"""Operations tagged 'access_bundles' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_ACCESS_BUNDLES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_CREATE_ACCESS_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessBundle))
}
_GET_ACCESS_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessBundle))
}
_UPDATE_ACCESS_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessBundle))
}
_DELETE_ACCESS_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "204": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
}
_ACTIVATE_ACCESS_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessBundle))
}


class AccessBundles:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AccessBundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccessBundlesWithRawResponse(self._client)

    def list_access_bundles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        orchestrated_system_id: str | None = None,
        page: str | None = None,
        requestable_by: _models.ListAccessBundlesRequestableBy | str | None = None,
        sort_by: _models.ListAccessBundlesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListAccessBundlesStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Access Bundles

        Returns details of all available access bundles with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_LIST_ACCESS_BUNDLES_RESPONSES,
            query={
                "approvalWorkflowId": approval_workflow_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "orchestratedSystemId": orchestrated_system_id,
                "page": page,
                "requestableBy": requestable_by,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.request(call)

    def list_access_bundles_iter(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        orchestrated_system_id: str | None = None,
        requestable_by: _models.ListAccessBundlesRequestableBy | str | None = None,
        sort_by: _models.ListAccessBundlesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListAccessBundlesStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_access_bundles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_LIST_ACCESS_BUNDLES_RESPONSES,
            query={
                "approvalWorkflowId": approval_workflow_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "orchestratedSystemId": orchestrated_system_id,
                "requestableBy": requestable_by,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def create_access_bundle(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessBundleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.AccessBundle:
        """Create an Access Bundle

        Creates a new access bundle with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_CREATE_ACCESS_BUNDLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessBundle", self._client.request(call))

    def get_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _models.AccessBundle:
        """Get an Access Bundle

        Returns details of an access bundle with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_GET_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessBundle", self._client.request(call))

    def update_access_bundle(
        self,
        *,
        access_bundle_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateAccessBundleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.AccessBundle:
        """Update an Access Bundle

        Updates the details of an existing access bundle with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_UPDATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessBundle", self._client.request(call))

    def delete_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> None:
        """Delete an Access Bundle

        Deletes an access bundle with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_DELETE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("None", self._client.request(call))

    def activate_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _models.AccessBundle:
        """Activate an Access Bundle

        Activates an access bundle currently in draft state with a given ID.
        An error will be returned if the Access Bundle is not currently in DRAFT status.
        """
        call = _rt.Call(
            method="PATCH",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}/activate",
            responses=_ACTIVATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessBundle", self._client.request(call))


class AccessBundlesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_access_bundles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        orchestrated_system_id: str | None = None,
        page: str | None = None,
        requestable_by: _models.ListAccessBundlesRequestableBy | str | None = None,
        sort_by: _models.ListAccessBundlesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListAccessBundlesStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Access Bundles

        Returns details of all available access bundles with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_LIST_ACCESS_BUNDLES_RESPONSES,
            query={
                "approvalWorkflowId": approval_workflow_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "orchestratedSystemId": orchestrated_system_id,
                "page": page,
                "requestableBy": requestable_by,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.request_raw(call)

    def create_access_bundle(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessBundleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.AccessBundle]:
        """Create an Access Bundle

        Creates a new access bundle with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_CREATE_ACCESS_BUNDLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.AccessBundle]", self._client.request_raw(call))

    def get_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessBundle]:
        """Get an Access Bundle

        Returns details of an access bundle with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_GET_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.AccessBundle]", self._client.request_raw(call))

    def update_access_bundle(
        self,
        *,
        access_bundle_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateAccessBundleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.AccessBundle]:
        """Update an Access Bundle

        Updates the details of an existing access bundle with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_UPDATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.AccessBundle]", self._client.request_raw(call))

    def delete_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[None]:
        """Delete an Access Bundle

        Deletes an access bundle with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_DELETE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[None]", self._client.request_raw(call))

    def activate_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessBundle]:
        """Activate an Access Bundle

        Activates an access bundle currently in draft state with a given ID.
        An error will be returned if the Access Bundle is not currently in DRAFT status.
        """
        call = _rt.Call(
            method="PATCH",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}/activate",
            responses=_ACTIVATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.AccessBundle]", self._client.request_raw(call))


class AsyncAccessBundles:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAccessBundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccessBundlesWithRawResponse(self._client)

    async def list_access_bundles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        orchestrated_system_id: str | None = None,
        page: str | None = None,
        requestable_by: _models.ListAccessBundlesRequestableBy | str | None = None,
        sort_by: _models.ListAccessBundlesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListAccessBundlesStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Access Bundles

        Returns details of all available access bundles with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_LIST_ACCESS_BUNDLES_RESPONSES,
            query={
                "approvalWorkflowId": approval_workflow_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "orchestratedSystemId": orchestrated_system_id,
                "page": page,
                "requestableBy": requestable_by,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return await self._client.request(call)

    def list_access_bundles_iter(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        orchestrated_system_id: str | None = None,
        requestable_by: _models.ListAccessBundlesRequestableBy | str | None = None,
        sort_by: _models.ListAccessBundlesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListAccessBundlesStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_access_bundles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_LIST_ACCESS_BUNDLES_RESPONSES,
            query={
                "approvalWorkflowId": approval_workflow_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "orchestratedSystemId": orchestrated_system_id,
                "requestableBy": requestable_by,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def create_access_bundle(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessBundleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.AccessBundle:
        """Create an Access Bundle

        Creates a new access bundle with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_CREATE_ACCESS_BUNDLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessBundle", await self._client.request(call))

    async def get_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _models.AccessBundle:
        """Get an Access Bundle

        Returns details of an access bundle with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_GET_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessBundle", await self._client.request(call))

    async def update_access_bundle(
        self,
        *,
        access_bundle_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateAccessBundleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.AccessBundle:
        """Update an Access Bundle

        Updates the details of an existing access bundle with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_UPDATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessBundle", await self._client.request(call))

    async def delete_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> None:
        """Delete an Access Bundle

        Deletes an access bundle with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_DELETE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("None", await self._client.request(call))

    async def activate_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _models.AccessBundle:
        """Activate an Access Bundle

        Activates an access bundle currently in draft state with a given ID.
        An error will be returned if the Access Bundle is not currently in DRAFT status.
        """
        call = _rt.Call(
            method="PATCH",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}/activate",
            responses=_ACTIVATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessBundle", await self._client.request(call))


class AsyncAccessBundlesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_access_bundles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        orchestrated_system_id: str | None = None,
        page: str | None = None,
        requestable_by: _models.ListAccessBundlesRequestableBy | str | None = None,
        sort_by: _models.ListAccessBundlesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListAccessBundlesStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Access Bundles

        Returns details of all available access bundles with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_LIST_ACCESS_BUNDLES_RESPONSES,
            query={
                "approvalWorkflowId": approval_workflow_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "orchestratedSystemId": orchestrated_system_id,
                "page": page,
                "requestableBy": requestable_by,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return await self._client.request_raw(call)

    async def create_access_bundle(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessBundleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.AccessBundle]:
        """Create an Access Bundle

        Creates a new access bundle with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessBundles",
            responses=_CREATE_ACCESS_BUNDLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessBundle]", await self._client.request_raw(call)
        )

    async def get_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessBundle]:
        """Get an Access Bundle

        Returns details of an access bundle with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_GET_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessBundle]", await self._client.request_raw(call)
        )

    async def update_access_bundle(
        self,
        *,
        access_bundle_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateAccessBundleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.AccessBundle]:
        """Update an Access Bundle

        Updates the details of an existing access bundle with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_UPDATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessBundle]", await self._client.request_raw(call)
        )

    async def delete_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[None]:
        """Delete an Access Bundle

        Deletes an access bundle with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            responses=_DELETE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[None]", await self._client.request_raw(call))

    async def activate_access_bundle(
        self, *, access_bundle_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessBundle]:
        """Activate an Access Bundle

        Activates an access bundle currently in draft state with a given ID.
        An error will be returned if the Access Bundle is not currently in DRAFT status.
        """
        call = _rt.Call(
            method="PATCH",
            path="/access-governance/access-controls/20250331/accessBundles/{accessBundleId}/activate",
            responses=_ACTIVATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessBundle]", await self._client.request_raw(call)
        )
