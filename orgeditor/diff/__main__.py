"""``python -m orgeditor.diff FILE``: print a chart's normalised outline (git textconv)."""

import sys

from orgeditor.diff.outline import main

sys.exit(main())
