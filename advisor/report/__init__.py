"""Reports: the PDF action plan (reportlab) and other exports. Never imports Qt."""
