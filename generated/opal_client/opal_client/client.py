"""Client and AsyncClient for Opal API (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources.access_rules import AccessRules, AsyncAccessRules
    from .resources.apps import Apps, AsyncApps
    from .resources.bundles import AsyncBundles, Bundles
    from .resources.configuration_templates import (
        AsyncConfigurationTemplates,
        ConfigurationTemplates,
    )
    from .resources.delegations import AsyncDelegations, Delegations
    from .resources.event_streams import AsyncEventStreams, EventStreams
    from .resources.events import AsyncEvents, Events
    from .resources.group_bindings import AsyncGroupBindings, GroupBindings
    from .resources.groups import AsyncGroups, Groups
    from .resources.idp_group_mappings import AsyncIdpGroupMappings, IdpGroupMappings
    from .resources.message_channels import AsyncMessageChannels, MessageChannels
    from .resources.non_human_identities import AsyncNonHumanIdentities, NonHumanIdentities
    from .resources.on_call_schedules import AsyncOnCallSchedules, OnCallSchedules
    from .resources.opal_queries import AsyncOpalQueries, OpalQueries
    from .resources.owners import AsyncOwners, Owners
    from .resources.requests import AsyncRequests, Requests
    from .resources.resources import AsyncResources, Resources
    from .resources.sessions import AsyncSessions, Sessions
    from .resources.tags import AsyncTags, Tags
    from .resources.tokens import AsyncTokens, Tokens
    from .resources.uars import AsyncUars, Uars
    from .resources.users import AsyncUsers, Users

DEFAULT_BASE_URL = "https://api.opal.dev/v1"
ENV_PREFIX = "OPAL"


class Client(_rt.SyncClient):
    """Client for Opal API 1.0"""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.Client | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="opal_client",
            version=__version__,
            generator=CLIENTGEN_VERSION,
            env_prefix=ENV_PREFIX,
            base_url=base_url,
            default_base_url=DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(
                env_prefix=ENV_PREFIX, accepted=("token",), required=True, token=token
            ),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def apps(self) -> Apps:
        from .resources.apps import Apps

        return Apps(self)

    @_ft.cached_property
    def bundles(self) -> Bundles:
        from .resources.bundles import Bundles

        return Bundles(self)

    @_ft.cached_property
    def configuration_templates(self) -> ConfigurationTemplates:
        from .resources.configuration_templates import ConfigurationTemplates

        return ConfigurationTemplates(self)

    @_ft.cached_property
    def event_streams(self) -> EventStreams:
        from .resources.event_streams import EventStreams

        return EventStreams(self)

    @_ft.cached_property
    def events(self) -> Events:
        from .resources.events import Events

        return Events(self)

    @_ft.cached_property
    def groups(self) -> Groups:
        from .resources.groups import Groups

        return Groups(self)

    @_ft.cached_property
    def group_bindings(self) -> GroupBindings:
        from .resources.group_bindings import GroupBindings

        return GroupBindings(self)

    @_ft.cached_property
    def idp_group_mappings(self) -> IdpGroupMappings:
        from .resources.idp_group_mappings import IdpGroupMappings

        return IdpGroupMappings(self)

    @_ft.cached_property
    def owners(self) -> Owners:
        from .resources.owners import Owners

        return Owners(self)

    @_ft.cached_property
    def requests(self) -> Requests:
        from .resources.requests import Requests

        return Requests(self)

    @_ft.cached_property
    def resources(self) -> Resources:
        from .resources.resources import Resources

        return Resources(self)

    @_ft.cached_property
    def non_human_identities(self) -> NonHumanIdentities:
        from .resources.non_human_identities import NonHumanIdentities

        return NonHumanIdentities(self)

    @_ft.cached_property
    def sessions(self) -> Sessions:
        from .resources.sessions import Sessions

        return Sessions(self)

    @_ft.cached_property
    def users(self) -> Users:
        from .resources.users import Users

        return Users(self)

    @_ft.cached_property
    def access_rules(self) -> AccessRules:
        from .resources.access_rules import AccessRules

        return AccessRules(self)

    @_ft.cached_property
    def tags(self) -> Tags:
        from .resources.tags import Tags

        return Tags(self)

    @_ft.cached_property
    def message_channels(self) -> MessageChannels:
        from .resources.message_channels import MessageChannels

        return MessageChannels(self)

    @_ft.cached_property
    def on_call_schedules(self) -> OnCallSchedules:
        from .resources.on_call_schedules import OnCallSchedules

        return OnCallSchedules(self)

    @_ft.cached_property
    def opal_queries(self) -> OpalQueries:
        from .resources.opal_queries import OpalQueries

        return OpalQueries(self)

    @_ft.cached_property
    def tokens(self) -> Tokens:
        from .resources.tokens import Tokens

        return Tokens(self)

    @_ft.cached_property
    def uars(self) -> Uars:
        from .resources.uars import Uars

        return Uars(self)

    @_ft.cached_property
    def delegations(self) -> Delegations:
        from .resources.delegations import Delegations

        return Delegations(self)


class AsyncClient(_rt.AsyncClient):
    """Client for Opal API 1.0"""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.AsyncClient | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="opal_client",
            version=__version__,
            generator=CLIENTGEN_VERSION,
            env_prefix=ENV_PREFIX,
            base_url=base_url,
            default_base_url=DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(
                env_prefix=ENV_PREFIX, accepted=("token",), required=True, token=token
            ),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def apps(self) -> AsyncApps:
        from .resources.apps import AsyncApps

        return AsyncApps(self)

    @_ft.cached_property
    def bundles(self) -> AsyncBundles:
        from .resources.bundles import AsyncBundles

        return AsyncBundles(self)

    @_ft.cached_property
    def configuration_templates(self) -> AsyncConfigurationTemplates:
        from .resources.configuration_templates import AsyncConfigurationTemplates

        return AsyncConfigurationTemplates(self)

    @_ft.cached_property
    def event_streams(self) -> AsyncEventStreams:
        from .resources.event_streams import AsyncEventStreams

        return AsyncEventStreams(self)

    @_ft.cached_property
    def events(self) -> AsyncEvents:
        from .resources.events import AsyncEvents

        return AsyncEvents(self)

    @_ft.cached_property
    def groups(self) -> AsyncGroups:
        from .resources.groups import AsyncGroups

        return AsyncGroups(self)

    @_ft.cached_property
    def group_bindings(self) -> AsyncGroupBindings:
        from .resources.group_bindings import AsyncGroupBindings

        return AsyncGroupBindings(self)

    @_ft.cached_property
    def idp_group_mappings(self) -> AsyncIdpGroupMappings:
        from .resources.idp_group_mappings import AsyncIdpGroupMappings

        return AsyncIdpGroupMappings(self)

    @_ft.cached_property
    def owners(self) -> AsyncOwners:
        from .resources.owners import AsyncOwners

        return AsyncOwners(self)

    @_ft.cached_property
    def requests(self) -> AsyncRequests:
        from .resources.requests import AsyncRequests

        return AsyncRequests(self)

    @_ft.cached_property
    def resources(self) -> AsyncResources:
        from .resources.resources import AsyncResources

        return AsyncResources(self)

    @_ft.cached_property
    def non_human_identities(self) -> AsyncNonHumanIdentities:
        from .resources.non_human_identities import AsyncNonHumanIdentities

        return AsyncNonHumanIdentities(self)

    @_ft.cached_property
    def sessions(self) -> AsyncSessions:
        from .resources.sessions import AsyncSessions

        return AsyncSessions(self)

    @_ft.cached_property
    def users(self) -> AsyncUsers:
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @_ft.cached_property
    def access_rules(self) -> AsyncAccessRules:
        from .resources.access_rules import AsyncAccessRules

        return AsyncAccessRules(self)

    @_ft.cached_property
    def tags(self) -> AsyncTags:
        from .resources.tags import AsyncTags

        return AsyncTags(self)

    @_ft.cached_property
    def message_channels(self) -> AsyncMessageChannels:
        from .resources.message_channels import AsyncMessageChannels

        return AsyncMessageChannels(self)

    @_ft.cached_property
    def on_call_schedules(self) -> AsyncOnCallSchedules:
        from .resources.on_call_schedules import AsyncOnCallSchedules

        return AsyncOnCallSchedules(self)

    @_ft.cached_property
    def opal_queries(self) -> AsyncOpalQueries:
        from .resources.opal_queries import AsyncOpalQueries

        return AsyncOpalQueries(self)

    @_ft.cached_property
    def tokens(self) -> AsyncTokens:
        from .resources.tokens import AsyncTokens

        return AsyncTokens(self)

    @_ft.cached_property
    def uars(self) -> AsyncUars:
        from .resources.uars import AsyncUars

        return AsyncUars(self)

    @_ft.cached_property
    def delegations(self) -> AsyncDelegations:
        from .resources.delegations import AsyncDelegations

        return AsyncDelegations(self)
