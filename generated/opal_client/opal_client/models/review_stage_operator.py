import enum as _enum


class ReviewStageOperator(_enum.StrEnum):
    """The operator to apply to reviewers in a stage"""

    AND = "AND"
    OR = "OR"
