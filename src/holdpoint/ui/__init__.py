"""Widgets and windows. Only ``holdpoint.app`` imports this package."""
