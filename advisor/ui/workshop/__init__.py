"""Workshop mode: one window, many participants, a cohort report at the end."""
