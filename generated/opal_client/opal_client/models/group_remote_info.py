from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GroupRemoteInfo(_rt.Model):
    """Information that defines the remote group. This replaces the deprecated remote_id and metadata fields. If remote_info is provided, a group will be imported into Opal. For group types that support group creation through Opal, a new group will be created if remote_info is not provided."""

    active_directory_group: _m.GroupRemoteInfoActiveDirectoryGroup | _rt.Unset = _rt.UNSET
    """Remote info for Active Directory group."""
    tailscale_group: _m.GroupRemoteInfoTailscaleGroup | _rt.Unset = _rt.UNSET
    """Remote info for Tailscale group."""
    twingate_group: _m.GroupRemoteInfoTwingateGroup | _rt.Unset = _rt.UNSET
    """Remote info for Twingate group."""
    twingate_group_synced: _m.GroupRemoteInfoTwingateGroupSynced | _rt.Unset = _rt.UNSET
    """Remote info for Twingate synced group."""
    aws_sso_group: _m.GroupRemoteInfoAwsSsoGroup | _rt.Unset = _rt.UNSET
    """Remote info for AWS SSO group."""
    databricks_account_group: _m.GroupRemoteInfoDatabricksAccountGroup | _rt.Unset = _rt.UNSET
    """Remote info for Databricks account group."""
    connector_group: _m.GroupRemoteInfoConnectorGroup | _rt.Unset = _rt.UNSET
    """Remote info for Connector group."""
    github_team: _m.GroupRemoteInfoGithubTeam | _rt.Unset = _rt.UNSET
    """Remote info for GitHub team."""
    github_enterprise_team: _m.GroupRemoteInfoGithubEnterpriseTeam | _rt.Unset = _rt.UNSET
    """Remote info for GitHub Enterprise team."""
    gitlab_group: _m.GroupRemoteInfoGitlabGroup | _rt.Unset = _rt.UNSET
    """Remote info for Gitlab group."""
    google_group: _m.GroupRemoteInfoGoogleGroup | _rt.Unset = _rt.UNSET
    """Remote info for Google group."""
    ldap_group: _m.GroupRemoteInfoLdapGroup | _rt.Unset = _rt.UNSET
    """Remote info for LDAP group."""
    okta_group: _m.GroupRemoteInfoOktaGroup | _rt.Unset = _rt.UNSET
    """Remote info for Okta Directory group."""
    duo_group: _m.GroupRemoteInfoDuoGroup | _rt.Unset = _rt.UNSET
    """Remote info for Duo Security group."""
    azure_ad_security_group: _m.GroupRemoteInfoAzureAdSecurityGroup | _rt.Unset = _rt.UNSET
    """Remote info for Microsoft Entra ID Security group."""
    azure_ad_microsoft_365_group: _m.GroupRemoteInfoAzureAdMicrosoft365Group | _rt.Unset = _rt.UNSET
    """Remote info for Microsoft Entra ID Microsoft 365 group."""
    snowflake_role: _m.GroupRemoteInfoSnowflakeRole | _rt.Unset = _rt.UNSET
    """Remote info for Snowflake role."""
    okta_group_rule: _m.GroupRemoteInfoOktaGroupRule | _rt.Unset = _rt.UNSET
    """Remote info for Okta Directory group rule."""
    workday_user_security_group: _m.GroupRemoteInfoWorkdayUserSecurityGroup | _rt.Unset = _rt.UNSET
    """Remote info for Workday User Security group."""
    pagerduty_on_call_schedule: _m.GroupRemoteInfoPagerdutyOnCallSchedule | _rt.Unset = _rt.UNSET
    """Remote info for PagerDuty on-call schedule group."""
    incidentio_on_call_schedule: _m.GroupRemoteInfoIncidentioOnCallSchedule | _rt.Unset = _rt.UNSET
    """Remote info for Incident.io on-call schedule group."""
    rootly_on_call_schedule: _m.GroupRemoteInfoRootlyOnCallSchedule | _rt.Unset = _rt.UNSET
    """Remote info for Rootly on-call schedule group."""
    devin_group: _m.GroupRemoteInfoDevinGroup | _rt.Unset = _rt.UNSET
    """Remote info for Devin group."""
    clickhouse_role: _m.GroupRemoteInfoClickhouseRole | _rt.Unset = _rt.UNSET
    """Remote info for ClickHouse role."""
    grafana_team: _m.GroupRemoteInfoGrafanaTeam | _rt.Unset = _rt.UNSET
    """Remote info for Grafana team."""
    zendesk_group: _m.GroupRemoteInfoZendeskGroup | _rt.Unset = _rt.UNSET
    """Remote info for Zendesk group."""
    slack_user_group: _m.GroupRemoteInfoSlackUserGroup | _rt.Unset = _rt.UNSET
    """Remote info for Slack user group."""
    zendesk_organization: _m.GroupRemoteInfoZendeskOrganization | _rt.Unset = _rt.UNSET
    """Remote info for Zendesk organization."""
    hubspot_team: _m.GroupRemoteInfoHubspotTeam | _rt.Unset = _rt.UNSET
    """Remote info for HubSpot team."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
