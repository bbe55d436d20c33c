"""PySide6 desktop app, by feature (README, "Architecture"): ``app`` assembles the window
(``shell``) and its features (``consultant``, ``workshop``) over ``assessment``, ``document``
and ``common``."""
