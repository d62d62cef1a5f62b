"""Holdpoint: guided trigger-point self-massage for sciatica-like pain."""

__version__ = "0.1.0"
APP_NAME = "Holdpoint"
