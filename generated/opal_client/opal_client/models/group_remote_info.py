from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GroupRemoteInfo(_rt.Model):
    """Information that defines the remote group. This replaces the deprecated remote_id and metadata fields. If remote_info is provided, a group will be imported into Opal. For group types that support group creation through Opal, a new group will be created if remote_info is not provided."""

    active_directory_group: _m.GroupRemoteInfoActiveDirectoryGroup | None = _rt.UNSET
    """Remote info for Active Directory group."""
    tailscale_group: _m.GroupRemoteInfoTailscaleGroup | None = _rt.UNSET
    """Remote info for Tailscale group."""
    twingate_group: _m.GroupRemoteInfoTwingateGroup | None = _rt.UNSET
    """Remote info for Twingate group."""
    twingate_group_synced: _m.GroupRemoteInfoTwingateGroupSynced | None = _rt.UNSET
    """Remote info for Twingate synced group."""
    aws_sso_group: _m.GroupRemoteInfoAwsSsoGroup | None = _rt.UNSET
    """Remote info for AWS SSO group."""
    databricks_account_group: _m.GroupRemoteInfoDatabricksAccountGroup | None = _rt.UNSET
    """Remote info for Databricks account group."""
    connector_group: _m.GroupRemoteInfoConnectorGroup | None = _rt.UNSET
    """Remote info for Connector group."""
    github_team: _m.GroupRemoteInfoGithubTeam | None = _rt.UNSET
    """Remote info for GitHub team."""
    github_enterprise_team: _m.GroupRemoteInfoGithubEnterpriseTeam | None = _rt.UNSET
    """Remote info for GitHub Enterprise team."""
    gitlab_group: _m.GroupRemoteInfoGitlabGroup | None = _rt.UNSET
    """Remote info for Gitlab group."""
    google_group: _m.GroupRemoteInfoGoogleGroup | None = _rt.UNSET
    """Remote info for Google group."""
    ldap_group: _m.GroupRemoteInfoLdapGroup | None = _rt.UNSET
    """Remote info for LDAP group."""
    okta_group: _m.GroupRemoteInfoOktaGroup | None = _rt.UNSET
    """Remote info for Okta Directory group."""
    duo_group: _m.GroupRemoteInfoDuoGroup | None = _rt.UNSET
    """Remote info for Duo Security group."""
    azure_ad_security_group: _m.GroupRemoteInfoAzureAdSecurityGroup | None = _rt.UNSET
    """Remote info for Microsoft Entra ID Security group."""
    azure_ad_microsoft_365_group: _m.GroupRemoteInfoAzureAdMicrosoft365Group | None = _rt.UNSET
    """Remote info for Microsoft Entra ID Microsoft 365 group."""
    snowflake_role: _m.GroupRemoteInfoSnowflakeRole | None = _rt.UNSET
    """Remote info for Snowflake role."""
    okta_group_rule: _m.GroupRemoteInfoOktaGroupRule | None = _rt.UNSET
    """Remote info for Okta Directory group rule."""
    workday_user_security_group: _m.GroupRemoteInfoWorkdayUserSecurityGroup | None = _rt.UNSET
    """Remote info for Workday User Security group."""
    pagerduty_on_call_schedule: _m.GroupRemoteInfoPagerdutyOnCallSchedule | None = _rt.UNSET
    """Remote info for PagerDuty on-call schedule group."""
    incidentio_on_call_schedule: _m.GroupRemoteInfoIncidentioOnCallSchedule | None = _rt.UNSET
    """Remote info for Incident.io on-call schedule group."""
    rootly_on_call_schedule: _m.GroupRemoteInfoRootlyOnCallSchedule | None = _rt.UNSET
    """Remote info for Rootly on-call schedule group."""
    devin_group: _m.GroupRemoteInfoDevinGroup | None = _rt.UNSET
    """Remote info for Devin group."""
    clickhouse_role: _m.GroupRemoteInfoClickhouseRole | None = _rt.UNSET
    """Remote info for ClickHouse role."""
    grafana_team: _m.GroupRemoteInfoGrafanaTeam | None = _rt.UNSET
    """Remote info for Grafana team."""
    zendesk_group: _m.GroupRemoteInfoZendeskGroup | None = _rt.UNSET
    """Remote info for Zendesk group."""
    slack_user_group: _m.GroupRemoteInfoSlackUserGroup | None = _rt.UNSET
    """Remote info for Slack user group."""
    zendesk_organization: _m.GroupRemoteInfoZendeskOrganization | None = _rt.UNSET
    """Remote info for Zendesk organization."""
    hubspot_team: _m.GroupRemoteInfoHubspotTeam | None = _rt.UNSET
    """Remote info for HubSpot team."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
