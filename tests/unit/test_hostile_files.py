"""Hostile settings and routine files, as real files: a damaged disk, a hand edit gone
wrong, a routine file from anywhere. Each gives the defaults with a one-line problem, or
a one-line RoutineError/SettingsError naming the file — never another exception — and
the file itself is never changed (an unreadable settings file is kept aside, byte for
byte, under a dated name)."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from holdpoint.core.preferences import Preferences
from holdpoint.core.routine import RoutineDraft, Sides, Step
from holdpoint.core.routines import (
    MAX_NAME,
    MAX_ROUTINES,
    Routine,
    RoutineError,
    dump_routine,
    dump_routines,
    load_routines,
    parse_routines,
)
from holdpoint.settings import SettingsError, SettingsStore
from holdpoint.storage.routine_store import FILE_NAME, RoutineStore, RoutineStoreError

MB = 1024 * 1024


def one_line(message: str, names: str | Path) -> None:
    """A message a person can read: one line, short, naming the file."""
    assert "\n" not in message and "Traceback" not in message
    assert len(message) < 600, message[:300]
    assert str(names) in message, message


def garbage(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


# ------------------------------------------------------------------------------ settings

G = b"[General]\n"
#: name: (the file's bytes, or None for a folder), what happens, the preferences refused.
SETTINGS = {
    "garbage bytes": (garbage(4096), "unreadable", ()),
    "text_scale nan": (G + b"text_scale=nan\n", "value", ("text_scale",)),
    "text_scale inf": (G + b"text_scale=inf\n", "value", ("text_scale",)),
    "voice_rate -inf": (G + b"voice_rate=-inf\nvolume=1e999\n", "value",
                        ("volume", "voice_rate")),
    "a float of 1e999": (G + b"text_scale=1e999\n", "value", ("text_scale",)),
    "wrong type: enums": (G + b"theme=1.5\nplace=42\n", "value", ("theme", "place")),
    "wrong type: numbers": (G + b"text_scale=big\nvolume=12.5\nget_ready_s=true\n", "value",
                            ("text_scale", "volume", "get_ready_s")),
    "wrong type: booleans": (G + b"voice=maybe\nsafety_acknowledged=1\n", "value",
                             ("safety_acknowledged", "voice")),
    "wrong type: tools": (G + b"tools=hammer, ball\n", "value", ("tools",)),
    "wrong type: stored objects": (
        G + b"window_geometry=@Rect(1 2 3 4)\naudio_device=@ByteArray(abc)\n", "value",
        ("window_geometry", "audio_device")),
    "out of range": (G + b"volume=101\nget_ready_s=4\nvoice_rate=99999999999999999999\n",
                     "value", ("volume", "voice_rate", "get_ready_s")),
    "a 10 MB file": (G + b"volume=50\n" + b"; padding\n" * (MB + 1), "unreadable", ()),
    "a folder": (None, "folder", ()),
    "NUL bytes": (G + b"text_scale=1.2\x00\x00\n", "unreadable", ()),
    "an escape character": (G + b"theme=dark\x1b[2J\n", "unreadable", ()),
    "invalid UTF-8": (G + b"audio_device=caf\xe9\n", "unreadable", ()),
    "a 1 MB value": (G + b"window_geometry=" + b"A" * 1_000_000 + b"\n", "value",
                     ("window_geometry",)),
    "a 1 MB line of text": (G + b"x" * 1_000_000 + b"\n", "unreadable", ()),
    "an empty file": (b"", "fine", ()),
    "duplicate keys": (G + b"text_scale=1.2\nvolume=30\ntext_scale=1.5\n", "value",
                       ("text_scale",)),
    "not INI (JSON)": (b'{"text_scale": 1.2}\n', "unreadable", ()),
    "a broken section header": (b"[General\ntext_scale=1.2\n", "unreadable", ()),
}  # fmt: skip


def write(path: Path, content: bytes | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)


def kept_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.unreadable-*"))


@pytest.mark.parametrize("case", list(SETTINGS))
def test_a_hostile_settings_file_gives_defaults_and_a_problem(settings_path, case):
    content, outcome, refused = SETTINGS[case]
    write(settings_path, content)
    store = SettingsStore(settings_path)
    prefs = store.load()
    for message in store.problems:
        one_line(message, settings_path)
    if outcome == "fine":
        assert prefs == Preferences() and store.problems == []
        assert settings_path.read_bytes() == content
    elif outcome == "value":  # each bad value: its default and one message; the rest read
        assert settings_path.read_bytes() == content  # loading changes nothing
        assert len(store.problems) == len(refused)
        for name, message in zip(refused, store.problems, strict=True):
            assert f": {name}: " in message and message.endswith("; using the default")
            assert getattr(prefs, name) == getattr(Preferences(), name)
        if case == "duplicate keys":
            assert prefs.volume == 30
    elif outcome == "unreadable":  # kept aside whole, said once, defaults
        assert prefs == Preferences()
        (kept,) = kept_files(settings_path)
        assert kept.name == f"settings.ini.unreadable-{time.strftime('%Y-%m-%d')}"
        assert kept.read_bytes() == content
        assert not settings_path.exists()
        (message,) = store.problems
        assert "cannot be read" in message and str(kept) in message
        store.save(prefs.replace(text_scale=1.4))  # the defaults are saved as usual
        again = SettingsStore(settings_path)
        assert again.load() == Preferences(text_scale=1.4) and again.problems == []
        assert kept.read_bytes() == content
    else:  # a folder: defaults, said once; saving is refused, and the folder stays
        assert prefs == Preferences()
        (message,) = store.problems
        assert "not a file" in message
        with pytest.raises(SettingsError, match=re.escape(str(settings_path))):
            store.save(prefs)
        assert settings_path.is_dir() and kept_files(settings_path) == []
        assert store.load_health() is None


def test_an_older_kept_file_is_never_overwritten(settings_path):
    write(settings_path, b"first \x00")
    today = f"settings.ini.unreadable-{time.strftime('%Y-%m-%d')}"
    SettingsStore(settings_path).load()
    write(settings_path, b"second \x00")
    SettingsStore(settings_path).load()
    write(settings_path, b"third \x00")
    store = SettingsStore(settings_path)
    store.load()
    folder = settings_path.parent
    assert (folder / today).read_bytes() == b"first \x00"
    assert (folder / f"{today}-2").read_bytes() == b"second \x00"
    assert (folder / f"{today}-3").read_bytes() == b"third \x00"
    assert str(folder / f"{today}-3") in store.problems[0]


def test_a_file_damaged_after_loading_is_kept_aside_before_saving(settings_path):
    store = SettingsStore(settings_path)
    store.load()
    store.save(Preferences(text_scale=1.3))
    write(settings_path, garbage(2000, seed=3))
    store.save(Preferences(text_scale=1.5))
    (kept,) = kept_files(settings_path)
    assert kept.read_bytes() == garbage(2000, seed=3)
    assert SettingsStore(settings_path).load() == Preferences(text_scale=1.5)


def test_non_finite_and_huge_values_are_refused_by_the_preferences_themselves():
    for value in (float("nan"), float("inf"), float("-inf")):
        with pytest.raises(ValueError, match=r"text_scale: .* is not a finite number"):
            Preferences(text_scale=value)
    with pytest.raises(ValueError, match="window_geometry: 5,000 characters is longer"):
        Preferences(window_geometry="A" * 5000)


# ------------------------------------------------------------------------------ routines


def steps(*items: str) -> str:
    return "steps = [\n" + "".join(f"  {{ {item} }},\n" for item in items) + "]\n"


def step(zone: str = "piriformis", hold: object = 30, reps: object = 3, rest: object = 15) -> str:
    return f'zone = "{zone}", sides = "both", hold_s = {hold}, reps = {reps}, rest_s = {rest}'


def routine_file(body: str, name: str = '"Mine"', head: str = "format = 1\n") -> bytes:
    return (head + f'\n[[routine]]\nid = "mine"\nname = {name}\n' + body).encode()


GOOD_STEP = steps(step())
#: name: (the file's bytes, or None for a folder; a fragment of the RoutineError).
ROUTINES = {
    "nested 500 deep": (b"x = " + b"[" * 500 + b"]" * 500 + b"\n",
                        "nested more than 32 levels deep"),
    "a dotted key 10,000 parts long": (b"a" + b".a" * 10_000 + b" = 1\n",
                                       "nested more than 32 levels deep"),
    "a 10 MB file": (routine_file(GOOD_STEP) + b"#" * (10 * MB) + b"\n",
                     "too large (10.0 MiB; at most 1.0 MiB)"),
    "binary": (garbage(5000), "not"),
    "not UTF-8": (routine_file(GOOD_STEP, name='"Caf\xe9"').replace(b"\xc3\xa9", b"\xe9"),
                  "not UTF-8 text (byte 0xe9"),
    "NUL bytes": (routine_file(GOOD_STEP).replace(b"Mine", b"Mi\x00ne"), "NUL bytes"),
    "10,000 steps": (routine_file(steps(*[step()] * 10_000)), "10,000 steps; at most"),
    "a zone twice": (routine_file(steps(step(), step(hold=45))),
                     "steps[1].zone: 'piriformis' is listed twice"),
    "a raw control character in a name": (routine_file(GOOD_STEP, name='"Mi\x07ne"'),
                                          "not valid TOML"),
    "a name of 5,000 characters": (routine_file(GOOD_STEP, name=f'"{"n" * 5000}"'),
                                   f"name: is 5,000 characters long; at most {MAX_NAME}"),
    "an unknown zone": (routine_file(steps(step(zone="nowhere"))),
                        "steps[0].zone: 'nowhere' is not a zone"),
    "hold out of range": (routine_file(steps(step(hold=500))), "hold_s: 500 is outside 15–60"),
    "reps out of range": (routine_file(steps(step(reps=0))), "reps: 0 is outside 1–5"),
    "rest negative": (routine_file(steps(step(rest=-5))), "rest_s: -5 is outside 5–60"),
    "a huge integer": (routine_file(steps(step(hold="9" * 5000))), "not valid TOML"),
    "a hold that is text": (routine_file(steps(step(hold='"30"'))),
                            "hold_s: '30' must be a whole number"),
    "a hold of 100 kB of text": (routine_file(steps(step(hold=f'"{"3" * 100_000}"'))),
                                 "must be a whole number"),
    "a hold that is nan": (routine_file(steps(step(hold="nan"))), "nan must be a whole number"),
    "steps that are a number": (routine_file("steps = 12\n"), "steps: must be a non-empty list"),
    "routine that is text": (b'format = 1\nroutine = "x"\n', "must be written as [[routine]]"),
    "format that is text": (routine_file(GOOD_STEP, head='format = "1"\n'),
                            "format: '1' must be a whole number"),
    "an empty file": (b"", "format: missing"),
    "a missing format": (routine_file(GOOD_STEP, head=""), "format: missing"),
    "a future format": (routine_file(GOOD_STEP, head="format = 2\n"),
                        "format: this Holdpoint reads format 1"),
    "201 routines": (b"format = 1\n" + b"".join(
        f'[[routine]]\nid = "r{i}"\nname = "R{i}"\n{GOOD_STEP}'.encode()
        for i in range(MAX_ROUTINES + 1)), f"201 routines; at most {MAX_ROUTINES}"),
    "a quoted key with a line break": (routine_file(GOOD_STEP + '"a\\nb" = 1\n'),
                                       "'a\\nb': unknown key"),
    "a folder": (None, "it is a folder"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(ROUTINES))
def test_a_hostile_routine_file_is_refused_in_one_line(tmp_path, catalog, case):
    content, fragment = ROUTINES[case]
    path = tmp_path / "from-my-physio.toml"
    write(path, content)
    with pytest.raises(RoutineError) as refused:
        load_routines(path, catalog)
    one_line(str(refused.value), path.name)
    assert fragment in str(refused.value)
    assert path.is_dir() if content is None else path.read_bytes() == content


@pytest.mark.parametrize("case", list(ROUTINES))
def test_a_hostile_file_of_saved_routines_is_reported_and_kept_byte_for_byte(
    tmp_path, catalog, case
):
    content, fragment = ROUTINES[case]
    mine = tmp_path / FILE_NAME
    write(mine, content)
    store = RoutineStore(tmp_path, catalog)  # what the app does at start: never raises
    assert store.routines == []
    one_line(store.problem, FILE_NAME)
    assert "could not be read" in store.problem and fragment in store.problem
    assert mine.is_dir() if content is None else mine.read_bytes() == content
    routine = Routine("evening", "Evening", "", (Step("soleus", Sides.LEFT, 30, 2, 10),))
    store.save(routine)  # the person saves a routine: the bad file is kept aside first
    (kept,) = tmp_path.glob("my-routines.damaged-*.toml")
    assert kept.is_dir() if content is None else kept.read_bytes() == content
    assert str(kept) in store.problem
    assert RoutineStore(tmp_path, catalog).routines == [routine]


def test_two_damaged_files_in_the_same_second_are_both_kept(tmp_path, catalog):
    routine = Routine("evening", "Evening", "", (Step("soleus", Sides.LEFT, 30, 2, 10),))
    for content in (b"first\x00", b"second\x00"):
        (tmp_path / FILE_NAME).write_bytes(content)
        RoutineStore(tmp_path, catalog).save(routine)
    kept = sorted(p.read_bytes() for p in tmp_path.glob("my-routines.damaged-*.toml"))
    assert kept == [b"first\x00", b"second\x00"]


def test_a_store_never_writes_a_file_it_could_not_read_back(tmp_path, catalog):
    store = RoutineStore(tmp_path, catalog)
    one = (Step("soleus", Sides.LEFT, 30, 2, 10),)
    for number in range(MAX_ROUTINES):
        store.routines.append(Routine(f"r{number}", f"R{number}", "", one))
    with pytest.raises(RoutineStoreError, match=f"more than {MAX_ROUTINES} routines"):
        store.save(Routine("one_more", "One more", "", one))
    store.routines.clear()
    with pytest.raises(RoutineStoreError, match="name is longer"):
        store.save(Routine("long", "n" * (MAX_NAME + 1), "", one))
    assert not (tmp_path / FILE_NAME).exists()


def test_control_characters_in_a_name_are_cleaned_and_written_escaped(tmp_path, catalog):
    text = routine_file(GOOD_STEP + 'description = "Line one\\nline\\u0007two"\n',
                        name='"\\u001b[31mMine\\tdaily\\u2028"').decode()  # fmt: skip
    (routine,) = parse_routines(text, catalog, "mine.toml")
    assert routine.name == "[31mMine daily"
    assert routine.description == "Line one\nline two"
    # A name the person typed with a control character still makes a file that reads back.
    typed = Routine("mine", "Mine\x07", "", routine.steps)
    (again,) = parse_routines(dump_routine(typed), catalog, "mine.toml")
    assert again.name == "Mine"


def test_every_zone_once_is_the_longest_routine_and_the_map_takes_it(catalog):
    every = tuple(Step(zone.id, Sides.BOTH, 30, 1, 10) for zone in catalog.zones)
    (routine,) = parse_routines(dump_routines([Routine("all", "All", "", every)]), catalog, "a")
    RoutineDraft().replace_all(routine.steps)  # never "a routine lists a zone twice"
    assert len(routine.steps) == len(catalog.zones)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cut=st.integers(0, 400),
    junk=st.text(alphabet=st.sampled_from("[]{}\"'\\.=#,\n abc1\x00\x07é"), max_size=40),
)
def test_any_damage_to_a_routine_file_is_a_routine_error_or_routines(catalog, cut, junk):
    good = dump_routines(
        [Routine("r", "R", "D", (Step("piriformis", Sides.LEFT, 30, 3, 15),))] * 2
    ).replace('id = "r"', 'id = "s"', 1)
    text = good[:cut] + junk + good[cut:]
    try:
        parse_routines(text, catalog, "damaged.toml")
    except RoutineError as error:
        one_line(str(error), "damaged.toml")
