"""Operations tagged 'access_reviews' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessControlAccessReviewSummaryCollection))
}
_LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.IdentityAccessReviewSummaryCollection))
}
_LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OwnershipAccessReviewSummaryCollection))
}
_GET_ACCESS_REVIEW_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessReview))
}
_LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PolicyStatementSummaryCollection)),
    "400": ("json", _rt.ModelOf(_models.Error)),
}
_ACCEPT_ACCESS_REVIEW_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
}
_ASSIGN_ACCESS_REVIEW_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
}
_MODIFY_ACCESS_REVIEW_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_REASSIGN_ACCESS_REVIEW_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
}
_REMOVE_ACCESS_REVIEW_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "412": ("json", _rt.ModelOf(_models.Error)),
}
_REVOKE_ACCESS_REVIEW_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
}
_LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None)
}
_LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessReviewEventChangesSummaryCollection))
}
_LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.IdentitySummaryCollection))
}
_GET_ACCESS_REVIEW_INSIGHTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessReviewInsights))
}
_GET_ACCESS_REVIEW_MEMBERSHIP_RULES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.MembershipRule)),
    "400": ("json", _rt.ModelOf(_models.Error)),
}
_GET_POLICY_STATEMENT_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PolicyStatement)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "429": ("json", _rt.ModelOf(_models.Error)),
}
_LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None)
}
_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.ResourceAggregationSummaryCollection))
}
_LIST_POLICY_STATEMENT_RESOURCES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PolicyStatementResourceSummaryCollection)),
    "400": ("json", _rt.ModelOf(_models.Error)),
}
_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessReviewPriorActionsSummaryCollection)),
    "400": ("json", _rt.ModelOf(_models.Error)),
}


class AccessReviews:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AccessReviewsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccessReviewsWithRawResponse(self._client)

    def list_access_control_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessControlAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessControlAccessReviewSummaryCollection:
        """Get a list of Access Control Access Reviews

        Returns details of all access control access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/accessControl",
            responses=_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_models.AccessControlAccessReviewSummaryCollection", self._client.request(call)
        )

    def list_access_control_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListAccessControlAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_access_control_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/accessControl",
            responses=_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES,
            query={
                "userId": user_id,
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

    def list_identity_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityAccessReviewsSortBy | str | None = None,
        sort_by_attribute: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.IdentityAccessReviewSummaryCollection:
        """Get a list of Identity Access Reviews

        Returns details of all identity access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/identity",
            responses=_LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast("_models.IdentityAccessReviewSummaryCollection", self._client.request(call))

    def list_identity_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityAccessReviewsSortBy | str | None = None,
        sort_by_attribute: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_identity_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/identity",
            responses=_LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES,
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

    def list_ownership_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListOwnershipAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.OwnershipAccessReviewSummaryCollection:
        """Get a list of Ownership Access Reviews

        Returns details of all ownership access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/ownership",
            responses=_LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast("_models.OwnershipAccessReviewSummaryCollection", self._client.request(call))

    def list_ownership_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListOwnershipAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_ownership_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/ownership",
            responses=_LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES,
            query={
                "userId": user_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
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

    def get_access_review(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _models.AccessReview:
        """Get details of an access review

        Returns details of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}",
            responses=_GET_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessReview", self._client.request(call))

    def list_actionable_policy_statements(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListActionablePolicyStatementsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.PolicyStatementSummaryCollection:
        """Get list of Actionable Policy Statements for an policy access review

        Returns list of Actionable Policy Statements for an policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actionablePolicyStatements",
            responses=_LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.PolicyStatementSummaryCollection", self._client.request(call))

    def list_actionable_policy_statements_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _models.ListActionablePolicyStatementsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_actionable_policy_statements`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actionablePolicyStatements",
            responses=_LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
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

    def accept_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Accept an access review

        Accepting the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/accept",
            responses=_ACCEPT_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def assign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.UpdateOwnerAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Assign an access review

        Assigning ownership of an unmatched account to the identity id of the access review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/assign",
            responses=_ASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def modify_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.ModifyAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Modify an access review

        Modifying the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/modify",
            responses=_MODIFY_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def reassign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.UpdateOwnerAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Reassign an access review

        Reassigning the access review to new reviewer(identityId) for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/reassign",
            responses=_REASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def remove_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Remove an access review

        Removing the unmatched account for the access review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/remove",
            responses=_REMOVE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def revoke_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Revoke an access review

        Revoking the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/revoke",
            responses=_REVOKE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def list_access_review_associations(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewAssociationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get list of Access Association for the given review task

        Returns list of Access Association for the given access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/associations",
            responses=_LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.request(call)

    def list_access_review_associations_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _models.ListAccessReviewAssociationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_access_review_associations`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/associations",
            responses=_LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def list_access_review_event_changes(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewEventChangesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessReviewEventChangesSummaryCollection:
        """Get list of event changes for an access review

        Returns list of event changes of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/eventChanges",
            responses=_LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_models.AccessReviewEventChangesSummaryCollection", self._client.request(call)
        )

    def list_access_review_event_changes_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _models.ListAccessReviewEventChangesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_models.AccessReviewEventChangesSummary]:
        """Like `list_access_review_event_changes`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/eventChanges",
            responses=_LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.Iterator[_models.AccessReviewEventChangesSummary]",
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

    def list_access_review_identities(
        self,
        *,
        access_review_id: str,
        type: _models.ListAccessReviewIdentitiesType | str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.IdentitySummaryCollection:
        """Get list of identities for an Ownership or Identity collection access review based on ConditionType param

        Returns list of identities for an Ownership or Identity collection access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/identities",
            responses=_LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "type": type,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.IdentitySummaryCollection", self._client.request(call))

    def list_access_review_identities_iter(
        self,
        *,
        access_review_id: str,
        type: _models.ListAccessReviewIdentitiesType | str,
        limit: int | None = None,
        sort_by: _models.ListAccessReviewIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_models.IdentitySummary]:
        """Like `list_access_review_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/identities",
            responses=_LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"type": type, "limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.Iterator[_models.IdentitySummary]",
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

    def get_access_review_insights(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _models.AccessReviewInsights:
        """Get insights for an access review

        Returns insights of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/insights",
            responses=_GET_ACCESS_REVIEW_INSIGHTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessReviewInsights", self._client.request(call))

    def get_access_review_membership_rules(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _models.MembershipRule:
        """Get membership rules and excluded identities for Identity collection access review

        Returns membership rules and excluded identities for Identity collection access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/membershipRules",
            responses=_GET_ACCESS_REVIEW_MEMBERSHIP_RULES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.MembershipRule", self._client.request(call))

    def get_policy_statement(
        self, *, access_review_id: str, policy_statement_id: str, opc_request_id: str | None = None
    ) -> _models.PolicyStatement:
        """Get the policy statements details for the given policy statement ID for the policy access review

        Returns policy statements details for the given policy statement ID for the policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}",
            responses=_GET_POLICY_STATEMENT_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.PolicyStatement", self._client.request(call))

    def list_policy_statement_identities(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListPolicyStatementIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """List Policy statement identities for the given policy statement

        Retrieves details of policy statement identities for the policy statement.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/identities",
            responses=_LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.request(call)

    def list_policy_statement_identities_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        sort_by: _models.ListPolicyStatementIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_policy_statement_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/identities",
            responses=_LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def list_policy_statement_resource_counts(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        group_by: _models.ListPolicyStatementResourceCountsGroupBy | str,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        type: _models.ListPolicyStatementResourceCountsType | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.ResourceAggregationSummaryCollection:
        """List resource counts summary of the policy statement

        Returns resource counts summary of the policy statement for the policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resourceCounts",
            responses=_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES,
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
        )
        return _t.cast("_models.ResourceAggregationSummaryCollection", self._client.request(call))

    def list_policy_statement_resource_counts_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        group_by: _models.ListPolicyStatementResourceCountsGroupBy | str,
        limit: int | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        type: _models.ListPolicyStatementResourceCountsType | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_models.ResourceAggregationSummary]:
        """Like `list_policy_statement_resource_counts`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resourceCounts",
            responses=_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"groupBy": group_by, "limit": limit, "sortOrder": sort_order, "type": type},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.Iterator[_models.ResourceAggregationSummary]",
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

    def list_policy_statement_resources(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListPolicyStatementResourcesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.PolicyStatementResourceSummaryCollection:
        """List Policy statements resources for the given policy statement

        Retrieves list of resources for the policy statement.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resources",
            responses=_LIST_POLICY_STATEMENT_RESOURCES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_models.PolicyStatementResourceSummaryCollection", self._client.request(call)
        )

    def list_policy_statement_resources_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        sort_by: _models.ListPolicyStatementResourcesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_policy_statement_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resources",
            responses=_LIST_POLICY_STATEMENT_RESOURCES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
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

    def list_access_review_prior_actions(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewPriorActionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessReviewPriorActionsSummaryCollection:
        """Get list of prior actions for an access review

        Returns list of prior actions of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/priorActions",
            responses=_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_models.AccessReviewPriorActionsSummaryCollection", self._client.request(call)
        )

    def list_access_review_prior_actions_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _models.ListAccessReviewPriorActionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_access_review_prior_actions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/priorActions",
            responses=_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
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


class AccessReviewsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_access_control_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessControlAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessControlAccessReviewSummaryCollection]:
        """Get a list of Access Control Access Reviews

        Returns details of all access control access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/accessControl",
            responses=_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessControlAccessReviewSummaryCollection]",
            self._client.request_raw(call),
        )

    def list_identity_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityAccessReviewsSortBy | str | None = None,
        sort_by_attribute: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.IdentityAccessReviewSummaryCollection]:
        """Get a list of Identity Access Reviews

        Returns details of all identity access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/identity",
            responses=_LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdentityAccessReviewSummaryCollection]",
            self._client.request_raw(call),
        )

    def list_ownership_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListOwnershipAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.OwnershipAccessReviewSummaryCollection]:
        """Get a list of Ownership Access Reviews

        Returns details of all ownership access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/ownership",
            responses=_LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.OwnershipAccessReviewSummaryCollection]",
            self._client.request_raw(call),
        )

    def get_access_review(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessReview]:
        """Get details of an access review

        Returns details of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}",
            responses=_GET_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.AccessReview]", self._client.request_raw(call))

    def list_actionable_policy_statements(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListActionablePolicyStatementsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.PolicyStatementSummaryCollection]:
        """Get list of Actionable Policy Statements for an policy access review

        Returns list of Actionable Policy Statements for an policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actionablePolicyStatements",
            responses=_LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PolicyStatementSummaryCollection]",
            self._client.request_raw(call),
        )

    def accept_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Accept an access review

        Accepting the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/accept",
            responses=_ACCEPT_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def assign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.UpdateOwnerAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Assign an access review

        Assigning ownership of an unmatched account to the identity id of the access review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/assign",
            responses=_ASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def modify_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.ModifyAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Modify an access review

        Modifying the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/modify",
            responses=_MODIFY_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def reassign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.UpdateOwnerAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Reassign an access review

        Reassigning the access review to new reviewer(identityId) for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/reassign",
            responses=_REASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def remove_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Remove an access review

        Removing the unmatched account for the access review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/remove",
            responses=_REMOVE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def revoke_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Revoke an access review

        Revoking the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/revoke",
            responses=_REVOKE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def list_access_review_associations(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewAssociationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get list of Access Association for the given review task

        Returns list of Access Association for the given access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/associations",
            responses=_LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.request_raw(call)

    def list_access_review_event_changes(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewEventChangesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessReviewEventChangesSummaryCollection]:
        """Get list of event changes for an access review

        Returns list of event changes of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/eventChanges",
            responses=_LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessReviewEventChangesSummaryCollection]",
            self._client.request_raw(call),
        )

    def list_access_review_identities(
        self,
        *,
        access_review_id: str,
        type: _models.ListAccessReviewIdentitiesType | str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.IdentitySummaryCollection]:
        """Get list of identities for an Ownership or Identity collection access review based on ConditionType param

        Returns list of identities for an Ownership or Identity collection access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/identities",
            responses=_LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "type": type,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdentitySummaryCollection]", self._client.request_raw(call)
        )

    def get_access_review_insights(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessReviewInsights]:
        """Get insights for an access review

        Returns insights of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/insights",
            responses=_GET_ACCESS_REVIEW_INSIGHTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessReviewInsights]", self._client.request_raw(call)
        )

    def get_access_review_membership_rules(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.MembershipRule]:
        """Get membership rules and excluded identities for Identity collection access review

        Returns membership rules and excluded identities for Identity collection access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/membershipRules",
            responses=_GET_ACCESS_REVIEW_MEMBERSHIP_RULES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.MembershipRule]", self._client.request_raw(call))

    def get_policy_statement(
        self, *, access_review_id: str, policy_statement_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.PolicyStatement]:
        """Get the policy statements details for the given policy statement ID for the policy access review

        Returns policy statements details for the given policy statement ID for the policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}",
            responses=_GET_POLICY_STATEMENT_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.PolicyStatement]", self._client.request_raw(call))

    def list_policy_statement_identities(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListPolicyStatementIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """List Policy statement identities for the given policy statement

        Retrieves details of policy statement identities for the policy statement.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/identities",
            responses=_LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.request_raw(call)

    def list_policy_statement_resource_counts(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        group_by: _models.ListPolicyStatementResourceCountsGroupBy | str,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        type: _models.ListPolicyStatementResourceCountsType | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.ResourceAggregationSummaryCollection]:
        """List resource counts summary of the policy statement

        Returns resource counts summary of the policy statement for the policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resourceCounts",
            responses=_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.ResourceAggregationSummaryCollection]",
            self._client.request_raw(call),
        )

    def list_policy_statement_resources(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListPolicyStatementResourcesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.PolicyStatementResourceSummaryCollection]:
        """List Policy statements resources for the given policy statement

        Retrieves list of resources for the policy statement.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resources",
            responses=_LIST_POLICY_STATEMENT_RESOURCES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PolicyStatementResourceSummaryCollection]",
            self._client.request_raw(call),
        )

    def list_access_review_prior_actions(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewPriorActionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessReviewPriorActionsSummaryCollection]:
        """Get list of prior actions for an access review

        Returns list of prior actions of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/priorActions",
            responses=_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessReviewPriorActionsSummaryCollection]",
            self._client.request_raw(call),
        )


class AsyncAccessReviews:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAccessReviewsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccessReviewsWithRawResponse(self._client)

    async def list_access_control_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessControlAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessControlAccessReviewSummaryCollection:
        """Get a list of Access Control Access Reviews

        Returns details of all access control access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/accessControl",
            responses=_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_models.AccessControlAccessReviewSummaryCollection", await self._client.request(call)
        )

    def list_access_control_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListAccessControlAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_access_control_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/accessControl",
            responses=_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES,
            query={
                "userId": user_id,
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

    async def list_identity_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityAccessReviewsSortBy | str | None = None,
        sort_by_attribute: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.IdentityAccessReviewSummaryCollection:
        """Get a list of Identity Access Reviews

        Returns details of all identity access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/identity",
            responses=_LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_models.IdentityAccessReviewSummaryCollection", await self._client.request(call)
        )

    def list_identity_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityAccessReviewsSortBy | str | None = None,
        sort_by_attribute: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[dict[str, _t.Any]]:
        """Like `list_identity_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/identity",
            responses=_LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES,
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

    async def list_ownership_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListOwnershipAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.OwnershipAccessReviewSummaryCollection:
        """Get a list of Ownership Access Reviews

        Returns details of all ownership access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/ownership",
            responses=_LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_models.OwnershipAccessReviewSummaryCollection", await self._client.request(call)
        )

    def list_ownership_access_reviews_iter(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListOwnershipAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[dict[str, _t.Any]]:
        """Like `list_ownership_access_reviews`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/ownership",
            responses=_LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES,
            query={
                "userId": user_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
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

    async def get_access_review(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _models.AccessReview:
        """Get details of an access review

        Returns details of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}",
            responses=_GET_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessReview", await self._client.request(call))

    async def list_actionable_policy_statements(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListActionablePolicyStatementsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.PolicyStatementSummaryCollection:
        """Get list of Actionable Policy Statements for an policy access review

        Returns list of Actionable Policy Statements for an policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actionablePolicyStatements",
            responses=_LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.PolicyStatementSummaryCollection", await self._client.request(call))

    def list_actionable_policy_statements_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _models.ListActionablePolicyStatementsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[dict[str, _t.Any]]:
        """Like `list_actionable_policy_statements`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actionablePolicyStatements",
            responses=_LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
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

    async def accept_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Accept an access review

        Accepting the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/accept",
            responses=_ACCEPT_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def assign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.UpdateOwnerAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Assign an access review

        Assigning ownership of an unmatched account to the identity id of the access review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/assign",
            responses=_ASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def modify_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.ModifyAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Modify an access review

        Modifying the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/modify",
            responses=_MODIFY_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def reassign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.UpdateOwnerAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Reassign an access review

        Reassigning the access review to new reviewer(identityId) for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/reassign",
            responses=_REASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def remove_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Remove an access review

        Removing the unmatched account for the access review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/remove",
            responses=_REMOVE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def revoke_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Revoke an access review

        Revoking the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/revoke",
            responses=_REVOKE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def list_access_review_associations(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewAssociationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get list of Access Association for the given review task

        Returns list of Access Association for the given access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/associations",
            responses=_LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return await self._client.request(call)

    def list_access_review_associations_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _models.ListAccessReviewAssociationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_access_review_associations`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/associations",
            responses=_LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def list_access_review_event_changes(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewEventChangesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessReviewEventChangesSummaryCollection:
        """Get list of event changes for an access review

        Returns list of event changes of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/eventChanges",
            responses=_LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_models.AccessReviewEventChangesSummaryCollection", await self._client.request(call)
        )

    def list_access_review_event_changes_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _models.ListAccessReviewEventChangesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_models.AccessReviewEventChangesSummary]:
        """Like `list_access_review_event_changes`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/eventChanges",
            responses=_LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.AccessReviewEventChangesSummary]",
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

    async def list_access_review_identities(
        self,
        *,
        access_review_id: str,
        type: _models.ListAccessReviewIdentitiesType | str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.IdentitySummaryCollection:
        """Get list of identities for an Ownership or Identity collection access review based on ConditionType param

        Returns list of identities for an Ownership or Identity collection access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/identities",
            responses=_LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "type": type,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.IdentitySummaryCollection", await self._client.request(call))

    def list_access_review_identities_iter(
        self,
        *,
        access_review_id: str,
        type: _models.ListAccessReviewIdentitiesType | str,
        limit: int | None = None,
        sort_by: _models.ListAccessReviewIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_models.IdentitySummary]:
        """Like `list_access_review_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/identities",
            responses=_LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"type": type, "limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.IdentitySummary]",
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

    async def get_access_review_insights(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _models.AccessReviewInsights:
        """Get insights for an access review

        Returns insights of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/insights",
            responses=_GET_ACCESS_REVIEW_INSIGHTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessReviewInsights", await self._client.request(call))

    async def get_access_review_membership_rules(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _models.MembershipRule:
        """Get membership rules and excluded identities for Identity collection access review

        Returns membership rules and excluded identities for Identity collection access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/membershipRules",
            responses=_GET_ACCESS_REVIEW_MEMBERSHIP_RULES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.MembershipRule", await self._client.request(call))

    async def get_policy_statement(
        self, *, access_review_id: str, policy_statement_id: str, opc_request_id: str | None = None
    ) -> _models.PolicyStatement:
        """Get the policy statements details for the given policy statement ID for the policy access review

        Returns policy statements details for the given policy statement ID for the policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}",
            responses=_GET_POLICY_STATEMENT_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.PolicyStatement", await self._client.request(call))

    async def list_policy_statement_identities(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListPolicyStatementIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """List Policy statement identities for the given policy statement

        Retrieves details of policy statement identities for the policy statement.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/identities",
            responses=_LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return await self._client.request(call)

    def list_policy_statement_identities_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        sort_by: _models.ListPolicyStatementIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_policy_statement_identities`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/identities",
            responses=_LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def list_policy_statement_resource_counts(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        group_by: _models.ListPolicyStatementResourceCountsGroupBy | str,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        type: _models.ListPolicyStatementResourceCountsType | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.ResourceAggregationSummaryCollection:
        """List resource counts summary of the policy statement

        Returns resource counts summary of the policy statement for the policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resourceCounts",
            responses=_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES,
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
        )
        return _t.cast(
            "_models.ResourceAggregationSummaryCollection", await self._client.request(call)
        )

    def list_policy_statement_resource_counts_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        group_by: _models.ListPolicyStatementResourceCountsGroupBy | str,
        limit: int | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        type: _models.ListPolicyStatementResourceCountsType | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_models.ResourceAggregationSummary]:
        """Like `list_policy_statement_resource_counts`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resourceCounts",
            responses=_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"groupBy": group_by, "limit": limit, "sortOrder": sort_order, "type": type},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.ResourceAggregationSummary]",
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

    async def list_policy_statement_resources(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListPolicyStatementResourcesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.PolicyStatementResourceSummaryCollection:
        """List Policy statements resources for the given policy statement

        Retrieves list of resources for the policy statement.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resources",
            responses=_LIST_POLICY_STATEMENT_RESOURCES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_models.PolicyStatementResourceSummaryCollection", await self._client.request(call)
        )

    def list_policy_statement_resources_iter(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        sort_by: _models.ListPolicyStatementResourcesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[dict[str, _t.Any]]:
        """Like `list_policy_statement_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resources",
            responses=_LIST_POLICY_STATEMENT_RESOURCES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
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

    async def list_access_review_prior_actions(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewPriorActionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessReviewPriorActionsSummaryCollection:
        """Get list of prior actions for an access review

        Returns list of prior actions of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/priorActions",
            responses=_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_models.AccessReviewPriorActionsSummaryCollection", await self._client.request(call)
        )

    def list_access_review_prior_actions_iter(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        sort_by: _models.ListAccessReviewPriorActionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[dict[str, _t.Any]]:
        """Like `list_access_review_prior_actions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/priorActions",
            responses=_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
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


class AsyncAccessReviewsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_access_control_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessControlAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessControlAccessReviewSummaryCollection]:
        """Get a list of Access Control Access Reviews

        Returns details of all access control access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/accessControl",
            responses=_LIST_ACCESS_CONTROL_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessControlAccessReviewSummaryCollection]",
            await self._client.request_raw(call),
        )

    async def list_identity_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityAccessReviewsSortBy | str | None = None,
        sort_by_attribute: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.IdentityAccessReviewSummaryCollection]:
        """Get a list of Identity Access Reviews

        Returns details of all identity access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/identity",
            responses=_LIST_IDENTITY_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdentityAccessReviewSummaryCollection]",
            await self._client.request_raw(call),
        )

    async def list_ownership_access_reviews(
        self,
        *,
        user_id: str,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListOwnershipAccessReviewsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.OwnershipAccessReviewSummaryCollection]:
        """Get a list of Ownership Access Reviews

        Returns details of all ownership access reviews for a given user with support of pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/ownership",
            responses=_LIST_OWNERSHIP_ACCESS_REVIEWS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.OwnershipAccessReviewSummaryCollection]",
            await self._client.request_raw(call),
        )

    async def get_access_review(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessReview]:
        """Get details of an access review

        Returns details of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}",
            responses=_GET_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessReview]", await self._client.request_raw(call)
        )

    async def list_actionable_policy_statements(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListActionablePolicyStatementsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.PolicyStatementSummaryCollection]:
        """Get list of Actionable Policy Statements for an policy access review

        Returns list of Actionable Policy Statements for an policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actionablePolicyStatements",
            responses=_LIST_ACTIONABLE_POLICY_STATEMENTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PolicyStatementSummaryCollection]",
            await self._client.request_raw(call),
        )

    async def accept_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Accept an access review

        Accepting the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/accept",
            responses=_ACCEPT_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def assign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.UpdateOwnerAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Assign an access review

        Assigning ownership of an unmatched account to the identity id of the access review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/assign",
            responses=_ASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def modify_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.ModifyAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Modify an access review

        Modifying the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/modify",
            responses=_MODIFY_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def reassign_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.UpdateOwnerAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Reassign an access review

        Reassigning the access review to new reviewer(identityId) for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/reassign",
            responses=_REASSIGN_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def remove_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Remove an access review

        Removing the unmatched account for the access review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/remove",
            responses=_REMOVE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def revoke_access_review(
        self,
        *,
        access_review_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.AcceptOrRevokeAccessReviewDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Revoke an access review

        Revoking the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/actions/revoke",
            responses=_REVOKE_ACCESS_REVIEW_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def list_access_review_associations(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewAssociationsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get list of Access Association for the given review task

        Returns list of Access Association for the given access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/associations",
            responses=_LIST_ACCESS_REVIEW_ASSOCIATIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return await self._client.request_raw(call)

    async def list_access_review_event_changes(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewEventChangesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessReviewEventChangesSummaryCollection]:
        """Get list of event changes for an access review

        Returns list of event changes of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/eventChanges",
            responses=_LIST_ACCESS_REVIEW_EVENT_CHANGES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessReviewEventChangesSummaryCollection]",
            await self._client.request_raw(call),
        )

    async def list_access_review_identities(
        self,
        *,
        access_review_id: str,
        type: _models.ListAccessReviewIdentitiesType | str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.IdentitySummaryCollection]:
        """Get list of identities for an Ownership or Identity collection access review based on ConditionType param

        Returns list of identities for an Ownership or Identity collection access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/identities",
            responses=_LIST_ACCESS_REVIEW_IDENTITIES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "type": type,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.IdentitySummaryCollection]",
            await self._client.request_raw(call),
        )

    async def get_access_review_insights(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessReviewInsights]:
        """Get insights for an access review

        Returns insights of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/insights",
            responses=_GET_ACCESS_REVIEW_INSIGHTS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessReviewInsights]", await self._client.request_raw(call)
        )

    async def get_access_review_membership_rules(
        self, *, access_review_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.MembershipRule]:
        """Get membership rules and excluded identities for Identity collection access review

        Returns membership rules and excluded identities for Identity collection access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/membershipRules",
            responses=_GET_ACCESS_REVIEW_MEMBERSHIP_RULES_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.MembershipRule]", await self._client.request_raw(call)
        )

    async def get_policy_statement(
        self, *, access_review_id: str, policy_statement_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.PolicyStatement]:
        """Get the policy statements details for the given policy statement ID for the policy access review

        Returns policy statements details for the given policy statement ID for the policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}",
            responses=_GET_POLICY_STATEMENT_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PolicyStatement]", await self._client.request_raw(call)
        )

    async def list_policy_statement_identities(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListPolicyStatementIdentitiesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """List Policy statement identities for the given policy statement

        Retrieves details of policy statement identities for the policy statement.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/identities",
            responses=_LIST_POLICY_STATEMENT_IDENTITIES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return await self._client.request_raw(call)

    async def list_policy_statement_resource_counts(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        group_by: _models.ListPolicyStatementResourceCountsGroupBy | str,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        type: _models.ListPolicyStatementResourceCountsType | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.ResourceAggregationSummaryCollection]:
        """List resource counts summary of the policy statement

        Returns resource counts summary of the policy statement for the policy access review.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resourceCounts",
            responses=_LIST_POLICY_STATEMENT_RESOURCE_COUNTS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.ResourceAggregationSummaryCollection]",
            await self._client.request_raw(call),
        )

    async def list_policy_statement_resources(
        self,
        *,
        access_review_id: str,
        policy_statement_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListPolicyStatementResourcesSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.PolicyStatementResourceSummaryCollection]:
        """List Policy statements resources for the given policy statement

        Retrieves list of resources for the policy statement.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/policyStatements/{policyStatementId}/resources",
            responses=_LIST_POLICY_STATEMENT_RESOURCES_RESPONSES,
            path_params={
                "accessReviewId": access_review_id,
                "policyStatementId": policy_statement_id,
            },
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PolicyStatementResourceSummaryCollection]",
            await self._client.request_raw(call),
        )

    async def list_access_review_prior_actions(
        self,
        *,
        access_review_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListAccessReviewPriorActionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessReviewPriorActionsSummaryCollection]:
        """Get list of prior actions for an access review

        Returns list of prior actions of the access review for a given accessReviewId.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/accessReviews/{accessReviewId}/priorActions",
            responses=_LIST_ACCESS_REVIEW_PRIOR_ACTIONS_RESPONSES,
            path_params={"accessReviewId": access_review_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessReviewPriorActionsSummaryCollection]",
            await self._client.request_raw(call),
        )
