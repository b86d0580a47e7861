"""Operations tagged 'identities' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_IDENTITIES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessGovernanceTypeCollection))
}
_LIST_IDENTITY_ATTRIBUTES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_IDENTITY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessGovernanceEntity)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "409": ("json", _rt.ModelOf(_models.Error)),
    "429": ("json", _rt.ModelOf(_models.Error)),
}
_LIST_IDENTITY_ACCOUNTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None)
}
_LIST_IDENTITY_PERMISSIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessGovernanceTypeCollection))
}


class Identities:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> IdentitiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return IdentitiesWithRawResponse(self._client)

    def list_identities(
        self,
        *,
        attribute_values: list[str] | None = None,
        attributes: list[str] | None = None,
        binding_operator: _models.ListIdentitiesBindingOperator | str | None = None,
        consumer_filter: _models.ListIdentitiesConsumerFilter | str | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        operators: list[_models.ListIdentitiesOperatorsItem | str] | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessGovernanceTypeCollection:
        """List Identities

        Returns all active identities (Workforce and Consumers) details with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities",
            responses=_LIST_IDENTITIES_RESPONSES,
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
        )
        return _t.cast("_models.AccessGovernanceTypeCollection", self._client.request(call))

    def list_identities_iter(
        self,
        *,
        attribute_values: list[str] | None = None,
        attributes: list[str] | None = None,
        binding_operator: _models.ListIdentitiesBindingOperator | str | None = None,
        consumer_filter: _models.ListIdentitiesConsumerFilter | str | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        operators: list[_models.ListIdentitiesOperatorsItem | str] | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_models.AccessGovernanceEntity]:
        """Like `list_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities",
            responses=_LIST_IDENTITIES_RESPONSES,
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

    def list_identity_attributes(
        self,
        *,
        attributes_namespace: _models.ListIdentityAttributesAttributesNamespace | str | None = None,
        attributes_type: _models.ListIdentityAttributesAttributesType | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get Identity Attributes

        Gets Identity Attributes.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/attributes",
            responses=_LIST_IDENTITY_ATTRIBUTES_RESPONSES,
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
        )
        return self._client.request(call)

    def list_identity_attributes_iter(
        self,
        *,
        attributes_namespace: _models.ListIdentityAttributesAttributesNamespace | str | None = None,
        attributes_type: _models.ListIdentityAttributesAttributesType | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_identity_attributes`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/attributes",
            responses=_LIST_IDENTITY_ATTRIBUTES_RESPONSES,
            query={
                "attributesNamespace": attributes_namespace,
                "attributesType": attributes_type,
                "limit": limit,
                "name": name,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_identity(
        self, *, identity_id: str, opc_request_id: str | None = None
    ) -> _models.AccessGovernanceEntity:
        """Get an Identity

        Returns identity details, including identity attributes with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}",
            responses=_GET_IDENTITY_RESPONSES,
            path_params={"identityId": identity_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessGovernanceEntity", self._client.request(call))

    def list_identity_accounts(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """List Accounts

        Returns a list of Accounts. Note keyword searches are limited to the name field and the first keyword query param.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/accounts",
            responses=_LIST_IDENTITY_ACCOUNTS_RESPONSES,
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
        )
        return self._client.request(call)

    def list_identity_accounts_iter(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_identity_accounts`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/accounts",
            responses=_LIST_IDENTITY_ACCOUNTS_RESPONSES,
            path_params={"identityId": identity_id},
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def list_identity_permissions(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessGovernanceTypeCollection:
        """List an Identity's Permissions

        Returns a list of Permissions for the given Identity. Note keyword searches are limited to the name field and the first keyword query param.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/permissions",
            responses=_LIST_IDENTITY_PERMISSIONS_RESPONSES,
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
        )
        return _t.cast("_models.AccessGovernanceTypeCollection", self._client.request(call))

    def list_identity_permissions_iter(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_models.AccessGovernanceEntity]:
        """Like `list_identity_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/permissions",
            responses=_LIST_IDENTITY_PERMISSIONS_RESPONSES,
            path_params={"identityId": identity_id},
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


class IdentitiesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_identities(
        self,
        *,
        attribute_values: list[str] | None = None,
        attributes: list[str] | None = None,
        binding_operator: _models.ListIdentitiesBindingOperator | str | None = None,
        consumer_filter: _models.ListIdentitiesConsumerFilter | str | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        operators: list[_models.ListIdentitiesOperatorsItem | str] | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessGovernanceTypeCollection]:
        """List Identities

        Returns all active identities (Workforce and Consumers) details with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities",
            responses=_LIST_IDENTITIES_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessGovernanceTypeCollection]",
            self._client.request_raw(call),
        )

    def list_identity_attributes(
        self,
        *,
        attributes_namespace: _models.ListIdentityAttributesAttributesNamespace | str | None = None,
        attributes_type: _models.ListIdentityAttributesAttributesType | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Identity Attributes

        Gets Identity Attributes.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/attributes",
            responses=_LIST_IDENTITY_ATTRIBUTES_RESPONSES,
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
        )
        return self._client.request_raw(call)

    def get_identity(
        self, *, identity_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessGovernanceEntity]:
        """Get an Identity

        Returns identity details, including identity attributes with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}",
            responses=_GET_IDENTITY_RESPONSES,
            path_params={"identityId": identity_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessGovernanceEntity]", self._client.request_raw(call)
        )

    def list_identity_accounts(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """List Accounts

        Returns a list of Accounts. Note keyword searches are limited to the name field and the first keyword query param.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/accounts",
            responses=_LIST_IDENTITY_ACCOUNTS_RESPONSES,
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
        )
        return self._client.request_raw(call)

    def list_identity_permissions(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessGovernanceTypeCollection]:
        """List an Identity's Permissions

        Returns a list of Permissions for the given Identity. Note keyword searches are limited to the name field and the first keyword query param.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/permissions",
            responses=_LIST_IDENTITY_PERMISSIONS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessGovernanceTypeCollection]",
            self._client.request_raw(call),
        )


class AsyncIdentities:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncIdentitiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncIdentitiesWithRawResponse(self._client)

    async def list_identities(
        self,
        *,
        attribute_values: list[str] | None = None,
        attributes: list[str] | None = None,
        binding_operator: _models.ListIdentitiesBindingOperator | str | None = None,
        consumer_filter: _models.ListIdentitiesConsumerFilter | str | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        operators: list[_models.ListIdentitiesOperatorsItem | str] | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessGovernanceTypeCollection:
        """List Identities

        Returns all active identities (Workforce and Consumers) details with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities",
            responses=_LIST_IDENTITIES_RESPONSES,
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
        )
        return _t.cast("_models.AccessGovernanceTypeCollection", await self._client.request(call))

    def list_identities_iter(
        self,
        *,
        attribute_values: list[str] | None = None,
        attributes: list[str] | None = None,
        binding_operator: _models.ListIdentitiesBindingOperator | str | None = None,
        consumer_filter: _models.ListIdentitiesConsumerFilter | str | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        operators: list[_models.ListIdentitiesOperatorsItem | str] | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_models.AccessGovernanceEntity]:
        """Like `list_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities",
            responses=_LIST_IDENTITIES_RESPONSES,
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

    async def list_identity_attributes(
        self,
        *,
        attributes_namespace: _models.ListIdentityAttributesAttributesNamespace | str | None = None,
        attributes_type: _models.ListIdentityAttributesAttributesType | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get Identity Attributes

        Gets Identity Attributes.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/attributes",
            responses=_LIST_IDENTITY_ATTRIBUTES_RESPONSES,
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
        )
        return await self._client.request(call)

    def list_identity_attributes_iter(
        self,
        *,
        attributes_namespace: _models.ListIdentityAttributesAttributesNamespace | str | None = None,
        attributes_type: _models.ListIdentityAttributesAttributesType | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_identity_attributes`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/attributes",
            responses=_LIST_IDENTITY_ATTRIBUTES_RESPONSES,
            query={
                "attributesNamespace": attributes_namespace,
                "attributesType": attributes_type,
                "limit": limit,
                "name": name,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_identity(
        self, *, identity_id: str, opc_request_id: str | None = None
    ) -> _models.AccessGovernanceEntity:
        """Get an Identity

        Returns identity details, including identity attributes with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}",
            responses=_GET_IDENTITY_RESPONSES,
            path_params={"identityId": identity_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessGovernanceEntity", await self._client.request(call))

    async def list_identity_accounts(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """List Accounts

        Returns a list of Accounts. Note keyword searches are limited to the name field and the first keyword query param.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/accounts",
            responses=_LIST_IDENTITY_ACCOUNTS_RESPONSES,
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
        )
        return await self._client.request(call)

    def list_identity_accounts_iter(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_identity_accounts`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/accounts",
            responses=_LIST_IDENTITY_ACCOUNTS_RESPONSES,
            path_params={"identityId": identity_id},
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def list_identity_permissions(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessGovernanceTypeCollection:
        """List an Identity's Permissions

        Returns a list of Permissions for the given Identity. Note keyword searches are limited to the name field and the first keyword query param.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/permissions",
            responses=_LIST_IDENTITY_PERMISSIONS_RESPONSES,
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
        )
        return _t.cast("_models.AccessGovernanceTypeCollection", await self._client.request(call))

    def list_identity_permissions_iter(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_models.AccessGovernanceEntity]:
        """Like `list_identity_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/permissions",
            responses=_LIST_IDENTITY_PERMISSIONS_RESPONSES,
            path_params={"identityId": identity_id},
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


class AsyncIdentitiesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_identities(
        self,
        *,
        attribute_values: list[str] | None = None,
        attributes: list[str] | None = None,
        binding_operator: _models.ListIdentitiesBindingOperator | str | None = None,
        consumer_filter: _models.ListIdentitiesConsumerFilter | str | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        operators: list[_models.ListIdentitiesOperatorsItem | str] | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessGovernanceTypeCollection]:
        """List Identities

        Returns all active identities (Workforce and Consumers) details with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities",
            responses=_LIST_IDENTITIES_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessGovernanceTypeCollection]",
            await self._client.request_raw(call),
        )

    async def list_identity_attributes(
        self,
        *,
        attributes_namespace: _models.ListIdentityAttributesAttributesNamespace | str | None = None,
        attributes_type: _models.ListIdentityAttributesAttributesType | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Identity Attributes

        Gets Identity Attributes.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/attributes",
            responses=_LIST_IDENTITY_ATTRIBUTES_RESPONSES,
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
        )
        return await self._client.request_raw(call)

    async def get_identity(
        self, *, identity_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessGovernanceEntity]:
        """Get an Identity

        Returns identity details, including identity attributes with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}",
            responses=_GET_IDENTITY_RESPONSES,
            path_params={"identityId": identity_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessGovernanceEntity]", await self._client.request_raw(call)
        )

    async def list_identity_accounts(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """List Accounts

        Returns a list of Accounts. Note keyword searches are limited to the name field and the first keyword query param.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/accounts",
            responses=_LIST_IDENTITY_ACCOUNTS_RESPONSES,
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
        )
        return await self._client.request_raw(call)

    async def list_identity_permissions(
        self,
        *,
        identity_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessGovernanceTypeCollection]:
        """List an Identity's Permissions

        Returns a list of Permissions for the given Identity. Note keyword searches are limited to the name field and the first keyword query param.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/identities/20250331/identities/{identityId}/permissions",
            responses=_LIST_IDENTITY_PERMISSIONS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessGovernanceTypeCollection]",
            await self._client.request_raw(call),
        )
