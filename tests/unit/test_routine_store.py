"""The person's own routines on a real file: saved, replaced, deleted, never lost."""

from __future__ import annotations

import stat

import pytest

from holdpoint.core.routine import Sides, Step
from holdpoint.core.routines import Routine
from holdpoint.storage.routine_store import FILE_NAME, RoutineStore, RoutineStoreError


def mine(name="Evening", hold=30):
    return Routine(name.lower(), name, "", (Step("piriformis", Sides.BOTH, hold, 3, 15),))


def test_save_replace_delete_and_reload(tmp_path, catalog):
    store = RoutineStore(tmp_path, catalog)
    assert store.routines == []
    store.save(mine())
    store.save(mine("Morning"))
    store.save(mine("Evening", hold=45))  # the same name replaces
    again = RoutineStore(tmp_path, catalog)
    assert [r.name for r in again.routines] == ["Morning", "Evening"]
    assert again.routines[1].steps[0].hold_s == 45
    assert stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode) == 0o600
    again.delete("morning")
    assert [r.name for r in RoutineStore(tmp_path, catalog).routines] == ["Evening"]
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]  # no temporary files left


def test_a_damaged_file_is_reported_kept_and_never_overwritten(tmp_path, catalog):
    damaged = tmp_path / FILE_NAME
    damaged.write_text("format = 1\n[[routine]]\nid = 'x'\nname = 'X'\nsteps = 12\n")
    store = RoutineStore(tmp_path, catalog)
    assert store.routines == [] and "could not be read" in store.problem
    store.save(mine())
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("my-routines.damaged-")]
    assert len(kept) == 1 and "steps = 12" in kept[0].read_text()
    assert str(kept[0]) in store.problem
    assert [r.name for r in RoutineStore(tmp_path, catalog).routines] == ["Evening"]


def test_a_folder_that_cannot_be_written_gives_a_clear_error(tmp_path, catalog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    store = RoutineStore(blocker, catalog)  # its "folder" is a file
    with pytest.raises(RoutineStoreError, match=f"cannot save your routines to {blocker}"):
        store.save(mine())
    assert store.routines == []
