"""Client and AsyncClient for Opal API (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources import access_rules as _group_access_rules
    from .resources import apps as _group_apps
    from .resources import bundles as _group_bundles
    from .resources import configuration_templates as _group_configuration_templates
    from .resources import delegations as _group_delegations
    from .resources import event_streams as _group_event_streams
    from .resources import events as _group_events
    from .resources import group_bindings as _group_group_bindings
    from .resources import groups as _group_groups
    from .resources import idp_group_mappings as _group_idp_group_mappings
    from .resources import message_channels as _group_message_channels
    from .resources import non_human_identities as _group_non_human_identities
    from .resources import on_call_schedules as _group_on_call_schedules
    from .resources import opal_queries as _group_opal_queries
    from .resources import owners as _group_owners
    from .resources import requests as _group_requests
    from .resources import resources as _group_resources
    from .resources import sessions as _group_sessions
    from .resources import tags as _group_tags
    from .resources import tokens as _group_tokens
    from .resources import uars as _group_uars
    from .resources import users as _group_users
else:  # only annotations name them: each is imported when something reads them (get_type_hints)
    _group_access_rules = _rt.LazyModule(__package__ + ".resources.access_rules")
    _group_apps = _rt.LazyModule(__package__ + ".resources.apps")
    _group_bundles = _rt.LazyModule(__package__ + ".resources.bundles")
    _group_configuration_templates = _rt.LazyModule(
        __package__ + ".resources.configuration_templates"
    )
    _group_delegations = _rt.LazyModule(__package__ + ".resources.delegations")
    _group_event_streams = _rt.LazyModule(__package__ + ".resources.event_streams")
    _group_events = _rt.LazyModule(__package__ + ".resources.events")
    _group_group_bindings = _rt.LazyModule(__package__ + ".resources.group_bindings")
    _group_groups = _rt.LazyModule(__package__ + ".resources.groups")
    _group_idp_group_mappings = _rt.LazyModule(__package__ + ".resources.idp_group_mappings")
    _group_message_channels = _rt.LazyModule(__package__ + ".resources.message_channels")
    _group_non_human_identities = _rt.LazyModule(__package__ + ".resources.non_human_identities")
    _group_on_call_schedules = _rt.LazyModule(__package__ + ".resources.on_call_schedules")
    _group_opal_queries = _rt.LazyModule(__package__ + ".resources.opal_queries")
    _group_owners = _rt.LazyModule(__package__ + ".resources.owners")
    _group_requests = _rt.LazyModule(__package__ + ".resources.requests")
    _group_resources = _rt.LazyModule(__package__ + ".resources.resources")
    _group_sessions = _rt.LazyModule(__package__ + ".resources.sessions")
    _group_tags = _rt.LazyModule(__package__ + ".resources.tags")
    _group_tokens = _rt.LazyModule(__package__ + ".resources.tokens")
    _group_uars = _rt.LazyModule(__package__ + ".resources.uars")
    _group_users = _rt.LazyModule(__package__ + ".resources.users")

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
    def apps(self) -> _group_apps.Apps:
        from .resources.apps import Apps

        return Apps(self)

    @_ft.cached_property
    def bundles(self) -> _group_bundles.Bundles:
        from .resources.bundles import Bundles

        return Bundles(self)

    @_ft.cached_property
    def configuration_templates(self) -> _group_configuration_templates.ConfigurationTemplates:
        from .resources.configuration_templates import ConfigurationTemplates

        return ConfigurationTemplates(self)

    @_ft.cached_property
    def event_streams(self) -> _group_event_streams.EventStreams:
        from .resources.event_streams import EventStreams

        return EventStreams(self)

    @_ft.cached_property
    def events(self) -> _group_events.Events:
        from .resources.events import Events

        return Events(self)

    @_ft.cached_property
    def groups(self) -> _group_groups.Groups:
        from .resources.groups import Groups

        return Groups(self)

    @_ft.cached_property
    def group_bindings(self) -> _group_group_bindings.GroupBindings:
        from .resources.group_bindings import GroupBindings

        return GroupBindings(self)

    @_ft.cached_property
    def idp_group_mappings(self) -> _group_idp_group_mappings.IdpGroupMappings:
        from .resources.idp_group_mappings import IdpGroupMappings

        return IdpGroupMappings(self)

    @_ft.cached_property
    def owners(self) -> _group_owners.Owners:
        from .resources.owners import Owners

        return Owners(self)

    @_ft.cached_property
    def requests(self) -> _group_requests.Requests:
        from .resources.requests import Requests

        return Requests(self)

    @_ft.cached_property
    def resources(self) -> _group_resources.Resources:
        from .resources.resources import Resources

        return Resources(self)

    @_ft.cached_property
    def non_human_identities(self) -> _group_non_human_identities.NonHumanIdentities:
        from .resources.non_human_identities import NonHumanIdentities

        return NonHumanIdentities(self)

    @_ft.cached_property
    def sessions(self) -> _group_sessions.Sessions:
        from .resources.sessions import Sessions

        return Sessions(self)

    @_ft.cached_property
    def users(self) -> _group_users.Users:
        from .resources.users import Users

        return Users(self)

    @_ft.cached_property
    def access_rules(self) -> _group_access_rules.AccessRules:
        from .resources.access_rules import AccessRules

        return AccessRules(self)

    @_ft.cached_property
    def tags(self) -> _group_tags.Tags:
        from .resources.tags import Tags

        return Tags(self)

    @_ft.cached_property
    def message_channels(self) -> _group_message_channels.MessageChannels:
        from .resources.message_channels import MessageChannels

        return MessageChannels(self)

    @_ft.cached_property
    def on_call_schedules(self) -> _group_on_call_schedules.OnCallSchedules:
        from .resources.on_call_schedules import OnCallSchedules

        return OnCallSchedules(self)

    @_ft.cached_property
    def opal_queries(self) -> _group_opal_queries.OpalQueries:
        from .resources.opal_queries import OpalQueries

        return OpalQueries(self)

    @_ft.cached_property
    def tokens(self) -> _group_tokens.Tokens:
        from .resources.tokens import Tokens

        return Tokens(self)

    @_ft.cached_property
    def uars(self) -> _group_uars.Uars:
        from .resources.uars import Uars

        return Uars(self)

    @_ft.cached_property
    def delegations(self) -> _group_delegations.Delegations:
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
    def apps(self) -> _group_apps.AsyncApps:
        from .resources.apps import AsyncApps

        return AsyncApps(self)

    @_ft.cached_property
    def bundles(self) -> _group_bundles.AsyncBundles:
        from .resources.bundles import AsyncBundles

        return AsyncBundles(self)

    @_ft.cached_property
    def configuration_templates(self) -> _group_configuration_templates.AsyncConfigurationTemplates:
        from .resources.configuration_templates import AsyncConfigurationTemplates

        return AsyncConfigurationTemplates(self)

    @_ft.cached_property
    def event_streams(self) -> _group_event_streams.AsyncEventStreams:
        from .resources.event_streams import AsyncEventStreams

        return AsyncEventStreams(self)

    @_ft.cached_property
    def events(self) -> _group_events.AsyncEvents:
        from .resources.events import AsyncEvents

        return AsyncEvents(self)

    @_ft.cached_property
    def groups(self) -> _group_groups.AsyncGroups:
        from .resources.groups import AsyncGroups

        return AsyncGroups(self)

    @_ft.cached_property
    def group_bindings(self) -> _group_group_bindings.AsyncGroupBindings:
        from .resources.group_bindings import AsyncGroupBindings

        return AsyncGroupBindings(self)

    @_ft.cached_property
    def idp_group_mappings(self) -> _group_idp_group_mappings.AsyncIdpGroupMappings:
        from .resources.idp_group_mappings import AsyncIdpGroupMappings

        return AsyncIdpGroupMappings(self)

    @_ft.cached_property
    def owners(self) -> _group_owners.AsyncOwners:
        from .resources.owners import AsyncOwners

        return AsyncOwners(self)

    @_ft.cached_property
    def requests(self) -> _group_requests.AsyncRequests:
        from .resources.requests import AsyncRequests

        return AsyncRequests(self)

    @_ft.cached_property
    def resources(self) -> _group_resources.AsyncResources:
        from .resources.resources import AsyncResources

        return AsyncResources(self)

    @_ft.cached_property
    def non_human_identities(self) -> _group_non_human_identities.AsyncNonHumanIdentities:
        from .resources.non_human_identities import AsyncNonHumanIdentities

        return AsyncNonHumanIdentities(self)

    @_ft.cached_property
    def sessions(self) -> _group_sessions.AsyncSessions:
        from .resources.sessions import AsyncSessions

        return AsyncSessions(self)

    @_ft.cached_property
    def users(self) -> _group_users.AsyncUsers:
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @_ft.cached_property
    def access_rules(self) -> _group_access_rules.AsyncAccessRules:
        from .resources.access_rules import AsyncAccessRules

        return AsyncAccessRules(self)

    @_ft.cached_property
    def tags(self) -> _group_tags.AsyncTags:
        from .resources.tags import AsyncTags

        return AsyncTags(self)

    @_ft.cached_property
    def message_channels(self) -> _group_message_channels.AsyncMessageChannels:
        from .resources.message_channels import AsyncMessageChannels

        return AsyncMessageChannels(self)

    @_ft.cached_property
    def on_call_schedules(self) -> _group_on_call_schedules.AsyncOnCallSchedules:
        from .resources.on_call_schedules import AsyncOnCallSchedules

        return AsyncOnCallSchedules(self)

    @_ft.cached_property
    def opal_queries(self) -> _group_opal_queries.AsyncOpalQueries:
        from .resources.opal_queries import AsyncOpalQueries

        return AsyncOpalQueries(self)

    @_ft.cached_property
    def tokens(self) -> _group_tokens.AsyncTokens:
        from .resources.tokens import AsyncTokens

        return AsyncTokens(self)

    @_ft.cached_property
    def uars(self) -> _group_uars.AsyncUars:
        from .resources.uars import AsyncUars

        return AsyncUars(self)

    @_ft.cached_property
    def delegations(self) -> _group_delegations.AsyncDelegations:
        from .resources.delegations import AsyncDelegations

        return AsyncDelegations(self)
