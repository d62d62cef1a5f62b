"""The catalog, routines and body drawing in another language: texts only, by id.

``zones.toml``, ``routines.toml`` and ``body.toml`` are written in English and hold
everything else (shapes, doses, referral areas). A translation is one file,
``resources/i18n/content.LANG.toml``, with a table per entry and only its texts::

    [zone.piriformis]
    name = "Piriformis"
    find = "…"
    positions = ["…", "…"]   # each way of working it, in the English file's order
    cautions = ["…"]

Sections: ``region`` (name), ``no_press`` (name, why), ``zone`` (name, muscle, find,
positions, cautions), ``routine`` (name, description), ``landmark`` (name), ``closeup``
(title), ``muscle`` (label, by zone id). :func:`english_texts` lists what the English
files hold in the same shape, so a test can check that a translation has every text and
no other; a text missing at run time stays English.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from holdpoint.core.body import Body
from holdpoint.core.catalog import Catalog
from holdpoint.core.routines import Routine

FORMAT = 1

#: What each section may translate, with ``list`` for a list of texts.
FIELDS: dict[str, dict[str, type]] = {
    "region": {"name": str},
    "no_press": {"name": str, "why": str},
    "zone": {"name": str, "muscle": str, "find": str, "positions": list, "cautions": list},
    "routine": {"name": str, "description": str},
    "landmark": {"name": str},
    "closeup": {"title": str},
    "muscle": {"label": str},
}

#: section -> entry id -> field -> a text or a tuple of texts.
Texts = dict[str, dict[str, dict[str, str | tuple[str, ...]]]]


class ContentTextError(ValueError):
    """A translation file that cannot be used: not TOML, or a key it may not have."""


def load_texts(path: Path) -> Texts:
    """Read and check the translation file at ``path``."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentTextError(f"{path.name}: cannot be read ({error})") from error
    return parse_texts(raw, path.name)


def parse_texts(raw: str, filename: str = "content.toml") -> Texts:
    """Check translation ``raw``: only known sections and fields, texts of the right kind."""
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise ContentTextError(f"{filename}: {error}") from error
    if data.pop("format", None) != FORMAT:
        raise ContentTextError(f"{filename}: format: this Holdpoint reads format {FORMAT}")
    texts: Texts = {}
    for section, entries in data.items():
        fields = FIELDS.get(section)
        if fields is None or not isinstance(entries, dict):
            raise ContentTextError(f"{filename}: [{section}]: not a section of this file")
        texts[section] = {}
        for ident, values in entries.items():
            where = f"{filename}: [{section}.{ident}]"
            if not isinstance(values, dict):
                raise ContentTextError(f"{where}: not a table")
            texts[section][ident] = {
                name: _text(where, name, value, fields) for name, value in values.items()
            }
    return texts


def _text(where: str, name: str, value: Any, fields: Mapping[str, type]) -> str | tuple[str, ...]:
    kind = fields.get(name)
    if kind is None:
        raise ContentTextError(f"{where}: {name}: not a text of this section")
    if kind is str and isinstance(value, str) and value.strip():
        return value
    if kind is list and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    wanted = "a text" if kind is str else "a list of texts"
    raise ContentTextError(f"{where}: {name}: must be {wanted}")


def english_texts(catalog: Catalog, routines: tuple[Routine, ...], body: Body) -> Texts:
    """The texts of the English files, in the shape of a translation file."""
    return {
        "region": {r.id: {"name": r.name} for r in catalog.regions},
        "no_press": {a.id: {"name": a.name, "why": a.why} for a in catalog.no_press},
        "zone": {
            z.id: {
                "name": z.name,
                "muscle": z.muscle,
                "find": z.find,
                "positions": tuple(use.position for use in z.uses),
                "cautions": z.cautions,
            }
            for z in catalog.zones
        },
        "routine": {r.id: {"name": r.name, "description": r.description} for r in routines},
        "landmark": {m.id: {"name": m.name} for m in body.landmarks},
        "closeup": {c.id: {"title": c.title} for c in body.closeups},
        "muscle": {m.zone: {"label": m.label} for m in body.muscles},
    }


def _pick(texts: Texts, section: str, ident: str, name: str, english: str) -> str:
    value = texts.get(section, {}).get(ident, {}).get(name)
    return value if isinstance(value, str) else english


def _pick_all(
    texts: Texts, section: str, ident: str, name: str, english: tuple[str, ...]
) -> tuple[str, ...]:
    value = texts.get(section, {}).get(ident, {}).get(name)
    return value if isinstance(value, tuple) and len(value) == len(english) else english


def translate_catalog(catalog: Catalog, texts: Texts) -> Catalog:
    """``catalog`` with the texts of ``texts`` (the rest as it is; no texts: ``catalog``)."""
    if not texts:
        return catalog
    regions = tuple(
        dataclasses.replace(r, name=_pick(texts, "region", r.id, "name", r.name))
        for r in catalog.regions
    )
    no_press = tuple(
        dataclasses.replace(
            a,
            name=_pick(texts, "no_press", a.id, "name", a.name),
            why=_pick(texts, "no_press", a.id, "why", a.why),
        )
        for a in catalog.no_press
    )
    zones = []
    for z in catalog.zones:
        english = tuple(use.position for use in z.uses)
        positions = _pick_all(texts, "zone", z.id, "positions", english)
        zones.append(
            dataclasses.replace(
                z,
                name=_pick(texts, "zone", z.id, "name", z.name),
                muscle=_pick(texts, "zone", z.id, "muscle", z.muscle),
                find=_pick(texts, "zone", z.id, "find", z.find),
                uses=tuple(
                    dataclasses.replace(use, position=position)
                    for use, position in zip(z.uses, positions, strict=True)
                ),
                cautions=_pick_all(texts, "zone", z.id, "cautions", z.cautions),
            )
        )
    return dataclasses.replace(catalog, zones=tuple(zones), regions=regions, no_press=no_press)


def translate_routines(routines: tuple[Routine, ...], texts: Texts) -> tuple[Routine, ...]:
    """``routines`` with their names and descriptions from ``texts``."""
    if not texts:
        return routines
    return tuple(
        dataclasses.replace(
            r,
            name=_pick(texts, "routine", r.id, "name", r.name),
            description=_pick(texts, "routine", r.id, "description", r.description),
        )
        for r in routines
    )


def translate_body(body: Body, texts: Texts) -> Body:
    """``body`` with its landmark names, close-up titles and muscle labels from ``texts``."""
    if not texts:
        return body
    return body._replace(
        landmarks=tuple(
            m._replace(name=_pick(texts, "landmark", m.id, "name", m.name)) for m in body.landmarks
        ),
        closeups=tuple(
            c._replace(title=_pick(texts, "closeup", c.id, "title", c.title)) for c in body.closeups
        ),
        muscles=tuple(
            m._replace(label=_pick(texts, "muscle", m.zone, "label", m.label)) for m in body.muscles
        ),
    )
