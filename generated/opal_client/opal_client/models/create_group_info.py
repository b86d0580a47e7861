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
class CreateGroupInfo(_rt.Model):
    """# CreateGroupInfo Object
    ### Description
    The `CreateGroupInfo` object is used to store creation info for a group.

    ### Usage Example
    Use in the `POST Groups` endpoint.
    """

    name: str
    """The name of the remote group."""
    group_type: _types.GroupTypeEnumParam = _rt.field(_rt.EnumOf("GroupTypeEnum"))
    app_id: _uuid.UUID
    """The ID of the app for the group."""
    description: str | None = _rt.UNSET
    """A description of the remote group."""
    remote_info: _m.GroupRemoteInfo | None = _rt.UNSET
    remote_group_id: str | None = _rt.UNSET
    """Deprecated - use remote_info instead. The ID of the group on the remote system. Include only for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details on how to specify this field."""
    metadata: str | None = _rt.UNSET
    """Deprecated - use remote_info instead.

    JSON metadata about the remote group. Include only for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details on how to specify this field.
    The required format is dependent on group_type and should have the following schema:
    <style type="text/css">
    code {max-height:300px !important}
    </style>
    ```json
    {
      "$schema": "http://json-schema.org/draft-04/schema#",
      "title": "Group Metadata",
      "properties": {
        "ad_group": {
          "properties": {
            "object_guid": {
              "type": "string"
            }
          },
          "required": ["object_guid"],
          "additionalProperties": false,
          "type": "object",
          "title": "Active Directory Group"
        },
        "duo_group": {
          "properties": {
            "group_id": {
              "type": "string"
            }
          },
          "required": ["group_id"],
          "additionalProperties": false,
          "type": "object",
          "title": "Duo Group"
        },
        "git_hub_team": {
          "properties": {
            "org_name": {
              "type": "string"
            },
            "team_slug": {
              "type": "string"
            }
          },
          "required": ["org_name", "team_slug"],
          "additionalProperties": false,
          "type": "object",
          "title": "GitHub Team"
        },
        "google_groups_group": {
          "properties": {
            "group_id": {
              "type": "string"
            }
          },
          "required": ["group_id"],
          "additionalProperties": false,
          "type": "object",
          "title": "Google Groups Group"
        },
        "ldap_group": {
          "properties": {
            "group_uid": {
              "type": "string"
            }
          },
          "required": ["group_uid"],
          "additionalProperties": false,
          "type": "object",
          "title": "LDAP Group"
        },
        "okta_directory_group": {
          "properties": {
            "group_id": {
              "type": "string"
            }
          },
          "required": ["group_id"],
          "additionalProperties": false,
          "type": "object",
          "title": "Okta Directory Group"
        }
      },
      "additionalProperties": false,
      "minProperties": 1,
      "maxProperties": 1,
      "type": "object"
    }
    ```
    """
    custom_request_notification: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """Custom request notification sent upon request approval."""
    risk_sensitivity_override: _types.RiskSensitivityEnumParam | None = _rt.field(
        _rt.EnumOf("RiskSensitivityEnum"), default=_rt.UNSET
    )
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(
            self,
            (
                "remote_group_id",
                "metadata",
            ),
        )
