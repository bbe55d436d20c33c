"""Pure domain of the advisor: the question bank, assessments, scoring and the action plan.

Nothing here imports Qt or reportlab; everything is typed and deterministic.
"""
