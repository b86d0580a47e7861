from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class UpdateAccessRuleInfo(_rt.Model):
    """# UpdateAccessRuleInfo Object
    ### Description
    The `UpdateAccessRuleInfo` object is used as an input to the UpdateAccessRule and CreateAccessRule API.
    """

    name: str
    """The name of the access rule."""
    description: str
    """A description of the group."""
    admin_owner_id: _uuid.UUID
    """The ID of the owner of the group."""
    status: _types.UpdateAccessRuleInfoStatusParam = _rt.field(
        _rt.EnumOf("UpdateAccessRuleInfoStatus")
    )
    """The status of the access rule."""
    rule_clauses: _m.RuleClauses = _rt.field(wire="ruleClauses")
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
