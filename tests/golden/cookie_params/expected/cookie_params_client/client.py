"""Client and AsyncClient for cookie parameters (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt

if _t.TYPE_CHECKING:
    from .resources.session import AsyncSession, Session

DEFAULT_BASE_URL = "http://localhost"


class Client(_rt.SyncClient):
    """Client for cookie parameters 1.0.0"""

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.Client | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="cookie_params_client",
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def session(self) -> Session:
        from .resources.session import Session

        return Session(self)


class AsyncClient(_rt.AsyncClient):
    """Client for cookie parameters 1.0.0"""

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.AsyncClient | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="cookie_params_client",
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def session(self) -> AsyncSession:
        from .resources.session import AsyncSession

        return AsyncSession(self)
