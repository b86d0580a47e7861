"""Client and AsyncClient for Swagger 2.0 (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources import pets as _group_pets
else:  # only annotations name them: each is imported when something reads them (get_type_hints)
    _group_pets = _rt.LazyModule(__package__ + ".resources.pets")

DEFAULT_BASE_URL = "http://localhost/v1"
ENV_PREFIX = "SWAGGER2"


class Client(_rt.SyncClient):
    """Client for Swagger 2.0 1.0.0"""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.Client | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="swagger2_client",
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
                accepted=("api_key",),
                required=True,
                api_key=api_key,
                api_key_name="X-API-Key",
                api_key_in="header",
            ),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def pets(self) -> _group_pets.Pets:
        from .resources.pets import Pets

        return Pets(self)


class AsyncClient(_rt.AsyncClient):
    """Client for Swagger 2.0 1.0.0"""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.AsyncClient | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="swagger2_client",
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
                accepted=("api_key",),
                required=True,
                api_key=api_key,
                api_key_name="X-API-Key",
                api_key_in="header",
            ),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def pets(self) -> _group_pets.AsyncPets:
        from .resources.pets import AsyncPets

        return AsyncPets(self)
