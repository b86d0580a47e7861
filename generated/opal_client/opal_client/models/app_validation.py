from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AppValidation(_rt.Model):
    """# App validation object
    ### Description
    The `AppValidation` object is used to represent a validation check of an apps' configuration and permissions.

    ### Usage Example
    List from the `GET Apps` endpoint.
    """

    key: str
    """The key of the app validation. These are not unique IDs between runs."""
    name: _t.Any
    """The human-readable description of whether the validation has the permissions."""
    severity: _m.AppValidationSeverityEnum | str
    status: _m.AppValidationStatusEnum | str
    updated_at: _dt.datetime
    """The date and time the app validation was last run."""
    usage_reason: str | None = _rt.UNSET
    """The reason for needing the validation."""
    details: str | None = _rt.UNSET
    """Extra details regarding the validation. Could be an error message or restrictions on permissions."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
