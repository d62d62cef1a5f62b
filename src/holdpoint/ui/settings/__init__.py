"""File > Settings: one dialog, one module per page (see :mod:`.dialog` for the list)."""

from holdpoint.ui.settings.dialog import PAGES, SettingsDialog

__all__ = ["PAGES", "SettingsDialog"]
