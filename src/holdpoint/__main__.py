"""``python -m holdpoint`` starts the app."""

import sys

from holdpoint.app import main

sys.exit(main())
