"""Operations tagged 'policies' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_POLICIES_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PolicyCollection"))}
_LIST_POLICIES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_CREATE_POLICY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Policy"))}
_GET_POLICY_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("Policy")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
}
_UPDATE_POLICY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Policy"))}
_DELETE_POLICY_RESPONSES: _rt.Responses = {
    "204": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "412": ("json", _rt.ModelOf("Error")),
    "429": ("json", _rt.ModelOf("Error")),
    "500": ("json", _rt.ModelOf("Error")),
}


class Policies(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> PoliciesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PoliciesWithRawResponse(_rt.RawCalls(self._client))

    def list_policies(
        self,
        *,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListIdentityCollectionsStatusParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PolicyCollection:
        """Get a list of Policies

        Returns details of all available policies with support for pagination.

        Args:
            keyword_contains: Keyword to filter on. Only one keyword may be provided. Default is empty string.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            status: A filter to be used for finding entities with the given status.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/policies",
            _LIST_POLICIES_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.PolicyCollection", self._client.request(call))

    def list_policies_iter(
        self,
        *,
        keyword_contains: str | None = None,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListIdentityCollectionsStatusParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_policies`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/policies",
            _LIST_POLICIES_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[dict[str, _t.Any]]", self._client.paginate(call, _LIST_POLICIES_PAGING)
        )

    def create_policy(
        self,
        *,
        opc_request_id: str | None = None,
        body: _m.CreatePolicyDetails | _types.CreatePolicyDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Policy:
        """Create a Policy

        Creates a new policy with the specified details.

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the new Policy
                submittedBy (required): User or entity who submitted or created the Policy.
                assignments (optional): List of assignments associated with Policy.
                customAttributes (optional): Metadata associated with the Policy
                description (optional): Description of the Policy.
                displayName (optional): displayName of the Policy
                insights (optional): Insights information of the policy
                name (optional): A user-friendly name. Have to be unique, and it's changeable. Avoid entering confidential information.
                owners (optional): List of owner entities
                tags (optional): List of tags attached to the Policy.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/policies",
            _CREATE_POLICY_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Policy", self._client.request(call))

    def get_policy(
        self,
        *,
        policy_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Policy:
        """Get Policy

        Returns details of a policy with a given ID.

        Args:
            policy_id: Unique Policy identifier
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/policies/{policyId}",
            _GET_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.Policy", self._client.request(call))

    def update_policy(
        self,
        *,
        policy_id: str,
        opc_request_id: str | None = None,
        body: _m.UpdatePolicyDetails | _types.UpdatePolicyDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Policy:
        """Update a Policy

        Updates the details of an existing policy with a given ID.

        Args:
            policy_id: Unique Policy identifier
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the updated Policy.
                submittedBy (required): User or entity who submitted or created the Policy.
                assignments (optional): List of assignments associated with Policy.
                customAttributes (optional): Metadata associated with the Policy
                description (optional): Description of the Policy.
                displayName (optional): displayName of the Policy
                name (optional): A user-friendly name. Have to be unique, and it's changeable. Avoid entering confidential information.
                owners (optional): List of owner entities
                tags (optional): List of tags attached to the Policy.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/access-governance/access-controls/20250331/policies/{policyId}",
            _UPDATE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Policy", self._client.request(call))

    def delete_policy(
        self,
        *,
        policy_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Delete a policy

        Deletes a policy with a given ID.

        Args:
            policy_id: Unique Policy identifier
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            ApiError: 412 Precondition failed
            RateLimitError: 429 Too Many Requests
            ServerError: 500 Internal Server Error
        """
        call = _rt.Call(
            "DELETE",
            "/access-governance/access-controls/20250331/policies/{policyId}",
            _DELETE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class PoliciesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_policies = _rt.to_raw_response(Policies.list_policies)
    create_policy = _rt.to_raw_response(Policies.create_policy)
    get_policy = _rt.to_raw_response(Policies.get_policy)
    update_policy = _rt.to_raw_response(Policies.update_policy)
    delete_policy = _rt.to_raw_response(Policies.delete_policy)


class AsyncPolicies(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncPoliciesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPoliciesWithRawResponse(_rt.RawCalls(self._client))

    list_policies = _rt.to_async(Policies.list_policies)
    list_policies_iter = _rt.to_async_iterator(Policies.list_policies_iter)
    create_policy = _rt.to_async(Policies.create_policy)
    get_policy = _rt.to_async(Policies.get_policy)
    update_policy = _rt.to_async(Policies.update_policy)
    delete_policy = _rt.to_async(Policies.delete_policy)


class AsyncPoliciesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_policies = _rt.to_async_raw_response(Policies.list_policies)
    create_policy = _rt.to_async_raw_response(Policies.create_policy)
    get_policy = _rt.to_async_raw_response(Policies.get_policy)
    update_policy = _rt.to_async_raw_response(Policies.update_policy)
    delete_policy = _rt.to_async_raw_response(Policies.delete_policy)
