"""Shared by every feature: message dialogs, style helpers, settings."""
