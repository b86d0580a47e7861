import enum as _enum


class UserAttributeSelectorAttribute(_enum.StrEnum):
    HR_IDP_STATUS = "HR_IDP_STATUS"
