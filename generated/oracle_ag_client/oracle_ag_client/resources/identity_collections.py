"""Operations tagged 'identity_collections' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

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
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListIdentityCollectionsStatusParam | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> dict[str, _t.Any]:
        """Get a list of Identity Collections

        Returns a list of Identity Collections.

        Args:
            identity_id: The ID of the resource that the permissions are attached to.
            is_managed_at_target_orchestrated_system: If true will return ICs managed at orchestratedSystem
            keyword_contains: Keyword to filter on. Only one keyword may be provided. Default is empty string.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            status: A filter to be used for finding entities with the given status.
            user_id: Identifier of the user who is performing the operation
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
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
            options=options,
        )
        return _t.cast("dict[str, _t.Any]", self._client.request(call))

    def list_identity_collections_iter(
        self,
        *,
        identity_id: str | None = None,
        is_managed_at_target_orchestrated_system: bool | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListIdentityCollectionsStatusParam | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
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
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_IDENTITY_COLLECTIONS_PAGING)
        )

    def create_identity_collection(
        self,
        *,
        opc_request_id: str | None = None,
        body: _m.CreateIdentityCollectionRequest
        | _types.CreateIdentityCollectionRequestParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Creates a new Identity Collection

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body:
                name (required): Name of the Identity Collection.
                customAttributes (optional): Metadata associated with the identity collection.
                description (optional): Description of the Identity Collection.
                displayName (optional): displayName of the Identity Collection.
                excludedIdentities (optional): List of excluded identities.
                externalId (optional): externalId of the Identity Collection.
                includedIdentities (optional): List of the included identities.
                isManagedAtOrchestratedSystem (optional): Boolean value checking if IC is shared with Orchestrated System.
                membershipRule (optional): Membership Rule for the Identity Collection, for ex. "all { department EQ AG Department , addresses.country EQ India }".
                orchestratedSystemId (optional): Orchestrated System Id of the Identity Collection.
                orchestratedSystemMetadataAttributes (optional): List of Orchestrated System configuration.
                owners (optional): List of owner entities.
                tags (optional): List of tags attached to the Identity Collection.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/identityCollections",
            _CREATE_IDENTITY_COLLECTION_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_identity_collection(
        self,
        *,
        identity_collection_id: str,
        insights: bool | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.IdentityCollectionResponse:
        """Get an Identity Collection

        Gets a Identity Collections by identifier

        Args:
            identity_collection_id: Unique Identity Collection identifier
            insights: Boolean query param to pass if extra data is required or not
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/identityCollections/{identityCollectionId}",
            _GET_IDENTITY_COLLECTION_RESPONSES,
            path_params={"identityCollectionId": identity_collection_id},
            query={"insights": insights},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.IdentityCollectionResponse", self._client.request(call))

    def update_identity_collection(
        self,
        *,
        identity_collection_id: str,
        opc_request_id: str | None = None,
        body: _m.UpdateIdentityCollectionDetails
        | _types.UpdateIdentityCollectionDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Update the Identity Collection identified by the id

        Updates the Identity Collection

        Args:
            identity_collection_id: Unique Identity Collection identifier
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The information to be updated.
                name (required): Name of the Identity Collection.
                agRisk (optional)
                currentMembers (optional): Current members in IC.
                customAttributes (optional): Metadata associated with the Identity Collection.
                description (optional): Description of the Identity Collection.
                displayName (optional): displayName of the Identity Collection.
                excludedIdentities (optional): List of excluded identities.
                expectedMembers (optional): Expected members in IC.
                externalId (optional): externalId of the Identity Group.
                includedIdentities (optional): List of included identities.
                isManagedAtOrchestratedSystem (optional): Boolean value checking if IC is shared with Orchestrated System.
                membershipRule (optional): Membership Rule for the Identity Collection, for ex. "all { department EQ AG Department , addresses.country EQ India }".
                orchestratedSystemMetadataAttributes (optional): List of Orchestrated System configuration.
                owners (optional): List of owner entities.
                tags (optional): List of tags attached to the Identity Collection.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
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
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def list_identity_collection_members(
        self,
        *,
        identity_collection_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessGovernanceTypeCollection:
        """Get a list of members in an identity collection

        Returns list of members for a given identity collection

        Args:
            identity_collection_id: Unique Identity Collection identifier
            keyword_contains: The list of keywords to filter on
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
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
            options=options,
        )
        return _t.cast("_m.AccessGovernanceTypeCollection", self._client.request(call))

    def list_identity_collection_members_iter(
        self,
        *,
        identity_collection_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.AccessGovernanceEntity]:
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
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.AccessGovernanceEntity]",
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
