from __future__ import annotations

import datetime as _dt

from .. import _runtime as _rt


@_rt.model
class AcceptOrRevokeAccessReviewDetails(_rt.Model):
    """Details to accept or revoke the access review."""

    justification: str | None = _rt.UNSET
    """The justification for the decision."""
    time_expires_selected: _dt.datetime | None = _rt.field(
        wire="timeExpiresSelected", default=_rt.UNSET
    )
    """The current date that the temporal access is set to expire. An RFC3339 formatted datetime string. Only applicable to Permission review of an access bundle."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
