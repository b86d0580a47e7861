"""Client and AsyncClient for names that clash once sanitised (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources import admin_users as _group_admin_users
    from .resources import admin_users_ as _group_admin_users_
else:  # only annotations name them: each is imported when something reads them (get_type_hints)
    _group_admin_users = _rt.LazyModule(__package__ + ".resources.admin_users")
    _group_admin_users_ = _rt.LazyModule(__package__ + ".resources.admin_users_")

DEFAULT_BASE_URL = "http://localhost"
ENV_PREFIX = "NAME_CLASHES"


class Client(_rt.SyncClient):
    """Client for names that clash once sanitised 1.0.0"""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.Client | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="name_clashes_client",
            version=__version__,
            generator=CLIENTGEN_VERSION,
            env_prefix=ENV_PREFIX,
            base_url=base_url,
            default_base_url=DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(env_prefix=ENV_PREFIX, accepted=(), required=False),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def admin_users(self) -> _group_admin_users.AdminUsers:
        from .resources.admin_users import AdminUsers

        return AdminUsers(self)

    @_ft.cached_property
    def admin_users_(self) -> _group_admin_users_.AdminUsers_:
        from .resources.admin_users_ import AdminUsers_

        return AdminUsers_(self)


class AsyncClient(_rt.AsyncClient):
    """Client for names that clash once sanitised 1.0.0"""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.AsyncClient | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="name_clashes_client",
            version=__version__,
            generator=CLIENTGEN_VERSION,
            env_prefix=ENV_PREFIX,
            base_url=base_url,
            default_base_url=DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(env_prefix=ENV_PREFIX, accepted=(), required=False),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def admin_users(self) -> _group_admin_users.AsyncAdminUsers:
        from .resources.admin_users import AsyncAdminUsers

        return AsyncAdminUsers(self)

    @_ft.cached_property
    def admin_users_(self) -> _group_admin_users_.AsyncAdminUsers_:
        from .resources.admin_users_ import AsyncAdminUsers_

        return AsyncAdminUsers_(self)
