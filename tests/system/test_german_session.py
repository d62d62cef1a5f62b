"""A session in German, as a German-speaking person gets it: the real app with the real
speech engine (speech-dispatcher with espeak-ng), every line spoken in German by a German
voice into the null sink, and nothing on the terminal."""

from __future__ import annotations

import time

import pytest

from harness.app import running_holdpoint, write_routine

pytestmark = pytest.mark.system


def test_a_short_session_in_german_is_spoken_in_german(pulse, home, tmp_path):
    routine = write_routine(tmp_path / "kurz.toml", "Kurz", hold_s=15, reps=2)
    log = tmp_path / "cues.log"
    args = ["--data-dir", str(tmp_path / "data"), "--routine", str(routine), "--start",
            "--language", "de", "--speech-engine", "speechd", "--cue-log", str(log)]  # fmt: skip
    with pulse.record(tail=1.0) as recording, running_holdpoint(args, home) as process:
        deadline = time.monotonic() + 90
        while "Sitzung beendet" not in (log.read_text() if log.exists() else ""):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, log.read_text() if log.exists() else "no log"
            time.sleep(0.2)
        time.sleep(0.5)
        process.terminate()
        _out, err = process.communicate(timeout=30)
    spoken = [line.split("\t", 1)[1] for line in log.read_text().splitlines()
              if line.startswith("speech\t")]  # fmt: skip
    assert spoken[0].startswith("Machen Sie sich bereit: Piriformis, linke Seite.")
    assert "Piriformis, linke Seite. Halten Sie fünfzehn Sekunden." in spoken
    assert "Pause." in spoken and "Sitzung beendet. Gut gemacht." in spoken
    assert not any(line in spoken for line in ("Release.", "Rest.", "Ten seconds."))
    assert err == "", err  # no warning, no missing translation, no traceback
    assert recording.peak() > 3000
