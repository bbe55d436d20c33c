"""Entry point of the one-folder app (PyInstaller): the same ``export-advisor`` command."""

from advisor.cli import main

raise SystemExit(main())
