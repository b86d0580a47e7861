"""Operations tagged 'identity_collections' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_IDENTITY_COLLECTIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.MapOf(_rt.ANY))
}
_CREATE_IDENTITY_COLLECTION_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_IDENTITY_COLLECTION_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.IdentityCollectionResponse))
}
_UPDATE_IDENTITY_COLLECTION_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessGovernanceTypeCollection))
}


class IdentityCollections:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> IdentityCollectionsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return IdentityCollectionsWithRawResponse(self._client)

    def list_identity_collections(
        self,
        *,
        identity_id: str | None = None,
        is_managed_at_target_orchestrated_system: bool | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> dict[str, _t.Any]:
        """Get a list of Identity Collections

        Returns a list of Identity Collections.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_LIST_IDENTITY_COLLECTIONS_RESPONSES,
            query={
                "identityId": identity_id,
                "isManagedAtTargetOrchestratedSystem": is_managed_at_target_orchestrated_system,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("dict[str, _t.Any]", self._client.request(call))

    def list_identity_collections_iter(
        self,
        *,
        identity_id: str | None = None,
        is_managed_at_target_orchestrated_system: bool | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_identity_collections`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_LIST_IDENTITY_COLLECTIONS_RESPONSES,
            query={
                "identityId": identity_id,
                "isManagedAtTargetOrchestratedSystem": is_managed_at_target_orchestrated_system,
                "keywordContains": keyword_contains,
                "limit": limit,
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

    def create_identity_collection(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateIdentityCollectionRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Creates a new Identity Collection"""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_CREATE_IDENTITY_COLLECTION_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_identity_collection(
        self,
        *,
        identity_collection_id: str,
        insights: bool | None = None,
        opc_request_id: str | None = None,
    ) -> _models.IdentityCollectionResponse:
        """Get an Identity Collection

        Gets a Identity Collections by identifier
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            responses=_GET_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={"insights": insights},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.IdentityCollectionResponse", self._client.request(call))

    def update_identity_collection(
        self,
        *,
        identity_collection_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateIdentityCollectionDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Update the Identity Collection identified by the id

        Updates the Identity Collection
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            responses=_UPDATE_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def list_identity_collection_members(
        self,
        *,
        identity_collection_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessGovernanceTypeCollection:
        """Get a list of members in an identity collection

        Returns list of members for a given identity collection
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}/members",
            responses=_LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessGovernanceTypeCollection", self._client.request(call))

    def list_identity_collection_members_iter(
        self,
        *,
        identity_collection_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_models.AccessGovernanceEntity]:
        """Like `list_identity_collection_members`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}/members",
            responses=_LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.Iterator[_models.AccessGovernanceEntity]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="page",
                    items_attr="items",
                    items_wire="items",
                    token_header="opc-next-page",
                ),
            ),
        )


class IdentityCollectionsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_identity_collections(
        self,
        *,
        identity_id: str | None = None,
        is_managed_at_target_orchestrated_system: bool | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[dict[str, _t.Any]]:
        """Get a list of Identity Collections

        Returns a list of Identity Collections.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_LIST_IDENTITY_COLLECTIONS_RESPONSES,
            query={
                "identityId": identity_id,
                "isManagedAtTargetOrchestratedSystem": is_managed_at_target_orchestrated_system,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[dict[str, _t.Any]]", self._client.request_raw(call))

    def create_identity_collection(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateIdentityCollectionRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Creates a new Identity Collection"""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_CREATE_IDENTITY_COLLECTION_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_identity_collection(
        self,
        *,
        identity_collection_id: str,
        insights: bool | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.IdentityCollectionResponse]:
        """Get an Identity Collection

        Gets a Identity Collections by identifier
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            responses=_GET_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={"insights": insights},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdentityCollectionResponse]", self._client.request_raw(call)
        )

    def update_identity_collection(
        self,
        *,
        identity_collection_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateIdentityCollectionDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Update the Identity Collection identified by the id

        Updates the Identity Collection
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            responses=_UPDATE_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def list_identity_collection_members(
        self,
        *,
        identity_collection_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessGovernanceTypeCollection]:
        """Get a list of members in an identity collection

        Returns list of members for a given identity collection
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}/members",
            responses=_LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessGovernanceTypeCollection]",
            self._client.request_raw(call),
        )


class AsyncIdentityCollections:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncIdentityCollectionsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncIdentityCollectionsWithRawResponse(self._client)

    async def list_identity_collections(
        self,
        *,
        identity_id: str | None = None,
        is_managed_at_target_orchestrated_system: bool | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> dict[str, _t.Any]:
        """Get a list of Identity Collections

        Returns a list of Identity Collections.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_LIST_IDENTITY_COLLECTIONS_RESPONSES,
            query={
                "identityId": identity_id,
                "isManagedAtTargetOrchestratedSystem": is_managed_at_target_orchestrated_system,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("dict[str, _t.Any]", await self._client.request(call))

    def list_identity_collections_iter(
        self,
        *,
        identity_id: str | None = None,
        is_managed_at_target_orchestrated_system: bool | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_identity_collections`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_LIST_IDENTITY_COLLECTIONS_RESPONSES,
            query={
                "identityId": identity_id,
                "isManagedAtTargetOrchestratedSystem": is_managed_at_target_orchestrated_system,
                "keywordContains": keyword_contains,
                "limit": limit,
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

    async def create_identity_collection(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateIdentityCollectionRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Creates a new Identity Collection"""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_CREATE_IDENTITY_COLLECTION_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def get_identity_collection(
        self,
        *,
        identity_collection_id: str,
        insights: bool | None = None,
        opc_request_id: str | None = None,
    ) -> _models.IdentityCollectionResponse:
        """Get an Identity Collection

        Gets a Identity Collections by identifier
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            responses=_GET_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={"insights": insights},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.IdentityCollectionResponse", await self._client.request(call))

    async def update_identity_collection(
        self,
        *,
        identity_collection_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateIdentityCollectionDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Update the Identity Collection identified by the id

        Updates the Identity Collection
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            responses=_UPDATE_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def list_identity_collection_members(
        self,
        *,
        identity_collection_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessGovernanceTypeCollection:
        """Get a list of members in an identity collection

        Returns list of members for a given identity collection
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}/members",
            responses=_LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessGovernanceTypeCollection", await self._client.request(call))

    def list_identity_collection_members_iter(
        self,
        *,
        identity_collection_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_models.AccessGovernanceEntity]:
        """Like `list_identity_collection_members`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}/members",
            responses=_LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.AccessGovernanceEntity]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="page",
                    items_attr="items",
                    items_wire="items",
                    token_header="opc-next-page",
                ),
            ),
        )


class AsyncIdentityCollectionsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_identity_collections(
        self,
        *,
        identity_id: str | None = None,
        is_managed_at_target_orchestrated_system: bool | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[dict[str, _t.Any]]:
        """Get a list of Identity Collections

        Returns a list of Identity Collections.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_LIST_IDENTITY_COLLECTIONS_RESPONSES,
            query={
                "identityId": identity_id,
                "isManagedAtTargetOrchestratedSystem": is_managed_at_target_orchestrated_system,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[dict[str, _t.Any]]", await self._client.request_raw(call))

    async def create_identity_collection(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateIdentityCollectionRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Creates a new Identity Collection"""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/identityCollections",
            responses=_CREATE_IDENTITY_COLLECTION_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_identity_collection(
        self,
        *,
        identity_collection_id: str,
        insights: bool | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.IdentityCollectionResponse]:
        """Get an Identity Collection

        Gets a Identity Collections by identifier
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            responses=_GET_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={"insights": insights},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdentityCollectionResponse]",
            await self._client.request_raw(call),
        )

    async def update_identity_collection(
        self,
        *,
        identity_collection_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateIdentityCollectionDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Update the Identity Collection identified by the id

        Updates the Identity Collection
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            responses=_UPDATE_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def list_identity_collection_members(
        self,
        *,
        identity_collection_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessGovernanceTypeCollection]:
        """Get a list of members in an identity collection

        Returns list of members for a given identity collection
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}/members",
            responses=_LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessGovernanceTypeCollection]",
            await self._client.request_raw(call),
        )
