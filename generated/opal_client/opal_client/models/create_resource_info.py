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
class CreateResourceInfo(_rt.Model):
    """# CreateResourceInfo Object
    ### Description
    The `CreateResourceInfo` object is used to store creation info for a resource.

    ### Usage Example
    Use in the `POST Resources` endpoint.
    """

    name: str
    """The name of the remote resource."""
    resource_type: _types.ResourceTypeEnumParam = _rt.field(_rt.EnumOf("ResourceTypeEnum"))
    app_id: _uuid.UUID
    """The ID of the app for the resource."""
    description: str | None = _rt.UNSET
    """A description of the remote resource."""
    remote_info: _m.ResourceRemoteInfo | None = _rt.UNSET
    remote_resource_id: str | None = _rt.UNSET
    """Deprecated - use remote_info instead. The ID of the resource on the remote system. Include only for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details on how to specify this field."""
    metadata: str | None = _rt.UNSET
    """Deprecated - use remote_info instead.

    JSON metadata about the remote resource. Include only for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details on how to specify this field.
    The required format is dependent on resource_type and should have the following schema:
    <style type="text/css">
    code {max-height:300px !important}
    </style>
    ```json
    {
      "$schema": "http://json-schema.org/draft-04/schema#",
      "title": "Resource Metadata",
      "properties": {
        "aws_ec2_instance": {
          "properties": {
            "instance_id": {
              "type": "string"
            },
            "region": {
              "type": "string"
            }
          },
          "required": ["instance_id", "region"],
          "additionalProperties": false,
          "type": "object",
          "title": "AWS EC2 Instance"
        },
        "aws_eks_cluster": {
          "properties": {
            "cluster_name": {
              "type": "string"
            },
            "cluster_region": {
              "type": "string"
            },
            "cluster_arn": {
              "type": "string"
            }
          },
          "required": ["cluster_name", "cluster_region", "cluster_arn"],
          "additionalProperties": false,
          "type": "object",
          "title": "AWS EKS Cluster"
        },
        "aws_rds_instance": {
          "properties": {
            "instance_id": {
              "type": "string"
            },
            "engine": {
              "type": "string"
            },
            "region": {
              "type": "string"
            },
            "resource_id": {
              "type": "string"
            },
            "database_name": {
              "type": "string"
            }
          },
          "required": [
            "instance_id",
            "engine",
            "region",
            "resource_id",
            "database_name"
          ],
          "additionalProperties": false,
          "type": "object",
          "title": "AWS RDS Instance"
        },
        "aws_role": {
          "properties": {
            "arn": {
              "type": "string"
            },
            "name": {
              "type": "string"
            }
          },
          "required": ["arn", "name"],
          "additionalProperties": false,
          "type": "object",
          "title": "AWS Role"
        },
        "gcp_bucket": {
          "properties": {
            "bucket_id": {
              "type": "string"
            }
          },
          "required": ["bucket_id"],
          "additionalProperties": false,
          "type": "object",
          "title": "GCP Bucket"
        },
        "gcp_compute_instance": {
          "properties": {
            "instance_id": {
              "type": "string"
            },
            "project_id": {
              "type": "string"
            },
            "zone": {
              "type": "string"
            }
          },
          "required": ["instance_id", "project_id", "zone"],
          "additionalProperties": false,
          "type": "object",
          "title": "GCP Compute Instance"
        },
        "gcp_folder": {
          "properties": {
            "folder_id": {
              "type": "string"
            }
          },
          "required": ["folder_id"],
          "additionalProperties": false,
          "type": "object",
          "title": "GCP Folder"
        },
        "gcp_gke_cluster": {
          "properties": {
            "cluster_name": {
              "type": "string"
            }
          },
          "required": ["cluster_name"],
          "additionalProperties": false,
          "type": "object",
          "title": "GCP GKE Cluster"
        },
        "gcp_project": {
          "properties": {
            "project_id": {
              "type": "string"
            }
          },
          "required": ["project_id"],
          "additionalProperties": false,
          "type": "object",
          "title": "GCP Project"
        },
        "gcp_sql_instance": {
          "properties": {
            "instance_id": {
              "type": "string"
            },
            "project_id": {
              "type": "string"
            }
          },
          "required": ["instance_id", "project_id"],
          "additionalProperties": false,
          "type": "object",
          "title": "GCP SQL Instance"
        },
        "git_hub_repo": {
          "properties": {
            "org_name": {
              "type": "string"
            },
            "repo_name": {
              "type": "string"
            }
          },
          "required": ["org_name", "repo_name"],
          "additionalProperties": false,
          "type": "object",
          "title": "GitHub Repo"
        },
        "okta_directory_app": {
          "properties": {
            "app_id": {
              "type": "string"
            },
            "logo_url": {
              "type": "string"
            }
          },
          "required": ["app_id", "logo_url"],
          "additionalProperties": false,
          "type": "object",
          "title": "Okta Directory App"
        },
        "okta_directory_role": {
          "properties": {
            "role_type": {
              "type": "string"
            },
            "role_id": {
              "type": "string"
            }
          },
          "required": ["role_type", "role_id"],
          "additionalProperties": false,
          "type": "object",
          "title": "Okta Directory Role"
        },
        "salesforce_profile": {
          "properties": {
            "user_license": {
              "type": "string"
            }
          },
          "required": ["user_license"],
          "additionalProperties": false,
          "type": "object",
          "title": "Salesforce Profile"
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
                "remote_resource_id",
                "metadata",
            ),
        )
