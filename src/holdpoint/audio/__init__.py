"""Cue player: turns session-engine events into sounds and speech (QtMultimedia, QtTextToSpeech)."""
