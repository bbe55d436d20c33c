"""PySide6 desktop app: windows, pages, widgets, dialogs. Thin: shows domain objects."""
