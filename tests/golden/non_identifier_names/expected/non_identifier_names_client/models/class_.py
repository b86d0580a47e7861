from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Class(_rt.Model):
    """Tricky text: \"\"\"triple quotes\"\"\", ''' too, a backslash \\ (and \\x00),
    a comment end */, a /* comment start, a # hash, {braces} and %s.
    """

    from_: str = _rt.field(wire="from")
    schema: str = _rt.field(wire="$schema")
    class_: str | None = _rt.field(wire="class", default=_rt.UNSET)
    import_: _m.Import | None = _rt.field(wire="import", default=_rt.UNSET)
    x_rate_limit: int | None = _rt.field(wire="x-rate-limit", default=_rt.UNSET)
    n_2fa_enabled: bool | None = _rt.field(wire="2fa_enabled", default=_rt.UNSET)
    camel_case_prop: str | None = _rt.field(wire="camelCaseProp", default=_rt.UNSET)
    http_status_code: int | None = _rt.field(wire="HTTPStatusCode", default=_rt.UNSET)
    type: str | None = _rt.UNSET
    """Shadows a Python builtin."""
    user_id: str | None = _rt.field(wire="userId", default=_rt.UNSET)
    user_id_: str | None = _rt.field(wire="user_id", default=_rt.UNSET)
    """Collides with userId after snake_casing."""
    windows_path: str | None = _rt.field(wire="windowsPath", default=_rt.UNSET)
    """Ends with a backslash: C:\\temp\\"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
