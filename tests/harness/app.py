"""Start the real Holdpoint as a subprocess, the way a person would."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path


def app_env(
    home: Path, extra: dict[str, str] | None = None, health_checked: bool = True
) -> dict[str, str]:
    """The environment for a Holdpoint subprocess: config and data folders under ``home``.
    With ``health_checked``, the person has answered the health check today (nothing
    ticked), so that a session can start; a test of the check itself passes False."""
    if health_checked:
        _answer_health_check(home)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.update(
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),  # the log (holdpoint.crash)
        PYTHONFAULTHANDLER="1",
    )
    env.update(extra or {})
    return env


def run_holdpoint(
    args: Sequence[str],
    home: Path,
    *,
    program: Sequence[str] = (sys.executable, "-m", "holdpoint"),
    timeout: float = 60,
    env: dict[str, str] | None = None,
    health_checked: bool = True,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run Holdpoint to completion with ``args`` and return what it printed and its status."""
    return subprocess.run(
        [*program, *args],
        env=app_env(home, env, health_checked),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@contextlib.contextmanager
def running_holdpoint(
    args: Sequence[str],
    home: Path,
    *,
    program: Sequence[str] = (sys.executable, "-m", "holdpoint"),
    env: dict[str, str] | None = None,
    health_checked: bool = True,
) -> Iterator[subprocess.Popen[str]]:
    """Run Holdpoint in the background (a real window on the test display) while the block
    runs; a process still running at the end is killed, and its pipes are always closed."""
    process = subprocess.Popen(
        [*program, *args],
        env=app_env(home, env, health_checked),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def write_routine(path: Path, name: str, hold_s: int, reps: int, rest_s: int = 5) -> Path:
    """A one-step routine file (piriformis, left side) for ``--routine FILE --start``."""
    path.write_text(
        "format = 1\n[[routine]]\n"
        f'id = "{path.stem}"\nname = "{name}"\nsteps = [\n'
        f'  {{ zone = "piriformis", sides = "left", hold_s = {hold_s}, reps = {reps}, '
        f"rest_s = {rest_s} }},\n]\n"
    )
    return path


def write_steps(path: Path, name: str, steps: Sequence[tuple[str, str, int, int, int]]) -> Path:
    """A routine file of ``steps`` (zone, sides, hold_s, reps, rest_s), in today's format."""
    lines = [f"  {{ zone = {zone!r}, sides = {sides!r}, hold_s = {hold}, reps = {reps}, "
             f"rest_s = {rest} }}," for zone, sides, hold, reps, rest in steps]  # fmt: skip
    path.write_text(
        f'format = 1\n[[routine]]\nid = "{path.stem}"\nname = "{name}"\nsteps = [\n'
        + "\n".join(lines).replace("'", '"')
        + "\n]\n"
    )
    return path


def write_settings(home: Path, **values: object) -> Path:
    """A settings file for a Holdpoint started with ``home`` (see :func:`app_env`)."""
    path = _settings(home)
    body = "".join(f"{key}={value}\n" for key, value in values.items())
    path.write_text(f"[General]\n{body}")
    return path


def _settings(home: Path) -> Path:
    path = home / "config" / "Holdpoint" / "settings.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _answer_health_check(home: Path) -> None:
    """The health check answered today, nothing ticked, every tool at hand and the
    first-run tour seen (unless the test's settings say otherwise)."""
    path = _settings(home)
    text = path.read_text() if path.exists() else ""
    if "\ntour_seen=" not in f"\n{text}":
        general = "[General]\n"
        if general not in text:
            text = general + text
        text = text.replace(general, f"{general}tour_seen=true\n", 1)
    if "\ntools=" not in f"\n{text}":
        every = "ball,foam roller,massage stick,hook tool,psoas tool"
        general = "[General]\n"
        if general not in text:
            text = general + text
        text = text.replace(general, f"{general}tools={every}\n", 1)
    if "[health]" not in text:
        today = dt.date.today().isoformat()
        text = f"{text}\n[health]\nformat=1\nanswered={today}\n"
    path.write_text(text)


def past_the_first_week(data_dir: Path) -> Path:
    """A history whose first session was a month ago, so that a session is not held to
    the first week's dose (about 10 minutes, holds of 30 s at most)."""
    from holdpoint.core.records import SessionOutcome
    from holdpoint.storage.datadir import prepare_data_dir
    from holdpoint.storage.history import HistoryStore

    store = HistoryStore.open(prepare_data_dir(data_dir))
    try:
        month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
        earlier = store.start_session("A month ago", month_ago.isoformat(timespec="seconds"))
        store.finish_session(earlier, SessionOutcome.COMPLETED)
    finally:
        store.close()
    return data_dir
