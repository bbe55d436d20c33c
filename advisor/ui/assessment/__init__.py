"""Answering an assessment: the pages of the wizard, their widgets and the plan table model."""
