"""Operations tagged 'organizations' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

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
        sort_by: _types.ListOrganizationsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListOrganizationsStatusParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.OrganizationCollection:
        """Gets a list of Organizations

        Returns a list of Organizations with support for pagination.

        Args:
            keyword_contains: The list of keywords to filter on
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeUpdated is descending. Default order for name is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            status: A filter to return only organizations that match the give status or ALL to match all organizations.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
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
            options=options,
        )
        return _t.cast("_m.OrganizationCollection", self._client.request(call))

    def list_organizations_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListOrganizationsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListOrganizationsStatusParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
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
            options=options,
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
