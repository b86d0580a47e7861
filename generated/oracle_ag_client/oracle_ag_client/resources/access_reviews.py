"""Operations tagged 'access_reviews' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessControlAccessReviewSummaryCollection"))
}
_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("IdentityAccessReviewSummaryCollection"))
}
_LIST_IDENTITY_ACCESS_REVIEWS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("OwnershipAccessReviewSummaryCollection"))
}
_LIST_OWNERSHIP_ACCESS_REVIEWS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_ACCESS_REVIEW_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccessReview"))}
_LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PolicyStatementSummaryCollection")),
    "400": ("json", _rt.ModelOf("Error")),
}
_LIST_ACTIONABLE_POLICY_STATEMENTS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_ACCEPT_ACCESS_REVIEW_RESPONSES: _rt.Responses = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
}
_ASSIGN_ACCESS_REVIEW_RESPONSES: _rt.Responses = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
}
_MODIFY_ACCESS_REVIEW_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_REASSIGN_ACCESS_REVIEW_RESPONSES: _rt.Responses = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
}
_REMOVE_ACCESS_REVIEW_RESPONSES: _rt.Responses = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "412": ("json", _rt.ModelOf("Error")),
}
_REVOKE_ACCESS_REVIEW_RESPONSES: _rt.Responses = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
}
_LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ANY)}
_LIST_ACCESS_REVIEW_ASSOCIATIONS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessReviewEventChangesSummaryCollection"))
}
_LIST_ACCESS_REVIEW_EVENT_CHANGES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("IdentitySummaryCollection"))
}
_LIST_ACCESS_REVIEW_IDENTITIES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_ACCESS_REVIEW_INSIGHTS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessReviewInsights"))
}
_GET_ACCESS_REVIEW_MEMBERSHIP_RULES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("MembershipRule")),
    "400": ("json", _rt.ModelOf("Error")),
}
_GET_POLICY_STATEMENT_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PolicyStatement")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "429": ("json", _rt.ModelOf("Error")),
}
_LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES: _rt.Responses = {"200": ("json", _rt.ANY)}
_LIST_POLICY_STATEMENT_IDENTITIES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ResourceAggregationSummaryCollection"))
}
_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_POLICY_STATEMENT_RESOURCES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PolicyStatementResourceSummaryCollection")),
    "400": ("json", _rt.ModelOf("Error")),
}
_LIST_POLICY_STATEMENT_RESOURCES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessReviewPriorActionsSummaryCollection")),
    "400": ("json", _rt.ModelOf("Error")),
}
_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)


class AccessReviews(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> AccessReviewsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccessReviewsWithRawResponse(_rt.RawCalls(self._client))

    def list_access_control_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListAccessControlAccessReviewsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessControlAccessReviewSummaryCollection:
        """Get a list of Access Control Access Reviews

        Returns details of all access control access reviews for a given user with support of pagination.

        Args:
            user_id: Identifier of the user who is performing the operation.
            keyword_contains: The list of keywords to filter on
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. The default value will be assignmentName.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/accessControl",
            _LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "userId": user_id,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessControlAccessReviewSummaryCollection", self._client.request(call))

    def list_access_control_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListAccessControlAccessReviewsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_access_control_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/accessControl",
            _LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES,
            query={
                "userId": user_id,
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
            "_t.Iterator[_t.Any]",
            self._client.paginate(call, _LIST_ACCESS_CONTROL_ACCESS_REVIEWS_PAGING),
        )

    def list_identity_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityAccessReviewsSortByParam | None = None,
        sort_by_attribute: str | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.IdentityAccessReviewSummaryCollection:
        """Get a list of Identity Access Reviews

        Returns details of all identity access reviews for a given user with support of pagination.

        Args:
            user_id: Identifier of the user who is performing the operation.
            keyword_contains: The list of keywords to filter on
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. The default value will be entityName.
            sort_by_attribute: The field to sort by for Identity attributes.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/identity",
            _LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortByAttribute": sort_by_attribute,
                "sortOrder": sort_order,
                "userId": user_id,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.IdentityAccessReviewSummaryCollection", self._client.request(call))

    def list_identity_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListIdentityAccessReviewsSortByParam | None = None,
        sort_by_attribute: str | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_identity_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/identity",
            _LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES,
            query={
                "userId": user_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortByAttribute": sort_by_attribute,
                "sortOrder": sort_order,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[dict[str, _t.Any]]",
            self._client.paginate(call, _LIST_IDENTITY_ACCESS_REVIEWS_PAGING),
        )

    def list_ownership_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListOwnershipAccessReviewsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.OwnershipAccessReviewSummaryCollection:
        """Get a list of Ownership Access Reviews

        Returns details of all ownership access reviews for a given user with support of pagination.

        Args:
            user_id: Identifier of the user who is performing the operation.
            keyword_contains: The list of keywords to filter on
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. The default value will be assignmentName.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/ownership",
            _LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "userId": user_id,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.OwnershipAccessReviewSummaryCollection", self._client.request(call))

    def list_ownership_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListOwnershipAccessReviewsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_ownership_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/ownership",
            _LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES,
            query={
                "userId": user_id,
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
            "_t.Iterator[dict[str, _t.Any]]",
            self._client.paginate(call, _LIST_OWNERSHIP_ACCESS_REVIEWS_PAGING),
        )

    def get_access_review(
        self,
        *,
        access_review_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessReview:
        """Get details of an access review

        Returns details of the access review for a given accessReviewId.

        Args:
            access_review_id: Unique access review identifier.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}",
            _GET_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessReview", self._client.request(call))

    def list_actionable_policy_statements(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListActionablePolicyStatementsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PolicyStatementSummaryCollection:
        """Get list of Actionable Policy Statements for an policy access review

        Returns list of Actionable Policy Statements for an policy access review.

        Args:
            access_review_id: Unique access review identifier.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. The default value is position.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actionablePolicyStatements",
            _LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.PolicyStatementSummaryCollection", self._client.request(call))

    def list_actionable_policy_statements_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _types.ListActionablePolicyStatementsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_actionable_policy_statements`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actionablePolicyStatements",
            _LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[dict[str, _t.Any]]",
            self._client.paginate(call, _LIST_ACTIONABLE_POLICY_STATEMENTS_PAGING),
        )

    def accept_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _m.AcceptOrRevokeAccessReviewDetails
        | _types.AcceptOrRevokeAccessReviewDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Accept an access review

        Accepting the access review for a given accessReviewId.

        Args:
            access_review_id: Unique access review identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details to accept the Access Review.
                justification (optional): The justification for the decision.
                timeExpiresSelected (optional): The current date that the temporal access is set to expire. An RFC3339 formatted datetime string. Only applicable to Permission review of an access bundle.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/accept",
            _ACCEPT_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def assign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _m.UpdateOwnerAccessReviewDetails
        | _types.UpdateOwnerAccessReviewDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Assign an access review

        Assigning ownership of an unmatched account to the identity id of the access review.

        Args:
            access_review_id: Unique access review identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details to assign the Access Review.
                identityId (optional): Global Identity ID to whom this review task is reassigned or matched to Orphan account.
                justification (optional): The justification for the decision.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/assign",
            _ASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def modify_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _m.ModifyAccessReviewDetails | _types.ModifyAccessReviewDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Modify an access review

        Modifying the access review for a given accessReviewId.

        Args:
            access_review_id: Unique access review identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details to modify the Access Review.
                acceptedChildIds (optional): List of child ids that are accepted for given access review.
                justification (optional): The justification for the decision.
                revokedChildIds (optional): List of child ids that are revoked for given access review.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/modify",
            _MODIFY_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def reassign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _m.UpdateOwnerAccessReviewDetails
        | _types.UpdateOwnerAccessReviewDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Reassign an access review

        Reassigning the access review to new reviewer(identityId) for a given accessReviewId.

        Args:
            access_review_id: Unique access review identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details to reassign the Access Review.
                identityId (optional): Global Identity ID to whom this review task is reassigned or matched to Orphan account.
                justification (optional): The justification for the decision.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/reassign",
            _REASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def remove_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _m.AcceptOrRevokeAccessReviewDetails
        | _types.AcceptOrRevokeAccessReviewDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Remove an access review

        Removing the unmatched account for the access review.

        Args:
            access_review_id: Unique access review identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details to remove the Access Review.
                justification (optional): The justification for the decision.
                timeExpiresSelected (optional): The current date that the temporal access is set to expire. An RFC3339 formatted datetime string. Only applicable to Permission review of an access bundle.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            ApiError: 412 Precondition failed
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/remove",
            _REMOVE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def revoke_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _m.AcceptOrRevokeAccessReviewDetails
        | _types.AcceptOrRevokeAccessReviewDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Revoke an access review

        Revoking the access review for a given accessReviewId.

        Args:
            access_review_id: Unique access review identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details to revoke the Access Review.
                justification (optional): The justification for the decision.
                timeExpiresSelected (optional): The current date that the temporal access is set to expire. An RFC3339 formatted datetime string. Only applicable to Permission review of an access bundle.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/revoke",
            _REVOKE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def list_access_review_associations(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListAccessReviewAssociationsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get list of Access Association for the given review task

        Returns list of Access Association for the given access review.

        Args:
            access_review_id: Unique access review identifier.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The sort by for associations. The default value is position.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/associations",
            _LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return self._client.request(call)

    def list_access_review_associations_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _types.ListAccessReviewAssociationsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_access_review_associations`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/associations",
            _LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]",
            self._client.paginate(call, _LIST_ACCESS_REVIEW_ASSOCIATIONS_PAGING),
        )

    def list_access_review_event_changes(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListAccessReviewEventChangesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessReviewEventChangesSummaryCollection:
        """Get list of event changes for an access review

        Returns list of event changes of the access review for a given accessReviewId.

        Args:
            access_review_id: Unique access review identifier.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The sort by parameter for event changes and default value is displayName.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/eventChanges",
            _LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessReviewEventChangesSummaryCollection", self._client.request(call))

    def list_access_review_event_changes_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _types.ListAccessReviewEventChangesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.AccessReviewEventChangesSummary]:
        """Like `list_access_review_event_changes`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/eventChanges",
            _LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.AccessReviewEventChangesSummary]",
            self._client.paginate(call, _LIST_ACCESS_REVIEW_EVENT_CHANGES_PAGING),
        )

    def list_access_review_identities(
        self,
        *,
        access_review_id: str,
        type: _types.ListAccessReviewIdentitiesTypeParam,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListAccessReviewIdentitiesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.IdentitySummaryCollection:
        """Get list of identities for an Ownership or Identity collection access review based on ConditionType param

        Returns list of identities for an Ownership or Identity collection access review.

        Args:
            access_review_id: Unique access review identifier.
            type: The type of member identity.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. The default value will be entityName.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/identities",
            _LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "type": type,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.IdentitySummaryCollection", self._client.request(call))

    def list_access_review_identities_iter(
        self,
        *,
        access_review_id: str,
        type: _types.ListAccessReviewIdentitiesTypeParam,
        limit: int | None = None,
        sort_by: _types.ListAccessReviewIdentitiesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.IdentitySummary]:
        """Like `list_access_review_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/identities",
            _LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"type": type, "limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.IdentitySummary]",
            self._client.paginate(call, _LIST_ACCESS_REVIEW_IDENTITIES_PAGING),
        )

    def get_access_review_insights(
        self,
        *,
        access_review_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessReviewInsights:
        """Get insights for an access review

        Returns insights of the access review for a given accessReviewId.

        Args:
            access_review_id: Unique access review identifier.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/insights",
            _GET_ACCESS_REVIEW_INSIGHTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessReviewInsights", self._client.request(call))

    def get_access_review_membership_rules(
        self,
        *,
        access_review_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.MembershipRule:
        """Get membership rules and excluded identities for Identity collection access review

        Returns membership rules and excluded identities for Identity collection access review.

        Args:
            access_review_id: Unique access review identifier.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/membershipRules",
            _GET_ACCESS_REVIEW_MEMBERSHIP_RULES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.MembershipRule", self._client.request(call))

    def get_policy_statement(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PolicyStatement:
        """Get the policy statements details for the given policy statement ID for the policy access review

        Returns policy statements details for the given policy statement ID for the policy access review.

        Args:
            access_review_id: Unique access review identifier.
            policy_statement_id: Unique policy statement identifier.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            RateLimitError: 429 Too Many Requests
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}",
            _GET_POLICY_STATEMENT_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.PolicyStatement", self._client.request(call))

    def list_policy_statement_identities(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListPolicyStatementIdentitiesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """List Policy statement identities for the given policy statement

        Retrieves details of policy statement identities for the policy statement.

        Args:
            access_review_id: Unique access review identifier.
            policy_statement_id: Unique policy statement identifier.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. The default value is displayName.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/identities",
            _LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return self._client.request(call)

    def list_policy_statement_identities_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        sort_by: _types.ListPolicyStatementIdentitiesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_policy_statement_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/identities",
            _LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]",
            self._client.paginate(call, _LIST_POLICY_STATEMENT_IDENTITIES_PAGING),
        )

    def list_policy_statement_resource_counts(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        group_by: _types.ListPolicyStatementResourceCountsGroupByParam,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        type: _types.ListPolicyStatementResourceCountsTypeParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ResourceAggregationSummaryCollection:
        """List resource counts summary of the policy statement

        Returns resource counts summary of the policy statement for the policy access review.

        Args:
            access_review_id: Unique access review identifier.
            policy_statement_id: Unique policy statement identifier.
            group_by: The group by field for policy resources.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            type: The parameter for resource dimension type. The default value is RESOURCE_TYPE.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resourceCounts",
            _LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={
                "groupBy": group_by,
                "limit": limit,
                "page": page,
                "sortOrder": sort_order,
                "type": type,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.ResourceAggregationSummaryCollection", self._client.request(call))

    def list_policy_statement_resource_counts_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        group_by: _types.ListPolicyStatementResourceCountsGroupByParam,
        limit: int | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        type: _types.ListPolicyStatementResourceCountsTypeParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.ResourceAggregationSummary]:
        """Like `list_policy_statement_resource_counts`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resourceCounts",
            _LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"groupBy": group_by, "limit": limit, "sortOrder": sort_order, "type": type},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.ResourceAggregationSummary]",
            self._client.paginate(call, _LIST_POLICY_STATEMENT_RESOURCE_COUNTS_PAGING),
        )

    def list_policy_statement_resources(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListPolicyStatementResourcesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PolicyStatementResourceSummaryCollection:
        """List Policy statements resources for the given policy statement

        Retrieves list of resources for the policy statement.

        Args:
            access_review_id: Unique access review identifier.
            policy_statement_id: Unique policy statement identifier.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The parameter for policy resources sortBy. The default value is resourceName.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resources",
            _LIST_POLICY_STATEMENT_RESOURCES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.PolicyStatementResourceSummaryCollection", self._client.request(call))

    def list_policy_statement_resources_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        sort_by: _types.ListPolicyStatementResourcesSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_policy_statement_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resources",
            _LIST_POLICY_STATEMENT_RESOURCES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[dict[str, _t.Any]]",
            self._client.paginate(call, _LIST_POLICY_STATEMENT_RESOURCES_PAGING),
        )

    def list_access_review_prior_actions(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListAccessReviewPriorActionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessReviewPriorActionsSummaryCollection:
        """Get list of prior actions for an access review

        Returns list of prior actions of the access review for a given accessReviewId.

        Args:
            access_review_id: Unique access review identifier.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The sort by parameter for prior actions and default value is timeReviewed.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/priorActions",
            _LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessReviewPriorActionsSummaryCollection", self._client.request(call))

    def list_access_review_prior_actions_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _types.ListAccessReviewPriorActionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_access_review_prior_actions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/priorActions",
            _LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[dict[str, _t.Any]]",
            self._client.paginate(call, _LIST_ACCESS_REVIEW_PRIOR_ACTIONS_PAGING),
        )


class AccessReviewsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_access_control_access_reviews = _rt.to_raw_response(
        AccessReviews.list_access_control_access_reviews
    )
    list_identity_access_reviews = _rt.to_raw_response(AccessReviews.list_identity_access_reviews)
    list_ownership_access_reviews = _rt.to_raw_response(AccessReviews.list_ownership_access_reviews)
    get_access_review = _rt.to_raw_response(AccessReviews.get_access_review)
    list_actionable_policy_statements = _rt.to_raw_response(
        AccessReviews.list_actionable_policy_statements
    )
    accept_access_review = _rt.to_raw_response(AccessReviews.accept_access_review)
    assign_access_review = _rt.to_raw_response(AccessReviews.assign_access_review)
    modify_access_review = _rt.to_raw_response(AccessReviews.modify_access_review)
    reassign_access_review = _rt.to_raw_response(AccessReviews.reassign_access_review)
    remove_access_review = _rt.to_raw_response(AccessReviews.remove_access_review)
    revoke_access_review = _rt.to_raw_response(AccessReviews.revoke_access_review)
    list_access_review_associations = _rt.to_raw_response(
        AccessReviews.list_access_review_associations
    )
    list_access_review_event_changes = _rt.to_raw_response(
        AccessReviews.list_access_review_event_changes
    )
    list_access_review_identities = _rt.to_raw_response(AccessReviews.list_access_review_identities)
    get_access_review_insights = _rt.to_raw_response(AccessReviews.get_access_review_insights)
    get_access_review_membership_rules = _rt.to_raw_response(
        AccessReviews.get_access_review_membership_rules
    )
    get_policy_statement = _rt.to_raw_response(AccessReviews.get_policy_statement)
    list_policy_statement_identities = _rt.to_raw_response(
        AccessReviews.list_policy_statement_identities
    )
    list_policy_statement_resource_counts = _rt.to_raw_response(
        AccessReviews.list_policy_statement_resource_counts
    )
    list_policy_statement_resources = _rt.to_raw_response(
        AccessReviews.list_policy_statement_resources
    )
    list_access_review_prior_actions = _rt.to_raw_response(
        AccessReviews.list_access_review_prior_actions
    )


class AsyncAccessReviews(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncAccessReviewsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccessReviewsWithRawResponse(_rt.RawCalls(self._client))

    list_access_control_access_reviews = _rt.to_async(
        AccessReviews.list_access_control_access_reviews
    )
    list_access_control_access_reviews_iter = _rt.to_async_iterator(
        AccessReviews.list_access_control_access_reviews_iter
    )
    list_identity_access_reviews = _rt.to_async(AccessReviews.list_identity_access_reviews)
    list_identity_access_reviews_iter = _rt.to_async_iterator(
        AccessReviews.list_identity_access_reviews_iter
    )
    list_ownership_access_reviews = _rt.to_async(AccessReviews.list_ownership_access_reviews)
    list_ownership_access_reviews_iter = _rt.to_async_iterator(
        AccessReviews.list_ownership_access_reviews_iter
    )
    get_access_review = _rt.to_async(AccessReviews.get_access_review)
    list_actionable_policy_statements = _rt.to_async(
        AccessReviews.list_actionable_policy_statements
    )
    list_actionable_policy_statements_iter = _rt.to_async_iterator(
        AccessReviews.list_actionable_policy_statements_iter
    )
    accept_access_review = _rt.to_async(AccessReviews.accept_access_review)
    assign_access_review = _rt.to_async(AccessReviews.assign_access_review)
    modify_access_review = _rt.to_async(AccessReviews.modify_access_review)
    reassign_access_review = _rt.to_async(AccessReviews.reassign_access_review)
    remove_access_review = _rt.to_async(AccessReviews.remove_access_review)
    revoke_access_review = _rt.to_async(AccessReviews.revoke_access_review)
    list_access_review_associations = _rt.to_async(AccessReviews.list_access_review_associations)
    list_access_review_associations_iter = _rt.to_async_iterator(
        AccessReviews.list_access_review_associations_iter
    )
    list_access_review_event_changes = _rt.to_async(AccessReviews.list_access_review_event_changes)
    list_access_review_event_changes_iter = _rt.to_async_iterator(
        AccessReviews.list_access_review_event_changes_iter
    )
    list_access_review_identities = _rt.to_async(AccessReviews.list_access_review_identities)
    list_access_review_identities_iter = _rt.to_async_iterator(
        AccessReviews.list_access_review_identities_iter
    )
    get_access_review_insights = _rt.to_async(AccessReviews.get_access_review_insights)
    get_access_review_membership_rules = _rt.to_async(
        AccessReviews.get_access_review_membership_rules
    )
    get_policy_statement = _rt.to_async(AccessReviews.get_policy_statement)
    list_policy_statement_identities = _rt.to_async(AccessReviews.list_policy_statement_identities)
    list_policy_statement_identities_iter = _rt.to_async_iterator(
        AccessReviews.list_policy_statement_identities_iter
    )
    list_policy_statement_resource_counts = _rt.to_async(
        AccessReviews.list_policy_statement_resource_counts
    )
    list_policy_statement_resource_counts_iter = _rt.to_async_iterator(
        AccessReviews.list_policy_statement_resource_counts_iter
    )
    list_policy_statement_resources = _rt.to_async(AccessReviews.list_policy_statement_resources)
    list_policy_statement_resources_iter = _rt.to_async_iterator(
        AccessReviews.list_policy_statement_resources_iter
    )
    list_access_review_prior_actions = _rt.to_async(AccessReviews.list_access_review_prior_actions)
    list_access_review_prior_actions_iter = _rt.to_async_iterator(
        AccessReviews.list_access_review_prior_actions_iter
    )


class AsyncAccessReviewsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_access_control_access_reviews = _rt.to_async_raw_response(
        AccessReviews.list_access_control_access_reviews
    )
    list_identity_access_reviews = _rt.to_async_raw_response(
        AccessReviews.list_identity_access_reviews
    )
    list_ownership_access_reviews = _rt.to_async_raw_response(
        AccessReviews.list_ownership_access_reviews
    )
    get_access_review = _rt.to_async_raw_response(AccessReviews.get_access_review)
    list_actionable_policy_statements = _rt.to_async_raw_response(
        AccessReviews.list_actionable_policy_statements
    )
    accept_access_review = _rt.to_async_raw_response(AccessReviews.accept_access_review)
    assign_access_review = _rt.to_async_raw_response(AccessReviews.assign_access_review)
    modify_access_review = _rt.to_async_raw_response(AccessReviews.modify_access_review)
    reassign_access_review = _rt.to_async_raw_response(AccessReviews.reassign_access_review)
    remove_access_review = _rt.to_async_raw_response(AccessReviews.remove_access_review)
    revoke_access_review = _rt.to_async_raw_response(AccessReviews.revoke_access_review)
    list_access_review_associations = _rt.to_async_raw_response(
        AccessReviews.list_access_review_associations
    )
    list_access_review_event_changes = _rt.to_async_raw_response(
        AccessReviews.list_access_review_event_changes
    )
    list_access_review_identities = _rt.to_async_raw_response(
        AccessReviews.list_access_review_identities
    )
    get_access_review_insights = _rt.to_async_raw_response(AccessReviews.get_access_review_insights)
    get_access_review_membership_rules = _rt.to_async_raw_response(
        AccessReviews.get_access_review_membership_rules
    )
    get_policy_statement = _rt.to_async_raw_response(AccessReviews.get_policy_statement)
    list_policy_statement_identities = _rt.to_async_raw_response(
        AccessReviews.list_policy_statement_identities
    )
    list_policy_statement_resource_counts = _rt.to_async_raw_response(
        AccessReviews.list_policy_statement_resource_counts
    )
    list_policy_statement_resources = _rt.to_async_raw_response(
        AccessReviews.list_policy_statement_resources
    )
    list_access_review_prior_actions = _rt.to_async_raw_response(
        AccessReviews.list_access_review_prior_actions
    )
