import stat

import pytest

from holdpoint.storage.datadir import DataDirError, default_data_dir, prepare_data_dir


def test_creates_missing_folder_readable_by_owner_only(tmp_path):
    folder = prepare_data_dir(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert list(folder.iterdir()) == []  # the write probe leaves nothing behind


def test_existing_folder_keeps_its_permissions(tmp_path):
    tmp_path.chmod(0o755)
    assert prepare_data_dir(tmp_path) == tmp_path
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_folder_that_cannot_be_created_names_the_path(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError, match=f"cannot create the data folder {blocker}/sub"):
        prepare_data_dir(blocker / "sub")


def test_folder_that_cannot_be_written_names_the_path():
    # /proc/1 exists and is a folder, but even root cannot create files in it.
    with pytest.raises(DataDirError, match="cannot write to the data folder /proc/1"):
        prepare_data_dir("/proc/1")


def test_default_follows_the_platform(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "Holdpoint"
