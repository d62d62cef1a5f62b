"""The storage layer's error, in a module of its own so that code which only reports it
(the session recorder, loaded at start-up) does not load sqlite3 with it."""


class HistoryError(Exception):
    """The history could not be read or written; the message says what and where.

    ``refused``: the history refused the value itself (a constraint), so trying again
    cannot help; otherwise the file could not be written now (full, read-only, busy)."""

    def __init__(self, message: str, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused
