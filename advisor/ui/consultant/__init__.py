"""Consultant feature: clients, branding and cover preview, progress panel, plan export."""
