"""Builders of the report's sections: each takes a ReportContext and returns flowables."""
