"""Generate Holdpoint's cue sounds into resources/sounds/ (run: python scripts/make_sounds.py).

Each cue is a soft bell-like tone (a sine with two quiet overtones, a 6 ms attack and an
exponential decay) with its own pitch and rhythm, so the cues are easy to tell apart
without looking, and the test suite can tell them apart by frequency. The pitch of each
cue's first note is listed in CUE_PITCH_HZ; tests import it from here.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
SOUNDS = Path(__file__).resolve().parents[1] / "resources" / "sounds"

# (frequency Hz, start s, length s, loudness 0-1) notes of each cue.
CUES: dict[str, list[tuple[float, float, float, float]]] = {
    # Gentle rising pair: "get ready".
    "get_ready": [(440.0, 0.0, 0.35, 0.55), (554.4, 0.18, 0.45, 0.5)],
    # One clear, bright bell: "press now".
    "hold_start": [(523.3, 0.0, 0.9, 0.8)],
    # Two quick soft pips: "ten seconds left".
    "ten_seconds": [(784.0, 0.0, 0.16, 0.5), (784.0, 0.22, 0.16, 0.5)],
    # A short tick for each of the last three seconds.
    "tick": [(1046.5, 0.0, 0.09, 0.45)],
    # Falling pair, lower and longer: "release".
    "release": [(392.0, 0.0, 0.5, 0.75), (329.6, 0.25, 0.8, 0.7)],
    # Three rising notes: "switch sides".
    "switch_side": [(659.3, 0.0, 0.3, 0.55), (830.6, 0.15, 0.3, 0.5), (987.8, 0.3, 0.5, 0.5)],
    # A slow major arpeggio: "all done".
    "session_done": [
        (587.3, 0.0, 1.2, 0.5), (740.0, 0.2, 1.1, 0.45), (880.0, 0.4, 1.0, 0.45),
        (1174.7, 0.6, 1.0, 0.35),
    ],
}  # fmt: skip

CUE_PITCH_HZ = {name: notes[0][0] for name, notes in CUES.items()}


def render(notes: list[tuple[float, float, float, float]]) -> list[float]:
    length = max(start + duration for _, start, duration, _ in notes) + 0.05
    samples = [0.0] * int(length * RATE)
    for frequency, start, duration, loudness in notes:
        first = int(start * RATE)
        count = int(duration * RATE)
        attack = int(0.006 * RATE)
        for i in range(count):
            t = i / RATE
            envelope = min(1.0, i / attack) * math.exp(-4.0 * t / duration)
            envelope *= min(1.0, (count - i) / (0.01 * RATE))  # no click at the end
            phase = 2 * math.pi * frequency * t
            tone = math.sin(phase) + 0.12 * math.sin(2 * phase) + 0.04 * math.sin(3 * phase)
            samples[first + i] += loudness * envelope * tone / 1.16
    peak = max(1.0, max(abs(s) for s in samples))
    return [s / peak for s in samples]


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(s * 30000)) for s in samples))


def main() -> int:
    SOUNDS.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        write(SOUNDS / f"{name}.wav", render(notes))
        print(f"{SOUNDS / name}.wav")
    return 0


if __name__ == "__main__":
    sys.exit(main())
