"""``python -m orgeditor`` does what the ``orgeditor`` command does."""

import sys

from orgeditor.cli import main

sys.exit(main())
