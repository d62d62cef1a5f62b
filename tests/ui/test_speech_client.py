"""The app's side of speech: a real helper process, made to hang or die, while a
heartbeat timer on the GUI thread proves the window never waits for it."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from holdpoint.audio.speech import DID_NOT_START, STOPPED, STOPPED_ANSWERING, SpeechClient, State

HEARTBEAT_MS = 50
#: The longest the GUI thread may be busy at a stretch while speech fails.
MAX_GAP_S = 0.200


class Heartbeat:
    """A 50 ms timer on the GUI thread; its largest gap is the longest the thread blocked."""

    def __init__(self) -> None:
        self.beats: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(lambda: self.beats.append(time.monotonic()))

    def largest_gap(self) -> float:
        self.beats.append(time.monotonic())
        return max(b - a for a, b in zip(self.beats, self.beats[1:], strict=False))


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat()
    beat.timer.start()
    beat.beats.append(time.monotonic())
    yield beat
    beat.timer.stop()


@pytest.fixture
def client(qtbot) -> Iterator[SpeechClient]:
    speech = SpeechClient("mock")
    yield speech
    speech.stop()


def _ready(qtbot, client: SpeechClient) -> int:
    with qtbot.waitSignal(client.ready, timeout=20_000):
        client.start()
    assert client.pid > 0
    return client.pid


def _gone(pid: int) -> bool:
    """Neither running nor a zombie waiting to be reaped."""
    return not Path(f"/proc/{pid}").exists()


def test_lines_said_while_it_starts_are_spoken_in_order_and_stop_ends_it(qtbot, client):
    spoken: list[str] = []
    client.speaking.connect(spoken.append)
    client.start()
    assert client.say("Get ready: Piriformis, left side.")  # queued until it is ready
    assert client.say("Release.")
    qtbot.waitUntil(lambda: client.state is State.READY, timeout=20_000)
    client.say("Session complete. Well done.")
    qtbot.waitUntil(lambda: len(spoken) == 3, timeout=10_000)
    assert spoken == [
        "Get ready: Piriformis, left side.",
        "Release.",
        "Session complete. Well done.",
    ]
    pid = client.pid
    client.stop()
    assert _gone(pid)
    assert not client.say("Too late.")


def test_a_hung_helper_is_killed_within_the_deadline_and_the_window_never_waits(
    qtbot, client, heartbeat
):
    pid = _ready(qtbot, client)
    messages: list[str] = []
    client.unavailable.connect(messages.append)
    os.kill(pid, signal.SIGSTOP)  # hangs like libspeechd blocked in a C call
    said = time.monotonic()
    assert client.say("Ten seconds.")
    qtbot.waitUntil(lambda: bool(messages), timeout=6_000)
    gave_up_s = time.monotonic() - said
    qtbot.waitUntil(lambda: _gone(pid), timeout=5_000)
    assert 1.9 <= gave_up_s < 3.0, f"gave up after {gave_up_s:.2f} s"
    assert messages == [STOPPED_ANSWERING]
    assert "File > Settings > Sound and voice" in messages[0]
    assert client.state is State.FAILED and client.pid == 0
    assert not client.say("Release.")  # voice is off: nothing is sent, nothing waits
    assert heartbeat.largest_gap() < MAX_GAP_S


def test_a_helper_that_dies_mid_session_turns_voice_off_at_once(qtbot, client, heartbeat):
    pid = _ready(qtbot, client)
    messages: list[str] = []
    client.unavailable.connect(messages.append)
    client.say("Piriformis, left side. Hold thirty seconds.")
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(messages), timeout=3_000)
    qtbot.waitUntil(lambda: _gone(pid), timeout=5_000)
    assert messages == [STOPPED]
    assert heartbeat.largest_gap() < MAX_GAP_S


def test_a_helper_that_never_gets_ready_is_given_up(qtbot, heartbeat):
    client = SpeechClient("mock", start_timeout_ms=1500)
    messages: list[str] = []
    client.unavailable.connect(messages.append)
    client.start()
    pid = client.pid
    assert pid > 0
    os.kill(pid, signal.SIGSTOP)
    try:
        qtbot.waitUntil(lambda: bool(messages), timeout=5_000)
        qtbot.waitUntil(lambda: _gone(pid), timeout=5_000)
    finally:
        client.stop()
    assert messages == [DID_NOT_START]
    assert heartbeat.largest_gap() < MAX_GAP_S


def test_an_engine_that_is_not_installed_is_named(qtbot):
    client = SpeechClient("none-such-engine")
    messages: list[str] = []
    client.unavailable.connect(messages.append)
    client.start()
    pid = client.pid
    try:
        qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
        qtbot.waitUntil(lambda: _gone(pid), timeout=5_000)
    finally:
        client.stop()
    assert messages == ["Spoken cues are off. No speech engine “none-such-engine” is installed."]


def test_starting_again_after_a_failure_gives_a_fresh_helper(qtbot, client):
    first = _ready(qtbot, client)
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: client.state is State.FAILED, timeout=3_000)
    second = _ready(qtbot, client)
    assert second != first
    spoken: list[str] = []
    client.speaking.connect(spoken.append)
    client.say("Release.")
    qtbot.waitUntil(lambda: spoken == ["Release."], timeout=5_000)
