from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class SeparationOfDutiesAnalysisDetails(_rt.Model):
    """Details for performing Separation of Duties analysis."""

    permission_assignments: list[_m.AccountPermission] = _rt.field(wire="permissionAssignments")
    """Permissions to be analyzed along with the account."""
    requested_by: str = _rt.field(wire="requestedBy")
    """The user who requested the analysis."""
    account_data: _m.AccountData | None = _rt.field(wire="accountData", default=_rt.UNSET)
    orchestrated_system_identity_id: str | None = _rt.field(
        wire="orchestratedSystemIdentityId", default=_rt.UNSET
    )
    """The ID of the Identity on the Orchestrated System."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
