from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class SyncError(_rt.Model):
    """# SyncError Object
    ### Description
    The `SyncError` object is used to represent a sync error.

    ### Usage Example
    List from the `GET Sync Errors` endpoint.
    """

    first_seen: _dt.datetime
    """The time when this error was first seen."""
    last_seen: _dt.datetime
    """The time when this error was most recently seen."""
    error_message: str
    """The error message associated with the sync error."""
    app_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the app that the error occured for."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
