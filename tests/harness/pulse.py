"""A private PulseAudio server with a null sink, and a recorder of what is played into it.

The test run starts one server in a temporary runtime folder, points ``PULSE_SERVER`` at
it (so the app under test, in-process or as a subprocess, plays into the null sink), and
stops it at the end; nothing is left running. A keep-alive stream keeps the sink's
monitor delivering in real time (without it, recorded audio arrives 0.6–2 s late).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

SINK = "holdpoint_test"
RATE = 44_100
_FORMAT = ("--raw", "--format=s16le", f"--rate={RATE}", "--channels=1", "--latency-msec=10")


class PulseError(RuntimeError):
    """The audio server could not be started or used; the message says what is missing."""


@dataclass
class Recording:
    """Mono 16-bit samples captured from the null sink's monitor."""

    samples: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int16))
    rate: int = RATE

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    def peak(self) -> int:
        return int(np.abs(self.samples.astype(np.int32)).max()) if len(self.samples) else 0

    def sounding(self, threshold: int = 300) -> np.ndarray:
        """Only the part between the first and last sample louder than ``threshold``."""
        loud = np.flatnonzero(np.abs(self.samples.astype(np.int32)) > threshold)
        if not len(loud):
            return self.samples[:0]
        return self.samples[loud[0] : loud[-1] + 1]

    def dominant_frequency(self) -> float:
        """The strongest frequency of the sounding part, in Hz (FFT, Hann window)."""
        part = self.sounding().astype(np.float64)
        if len(part) < 256:
            raise AssertionError(f"the recording holds no sound ({self.seconds:.2f} s, silent)")
        spectrum = np.abs(np.fft.rfft(part * np.hanning(len(part))))
        spectrum[0] = 0
        peak = int(np.argmax(spectrum))
        # Parabolic interpolation between the neighbouring bins for sub-bin accuracy.
        if 0 < peak < len(spectrum) - 1:
            a, b, c = np.log(spectrum[peak - 1 : peak + 2] + 1e-12)
            peak += 0.5 * (a - c) / (a - 2 * b + c)
        return peak * self.rate / len(part)


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise PulseError(f"{tool} is not installed (Debian: pulseaudio, pulseaudio-utils)")
    return path


class PulseServer:
    """One PulseAudio server owned by the test run, with a null sink named :data:`SINK`."""

    def __init__(self) -> None:
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="holdpoint-pulse-"))
        self.runtime_dir.chmod(0o700)
        self.socket = self.runtime_dir / "native"
        self._server: subprocess.Popen[bytes] | None = None
        self._keep_alive: subprocess.Popen[bytes] | None = None
        self._log = self.runtime_dir / "pulseaudio.log"

    @property
    def env(self) -> dict[str, str]:
        """What a process needs in its environment to play into this server."""
        return {"PULSE_SERVER": f"unix:{self.socket}", "XDG_RUNTIME_DIR": str(self.runtime_dir)}

    def _tool_env(self) -> dict[str, str]:
        return {**os.environ, **self.env, "HOME": str(self.runtime_dir)}

    def start(self, timeout: float = 20.0) -> None:
        command = [
            _need("pulseaudio"),
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "--use-pid-file=no",
            "-n",
            "-L",
            f"module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
            "-L",
            f"module-null-sink sink_name={SINK} rate={RATE} "
            "sink_properties=device.description=Holdpoint-test-sink",
        ]
        with open(self._log, "wb") as log:
            self._server = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env=self._tool_env()
            )
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self._server.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise PulseError(f"pulseaudio did not start: {self._log_tail()}")
            time.sleep(0.05)
        with open("/dev/zero", "rb") as zeros:  # an endless silent stream
            self._keep_alive = subprocess.Popen(
                [_need("pacat"), "-d", SINK, *_FORMAT],
                stdin=zeros,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=self._tool_env(),
            )
        self._wait_for_monitor(deadline)

    def _answers(self) -> bool:
        result = subprocess.run(
            [_need("pactl"), "info"], capture_output=True, env=self._tool_env(), check=False
        )
        return result.returncode == 0

    def _wait_for_monitor(self, deadline: float) -> None:
        """Block until the monitor delivers samples in real time (about 2 s after start)."""
        wanted = RATE * 2 // 5  # 0.2 s of 16-bit mono
        with self._parec() as reader:
            assert reader.stdout is not None
            got = 0
            while got < wanted:
                if time.monotonic() > deadline:
                    raise PulseError("the null sink's monitor delivers no audio")
                chunk = reader.stdout.read1(wanted - got)  # type: ignore[attr-defined]
                if not chunk:
                    raise PulseError(f"parec ended early: {self._log_tail()}")
                got += len(chunk)

    @contextlib.contextmanager
    def _parec(self) -> Iterator[subprocess.Popen[bytes]]:
        reader = subprocess.Popen(
            [_need("parec"), "-d", f"{SINK}.monitor", *_FORMAT],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=self._tool_env(),
        )
        try:
            yield reader
        finally:
            reader.terminate()
            reader.wait(5)
            if reader.stdout:
                reader.stdout.close()

    @contextlib.contextmanager
    def record(self, tail: float = 0.3) -> Iterator[Recording]:
        """Record the sink while the block runs; the samples are filled in when it ends.

        ``tail`` seconds more are recorded after the block, for sound still in flight.
        """
        recording = Recording()
        raw = self.runtime_dir / f"recording-{time.monotonic_ns()}.raw"
        with open(raw, "wb") as sink:
            reader = subprocess.Popen(
                [_need("parec"), "-d", f"{SINK}.monitor", *_FORMAT],
                stdout=sink,
                stderr=subprocess.DEVNULL,
                env=self._tool_env(),
            )
            try:
                yield recording
                time.sleep(tail)
            finally:
                reader.terminate()
                reader.wait(5)
        data = raw.read_bytes()
        raw.unlink()
        recording.samples = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2").copy()

    def _log_tail(self) -> str:
        try:
            return self._log.read_text(errors="replace")[-800:]
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        for process in (self._keep_alive, self._server):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
        self._keep_alive = self._server = None
        shutil.rmtree(self.runtime_dir, ignore_errors=True)
