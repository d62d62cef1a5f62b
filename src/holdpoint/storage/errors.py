"""The storage layer's errors, in a module of their own so that code which only reports
them (the session recorder, loaded at start-up) does not load sqlite3 with them.

Every message is one line that names the file. Only :class:`HistoryError` itself is ever
about a damaged file; the subclasses are about the moment (another program, permissions,
a newer Holdpoint), and the file they name is left exactly where and as it is."""


class HistoryError(Exception):
    """The history could not be read or written; the message says what and where.

    ``refused``: the history refused the value itself (a constraint), so trying again
    cannot help; otherwise the file could not be written now (full, read-only, busy)."""

    def __init__(self, message: str, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


class HistoryBusy(HistoryError):
    """Another program holds the history locked: waited for a few seconds, then given up."""


class HistoryDenied(HistoryError):
    """The history's permissions do not let this user read (or change) it."""


class HistoryUnreadable(HistoryError):
    """The history cannot be opened for another reason of the moment: it is a folder, the
    disk reports an error, the disk is full; nothing was moved."""


class HistoryTooNew(HistoryError):
    """The history was written by a newer Holdpoint (a schema this one does not know)."""
