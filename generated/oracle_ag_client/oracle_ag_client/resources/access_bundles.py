"""Operations tagged 'access_bundles' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_ACCESS_BUNDLES_RESPONSES: _rt.Responses = {"200": ("json", _rt.ANY)}
_LIST_ACCESS_BUNDLES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_CREATE_ACCESS_BUNDLE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccessBundle"))}
_GET_ACCESS_BUNDLE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccessBundle"))}
_UPDATE_ACCESS_BUNDLE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccessBundle"))}
_DELETE_ACCESS_BUNDLE_RESPONSES: _rt.Responses = {
    "204": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
}
_ACTIVATE_ACCESS_BUNDLE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccessBundle"))}


class AccessBundles(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> AccessBundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccessBundlesWithRawResponse(_rt.RawCalls(self._client))

    def list_access_bundles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        orchestrated_system_id: str | None = None,
        page: str | None = None,
        requestable_by: _types.ListAccessBundlesRequestableByParam | None = None,
        sort_by: _types.ListAccessBundlesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListAccessBundlesStatusParam | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get a list of Access Bundles

        Returns details of all available access bundles with support for pagination.

        Args:
            approval_workflow_id: A filter to return only resources that match the given approval workflow id.
            keyword_contains: Keyword to filter on. Only one keyword may be provided. Default is empty string.
            limit: The maximum number of items to return.
            orchestrated_system_id: A filter to return only resources that match given orchestrated system identifier.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            requestable_by: A filter to return only resources that match the given identityType.
            sort_by: A filter to be used for sorting Access Bundles with the given sort by field. Only one sort order may be provided.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            status: A filter to be used for finding entities with the given status.
            user_id: Identifier of the user who is performing the operation
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/accessBundles",
            _LIST_ACCESS_BUNDLES_RESPONSES,
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
            options=options,
        )
        return self._client.request(call)

    def list_access_bundles_iter(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        orchestrated_system_id: str | None = None,
        requestable_by: _types.ListAccessBundlesRequestableByParam | None = None,
        sort_by: _types.ListAccessBundlesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListAccessBundlesStatusParam | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_access_bundles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/accessBundles",
            _LIST_ACCESS_BUNDLES_RESPONSES,
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
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_ACCESS_BUNDLES_PAGING)
        )

    def create_access_bundle(
        self,
        *,
        opc_request_id: str | None = None,
        body: _m.CreateAccessBundleDetails | _types.CreateAccessBundleDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessBundle:
        """Create an Access Bundle

        Creates a new access bundle with the specified details.

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the new Access Bundle
                name (required): Access Bundle Identifier
                accessGuardrails (optional): List of access guardrail ids attached to the Access Bundle.
                accountProfileId (optional): Configured account profile id for the access bundle.
                accountProfileName (optional): Configured account profile name for the access bundle.
                approvalWorkflowId (optional): ApprovalWorkflowId that is applicable to the Access Bundle
                customAttributes (optional): Metadata associated with the access bundle
                description (optional): Access Bundle description
                displayName (optional): displayName of the Access Bundle
                domainName (optional): Domain name of an OCI Access Bundle
                externalId (optional): externalId of the Access Bundle
                orchestratedSystemAttributes (optional)
                orchestratedSystemId (optional): Orchestrated System Identifier that the Access Bundle is associated with
                owners (optional): List of owner entities
                requestableBy (optional): Entities that can request the access bundle
                resourceType (optional): Resource Type of an OCI Access Bundle
                tags (optional): List of tags attached to the Access Bundle
                verb (optional): Access to be given to the resource bundle
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/accessBundles",
            _CREATE_ACCESS_BUNDLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.AccessBundle", self._client.request(call))

    def get_access_bundle(
        self,
        *,
        access_bundle_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessBundle:
        """Get an Access Bundle

        Returns details of an access bundle with a given ID.

        Args:
            access_bundle_id: A filter to be used for finding Access Bundles with the given id. Available values can be found using the ListAccessBundles operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            _GET_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessBundle", self._client.request(call))

    def update_access_bundle(
        self,
        *,
        access_bundle_id: str,
        opc_request_id: str | None = None,
        body: _m.UpdateAccessBundleDetails | _types.UpdateAccessBundleDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessBundle:
        """Update an Access Bundle

        Updates the details of an existing access bundle with a given ID.

        Args:
            access_bundle_id: A filter to be used for finding Access Bundles with the given id. Available values can be found using the ListAccessBundles operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the updated Access Bundle.
                name (required): Access Bundle name
                accessGuardrails (optional): List of access guardrail ids attached to the Access Bundle.
                accountProfileId (optional): Configured account profile id for the access bundle.
                accountProfileName (optional): Configured account profile name for the access bundle.
                approvalWorkflowId (optional): ApprovalWorkflowId that is applicable to the Access Bundle
                customAttributes (optional): Metadata associated with the access bundle
                description (optional): Access Bundle description
                displayName (optional): displayName of the Access Bundle
                domainName (optional): Domain name of an OCI Access Bundle
                externalId (optional): externalId of the Access Bundle
                orchestratedSystemAttributes (optional)
                orchestratedSystemId (optional): Orchestrated System Identifier that the Access Bundle is associated with
                owners (optional): List of owner entities
                requestableBy (optional): Entities that can request the access bundle
                resourceType (optional): Resource Type of an OCI Access Bundle
                tags (optional): List of tags attached to the Access Bundle
                verb (optional): Access to be given to the resource bundle
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            _UPDATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.AccessBundle", self._client.request(call))

    def delete_access_bundle(
        self,
        *,
        access_bundle_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Delete an Access Bundle

        Deletes an access bundle with a given ID.

        Args:
            access_bundle_id: A filter to be used for finding Access Bundles with the given id. Available values can be found using the ListAccessBundles operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
        """
        call = _rt.Call(
            "DELETE",
            "/access-governance/access-controls/20250331/accessBundles/{accessBundleId}",
            _DELETE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def activate_access_bundle(
        self,
        *,
        access_bundle_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessBundle:
        """Activate an Access Bundle

        Activates an access bundle currently in draft state with a given ID.
        An error will be returned if the Access Bundle is not currently in DRAFT status.

        Args:
            access_bundle_id: A filter to be used for finding Access Bundles with the given id. Available values can be found using the ListAccessBundles operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PATCH",
            "/access-governance/access-controls/20250331/accessBundles/{accessBundleId}/activate",
            _ACTIVATE_ACCESS_BUNDLE_RESPONSES,
            path_params={"accessBundleId": access_bundle_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessBundle", self._client.request(call))


class AccessBundlesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_access_bundles = _rt.to_raw_response(AccessBundles.list_access_bundles)
    create_access_bundle = _rt.to_raw_response(AccessBundles.create_access_bundle)
    get_access_bundle = _rt.to_raw_response(AccessBundles.get_access_bundle)
    update_access_bundle = _rt.to_raw_response(AccessBundles.update_access_bundle)
    delete_access_bundle = _rt.to_raw_response(AccessBundles.delete_access_bundle)
    activate_access_bundle = _rt.to_raw_response(AccessBundles.activate_access_bundle)


class AsyncAccessBundles(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncAccessBundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccessBundlesWithRawResponse(_rt.RawCalls(self._client))

    list_access_bundles = _rt.to_async(AccessBundles.list_access_bundles)
    list_access_bundles_iter = _rt.to_async_iterator(AccessBundles.list_access_bundles_iter)
    create_access_bundle = _rt.to_async(AccessBundles.create_access_bundle)
    get_access_bundle = _rt.to_async(AccessBundles.get_access_bundle)
    update_access_bundle = _rt.to_async(AccessBundles.update_access_bundle)
    delete_access_bundle = _rt.to_async(AccessBundles.delete_access_bundle)
    activate_access_bundle = _rt.to_async(AccessBundles.activate_access_bundle)


class AsyncAccessBundlesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_access_bundles = _rt.to_async_raw_response(AccessBundles.list_access_bundles)
    create_access_bundle = _rt.to_async_raw_response(AccessBundles.create_access_bundle)
    get_access_bundle = _rt.to_async_raw_response(AccessBundles.get_access_bundle)
    update_access_bundle = _rt.to_async_raw_response(AccessBundles.update_access_bundle)
    delete_access_bundle = _rt.to_async_raw_response(AccessBundles.delete_access_bundle)
    activate_access_bundle = _rt.to_async_raw_response(AccessBundles.activate_access_bundle)
