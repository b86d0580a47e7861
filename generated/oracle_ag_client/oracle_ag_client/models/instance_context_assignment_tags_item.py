import enum as _enum


class InstanceContextAssignmentTagsItem(_enum.StrEnum):
    SOD_VIOLATIONS = "SOD_VIOLATIONS"
    EXPIRES_SOON = "EXPIRES_SOON"
    EXTENSION_REQUEST = "EXTENSION_REQUEST"
