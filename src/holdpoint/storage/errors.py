"""The storage layer's error, in a module of its own so that code which only reports it
(the session recorder, loaded at start-up) does not load sqlite3 with it."""


class HistoryError(Exception):
    """The history could not be read or written; the message says what and where."""
