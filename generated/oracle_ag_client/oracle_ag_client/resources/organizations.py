"""Operations tagged 'organizations' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_ORGANIZATIONS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("OrganizationCollection"))
}
_LIST_ORGANIZATIONS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)


class Organizations(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OrganizationsWithRawResponse(_rt.RawCalls(self._client))

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
            "GET",
            "/access-governance/service-administration/20250331/organizations",
            _LIST_ORGANIZATIONS_RESPONSES,
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
            "GET",
            "/access-governance/service-administration/20250331/organizations",
            _LIST_ORGANIZATIONS_RESPONSES,
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
            self._client.paginate(call, _LIST_ORGANIZATIONS_PAGING),
        )


class OrganizationsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_organizations = _rt.to_raw_response(Organizations.list_organizations)


class AsyncOrganizations(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOrganizationsWithRawResponse(_rt.RawCalls(self._client))

    list_organizations = _rt.to_async(Organizations.list_organizations)
    list_organizations_iter = _rt.to_async_iterator(Organizations.list_organizations_iter)


class AsyncOrganizationsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_organizations = _rt.to_async_raw_response(Organizations.list_organizations)
