"""Operations tagged 'identity_collections' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_IDENTITY_COLLECTIONS_RESPONSES: _rt.Responses = {"200": ("json", _rt.MapOf(_rt.ANY))}
_LIST_IDENTITY_COLLECTIONS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_CREATE_IDENTITY_COLLECTION_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_GET_IDENTITY_COLLECTION_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("IdentityCollectionResponse"))
}
_UPDATE_IDENTITY_COLLECTION_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessGovernanceTypeCollection"))
}
_LIST_IDENTITY_COLLECTION_MEMBERS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)


class IdentityCollections(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> IdentityCollectionsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return IdentityCollectionsWithRawResponse(_rt.RawCalls(self._client))

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
            "GET",
            "/access-governance/access-controls/20250331/identityCollections",
            _LIST_IDENTITY_COLLECTIONS_RESPONSES,
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
            "GET",
            "/access-governance/access-controls/20250331/identityCollections",
            _LIST_IDENTITY_COLLECTIONS_RESPONSES,
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
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_IDENTITY_COLLECTIONS_PAGING)
        )

    def create_identity_collection(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateIdentityCollectionRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Creates a new Identity Collection"""
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/identityCollections",
            _CREATE_IDENTITY_COLLECTION_RESPONSES,
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
            "GET",
            "/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            _GET_IDENTITY_COLLECTION_RESPONSES,
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
            "PUT",
            "/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            _UPDATE_IDENTITY_COLLECTION_RESPONSES,
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
            "GET",
            "/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}/members",
            _LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES,
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
            "GET",
            "/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}/members",
            _LIST_IDENTITY_COLLECTION_MEMBERS_RESPONSES,
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
            self._client.paginate(call, _LIST_IDENTITY_COLLECTION_MEMBERS_PAGING),
        )


class IdentityCollectionsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_identity_collections = _rt.to_raw_response(IdentityCollections.list_identity_collections)
    create_identity_collection = _rt.to_raw_response(IdentityCollections.create_identity_collection)
    get_identity_collection = _rt.to_raw_response(IdentityCollections.get_identity_collection)
    update_identity_collection = _rt.to_raw_response(IdentityCollections.update_identity_collection)
    list_identity_collection_members = _rt.to_raw_response(
        IdentityCollections.list_identity_collection_members
    )


class AsyncIdentityCollections(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncIdentityCollectionsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncIdentityCollectionsWithRawResponse(_rt.RawCalls(self._client))

    list_identity_collections = _rt.to_async(IdentityCollections.list_identity_collections)
    list_identity_collections_iter = _rt.to_async_iterator(
        IdentityCollections.list_identity_collections_iter
    )
    create_identity_collection = _rt.to_async(IdentityCollections.create_identity_collection)
    get_identity_collection = _rt.to_async(IdentityCollections.get_identity_collection)
    update_identity_collection = _rt.to_async(IdentityCollections.update_identity_collection)
    list_identity_collection_members = _rt.to_async(
        IdentityCollections.list_identity_collection_members
    )
    list_identity_collection_members_iter = _rt.to_async_iterator(
        IdentityCollections.list_identity_collection_members_iter
    )


class AsyncIdentityCollectionsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_identity_collections = _rt.to_async_raw_response(
        IdentityCollections.list_identity_collections
    )
    create_identity_collection = _rt.to_async_raw_response(
        IdentityCollections.create_identity_collection
    )
    get_identity_collection = _rt.to_async_raw_response(IdentityCollections.get_identity_collection)
    update_identity_collection = _rt.to_async_raw_response(
        IdentityCollections.update_identity_collection
    )
    list_identity_collection_members = _rt.to_async_raw_response(
        IdentityCollections.list_identity_collection_members
    )
