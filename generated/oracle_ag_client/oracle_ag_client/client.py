"""Client and AsyncClient for Oracle Access Governance REST API (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources.access_bundles import AccessBundles, AsyncAccessBundles
    from .resources.access_guardrails import AccessGuardrails, AsyncAccessGuardrails
    from .resources.access_requests import AccessRequests, AsyncAccessRequests
    from .resources.access_reviews import AccessReviews, AsyncAccessReviews
    from .resources.account_profiles import AccountProfiles, AsyncAccountProfiles
    from .resources.approval_workflows import ApprovalWorkflows, AsyncApprovalWorkflows
    from .resources.approvals import Approvals, AsyncApprovals
    from .resources.campaigns import AsyncCampaigns, Campaigns
    from .resources.identities import AsyncIdentities, Identities
    from .resources.identity_collections import AsyncIdentityCollections, IdentityCollections
    from .resources.orchestrated_systems import AsyncOrchestratedSystems, OrchestratedSystems
    from .resources.organizations import AsyncOrganizations, Organizations
    from .resources.policies import AsyncPolicies, Policies
    from .resources.roles import AsyncRoles, Roles
    from .resources.separation_of_duties import AsyncSeparationOfDuties, SeparationOfDuties

DEFAULT_BASE_URL = "https://mock-demo.cp.access-governance.oci.example.com"
ENV_PREFIX = "ORACLE_AG"


class Client(_rt.SyncClient):
    """Client for Oracle Access Governance REST API 20250331"""

    def __init__(
        self,
        *,
        token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        scope: str | None = None,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.Client | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="oracle_ag_client",
            version=__version__,
            generator=CLIENTGEN_VERSION,
            env_prefix=ENV_PREFIX,
            base_url=base_url,
            default_base_url=DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(
                env_prefix=ENV_PREFIX,
                accepted=("token", "client_id", "client_secret", "token_url", "scope"),
                required=True,
                token=token,
                client_id=client_id,
                client_secret=client_secret,
                token_url=token_url,
                default_token_url="https://{identity-domain-host}/oauth2/v1/token",
                scope=scope,
                default_scope=None,
            ),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def access_bundles(self) -> AccessBundles:
        from .resources.access_bundles import AccessBundles

        return AccessBundles(self)

    @_ft.cached_property
    def access_guardrails(self) -> AccessGuardrails:
        from .resources.access_guardrails import AccessGuardrails

        return AccessGuardrails(self)

    @_ft.cached_property
    def access_requests(self) -> AccessRequests:
        from .resources.access_requests import AccessRequests

        return AccessRequests(self)

    @_ft.cached_property
    def approval_workflows(self) -> ApprovalWorkflows:
        from .resources.approval_workflows import ApprovalWorkflows

        return ApprovalWorkflows(self)

    @_ft.cached_property
    def approvals(self) -> Approvals:
        from .resources.approvals import Approvals

        return Approvals(self)

    @_ft.cached_property
    def identity_collections(self) -> IdentityCollections:
        from .resources.identity_collections import IdentityCollections

        return IdentityCollections(self)

    @_ft.cached_property
    def policies(self) -> Policies:
        from .resources.policies import Policies

        return Policies(self)

    @_ft.cached_property
    def roles(self) -> Roles:
        from .resources.roles import Roles

        return Roles(self)

    @_ft.cached_property
    def separation_of_duties(self) -> SeparationOfDuties:
        from .resources.separation_of_duties import SeparationOfDuties

        return SeparationOfDuties(self)

    @_ft.cached_property
    def access_reviews(self) -> AccessReviews:
        from .resources.access_reviews import AccessReviews

        return AccessReviews(self)

    @_ft.cached_property
    def campaigns(self) -> Campaigns:
        from .resources.campaigns import Campaigns

        return Campaigns(self)

    @_ft.cached_property
    def identities(self) -> Identities:
        from .resources.identities import Identities

        return Identities(self)

    @_ft.cached_property
    def orchestrated_systems(self) -> OrchestratedSystems:
        from .resources.orchestrated_systems import OrchestratedSystems

        return OrchestratedSystems(self)

    @_ft.cached_property
    def account_profiles(self) -> AccountProfiles:
        from .resources.account_profiles import AccountProfiles

        return AccountProfiles(self)

    @_ft.cached_property
    def organizations(self) -> Organizations:
        from .resources.organizations import Organizations

        return Organizations(self)


class AsyncClient(_rt.AsyncClient):
    """Client for Oracle Access Governance REST API 20250331"""

    def __init__(
        self,
        *,
        token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        scope: str | None = None,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.AsyncClient | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="oracle_ag_client",
            version=__version__,
            generator=CLIENTGEN_VERSION,
            env_prefix=ENV_PREFIX,
            base_url=base_url,
            default_base_url=DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(
                env_prefix=ENV_PREFIX,
                accepted=("token", "client_id", "client_secret", "token_url", "scope"),
                required=True,
                token=token,
                client_id=client_id,
                client_secret=client_secret,
                token_url=token_url,
                default_token_url="https://{identity-domain-host}/oauth2/v1/token",
                scope=scope,
                default_scope=None,
            ),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def access_bundles(self) -> AsyncAccessBundles:
        from .resources.access_bundles import AsyncAccessBundles

        return AsyncAccessBundles(self)

    @_ft.cached_property
    def access_guardrails(self) -> AsyncAccessGuardrails:
        from .resources.access_guardrails import AsyncAccessGuardrails

        return AsyncAccessGuardrails(self)

    @_ft.cached_property
    def access_requests(self) -> AsyncAccessRequests:
        from .resources.access_requests import AsyncAccessRequests

        return AsyncAccessRequests(self)

    @_ft.cached_property
    def approval_workflows(self) -> AsyncApprovalWorkflows:
        from .resources.approval_workflows import AsyncApprovalWorkflows

        return AsyncApprovalWorkflows(self)

    @_ft.cached_property
    def approvals(self) -> AsyncApprovals:
        from .resources.approvals import AsyncApprovals

        return AsyncApprovals(self)

    @_ft.cached_property
    def identity_collections(self) -> AsyncIdentityCollections:
        from .resources.identity_collections import AsyncIdentityCollections

        return AsyncIdentityCollections(self)

    @_ft.cached_property
    def policies(self) -> AsyncPolicies:
        from .resources.policies import AsyncPolicies

        return AsyncPolicies(self)

    @_ft.cached_property
    def roles(self) -> AsyncRoles:
        from .resources.roles import AsyncRoles

        return AsyncRoles(self)

    @_ft.cached_property
    def separation_of_duties(self) -> AsyncSeparationOfDuties:
        from .resources.separation_of_duties import AsyncSeparationOfDuties

        return AsyncSeparationOfDuties(self)

    @_ft.cached_property
    def access_reviews(self) -> AsyncAccessReviews:
        from .resources.access_reviews import AsyncAccessReviews

        return AsyncAccessReviews(self)

    @_ft.cached_property
    def campaigns(self) -> AsyncCampaigns:
        from .resources.campaigns import AsyncCampaigns

        return AsyncCampaigns(self)

    @_ft.cached_property
    def identities(self) -> AsyncIdentities:
        from .resources.identities import AsyncIdentities

        return AsyncIdentities(self)

    @_ft.cached_property
    def orchestrated_systems(self) -> AsyncOrchestratedSystems:
        from .resources.orchestrated_systems import AsyncOrchestratedSystems

        return AsyncOrchestratedSystems(self)

    @_ft.cached_property
    def account_profiles(self) -> AsyncAccountProfiles:
        from .resources.account_profiles import AsyncAccountProfiles

        return AsyncAccountProfiles(self)

    @_ft.cached_property
    def organizations(self) -> AsyncOrganizations:
        from .resources.organizations import AsyncOrganizations

        return AsyncOrganizations(self)
