"""Operations tagged 'campaigns' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_CAMPAIGNS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.CampaignCollection)),
    "400": ("json", _rt.ModelOf(_models.Error)),
}
_CREATE_CAMPAIGN_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"default": ("empty", None)}
_GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_COMPARTMENTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_DOMAINS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_PERMISSIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_POLICIES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_RESOURCES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_ROLES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_CAMPAIGN_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Campaign))
}
_UPDATE_CAMPAIGN_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"default": ("empty", None)}
_DELETE_CAMPAIGN_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "204": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
}
_APPROVE_CAMPAIGN_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
}
_CHANGE_CAMPAIGN_OWNER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
}
_TERMINATE_CAMPAIGN_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "202": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
}


class Campaigns:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CampaignsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return CampaignsWithRawResponse(self._client)

    def list_campaigns(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListCampaignsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.CampaignCollection:
        """Get a list of Campaigns

        Returns a list of all campaigns.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_LIST_CAMPAIGNS_RESPONSES,
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
        return _t.cast("_models.CampaignCollection", self._client.request(call))

    def list_campaigns_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListCampaignsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_campaigns`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_LIST_CAMPAIGNS_RESPONSES,
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

    def create_campaign(
        self,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.CreateCampaignDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Create a new campaign

        Creates a new Access or Ownership campaign.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_CREATE_CAMPAIGN_RESPONSES,
            headers={"opc-request-id": opc_request_id, "opc-retry-token": opc_retry_token},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_cloud_providers(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Cloud Providers

        Returns a list of tenancies for a cloud system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/cloudProviders",
            responses=_GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_cloud_providers_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_cloud_providers`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/cloudProviders",
            responses=_GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign_compartments(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Compartments

        Returns a list of compartments in a tenancy for a cloud system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/compartments",
            responses=_GET_CAMPAIGN_COMPARTMENTS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_compartments_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_compartments`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/compartments",
            responses=_GET_CAMPAIGN_COMPARTMENTS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign_custom_attribute_values(
        self,
        *,
        custom_attribute_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get custom attributes values

        Retrieve a list of custom attribute values applicable to 'Who has access?' when running Access Reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/customAttributes/{customAttributeId}",
            responses=_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES,
            path_params={"customAttributeId": custom_attribute_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_custom_attribute_values_iter(
        self,
        *,
        custom_attribute_id: str,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_custom_attribute_values`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/customAttributes/{customAttributeId}",
            responses=_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES,
            path_params={"customAttributeId": custom_attribute_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign_domains(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.CriteriaDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Domains

        Retrieves a list of domains associated with a tenancy in a specified compartment.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/domains",
            responses=_GET_CAMPAIGN_DOMAINS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_domains_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.CriteriaDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_domains`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/domains",
            responses=_GET_CAMPAIGN_DOMAINS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign_identity_collections(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Identity Collections

        Retrieves a list of identity collections for running membership review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/identityCollections",
            responses=_GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_identity_collections_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_identity_collections`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/identityCollections",
            responses=_GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign_permissions(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Permissions

        Retrieves a list of permissions for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/permissions",
            responses=_GET_CAMPAIGN_PERMISSIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_permissions_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/permissions",
            responses=_GET_CAMPAIGN_PERMISSIONS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign_policies(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Policies

        Retrieves a list of policies for running policy reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/policies",
            responses=_GET_CAMPAIGN_POLICIES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_policies_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_policies`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/policies",
            responses=_GET_CAMPAIGN_POLICIES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign_resources(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Resources

        Retrieves a list of resources (What are users accessing?) for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/resources",
            responses=_GET_CAMPAIGN_RESOURCES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_resources_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/resources",
            responses=_GET_CAMPAIGN_RESOURCES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign_roles(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Roles

        Retrieves a list of roles for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/roles",
            responses=_GET_CAMPAIGN_ROLES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_campaign_roles_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `get_campaign_roles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/roles",
            responses=_GET_CAMPAIGN_ROLES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_campaign(
        self, *, campaign_id: str, opc_request_id: str | None = None
    ) -> _models.Campaign:
        """Get Campaign Details

        Gets the details of an existing campaign.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_GET_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Campaign", self._client.request(call))

    def update_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.CreateCampaignDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Update Campaign

        Updates an existing campaign. You can edit a campaign in the Draft or Scheduled state.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_UPDATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def delete_campaign(
        self, *, campaign_id: str, if_match: str | None = None, opc_request_id: str | None = None
    ) -> None:
        """Deletes the campaign

        Deletes an existing campaign.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_DELETE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
        )
        return _t.cast("None", self._client.request(call))

    def approve_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
    ) -> _t.Any:
        """Approve or sign-off a campaign

        Approve or sign-off a campaign.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/approve",
            responses=_APPROVE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
        )
        return self._client.request(call)

    def change_campaign_owner(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.ChangeOwnerDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Change Campaign Owner

        Change the campaign Owner.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/changeOwner",
            responses=_CHANGE_CAMPAIGN_OWNER_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def terminate_campaign(
        self,
        *,
        campaign_id: str,
        type: _models.TerminateCampaignType | str | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
    ) -> _t.Any:
        """Terminate a campaign instance or series

        Terminate an ongoing campaign instance or series.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/terminate",
            responses=_TERMINATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            query={"type": type},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
        )
        return self._client.request(call)


class CampaignsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_campaigns(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListCampaignsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.CampaignCollection]:
        """Get a list of Campaigns

        Returns a list of all campaigns.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_LIST_CAMPAIGNS_RESPONSES,
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
            "_rt.RawResponse[_models.CampaignCollection]", self._client.request_raw(call)
        )

    def create_campaign(
        self,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.CreateCampaignDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Create a new campaign

        Creates a new Access or Ownership campaign.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_CREATE_CAMPAIGN_RESPONSES,
            headers={"opc-request-id": opc_request_id, "opc-retry-token": opc_retry_token},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_cloud_providers(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Cloud Providers

        Returns a list of tenancies for a cloud system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/cloudProviders",
            responses=_GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_compartments(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Compartments

        Returns a list of compartments in a tenancy for a cloud system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/compartments",
            responses=_GET_CAMPAIGN_COMPARTMENTS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_custom_attribute_values(
        self,
        *,
        custom_attribute_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get custom attributes values

        Retrieve a list of custom attribute values applicable to 'Who has access?' when running Access Reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/customAttributes/{customAttributeId}",
            responses=_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES,
            path_params={"customAttributeId": custom_attribute_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_domains(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.CriteriaDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Domains

        Retrieves a list of domains associated with a tenancy in a specified compartment.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/domains",
            responses=_GET_CAMPAIGN_DOMAINS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_identity_collections(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Identity Collections

        Retrieves a list of identity collections for running membership review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/identityCollections",
            responses=_GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_permissions(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Permissions

        Retrieves a list of permissions for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/permissions",
            responses=_GET_CAMPAIGN_PERMISSIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_policies(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Policies

        Retrieves a list of policies for running policy reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/policies",
            responses=_GET_CAMPAIGN_POLICIES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_resources(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Resources

        Retrieves a list of resources (What are users accessing?) for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/resources",
            responses=_GET_CAMPAIGN_RESOURCES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign_roles(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Roles

        Retrieves a list of roles for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/roles",
            responses=_GET_CAMPAIGN_ROLES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_campaign(
        self, *, campaign_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.Campaign]:
        """Get Campaign Details

        Gets the details of an existing campaign.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_GET_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Campaign]", self._client.request_raw(call))

    def update_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.CreateCampaignDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Update Campaign

        Updates an existing campaign. You can edit a campaign in the Draft or Scheduled state.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_UPDATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def delete_campaign(
        self, *, campaign_id: str, if_match: str | None = None, opc_request_id: str | None = None
    ) -> _rt.RawResponse[None]:
        """Deletes the campaign

        Deletes an existing campaign.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_DELETE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[None]", self._client.request_raw(call))

    def approve_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Approve or sign-off a campaign

        Approve or sign-off a campaign.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/approve",
            responses=_APPROVE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
        )
        return self._client.request_raw(call)

    def change_campaign_owner(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.ChangeOwnerDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Change Campaign Owner

        Change the campaign Owner.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/changeOwner",
            responses=_CHANGE_CAMPAIGN_OWNER_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def terminate_campaign(
        self,
        *,
        campaign_id: str,
        type: _models.TerminateCampaignType | str | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Terminate a campaign instance or series

        Terminate an ongoing campaign instance or series.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/terminate",
            responses=_TERMINATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            query={"type": type},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
        )
        return self._client.request_raw(call)


class AsyncCampaigns:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCampaignsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncCampaignsWithRawResponse(self._client)

    async def list_campaigns(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListCampaignsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.CampaignCollection:
        """Get a list of Campaigns

        Returns a list of all campaigns.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_LIST_CAMPAIGNS_RESPONSES,
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
        return _t.cast("_models.CampaignCollection", await self._client.request(call))

    def list_campaigns_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListCampaignsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[dict[str, _t.Any]]:
        """Like `list_campaigns`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_LIST_CAMPAIGNS_RESPONSES,
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

    async def create_campaign(
        self,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.CreateCampaignDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Create a new campaign

        Creates a new Access or Ownership campaign.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_CREATE_CAMPAIGN_RESPONSES,
            headers={"opc-request-id": opc_request_id, "opc-retry-token": opc_retry_token},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def get_campaign_cloud_providers(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Cloud Providers

        Returns a list of tenancies for a cloud system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/cloudProviders",
            responses=_GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_cloud_providers_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_cloud_providers`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/cloudProviders",
            responses=_GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign_compartments(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Compartments

        Returns a list of compartments in a tenancy for a cloud system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/compartments",
            responses=_GET_CAMPAIGN_COMPARTMENTS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_compartments_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_compartments`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/compartments",
            responses=_GET_CAMPAIGN_COMPARTMENTS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign_custom_attribute_values(
        self,
        *,
        custom_attribute_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get custom attributes values

        Retrieve a list of custom attribute values applicable to 'Who has access?' when running Access Reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/customAttributes/{customAttributeId}",
            responses=_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES,
            path_params={"customAttributeId": custom_attribute_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_custom_attribute_values_iter(
        self,
        *,
        custom_attribute_id: str,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_custom_attribute_values`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/customAttributes/{customAttributeId}",
            responses=_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES,
            path_params={"customAttributeId": custom_attribute_id},
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign_domains(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.CriteriaDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Domains

        Retrieves a list of domains associated with a tenancy in a specified compartment.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/domains",
            responses=_GET_CAMPAIGN_DOMAINS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_domains_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.CriteriaDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_domains`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/domains",
            responses=_GET_CAMPAIGN_DOMAINS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign_identity_collections(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Identity Collections

        Retrieves a list of identity collections for running membership review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/identityCollections",
            responses=_GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_identity_collections_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_identity_collections`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/identityCollections",
            responses=_GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign_permissions(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Permissions

        Retrieves a list of permissions for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/permissions",
            responses=_GET_CAMPAIGN_PERMISSIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_permissions_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/permissions",
            responses=_GET_CAMPAIGN_PERMISSIONS_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign_policies(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Policies

        Retrieves a list of policies for running policy reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/policies",
            responses=_GET_CAMPAIGN_POLICIES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_policies_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_policies`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/policies",
            responses=_GET_CAMPAIGN_POLICIES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign_resources(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Resources

        Retrieves a list of resources (What are users accessing?) for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/resources",
            responses=_GET_CAMPAIGN_RESOURCES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_resources_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/resources",
            responses=_GET_CAMPAIGN_RESOURCES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign_roles(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Get Roles

        Retrieves a list of roles for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/roles",
            responses=_GET_CAMPAIGN_ROLES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    def get_campaign_roles_iter(
        self,
        *,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `get_campaign_roles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/roles",
            responses=_GET_CAMPAIGN_ROLES_RESPONSES,
            query={"limit": limit, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_campaign(
        self, *, campaign_id: str, opc_request_id: str | None = None
    ) -> _models.Campaign:
        """Get Campaign Details

        Gets the details of an existing campaign.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_GET_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Campaign", await self._client.request(call))

    async def update_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.CreateCampaignDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Update Campaign

        Updates an existing campaign. You can edit a campaign in the Draft or Scheduled state.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_UPDATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def delete_campaign(
        self, *, campaign_id: str, if_match: str | None = None, opc_request_id: str | None = None
    ) -> None:
        """Deletes the campaign

        Deletes an existing campaign.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_DELETE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
        )
        return _t.cast("None", await self._client.request(call))

    async def approve_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
    ) -> _t.Any:
        """Approve or sign-off a campaign

        Approve or sign-off a campaign.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/approve",
            responses=_APPROVE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
        )
        return await self._client.request(call)

    async def change_campaign_owner(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.ChangeOwnerDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Change Campaign Owner

        Change the campaign Owner.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/changeOwner",
            responses=_CHANGE_CAMPAIGN_OWNER_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def terminate_campaign(
        self,
        *,
        campaign_id: str,
        type: _models.TerminateCampaignType | str | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
    ) -> _t.Any:
        """Terminate a campaign instance or series

        Terminate an ongoing campaign instance or series.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/terminate",
            responses=_TERMINATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            query={"type": type},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
        )
        return await self._client.request(call)


class AsyncCampaignsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_campaigns(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListCampaignsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.CampaignCollection]:
        """Get a list of Campaigns

        Returns a list of all campaigns.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_LIST_CAMPAIGNS_RESPONSES,
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
            "_rt.RawResponse[_models.CampaignCollection]", await self._client.request_raw(call)
        )

    async def create_campaign(
        self,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.CreateCampaignDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Create a new campaign

        Creates a new Access or Ownership campaign.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns",
            responses=_CREATE_CAMPAIGN_RESPONSES,
            headers={"opc-request-id": opc_request_id, "opc-retry-token": opc_retry_token},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_cloud_providers(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Cloud Providers

        Returns a list of tenancies for a cloud system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/cloudProviders",
            responses=_GET_CAMPAIGN_CLOUD_PROVIDERS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_compartments(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Compartments

        Returns a list of compartments in a tenancy for a cloud system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/compartments",
            responses=_GET_CAMPAIGN_COMPARTMENTS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_custom_attribute_values(
        self,
        *,
        custom_attribute_id: str,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get custom attributes values

        Retrieve a list of custom attribute values applicable to 'Who has access?' when running Access Reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/customAttributes/{customAttributeId}",
            responses=_GET_CAMPAIGN_CUSTOM_ATTRIBUTE_VALUES_RESPONSES,
            path_params={"customAttributeId": custom_attribute_id},
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_domains(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.CriteriaDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Domains

        Retrieves a list of domains associated with a tenancy in a specified compartment.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/domains",
            responses=_GET_CAMPAIGN_DOMAINS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_identity_collections(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Identity Collections

        Retrieves a list of identity collections for running membership review.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/identityCollections",
            responses=_GET_CAMPAIGN_IDENTITY_COLLECTIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_permissions(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Permissions

        Retrieves a list of permissions for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/permissions",
            responses=_GET_CAMPAIGN_PERMISSIONS_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_policies(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Policies

        Retrieves a list of policies for running policy reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/policies",
            responses=_GET_CAMPAIGN_POLICIES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_resources(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.KeywordFilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Resources

        Retrieves a list of resources (What are users accessing?) for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/resources",
            responses=_GET_CAMPAIGN_RESOURCES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign_roles(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
        body: _models.FilteredDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get Roles

        Retrieves a list of roles for running access reviews.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/roles",
            responses=_GET_CAMPAIGN_ROLES_RESPONSES,
            query={"limit": limit, "page": page, "sortBy": sort_by, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_campaign(
        self, *, campaign_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.Campaign]:
        """Get Campaign Details

        Gets the details of an existing campaign.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_GET_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Campaign]", await self._client.request_raw(call))

    async def update_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        body: _models.CreateCampaignDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Update Campaign

        Updates an existing campaign. You can edit a campaign in the Draft or Scheduled state.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_UPDATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def delete_campaign(
        self, *, campaign_id: str, if_match: str | None = None, opc_request_id: str | None = None
    ) -> _rt.RawResponse[None]:
        """Deletes the campaign

        Deletes an existing campaign.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}",
            responses=_DELETE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={"if-match": if_match, "opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[None]", await self._client.request_raw(call))

    async def approve_campaign(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Approve or sign-off a campaign

        Approve or sign-off a campaign.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/approve",
            responses=_APPROVE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
        )
        return await self._client.request_raw(call)

    async def change_campaign_owner(
        self,
        *,
        campaign_id: str,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.ChangeOwnerDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Change Campaign Owner

        Change the campaign Owner.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/changeOwner",
            responses=_CHANGE_CAMPAIGN_OWNER_RESPONSES,
            path_params={"campaignId": campaign_id},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def terminate_campaign(
        self,
        *,
        campaign_id: str,
        type: _models.TerminateCampaignType | str | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Terminate a campaign instance or series

        Terminate an ongoing campaign instance or series.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-reviews/20250331/campaigns/{campaignId}/actions/terminate",
            responses=_TERMINATE_CAMPAIGN_RESPONSES,
            path_params={"campaignId": campaign_id},
            query={"type": type},
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
        )
        return await self._client.request_raw(call)
