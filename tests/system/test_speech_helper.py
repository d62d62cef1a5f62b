"""The speech helper as a real process, talked to through its pipes like the app does."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from harness.pulse import PulseServer
from holdpoint.audio.speech import helper_command
from holdpoint.audio.speech_helper import line_limit_ms

pytestmark = pytest.mark.system


def _helper(engine: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        helper_command("--engine", engine, *extra),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_lines_are_taken_and_spoken_in_order_and_closing_stdin_ends_it():
    with _helper("mock", "--parent-pid", str(os.getpid())) as process:
        _speak_three_lines(process)


def _speak_three_lines(process: subprocess.Popen[str]) -> None:
    assert process.stdin and process.stdout and process.stderr
    assert json.loads(process.stdout.readline()) == {"ready": "mock", "locale": "en_GB"}
    lines = ["Release.", "Switch to the right side.", "Get ready: Piriformis, right side."]
    for ident, text in enumerate(lines, start=10):
        process.stdin.write(json.dumps({"id": ident, "text": text, "rate": 0.2, "volume": 0.5}))
        process.stdin.write("\n")
    process.stdin.write("this is not a request\n")
    process.stdin.flush()
    # The mock engine speaks about 0.1 s per word: all three are spoken in ~1.5 s.
    spoken: list[int] = []
    acks: list[int] = []
    deadline = time.monotonic() + 20
    while len(spoken) < 3:
        assert time.monotonic() < deadline, (acks, spoken)
        answer = json.loads(process.stdout.readline())
        acks += [answer["ack"]] if "ack" in answer else []
        spoken += [answer["speaking"]] if "speaking" in answer else []
    assert acks == [10, 11, 12] and spoken == [10, 11, 12]
    process.stdin.close()
    assert process.wait(10) == 0
    assert process.stdout.read() == ""  # nothing but protocol lines, and none after
    assert "bad request" in process.stderr.read()  # said on stderr (the app logs it)


def test_an_engine_that_is_not_there_is_an_error_and_the_helper_exits():
    with _helper("none-such-engine") as process:
        out, _err = process.communicate(timeout=30)
    assert process.returncode == 1
    assert [json.loads(line) for line in out.splitlines()] == [
        {"error": "no-engine", "detail": "none-such-engine"}
    ]


def test_the_helper_never_outlives_the_app(tmp_path: Path):
    """The app is SIGKILLed (no chance to close anything): the kernel ends the helper."""
    pid_file = tmp_path / "helper.pid"
    app = textwrap.dedent(
        f"""
        import os, subprocess, sys, time
        command = {helper_command("--engine", "mock")!r} + ["--parent-pid", str(os.getpid())]
        helper = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        helper.stdout.readline()  # ready
        open({str(pid_file)!r}, "w").write(str(helper.pid))
        time.sleep(60)
        """
    )
    fake_app = subprocess.Popen([sys.executable, "-c", app])
    try:
        deadline = time.monotonic() + 30
        while not pid_file.exists() or not pid_file.read_text():
            assert fake_app.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        helper_pid = int(pid_file.read_text())
        assert Path(f"/proc/{helper_pid}").exists()
    finally:
        fake_app.send_signal(signal.SIGKILL)
        fake_app.wait(10)
    # The helper is now an orphan that was sent SIGKILL; init reaps it.
    deadline = time.monotonic() + 10
    while Path(f"/proc/{helper_pid}").exists():
        assert time.monotonic() < deadline, "the helper outlived the app"
        time.sleep(0.05)


def test_speech_dispatcher_speaks_a_line_into_the_null_sink(pulse):
    """The real engine, as a person gets it: ready within the start deadline, and heard."""
    with _helper("speechd") as process, pulse.record(tail=0.5) as recording:
        assert process.stdin and process.stdout
        started = time.monotonic()
        first = json.loads(process.stdout.readline())
        assert first["ready"] == "speechd", (first, process.stderr)
        assert first["locale"].startswith("en_"), first  # English lines, an English voice
        ready_s = time.monotonic() - started
        process.stdin.write(json.dumps({"id": 1, "text": "Release.", "volume": 1.0}) + "\n")
        process.stdin.flush()
        answers = [json.loads(process.stdout.readline()) for _ in range(2)]
        time.sleep(1.5)
        process.stdin.close()
        assert process.wait(10) == 0
    assert ready_s < 8, f"speech-dispatcher took {ready_s:.1f} s to be ready"
    assert sorted(answers, key=str) == [{"ack": 1}, {"speaking": 1}]
    assert recording.peak() > 1000, "the spoken line was not heard"


def test_german_lines_are_spoken_by_a_german_voice_into_the_null_sink(pulse):
    with _helper("speechd", "--language", "de") as process, pulse.record(tail=0.5) as recording:
        assert process.stdin and process.stdout
        first = json.loads(process.stdout.readline())
        assert first == {"ready": "speechd", "locale": "de_DE"}, first
        line = "Wechseln Sie zur linken Seite."
        process.stdin.write(json.dumps({"id": 1, "text": line, "volume": 1.0}) + "\n")
        process.stdin.flush()
        answers = [json.loads(process.stdout.readline()) for _ in range(2)]
        time.sleep(1.5)
        process.stdin.close()
        assert process.wait(10) == 0
    assert sorted(answers, key=str) == [{"ack": 1}, {"speaking": 1}]
    assert recording.peak() > 1000, "the spoken line was not heard"


def test_an_engine_without_a_voice_for_the_language_says_so_and_ends():
    """Qt's mock engine speaks only English and Nordic locales: no German voice."""
    with _helper("mock", "--language", "de") as process:
        assert process.stdout
        assert json.loads(process.stdout.readline()) == {"error": "no-voice", "detail": "de"}
        assert process.wait(10) == 1


def _processes_using(folder: Path) -> list[int]:
    """Processes whose environment names ``folder`` (a private runtime folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if str(folder).encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
    return found


def test_a_line_that_never_ends_is_reported_and_the_helper_exits():
    """speech-dispatcher whose sound server goes away mid-session says it speaks and never
    finishes: the helper gives up on the line within its limit, says so, and exits."""
    server = PulseServer()  # a private one: this test stops it
    server.start()
    env = {**os.environ, **server.env}
    try:
        with subprocess.Popen(helper_command("--engine", "speechd"), stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                              env=env) as process:  # fmt: skip
            assert process.stdin and process.stdout
            assert json.loads(process.stdout.readline())["ready"] == "speechd"
            server.stop()  # the sound output is gone
            text = "Piriformis, left side."
            process.stdin.write(json.dumps({"id": 1, "text": text}) + "\n")
            process.stdin.flush()
            said = time.monotonic()
            answers = [json.loads(line) for line in process.stdout]  # until it exits
            waited = time.monotonic() - said
            assert process.wait(10) == 1
    finally:
        for pid in _processes_using(server.runtime_dir):  # its speech-dispatcher is stuck
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        server.stop()
    assert {"ack": 1} in answers
    assert answers[-1] == {"failed": "line 1 did not finish speaking"}
    assert waited < line_limit_ms(text, 0.0) / 1000 + 2
