"""Client and AsyncClient for Oracle Access Governance REST API (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources import access_bundles as _group_access_bundles
    from .resources import access_guardrails as _group_access_guardrails
    from .resources import access_requests as _group_access_requests
    from .resources import access_reviews as _group_access_reviews
    from .resources import account_profiles as _group_account_profiles
    from .resources import approval_workflows as _group_approval_workflows
    from .resources import approvals as _group_approvals
    from .resources import campaigns as _group_campaigns
    from .resources import identities as _group_identities
    from .resources import identity_collections as _group_identity_collections
    from .resources import orchestrated_systems as _group_orchestrated_systems
    from .resources import organizations as _group_organizations
    from .resources import policies as _group_policies
    from .resources import roles as _group_roles
    from .resources import separation_of_duties as _group_separation_of_duties
else:  # only annotations name them: each is imported when something reads them (get_type_hints)
    _group_access_bundles = _rt.LazyModule(__package__ + ".resources.access_bundles")
    _group_access_guardrails = _rt.LazyModule(__package__ + ".resources.access_guardrails")
    _group_access_requests = _rt.LazyModule(__package__ + ".resources.access_requests")
    _group_access_reviews = _rt.LazyModule(__package__ + ".resources.access_reviews")
    _group_account_profiles = _rt.LazyModule(__package__ + ".resources.account_profiles")
    _group_approval_workflows = _rt.LazyModule(__package__ + ".resources.approval_workflows")
    _group_approvals = _rt.LazyModule(__package__ + ".resources.approvals")
    _group_campaigns = _rt.LazyModule(__package__ + ".resources.campaigns")
    _group_identities = _rt.LazyModule(__package__ + ".resources.identities")
    _group_identity_collections = _rt.LazyModule(__package__ + ".resources.identity_collections")
    _group_orchestrated_systems = _rt.LazyModule(__package__ + ".resources.orchestrated_systems")
    _group_organizations = _rt.LazyModule(__package__ + ".resources.organizations")
    _group_policies = _rt.LazyModule(__package__ + ".resources.policies")
    _group_roles = _rt.LazyModule(__package__ + ".resources.roles")
    _group_separation_of_duties = _rt.LazyModule(__package__ + ".resources.separation_of_duties")

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
    def access_bundles(self) -> _group_access_bundles.AccessBundles:
        from .resources.access_bundles import AccessBundles

        return AccessBundles(self)

    @_ft.cached_property
    def access_guardrails(self) -> _group_access_guardrails.AccessGuardrails:
        from .resources.access_guardrails import AccessGuardrails

        return AccessGuardrails(self)

    @_ft.cached_property
    def access_requests(self) -> _group_access_requests.AccessRequests:
        from .resources.access_requests import AccessRequests

        return AccessRequests(self)

    @_ft.cached_property
    def approval_workflows(self) -> _group_approval_workflows.ApprovalWorkflows:
        from .resources.approval_workflows import ApprovalWorkflows

        return ApprovalWorkflows(self)

    @_ft.cached_property
    def approvals(self) -> _group_approvals.Approvals:
        from .resources.approvals import Approvals

        return Approvals(self)

    @_ft.cached_property
    def identity_collections(self) -> _group_identity_collections.IdentityCollections:
        from .resources.identity_collections import IdentityCollections

        return IdentityCollections(self)

    @_ft.cached_property
    def policies(self) -> _group_policies.Policies:
        from .resources.policies import Policies

        return Policies(self)

    @_ft.cached_property
    def roles(self) -> _group_roles.Roles:
        from .resources.roles import Roles

        return Roles(self)

    @_ft.cached_property
    def separation_of_duties(self) -> _group_separation_of_duties.SeparationOfDuties:
        from .resources.separation_of_duties import SeparationOfDuties

        return SeparationOfDuties(self)

    @_ft.cached_property
    def access_reviews(self) -> _group_access_reviews.AccessReviews:
        from .resources.access_reviews import AccessReviews

        return AccessReviews(self)

    @_ft.cached_property
    def campaigns(self) -> _group_campaigns.Campaigns:
        from .resources.campaigns import Campaigns

        return Campaigns(self)

    @_ft.cached_property
    def identities(self) -> _group_identities.Identities:
        from .resources.identities import Identities

        return Identities(self)

    @_ft.cached_property
    def orchestrated_systems(self) -> _group_orchestrated_systems.OrchestratedSystems:
        from .resources.orchestrated_systems import OrchestratedSystems

        return OrchestratedSystems(self)

    @_ft.cached_property
    def account_profiles(self) -> _group_account_profiles.AccountProfiles:
        from .resources.account_profiles import AccountProfiles

        return AccountProfiles(self)

    @_ft.cached_property
    def organizations(self) -> _group_organizations.Organizations:
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
    def access_bundles(self) -> _group_access_bundles.AsyncAccessBundles:
        from .resources.access_bundles import AsyncAccessBundles

        return AsyncAccessBundles(self)

    @_ft.cached_property
    def access_guardrails(self) -> _group_access_guardrails.AsyncAccessGuardrails:
        from .resources.access_guardrails import AsyncAccessGuardrails

        return AsyncAccessGuardrails(self)

    @_ft.cached_property
    def access_requests(self) -> _group_access_requests.AsyncAccessRequests:
        from .resources.access_requests import AsyncAccessRequests

        return AsyncAccessRequests(self)

    @_ft.cached_property
    def approval_workflows(self) -> _group_approval_workflows.AsyncApprovalWorkflows:
        from .resources.approval_workflows import AsyncApprovalWorkflows

        return AsyncApprovalWorkflows(self)

    @_ft.cached_property
    def approvals(self) -> _group_approvals.AsyncApprovals:
        from .resources.approvals import AsyncApprovals

        return AsyncApprovals(self)

    @_ft.cached_property
    def identity_collections(self) -> _group_identity_collections.AsyncIdentityCollections:
        from .resources.identity_collections import AsyncIdentityCollections

        return AsyncIdentityCollections(self)

    @_ft.cached_property
    def policies(self) -> _group_policies.AsyncPolicies:
        from .resources.policies import AsyncPolicies

        return AsyncPolicies(self)

    @_ft.cached_property
    def roles(self) -> _group_roles.AsyncRoles:
        from .resources.roles import AsyncRoles

        return AsyncRoles(self)

    @_ft.cached_property
    def separation_of_duties(self) -> _group_separation_of_duties.AsyncSeparationOfDuties:
        from .resources.separation_of_duties import AsyncSeparationOfDuties

        return AsyncSeparationOfDuties(self)

    @_ft.cached_property
    def access_reviews(self) -> _group_access_reviews.AsyncAccessReviews:
        from .resources.access_reviews import AsyncAccessReviews

        return AsyncAccessReviews(self)

    @_ft.cached_property
    def campaigns(self) -> _group_campaigns.AsyncCampaigns:
        from .resources.campaigns import AsyncCampaigns

        return AsyncCampaigns(self)

    @_ft.cached_property
    def identities(self) -> _group_identities.AsyncIdentities:
        from .resources.identities import AsyncIdentities

        return AsyncIdentities(self)

    @_ft.cached_property
    def orchestrated_systems(self) -> _group_orchestrated_systems.AsyncOrchestratedSystems:
        from .resources.orchestrated_systems import AsyncOrchestratedSystems

        return AsyncOrchestratedSystems(self)

    @_ft.cached_property
    def account_profiles(self) -> _group_account_profiles.AsyncAccountProfiles:
        from .resources.account_profiles import AsyncAccountProfiles

        return AsyncAccountProfiles(self)

    @_ft.cached_property
    def organizations(self) -> _group_organizations.AsyncOrganizations:
        from .resources.organizations import AsyncOrganizations

        return AsyncOrganizations(self)
