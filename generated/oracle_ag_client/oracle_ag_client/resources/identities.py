"""Operations tagged 'identities' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_IDENTITIES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessGovernanceTypeCollection"))
}
_LIST_IDENTITIES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_IDENTITY_ATTRIBUTES_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_LIST_IDENTITY_ATTRIBUTES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_IDENTITY_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessGovernanceEntity")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "409": ("json", _rt.ModelOf("Error")),
    "429": ("json", _rt.ModelOf("Error")),
}
_LIST_IDENTITY_ACCOUNTS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ANY)}
_LIST_IDENTITY_ACCOUNTS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_IDENTITY_PERMISSIONS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessGovernanceTypeCollection"))
}
_LIST_IDENTITY_PERMISSIONS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)


class Identities(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> IdentitiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return IdentitiesWithRawResponse(_rt.RawCalls(self._client))

    def list_identities(
        self,
        *,
        attribute_values: list[str] | None = None,
        attributes: list[str] | None = None,
        binding_operator: _types.ListIdentitiesBindingOperatorParam | None = None,
        consumer_filter: _types.ListIdentitiesConsumerFilterParam | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        operators: list[_types.ListIdentitiesOperatorsItemParam] | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessGovernanceTypeCollection:
        """List Identities

        Returns all active identities (Workforce and Consumers) details with support for pagination.

        Args:
            attribute_values: A list of attribute values to use as matching filters.
            attributes: The list of Attributes used to filter.
            binding_operator: A parameter to bind expressions.
            consumer_filter: A filter for consumer/workforce types.
            keyword_contains: The list of keywords to filter on
            limit: The maximum number of items to return.
            operators: A parameter to form logical expressions.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/identities/20250331/identities",
            _LIST_IDENTITIES_RESPONSES,
            query={
                "attributeValues": attribute_values,
                "attributes": attributes,
                "bindingOperator": binding_operator,
                "consumerFilter": consumer_filter,
                "keywordContains": keyword_contains,
                "limit": limit,
                "operators": operators,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"attributeValues", "attributes", "keywordContains", "operators"}),
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessGovernanceTypeCollection", self._client.request(call))

    def list_identities_iter(
        self,
        *,
        attribute_values: list[str] | None = None,
        attributes: list[str] | None = None,
        binding_operator: _types.ListIdentitiesBindingOperatorParam | None = None,
        consumer_filter: _types.ListIdentitiesConsumerFilterParam | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        operators: list[_types.ListIdentitiesOperatorsItemParam] | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.AccessGovernanceEntity]:
        """Like `list_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/identities/20250331/identities",
            _LIST_IDENTITIES_RESPONSES,
            query={
                "attributeValues": attribute_values,
                "attributes": attributes,
                "bindingOperator": binding_operator,
                "consumerFilter": consumer_filter,
                "keywordContains": keyword_contains,
                "limit": limit,
                "operators": operators,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"attributeValues", "attributes", "keywordContains", "operators"}),
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.AccessGovernanceEntity]",
            self._client.paginate(call, _LIST_IDENTITIES_PAGING),
        )

    def list_identity_attributes(
        self,
        *,
        attributes_namespace: _types.ListIdentityAttributesAttributesNamespaceParam | None = None,
        attributes_type: _types.ListIdentityAttributesAttributesTypeParam | None = None,
        limit: int | None = None,
        name: str | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Identity Attributes

        Gets Identity Attributes.

        Args:
            attributes_namespace: The namespace of attributes
            attributes_type: The type of attributes
            limit: The maximum number of items to return.
            name: A name to filter results
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "GET",
            "/access-governance/identities/20250331/identities/attributes",
            _LIST_IDENTITY_ATTRIBUTES_RESPONSES,
            query={
                "attributesNamespace": attributes_namespace,
                "attributesType": attributes_type,
                "limit": limit,
                "name": name,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return self._client.request(call)

    def list_identity_attributes_iter(
        self,
        *,
        attributes_namespace: _types.ListIdentityAttributesAttributesNamespaceParam | None = None,
        attributes_type: _types.ListIdentityAttributesAttributesTypeParam | None = None,
        limit: int | None = None,
        name: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_identity_attributes`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/identities/20250331/identities/attributes",
            _LIST_IDENTITY_ATTRIBUTES_RESPONSES,
            query={
                "attributesNamespace": attributes_namespace,
                "attributesType": attributes_type,
                "limit": limit,
                "name": name,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_IDENTITY_ATTRIBUTES_PAGING)
        )

    def get_identity(
        self,
        *,
        identity_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessGovernanceEntity:
        """Get an Identity

        Returns identity details, including identity attributes with a given ID.

        Args:
            identity_id: Unique Identity id.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            ConflictError: 409 Conflict
            RateLimitError: 429 Too Many Requests
        """
        call = _rt.Call(
            "GET",
            "/access-governance/identities/20250331/identities/{identityId}",
            _GET_IDENTITY_RESPONSES,
            path_params={"identityId": identity_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessGovernanceEntity", self._client.request(call))

    def list_identity_accounts(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """List Accounts

        Returns a list of Accounts. Note keyword searches are limited to the name field and the first keyword query param.

        Args:
            identity_id: Unique Identity id.
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
            "/access-governance/identities/20250331/identities/{identityId}/accounts",
            _LIST_IDENTITY_ACCOUNTS_RESPONSES,
            path_params={"identityId": identity_id},
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
        return self._client.request(call)

    def list_identity_accounts_iter(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_identity_accounts`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/identities/20250331/identities/{identityId}/accounts",
            _LIST_IDENTITY_ACCOUNTS_RESPONSES,
            path_params={"identityId": identity_id},
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
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_IDENTITY_ACCOUNTS_PAGING)
        )

    def list_identity_permissions(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessGovernanceTypeCollection:
        """List an Identity's Permissions

        Returns a list of Permissions for the given Identity. Note keyword searches are limited to the name field and the first keyword query param.

        Args:
            identity_id: Unique Identity id.
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
            "/access-governance/identities/20250331/identities/{identityId}/permissions",
            _LIST_IDENTITY_PERMISSIONS_RESPONSES,
            path_params={"identityId": identity_id},
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

    def list_identity_permissions_iter(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.AccessGovernanceEntity]:
        """Like `list_identity_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/identities/20250331/identities/{identityId}/permissions",
            _LIST_IDENTITY_PERMISSIONS_RESPONSES,
            path_params={"identityId": identity_id},
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
            self._client.paginate(call, _LIST_IDENTITY_PERMISSIONS_PAGING),
        )


class IdentitiesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_identities = _rt.to_raw_response(Identities.list_identities)
    list_identity_attributes = _rt.to_raw_response(Identities.list_identity_attributes)
    get_identity = _rt.to_raw_response(Identities.get_identity)
    list_identity_accounts = _rt.to_raw_response(Identities.list_identity_accounts)
    list_identity_permissions = _rt.to_raw_response(Identities.list_identity_permissions)


class AsyncIdentities(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncIdentitiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncIdentitiesWithRawResponse(_rt.RawCalls(self._client))

    list_identities = _rt.to_async(Identities.list_identities)
    list_identities_iter = _rt.to_async_iterator(Identities.list_identities_iter)
    list_identity_attributes = _rt.to_async(Identities.list_identity_attributes)
    list_identity_attributes_iter = _rt.to_async_iterator(Identities.list_identity_attributes_iter)
    get_identity = _rt.to_async(Identities.get_identity)
    list_identity_accounts = _rt.to_async(Identities.list_identity_accounts)
    list_identity_accounts_iter = _rt.to_async_iterator(Identities.list_identity_accounts_iter)
    list_identity_permissions = _rt.to_async(Identities.list_identity_permissions)
    list_identity_permissions_iter = _rt.to_async_iterator(
        Identities.list_identity_permissions_iter
    )


class AsyncIdentitiesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_identities = _rt.to_async_raw_response(Identities.list_identities)
    list_identity_attributes = _rt.to_async_raw_response(Identities.list_identity_attributes)
    get_identity = _rt.to_async_raw_response(Identities.get_identity)
    list_identity_accounts = _rt.to_async_raw_response(Identities.list_identity_accounts)
    list_identity_permissions = _rt.to_async_raw_response(Identities.list_identity_permissions)
