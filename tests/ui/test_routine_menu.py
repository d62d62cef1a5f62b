"""Routines on the Map: built-ins, and files a physio can send, in and out."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from holdpoint.core.catalog import Side
from holdpoint.core.preferences import Place


def _messages():
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_a_built_in_routine_fills_the_draft(holdpoint):
    place = holdpoint.window.place(Place.MAP)
    actions = [a for a in place.routine_menu.menu.actions() if a.text().startswith("Back chain")]
    actions[0].trigger()
    assert [s.zone_id for s in place.draft.steps][:2] == ["quadratus_lumborum", "lumbar_erectors"]
    assert place.routine.steps.count() == len(place.draft)
    assert ("piriformis", Side.RIGHT) in place.body_map._selected


def test_a_routine_saved_to_a_file_opens_again(holdpoint, tmp_path):
    place = holdpoint.window.place(Place.MAP)
    place.toggle_zone("soleus", Side.LEFT)
    place.toggle_zone("piriformis", Side.RIGHT)
    saved = place.draft.steps
    path = tmp_path / "from my physio.toml"
    assert place.routine_menu.save_file(path)
    place.draft.clear()
    assert place.routine_menu.open_file(path)
    assert place.draft.steps == saved


def test_a_bad_routine_file_is_refused_with_the_reason_and_nothing_changes(holdpoint, tmp_path):
    place = holdpoint.window.place(Place.MAP)
    place.toggle_zone("soleus", Side.LEFT)
    before = place.draft.steps
    bad = tmp_path / "bad.toml"
    step = '{ zone = "piriformis", sides = "left", hold_s = 300, reps = 3, rest_s = 15 }'
    bad.write_text(f'format = 1\n[[routine]]\nid = "x"\nname = "X"\nsteps = [\n  {step},\n]\n')
    assert not place.routine_menu.open_file(bad)
    (box,) = _messages()
    assert "bad.toml:6" in box.text() and "hold_s: 300 is outside 15–60" in box.text()
    assert place.draft.steps == before
    box.close()


def test_a_named_routine_is_kept_listed_loaded_and_deleted(holdpoint):
    place = holdpoint.window.place(Place.MAP)
    place.toggle_zone("soleus", Side.LEFT)
    menu = place.routine_menu
    assert menu.save_named("After work")
    names = [a.text() for a in menu.menu.actions()]
    assert any(text.startswith("After work") for text in names)
    place.draft.clear()
    next(a for a in menu.menu.actions() if a.text().startswith("After work")).trigger()
    assert [s.zone_id for s in place.draft.steps] == ["soleus"]
    assert menu.delete("after_work")
    assert not any(a.text().startswith("After work") for a in menu.menu.actions())
