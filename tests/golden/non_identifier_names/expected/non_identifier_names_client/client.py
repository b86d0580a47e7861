"""Client and AsyncClient for non-identifier names (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources import class_ as _group_class_
    from .resources import item_things as _group_item_things
else:  # only annotations name them: each is imported when something reads them (get_type_hints)
    _group_class_ = _rt.LazyModule(__package__ + ".resources.class_")
    _group_item_things = _rt.LazyModule(__package__ + ".resources.item_things")

DEFAULT_BASE_URL = "http://localhost"
ENV_PREFIX = "NON_IDENTIFIER_NAMES"


class Client(_rt.SyncClient):
    """Client for non-identifier names 1.0.0"""

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
            package="non_identifier_names_client",
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
    def item_things(self) -> _group_item_things.ItemThings:
        from .resources.item_things import ItemThings

        return ItemThings(self)

    @_ft.cached_property
    def class_(self) -> _group_class_.Class:
        from .resources.class_ import Class

        return Class(self)


class AsyncClient(_rt.AsyncClient):
    """Client for non-identifier names 1.0.0"""

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
            package="non_identifier_names_client",
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
    def item_things(self) -> _group_item_things.AsyncItemThings:
        from .resources.item_things import AsyncItemThings

        return AsyncItemThings(self)

    @_ft.cached_property
    def class_(self) -> _group_class_.AsyncClass:
        from .resources.class_ import AsyncClass

        return AsyncClass(self)
