"""``python -m holdpoint`` starts the app."""

import sys

from holdpoint.main import main

sys.exit(main())
