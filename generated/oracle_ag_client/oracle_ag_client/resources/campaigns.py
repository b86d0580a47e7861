"""Operations tagged 'campaigns' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_CAMPAIGNS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("CampaignCollection")),
    "400": ("json", _rt.ModelOf("Error")),
}
_LIST_CAMPAIGNS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_CREATE_CAMPAIGN_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_CLOUD_PROVIDERS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_COMPARTMENTS_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_COMPARTMENTS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_DOMAINS_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_DOMAINS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_IDENTITY_COLLECTIONS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_PERMISSIONS_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_PERMISSIONS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_POLICIES_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_POLICIES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_RESOURCES_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_RESOURCES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_ROLES_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
_GET_CAMPAIGN_ROLES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_CAMPAIGN_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Campaign"))}
_UPDATE_CAMPAIGN_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_DELETE_CAMPAIGN_RESPONSES: _rt.Responses = {
    "204": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
}
_APPROVE_CAMPAIGN_RESPONSES: _rt.Responses = {
    "200": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
}
_CHANGE_CAMPAIGN_OWNER_RESPONSES: _rt.Responses = {
    "200": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
}
_TERMINATE_CAMPAIGN_RESPONSES: _rt.Responses = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
}


class Campaigns(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> CampaignsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return CampaignsWithRawResponse(_rt.RawCalls(self._client))

    def list_campaigns(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListCampaignsStatusParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.CampaignCollection:
        """Get a list of Campaigns

        Returns a list of all campaigns.

        Args:
            keyword_contains: The list of keywords to filter on
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            status: The status of the campaign.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/campaigns",
            _LIST_CAMPAIGNS_RESPONSES,
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
        return _t.cast("_m.CampaignCollection", self._client.request(call))

    def list_campaigns_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListCampaignsStatusParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_campaigns`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/campaigns",
            _LIST_CAMPAIGNS_RESPONSES,
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
            "_t.Iterator[dict[str, _t.Any]]", self._client.paginate(call, _LIST_CAMPAIGNS_PAGING)
        )

    def create_campaign(
        self,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _m.CreateCampaignDetails | _types.CreateCampaignDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Create a new campaign

        Creates a new Access or Ownership campaign.

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            opc_retry_token: A token that uniquely identifies a request so it can be retried in case of a timeout or server error without risk of executing that same action again. Retry tokens expire after 24 hours, but can be invalidated before then due to conflicting operations. For example, if a resource has been deleted and purged from the system, then a retry of the original creation request might be rejected.
            body: Details for the new campaign.
                criteria (optional): The criteria for the campaign.
                customReviewerId (optional): User ID of the custom reviewer in the custom user workflow.
                description (optional): The campaign description.
                displayName (optional): The display name of the campaign.
                isRecurring (optional): Whether or not the campaign is recurring - if recurring, then the frequency and seriesRecurrences will also be provided.
                justificationRule (optional): The justification rule for the campaign.
                ownerEmail (optional): The email of the campaign owner.
                ownerId (optional): User ID of campaign owner.
                ownerName (optional): The name of the campaign owner.
                ownerUsername (optional): The username of the campaign owner.
                reviewExclusions (optional): List of the review types which are excluded from campaign.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns",
            _CREATE_CAMPAIGN_RESPONSES,
            headers={"opc-request-id": opc_request_id, "opc-retry-token": opc_retry_token},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_campaign_cloud_providers(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Cloud Providers

        Returns a list of tenancies for a cloud system.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign.
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria.
                keywordContains (optional): The substring to match the name or description to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/cloudProviders",
            _GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_cloud_providers_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_cloud_providers`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/cloudProviders",
            _GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _GET_CAMPAIGN_CLOUD_PROVIDERS_PAGING)
        )

    def get_campaign_compartments(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.FilteredDetails | _types.FilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Compartments

        Returns a list of compartments in a tenancy for a cloud system.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria
                nameContains (optional): The substring to match the name to
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/compartments",
            _GET_CAMPAIGN_COMPARTMENTS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_compartments_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.FilteredDetails | _types.FilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_compartments`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/compartments",
            _GET_CAMPAIGN_COMPARTMENTS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _GET_CAMPAIGN_COMPARTMENTS_PAGING)
        )

    def get_campaign_custom_attribute_values(
        self,
        *,
        custom_attribute_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get custom attributes values

        Retrieve a list of custom attribute values applicable to 'Who has access?' when running Access Reviews.

        Args:
            custom_attribute_id: Custom attribute Id in path.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign.
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria.
                keywordContains (optional): The substring to match the name or description to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/customAttributes/{customAttributeId}",
            _GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES,
            path_params={"customAttributeId": custom_attribute_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_custom_attribute_values_iter(
        self,
        *,
        custom_attribute_id: str,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_custom_attribute_values`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/customAttributes/{customAttributeId}",
            _GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES,
            path_params={"customAttributeId": custom_attribute_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]",
            self._client.paginate(call, _GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_PAGING),
        )

    def get_campaign_domains(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.CriteriaDetails | _types.CriteriaDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Domains

        Retrieves a list of domains associated with a tenancy in a specified compartment.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign.
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/domains",
            _GET_CAMPAIGN_DOMAINS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_domains_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.CriteriaDetails | _types.CriteriaDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_domains`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/domains",
            _GET_CAMPAIGN_DOMAINS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _GET_CAMPAIGN_DOMAINS_PAGING)
        )

    def get_campaign_identity_collections(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Identity Collections

        Retrieves a list of identity collections for running membership review.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign.
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria.
                keywordContains (optional): The substring to match the name or description to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/identityCollections",
            _GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_identity_collections_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_identity_collections`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/identityCollections",
            _GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]",
            self._client.paginate(call, _GET_CAMPAIGN_IDENTITY_COLLECTIONS_PAGING),
        )

    def get_campaign_permissions(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Permissions

        Retrieves a list of permissions for running access reviews.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign.
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria.
                keywordContains (optional): The substring to match the name or description to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/permissions",
            _GET_CAMPAIGN_PERMISSIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_permissions_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/permissions",
            _GET_CAMPAIGN_PERMISSIONS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _GET_CAMPAIGN_PERMISSIONS_PAGING)
        )

    def get_campaign_policies(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Policies

        Retrieves a list of policies for running policy reviews.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign.
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria.
                keywordContains (optional): The substring to match the name or description to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/policies",
            _GET_CAMPAIGN_POLICIES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_policies_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_policies`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/policies",
            _GET_CAMPAIGN_POLICIES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _GET_CAMPAIGN_POLICIES_PAGING)
        )

    def get_campaign_resources(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Resources

        Retrieves a list of resources (What are users accessing?) for running access reviews.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign.
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria.
                keywordContains (optional): The substring to match the name or description to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/resources",
            _GET_CAMPAIGN_RESOURCES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_resources_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.KeywordFilteredDetails | _types.KeywordFilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/resources",
            _GET_CAMPAIGN_RESOURCES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _GET_CAMPAIGN_RESOURCES_PAGING)
        )

    def get_campaign_roles(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.FilteredDetails | _types.FilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get Roles

        Retrieves a list of roles for running access reviews.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: The filters to apply.
                scope (required): The scope of the campaign
                campaignType (optional): Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend.
                criteria (optional): The list of criteria
                nameContains (optional): The substring to match the name to
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/roles",
            _GET_CAMPAIGN_ROLES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return self._client.request(call)

    def get_campaign_roles_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        body: _m.FilteredDetails | _types.FilteredDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_roles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/roles",
            _GET_CAMPAIGN_ROLES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _GET_CAMPAIGN_ROLES_PAGING)
        )

    def get_campaign(
        self,
        *,
        campaign_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Campaign:
        """Get Campaign Details

        Gets the details of an existing campaign.

        Args:
            campaign_id: Unique Campaign identifier.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            _GET_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.Campaign", self._client.request(call))

    def update_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _m.CreateCampaignDetails | _types.CreateCampaignDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Update Campaign

        Updates an existing campaign. You can edit a campaign in the Draft or Scheduled state.

        Args:
            campaign_id: Unique Campaign identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for updating a campaign.
                criteria (optional): The criteria for the campaign.
                customReviewerId (optional): User ID of the custom reviewer in the custom user workflow.
                description (optional): The campaign description.
                displayName (optional): The display name of the campaign.
                isRecurring (optional): Whether or not the campaign is recurring - if recurring, then the frequency and seriesRecurrences will also be provided.
                justificationRule (optional): The justification rule for the campaign.
                ownerEmail (optional): The email of the campaign owner.
                ownerId (optional): User ID of campaign owner.
                ownerName (optional): The name of the campaign owner.
                ownerUsername (optional): The username of the campaign owner.
                reviewExclusions (optional): List of the review types which are excluded from campaign.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "PUT",
            "/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            _UPDATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def delete_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Deletes the campaign

        Deletes an existing campaign.

        Args:
            campaign_id: Unique Campaign identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
        """
        call = _rt.Call(
            "DELETE",
            "/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            _DELETE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def approve_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Approve or sign-off a campaign

        Approve or sign-off a campaign.

        Args:
            campaign_id: Unique Campaign identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            opc_retry_token: A token that uniquely identifies a request so it can be retried in case of a timeout or server error without risk of executing that same action again. Retry tokens expire after 24 hours, but can be invalidated before then due to conflicting operations. For example, if a resource has been deleted and purged from the system, then a retry of the original creation request might be rejected.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/approve",
            _APPROVE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def change_campaign_owner(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _m.ChangeOwnerDetails | _types.ChangeOwnerDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Change Campaign Owner

        Change the campaign Owner.

        Args:
            campaign_id: Unique Campaign identifier.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            opc_retry_token: A token that uniquely identifies a request so it can be retried in case of a timeout or server error without risk of executing that same action again. Retry tokens expire after 24 hours, but can be invalidated before then due to conflicting operations. For example, if a resource has been deleted and purged from the system, then a retry of the original creation request might be rejected.
            body: Details for change owner.
                ownerId (required): User ID of campaign owner.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/changeOwner",
            _CHANGE_CAMPAIGN_OWNER_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def terminate_campaign(
        self,
        *,
        campaign_id: str,
        type: _types.TerminateCampaignTypeParam | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Terminate a campaign instance or series

        Terminate an ongoing campaign instance or series.

        Args:
            campaign_id: Unique Campaign identifier.
            type: The termination type.
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            opc_retry_token: A token that uniquely identifies a request so it can be retried in case of a timeout or server error without risk of executing that same action again. Retry tokens expire after 24 hours, but can be invalidated before then due to conflicting operations. For example, if a resource has been deleted and purged from the system, then a retry of the original creation request might be rejected.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/terminate",
            _TERMINATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            query={"type": type},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class CampaignsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_campaigns = _rt.to_raw_response(Campaigns.list_campaigns)
    create_campaign = _rt.to_raw_response(Campaigns.create_campaign)
    get_campaign_cloud_providers = _rt.to_raw_response(Campaigns.get_campaign_cloud_providers)
    get_campaign_compartments = _rt.to_raw_response(Campaigns.get_campaign_compartments)
    get_campaign_custom_attribute_values = _rt.to_raw_response(
        Campaigns.get_campaign_custom_attribute_values
    )
    get_campaign_domains = _rt.to_raw_response(Campaigns.get_campaign_domains)
    get_campaign_identity_collections = _rt.to_raw_response(
        Campaigns.get_campaign_identity_collections
    )
    get_campaign_permissions = _rt.to_raw_response(Campaigns.get_campaign_permissions)
    get_campaign_policies = _rt.to_raw_response(Campaigns.get_campaign_policies)
    get_campaign_resources = _rt.to_raw_response(Campaigns.get_campaign_resources)
    get_campaign_roles = _rt.to_raw_response(Campaigns.get_campaign_roles)
    get_campaign = _rt.to_raw_response(Campaigns.get_campaign)
    update_campaign = _rt.to_raw_response(Campaigns.update_campaign)
    delete_campaign = _rt.to_raw_response(Campaigns.delete_campaign)
    approve_campaign = _rt.to_raw_response(Campaigns.approve_campaign)
    change_campaign_owner = _rt.to_raw_response(Campaigns.change_campaign_owner)
    terminate_campaign = _rt.to_raw_response(Campaigns.terminate_campaign)


class AsyncCampaigns(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncCampaignsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncCampaignsWithRawResponse(_rt.RawCalls(self._client))

    list_campaigns = _rt.to_async(Campaigns.list_campaigns)
    list_campaigns_iter = _rt.to_async_iterator(Campaigns.list_campaigns_iter)
    create_campaign = _rt.to_async(Campaigns.create_campaign)
    get_campaign_cloud_providers = _rt.to_async(Campaigns.get_campaign_cloud_providers)
    get_campaign_cloud_providers_iter = _rt.to_async_iterator(
        Campaigns.get_campaign_cloud_providers_iter
    )
    get_campaign_compartments = _rt.to_async(Campaigns.get_campaign_compartments)
    get_campaign_compartments_iter = _rt.to_async_iterator(Campaigns.get_campaign_compartments_iter)
    get_campaign_custom_attribute_values = _rt.to_async(
        Campaigns.get_campaign_custom_attribute_values
    )
    get_campaign_custom_attribute_values_iter = _rt.to_async_iterator(
        Campaigns.get_campaign_custom_attribute_values_iter
    )
    get_campaign_domains = _rt.to_async(Campaigns.get_campaign_domains)
    get_campaign_domains_iter = _rt.to_async_iterator(Campaigns.get_campaign_domains_iter)
    get_campaign_identity_collections = _rt.to_async(Campaigns.get_campaign_identity_collections)
    get_campaign_identity_collections_iter = _rt.to_async_iterator(
        Campaigns.get_campaign_identity_collections_iter
    )
    get_campaign_permissions = _rt.to_async(Campaigns.get_campaign_permissions)
    get_campaign_permissions_iter = _rt.to_async_iterator(Campaigns.get_campaign_permissions_iter)
    get_campaign_policies = _rt.to_async(Campaigns.get_campaign_policies)
    get_campaign_policies_iter = _rt.to_async_iterator(Campaigns.get_campaign_policies_iter)
    get_campaign_resources = _rt.to_async(Campaigns.get_campaign_resources)
    get_campaign_resources_iter = _rt.to_async_iterator(Campaigns.get_campaign_resources_iter)
    get_campaign_roles = _rt.to_async(Campaigns.get_campaign_roles)
    get_campaign_roles_iter = _rt.to_async_iterator(Campaigns.get_campaign_roles_iter)
    get_campaign = _rt.to_async(Campaigns.get_campaign)
    update_campaign = _rt.to_async(Campaigns.update_campaign)
    delete_campaign = _rt.to_async(Campaigns.delete_campaign)
    approve_campaign = _rt.to_async(Campaigns.approve_campaign)
    change_campaign_owner = _rt.to_async(Campaigns.change_campaign_owner)
    terminate_campaign = _rt.to_async(Campaigns.terminate_campaign)


class AsyncCampaignsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_campaigns = _rt.to_async_raw_response(Campaigns.list_campaigns)
    create_campaign = _rt.to_async_raw_response(Campaigns.create_campaign)
    get_campaign_cloud_providers = _rt.to_async_raw_response(Campaigns.get_campaign_cloud_providers)
    get_campaign_compartments = _rt.to_async_raw_response(Campaigns.get_campaign_compartments)
    get_campaign_custom_attribute_values = _rt.to_async_raw_response(
        Campaigns.get_campaign_custom_attribute_values
    )
    get_campaign_domains = _rt.to_async_raw_response(Campaigns.get_campaign_domains)
    get_campaign_identity_collections = _rt.to_async_raw_response(
        Campaigns.get_campaign_identity_collections
    )
    get_campaign_permissions = _rt.to_async_raw_response(Campaigns.get_campaign_permissions)
    get_campaign_policies = _rt.to_async_raw_response(Campaigns.get_campaign_policies)
    get_campaign_resources = _rt.to_async_raw_response(Campaigns.get_campaign_resources)
    get_campaign_roles = _rt.to_async_raw_response(Campaigns.get_campaign_roles)
    get_campaign = _rt.to_async_raw_response(Campaigns.get_campaign)
    update_campaign = _rt.to_async_raw_response(Campaigns.update_campaign)
    delete_campaign = _rt.to_async_raw_response(Campaigns.delete_campaign)
    approve_campaign = _rt.to_async_raw_response(Campaigns.approve_campaign)
    change_campaign_owner = _rt.to_async_raw_response(Campaigns.change_campaign_owner)
    terminate_campaign = _rt.to_async_raw_response(Campaigns.terminate_campaign)
