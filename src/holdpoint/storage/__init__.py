"""Where Holdpoint keeps the person's data: the data folder and (later) the SQLite history.

Imports ``holdpoint.core`` only, never Qt.
"""
