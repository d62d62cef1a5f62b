"""The log file: plain while the window starts, then rotating, and never over its limit."""

from __future__ import annotations

import logging
import stat
import sys

from holdpoint import crash


def test_the_log_rotates_once_limited_and_keeps_two_older_files(tmp_path, root_logging):
    log_file = crash.start_logging(tmp_path / "log")
    assert log_file is not None
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    logging.getLogger("holdpoint.test").info("before the limit")
    crash.limit_log()
    crash.limit_log()  # a second call changes nothing
    ours = [h for h in root_logging.handlers if getattr(h, "baseFilename", "") == str(log_file)]
    assert len(ours) == 1  # one handler on the file, never two writing the same lines
    line = "x" * 1000
    for _ in range(3 * crash.LOG_BYTES // 1000):
        logging.getLogger("holdpoint.test").info(line)
    folder = log_file.parent
    files = sorted(path.name for path in folder.iterdir() if path.name.startswith(crash.LOG_NAME))
    assert files == [crash.LOG_NAME, f"{crash.LOG_NAME}.1", f"{crash.LOG_NAME}.2"]
    assert all(path.stat().st_size <= crash.LOG_BYTES + 2000 for path in folder.iterdir())
    text = (folder / crash.LOG_NAME).read_text() + (folder / f"{crash.LOG_NAME}.1").read_text()
    assert line in text


def test_the_first_line_names_the_versions_and_the_system(tmp_path, root_logging):
    log_file = crash.start_logging(tmp_path / "log")
    assert log_file is not None
    first = log_file.read_text().splitlines()[0]
    assert "started: Python 3." in first and "PySide6 6." in first
    assert sys.platform != "linux" or "Linux-" in first
