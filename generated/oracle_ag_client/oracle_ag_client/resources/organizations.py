"""Operations tagged 'organizations' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_ORGANIZATIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OrganizationCollection))
}


class Organizations:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OrganizationsWithRawResponse(self._client)

    def list_organizations(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListOrganizationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListOrganizationsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.OrganizationCollection:
        """Gets a list of Organizations

        Returns a list of Organizations with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/organizations",
            responses=_LIST_ORGANIZATIONS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.OrganizationCollection", self._client.request(call))

    def list_organizations_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListOrganizationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListOrganizationsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_organizations`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/organizations",
            responses=_LIST_ORGANIZATIONS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.Iterator[dict[str, _t.Any]]",
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


class OrganizationsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_organizations(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListOrganizationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListOrganizationsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.OrganizationCollection]:
        """Gets a list of Organizations

        Returns a list of Organizations with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/organizations",
            responses=_LIST_ORGANIZATIONS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.OrganizationCollection]", self._client.request_raw(call)
        )


class AsyncOrganizations:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOrganizationsWithRawResponse(self._client)

    async def list_organizations(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListOrganizationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListOrganizationsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.OrganizationCollection:
        """Gets a list of Organizations

        Returns a list of Organizations with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/organizations",
            responses=_LIST_ORGANIZATIONS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.OrganizationCollection", await self._client.request(call))

    def list_organizations_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListOrganizationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListOrganizationsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[dict[str, _t.Any]]:
        """Like `list_organizations`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/organizations",
            responses=_LIST_ORGANIZATIONS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.AsyncIterator[dict[str, _t.Any]]",
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


class AsyncOrganizationsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_organizations(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListOrganizationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListOrganizationsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.OrganizationCollection]:
        """Gets a list of Organizations

        Returns a list of Organizations with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/organizations",
            responses=_LIST_ORGANIZATIONS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.OrganizationCollection]", await self._client.request_raw(call)
        )
