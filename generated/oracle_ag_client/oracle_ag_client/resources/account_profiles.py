"""Operations tagged 'account_profiles' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_ACCOUNT_PROFILES_RESPONSES: _rt.Responses = {"200": ("json", _rt.MapOf(_rt.ANY))}
_LIST_ACCOUNT_PROFILES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_ACCOUNT_PROFILE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccountProfile"))}


class AccountProfiles(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> AccountProfilesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccountProfilesWithRawResponse(_rt.RawCalls(self._client))

    def list_account_profiles(
        self,
        *,
        orchestrated_system_id: str,
        is_default_only: bool | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> dict[str, _t.Any]:
        """Get a list of Account Profiles

        Returns details of all available account profiles associated with a given orchestrated system, with support for pagination.

        Args:
            orchestrated_system_id: The unique id for an Orchestrated System. Available values can be found using the ListOrchestratedSystems operation.
            is_default_only: Parameter to request only the default AccountProfile be returned.
            keyword_contains: The list of keywords to filter on from the following fields: displayName, description.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/accountProfiles",
            _LIST_ACCOUNT_PROFILES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            query={
                "isDefaultOnly": is_default_only,
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
        return _t.cast("dict[str, _t.Any]", self._client.request(call))

    def list_account_profiles_iter(
        self,
        *,
        orchestrated_system_id: str,
        is_default_only: bool | None = None,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_account_profiles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/accountProfiles",
            _LIST_ACCOUNT_PROFILES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            query={
                "isDefaultOnly": is_default_only,
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
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_ACCOUNT_PROFILES_PAGING)
        )

    def get_account_profile(
        self,
        *,
        account_profile_id: str,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccountProfile:
        """Get an Account Profile

        Returns account profile details linked to an orchestrated system with a given ID.

        Args:
            account_profile_id: Unique AccountProfile identifier.
            orchestrated_system_id: The unique id for an Orchestrated System. Available values can be found using the ListOrchestratedSystems operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/accountProfiles/{accountProfileId}",
            _GET_ACCOUNT_PROFILE_RESPONSES,
            path_params={
                "accountProfileId": account_profile_id,
                "orchestratedSystemId": orchestrated_system_id,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccountProfile", self._client.request(call))


class AccountProfilesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_account_profiles = _rt.to_raw_response(AccountProfiles.list_account_profiles)
    get_account_profile = _rt.to_raw_response(AccountProfiles.get_account_profile)


class AsyncAccountProfiles(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncAccountProfilesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccountProfilesWithRawResponse(_rt.RawCalls(self._client))

    list_account_profiles = _rt.to_async(AccountProfiles.list_account_profiles)
    list_account_profiles_iter = _rt.to_async_iterator(AccountProfiles.list_account_profiles_iter)
    get_account_profile = _rt.to_async(AccountProfiles.get_account_profile)


class AsyncAccountProfilesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_account_profiles = _rt.to_async_raw_response(AccountProfiles.list_account_profiles)
    get_account_profile = _rt.to_async_raw_response(AccountProfiles.get_account_profile)
