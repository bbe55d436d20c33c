"""``python -m advisor``: the same as the ``export-advisor`` command."""

from advisor.cli import main

raise SystemExit(main())
