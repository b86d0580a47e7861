"""Client and AsyncClient for query parameter styles (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources import search as _group_search
else:  # only annotations name them: each is imported when something reads them (get_type_hints)
    _group_search = _rt.LazyModule(__package__ + ".resources.search")

DEFAULT_BASE_URL = "http://localhost"
ENV_PREFIX = "QUERY_STYLES"


class Client(_rt.SyncClient):
    """Client for query parameter styles 1.0.0"""

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
            package="query_styles_client",
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
    def search(self) -> _group_search.Search:
        from .resources.search import Search

        return Search(self)


class AsyncClient(_rt.AsyncClient):
    """Client for query parameter styles 1.0.0"""

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
            package="query_styles_client",
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
    def search(self) -> _group_search.AsyncSearch:
        from .resources.search import AsyncSearch

        return AsyncSearch(self)
