from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ResourceRemoteInfo(_rt.Model):
    """Information that defines the remote resource. This replaces the deprecated remote_id and metadata fields."""

    databricks_account_service_principal: (
        _m.ResourceRemoteInfoDatabricksAccountServicePrincipal | None
    ) = _rt.UNSET
    """Remote info for Databricks account service principal."""
    azure_subscription: _m.ResourceRemoteInfoAzureSubscription | None = _rt.UNSET
    """Remote info for Azure subscription."""
    azure_resource_group: _m.ResourceRemoteInfoAzureResourceGroup | None = _rt.UNSET
    """Remote info for Azure resource group."""
    azure_management_group: _m.ResourceRemoteInfoAzureManagementGroup | None = _rt.UNSET
    """Remote info for Azure management group."""
    azure_virtual_machine: _m.ResourceRemoteInfoAzureVirtualMachine | None = _rt.UNSET
    """Remote info for Azure virtual machine."""
    azure_storage_account: _m.ResourceRemoteInfoAzureStorageAccount | None = _rt.UNSET
    """Remote info for Azure storage account."""
    azure_storage_container: _m.ResourceRemoteInfoAzureStorageContainer | None = _rt.UNSET
    """Remote info for Azure storage container."""
    azure_sql_server: _m.ResourceRemoteInfoAzureSqlServer | None = _rt.UNSET
    """Remote info for Azure SQL server."""
    azure_sql_database: _m.ResourceRemoteInfoAzureSqlDatabase | None = _rt.UNSET
    """Remote info for Azure SQL database."""
    azure_sql_managed_instance: _m.ResourceRemoteInfoAzureSqlManagedInstance | None = _rt.UNSET
    """Remote info for Azure SQL managed instance."""
    azure_sql_managed_database: _m.ResourceRemoteInfoAzureSqlManagedDatabase | None = _rt.UNSET
    """Remote info for Azure SQL managed database."""
    azure_user_assigned_managed_identity: (
        _m.ResourceRemoteInfoAzureUserAssignedManagedIdentity | None
    ) = _rt.UNSET
    """Remote info for Azure user assigned managed identity."""
    azure_enterprise_app: _m.ResourceRemoteInfoAzureEnterpriseApp | None = _rt.UNSET
    """Remote info for Azure Enterprise App."""
    azure_entra_id_role: _m.ResourceRemoteInfoAzureEntraIdRole | None = _rt.UNSET
    """Remote info for Azure Entra ID role."""
    aws_organizational_unit: _m.ResourceRemoteInfoAwsOrganizationalUnit | None = _rt.UNSET
    """Remote info for AWS organizational unit."""
    aws_account: _m.ResourceRemoteInfoAwsAccount | None = _rt.UNSET
    """Remote info for AWS account."""
    aws_permission_set: _m.ResourceRemoteInfoAwsPermissionSet | None = _rt.UNSET
    """Remote info for AWS Identity Center permission set."""
    aws_iam_role: _m.ResourceRemoteInfoAwsIamRole | None = _rt.UNSET
    """Remote info for AWS IAM role."""
    aws_ec2_instance: _m.ResourceRemoteInfoAwsEc2Instance | None = _rt.UNSET
    """Remote info for AWS EC2 instance."""
    aws_rds_cluster: _m.ResourceRemoteInfoAwsRdsCluster | None = _rt.UNSET
    """Remote info for AWS RDS cluster."""
    aws_rds_instance: _m.ResourceRemoteInfoAwsRdsInstance | None = _rt.UNSET
    """Remote info for AWS RDS instance."""
    aws_eks_cluster: _m.ResourceRemoteInfoAwsEksCluster | None = _rt.UNSET
    """Remote info for AWS EKS cluster."""
    custom_connector: _m.ResourceRemoteInfoCustomConnector | None = _rt.UNSET
    """Remote info for a custom connector resource."""
    gcp_organization: _m.ResourceRemoteInfoGcpOrganization | None = _rt.UNSET
    """Remote info for GCP organization."""
    gcp_bucket: _m.ResourceRemoteInfoGcpBucket | None = _rt.UNSET
    """Remote info for GCP bucket."""
    gcp_compute_instance: _m.ResourceRemoteInfoGcpComputeInstance | None = _rt.UNSET
    """Remote info for GCP compute instance."""
    gcp_big_query_dataset: _m.ResourceRemoteInfoGcpBigQueryDataset | None = _rt.UNSET
    """Remote info for GCP BigQuery Dataset."""
    gcp_big_query_table: _m.ResourceRemoteInfoGcpBigQueryTable | None = _rt.UNSET
    """Remote info for GCP BigQuery Table."""
    gcp_folder: _m.ResourceRemoteInfoGcpFolder | None = _rt.UNSET
    """Remote info for GCP folder."""
    gcp_gke_cluster: _m.ResourceRemoteInfoGcpGkeCluster | None = _rt.UNSET
    """Remote info for GCP GKE cluster."""
    gcp_project: _m.ResourceRemoteInfoGcpProject | None = _rt.UNSET
    """Remote info for GCP project."""
    gcp_sql_instance: _m.ResourceRemoteInfoGcpSqlInstance | None = _rt.UNSET
    """Remote info for GCP SQL instance."""
    gcp_service_account: _m.ResourceRemoteInfoGcpServiceAccount | None = _rt.UNSET
    """Remote info for a GCP service account."""
    google_workspace_role: _m.ResourceRemoteInfoGoogleWorkspaceRole | None = _rt.UNSET
    """Remote info for GCP workspace role."""
    github_repo: _m.ResourceRemoteInfoGithubRepo | None = _rt.UNSET
    """Remote info for GitHub repository."""
    github_org_role: _m.ResourceRemoteInfoGithubOrgRole | None = _rt.UNSET
    """Remote info for GitHub organization role."""
    github_org: _m.ResourceRemoteInfoGithubOrg | None = _rt.UNSET
    """Remote info for GitHub organization."""
    github_enterprise_role: _m.ResourceRemoteInfoGithubEnterpriseRole | None = _rt.UNSET
    """Remote info for GitHub Enterprise role."""
    gitlab_project: _m.ResourceRemoteInfoGitlabProject | None = _rt.UNSET
    """Remote info for Gitlab project."""
    okta_app: _m.ResourceRemoteInfoOktaApp | None = _rt.UNSET
    """Remote info for Okta directory app."""
    okta_standard_role: _m.ResourceRemoteInfoOktaStandardRole | None = _rt.UNSET
    """Remote info for Okta directory standard role."""
    okta_custom_role: _m.ResourceRemoteInfoOktaCustomRole | None = _rt.UNSET
    """Remote info for Okta directory custom role."""
    snowflake_database: _m.ResourceRemoteInfoSnowflakeDatabase | None = _rt.UNSET
    """Remote info for Snowflake database."""
    snowflake_schema: _m.ResourceRemoteInfoSnowflakeSchema | None = _rt.UNSET
    """Remote info for Snowflake schema."""
    snowflake_table: _m.ResourceRemoteInfoSnowflakeTable | None = _rt.UNSET
    """Remote info for Snowflake table."""
    ilevel_advanced_role: _m.ResourceRemoteInfoIlevelAdvancedRole | None = _rt.UNSET
    """Remote info for iLevel Advanced role."""
    tailscale_ssh: _m.ResourceRemoteInfoTailscaleSsh | None = _rt.UNSET
    """Remote info for Tailscale SSH tag."""
    twingate_resource: _m.ResourceRemoteInfoTwingateResource | None = _rt.UNSET
    """Remote info for Twingate resource."""
    pagerduty_role: _m.ResourceRemoteInfoPagerdutyRole | None = _rt.UNSET
    """Remote info for Pagerduty role."""
    workday_role: _m.ResourceRemoteInfoWorkdayRole | None = _rt.UNSET
    """Remote info for Workday role."""
    salesforce_permission_set: _m.ResourceRemoteInfoSalesforcePermissionSet | None = _rt.UNSET
    """Remote info for Salesforce permission set."""
    salesforce_profile: _m.ResourceRemoteInfoSalesforceProfile | None = _rt.UNSET
    """Remote info for Salesforce profile."""
    salesforce_role: _m.ResourceRemoteInfoSalesforceRole | None = _rt.UNSET
    """Remote info for Salesforce role."""
    teleport_role: _m.ResourceRemoteInfoTeleportRole | None = _rt.UNSET
    """Remote info for Teleport role."""
    datastax_astra_role: _m.ResourceRemoteInfoDatastaxAstraRole | None = _rt.UNSET
    """Remote info for an Astra role."""
    coupa_role: _m.ResourceRemoteInfoCoupaRole | None = _rt.UNSET
    """Remote info for Coupa role."""
    cursor_organization: _m.ResourceRemoteInfoCursorOrganization | None = _rt.UNSET
    """Remote info for a Cursor organization."""
    openai_platform_project: _m.ResourceRemoteInfoOpenaiPlatformProject | None = _rt.UNSET
    """Remote info for OpenAI Platform project."""
    openai_platform_service_account: _m.ResourceRemoteInfoOpenaiPlatformServiceAccount | None = (
        _rt.UNSET
    )
    """Remote info for OpenAI Platform service account."""
    anthropic_workspace: _m.ResourceRemoteInfoAnthropicWorkspace | None = _rt.UNSET
    """Remote info for Anthropic workspace."""
    oracle_fusion_role: _m.ResourceRemoteInfoOracleFusionRole | None = _rt.UNSET
    """Remote info for Oracle Fusion role."""
    devin_organization: _m.ResourceRemoteInfoDevinOrganization | None = _rt.UNSET
    """Remote info for Devin organization."""
    devin_role: _m.ResourceRemoteInfoDevinRole | None = _rt.UNSET
    """Remote info for Devin role."""
    netsuite_role: _m.ResourceRemoteInfoNetsuiteRole | None = _rt.UNSET
    """Remote info for NetSuite role."""
    datadog_role: _m.ResourceRemoteInfoDatadogRole | None = _rt.UNSET
    """Remote info for Datadog role."""
    clickhouse_database: _m.ResourceRemoteInfoClickhouseDatabase | None = _rt.UNSET
    """Remote info for ClickHouse database."""
    clickhouse_table: _m.ResourceRemoteInfoClickhouseTable | None = _rt.UNSET
    """Remote info for ClickHouse table."""
    grafana_folder: _m.ResourceRemoteInfoGrafanaFolder | None = _rt.UNSET
    """Remote info for Grafana folder."""
    grafana_dashboard: _m.ResourceRemoteInfoGrafanaDashboard | None = _rt.UNSET
    """Remote info for Grafana dashboard."""
    grafana_role: _m.ResourceRemoteInfoGrafanaRole | None = _rt.UNSET
    """Remote info for Grafana role(fixed or custom)."""
    zendesk_role: _m.ResourceRemoteInfoZendeskRole | None = _rt.UNSET
    """Remote info for Zendesk custom role."""
    hubspot_role: _m.ResourceRemoteInfoHubspotRole | None = _rt.UNSET
    """Remote info for HubSpot role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
