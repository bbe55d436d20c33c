"""Custom widgets: question cards and painted charts."""
