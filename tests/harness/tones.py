"""Write test tones as WAV files."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path


def write_tone(
    path: Path, frequency: float, seconds: float = 0.6, rate: int = 44_100, amplitude: float = 0.5
) -> Path:
    """A mono 16-bit sine at ``frequency`` with 10 ms fades (no clicks)."""
    count = int(seconds * rate)
    fade = int(0.01 * rate)
    frames = bytearray()
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        value = amplitude * envelope * math.sin(2 * math.pi * frequency * i / rate)
        frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path
