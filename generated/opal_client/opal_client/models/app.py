from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class App(_rt.Model):
    """# App Object
    ### Description
    The `App` object is used to represent an app to an application.

    ### Usage Example
    List from the `GET Apps` endpoint.
    """

    app_id: _uuid.UUID
    """The ID of the app."""
    name: str
    """The name of the app."""
    description: str
    """A description of the app."""
    admin_owner_id: _uuid.UUID
    """The ID of the owner of the app."""
    app_type: _m.AppTypeEnum | str
    validations: list[_m.AppValidation] | None = _rt.UNSET
    """Validation checks of an apps' configuration and permissions."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
