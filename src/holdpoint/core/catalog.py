"""The trigger-point catalog: zones, the body regions they refer pain to, no-press areas.

Loaded from ``resources/zones.toml`` and validated completely: a missing key, a value
out of range, an unknown id or a malformed file raises :class:`CatalogError` with the
file, the line, the entry and the key, e.g.
``zones.toml:212: zone 'piriformis': hold_s: 90 is outside 15–60``.

A zone lists the ways it can be worked: one :class:`ToolUse` per tool and posture, each
with its own "get into position" text (``tools = [{ name = "ball", posture = "back",
position = "..." }, ...]``). The first is the default; :meth:`Zone.use_for` and
:func:`position_text` choose among them for the tools a person has.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized, translate
from holdpoint.core.tomlcheck import Entry, Locator, parse_toml, read_text

FORMAT = 2
HOLD_RANGE = (15, 60)
REPS_RANGE = (1, 5)
REST_RANGE = (5, 60)
FIGURE_HEIGHT = 200.0
_FIGURE_HALF_WIDTH = 35.0


class View(enum.StrEnum):
    """Which diagram shows a shape: the body seen from behind, or from the front."""

    BACK = "back"
    FRONT = "front"


class Side(enum.StrEnum):
    """The person's own left or right."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def label(self) -> str:
        """ "Left" or "Right", in the chosen language."""
        return localized("catalog", _SIDE_LABELS[self])


_SIDE_LABELS = {
    Side.LEFT: QT_TRANSLATE_NOOP("catalog", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("catalog", "Right"),
}


def on_side(name: str, side: Side) -> str:
    """A name with its side, as the map names one place of it: "Piriformis, left"."""
    if side is Side.LEFT:
        return translate("catalog", "{name}, left").format(name=name)
    return translate("catalog", "{name}, right").format(name=name)


class Posture(enum.StrEnum):
    """How the body lies or sits while a zone is worked on (the main way its ``position``
    text gives). A change of posture between two holds needs time to get into position."""

    BACK = "back"  # lying on the back
    FRONT = "front"  # lying face down
    SIDE = "side"  # lying on one side: the other side of the body means turning over
    SEATED = "seated"  # sitting on a chair
    FLOOR_SEATED = "floor_seated"  # sitting on the floor
    STANDING = "standing"  # standing, leaning against a wall


class Tool(enum.StrEnum):
    """What a zone is worked with: the reference's seed tools. A percussion (massage) gun
    is deliberately not one of them."""

    BALL = "ball"  # a tennis ball or a massage ball
    TWO_BALLS = "two balls in a sock"  # two balls side by side, for beside the spine
    FOAM_ROLLER = "foam roller"
    MASSAGE_STICK = "massage stick"
    HOOK_TOOL = "hook tool"  # a hook-shaped back tool
    PSOAS_TOOL = "psoas tool"
    FINGERS = "fingers"

    @property
    def label(self) -> str:
        """The name shown to people, e.g. "Tennis or massage ball" (in the chosen language)."""
        return localized("catalog", _TOOL_LABELS[self])

    @property
    def in_sentence(self) -> str:
        """The name as written inside a sentence, e.g. "tennis or massage ball" (in the
        chosen language: German keeps its nouns capitalised)."""
        return localized("catalog", _TOOL_NAMES_IN_SENTENCE[self])

    @property
    def needs(self) -> Tool:
        """What a person must have to use it: two balls in a sock are made of balls."""
        return Tool.BALL if self is Tool.TWO_BALLS else self


#: The tools a person can say they have (fingers are always at hand; two balls in a sock
#: are made of balls), in the order to offer them.
CHOOSABLE_TOOLS = (Tool.BALL, Tool.FOAM_ROLLER, Tool.MASSAGE_STICK, Tool.HOOK_TOOL, Tool.PSOAS_TOOL)


class ToolSet(frozenset[Tool]):
    """The tools a person has said they have, stored as text ("ball,foam roller"). Empty:
    not chosen yet, so any tool (each zone's default way); fingers are always at hand."""

    def __new__(cls, items: Iterable[Tool | str] | str = ()) -> ToolSet:
        if isinstance(items, str):  # the stored form; an unknown name raises ValueError
            items = [part.strip() for part in items.split(",") if part.strip()]
        return super().__new__(cls, (Tool(item) for item in items))

    @property
    def chosen(self) -> frozenset[Tool] | None:
        """What to fit routines to: None (any tool) until the person has chosen."""
        return frozenset(self) | {Tool.FINGERS} if self else None

    def __str__(self) -> str:
        return ",".join(tool.value for tool in Tool if tool in self)

    def __repr__(self) -> str:
        return f"ToolSet({str(self)!r})"


_TOOL_LABELS = {
    Tool.BALL: QT_TRANSLATE_NOOP("catalog", "Tennis or massage ball"),
    Tool.TWO_BALLS: QT_TRANSLATE_NOOP("catalog", "Two balls in a sock"),
    Tool.FOAM_ROLLER: QT_TRANSLATE_NOOP("catalog", "Foam roller"),
    Tool.MASSAGE_STICK: QT_TRANSLATE_NOOP("catalog", "Massage stick"),
    Tool.HOOK_TOOL: QT_TRANSLATE_NOOP("catalog", "Hook-shaped back tool"),
    Tool.PSOAS_TOOL: QT_TRANSLATE_NOOP("catalog", "Psoas tool"),
    Tool.FINGERS: QT_TRANSLATE_NOOP("catalog", "Your fingers"),
}
_TOOL_NAMES_IN_SENTENCE = {
    Tool.BALL: QT_TRANSLATE_NOOP("catalog", "tennis or massage ball"),
    Tool.TWO_BALLS: QT_TRANSLATE_NOOP("catalog", "two balls in a sock"),
    Tool.FOAM_ROLLER: QT_TRANSLATE_NOOP("catalog", "foam roller"),
    Tool.MASSAGE_STICK: QT_TRANSLATE_NOOP("catalog", "massage stick"),
    Tool.HOOK_TOOL: QT_TRANSLATE_NOOP("catalog", "hook-shaped back tool"),
    Tool.PSOAS_TOOL: QT_TRANSLATE_NOOP("catalog", "psoas tool"),
    Tool.FINGERS: QT_TRANSLATE_NOOP("catalog", "your fingers"),
}


class CatalogError(ValueError):
    """The catalog file is malformed; the message names the file, line, entry and key."""


@dataclass(frozen=True)
class Ellipse:
    """A shape on a diagram, in figure units, for the person's right side (see zones.toml)."""

    view: View
    x: float
    y: float
    rx: float
    ry: float
    angle: float = 0.0

    def contains(self, x: float, y: float) -> bool:
        """Whether the point (right-side figure units) lies inside the ellipse."""
        theta = math.radians(self.angle)
        dx, dy = x - self.x, y - self.y
        u = dx * math.cos(theta) + dy * math.sin(theta)
        v = -dx * math.sin(theta) + dy * math.cos(theta)
        return (u / self.rx) ** 2 + (v / self.ry) ** 2 <= 1.0

    @property
    def area(self) -> float:
        return math.pi * self.rx * self.ry


@dataclass(frozen=True)
class Region:
    """An area of the body where a person can feel pain."""

    id: str
    name: str
    shapes: tuple[Ellipse, ...]


@dataclass(frozen=True)
class NoPressArea:
    """A place never to press on, and why."""

    id: str
    name: str
    why: str
    shapes: tuple[Ellipse, ...]


@dataclass(frozen=True)
class ToolUse:
    """One way to work a zone: with ``tool``, in ``posture``, got into as ``position`` says."""

    tool: Tool
    posture: Posture
    position: str


@dataclass(frozen=True)
class Zone:
    """One trigger-point zone and everything a person needs to work on it."""

    id: str
    name: str
    muscle: str
    view: str  # "back", "front" or "side"
    shown_on: View
    bilateral: bool
    shape: Ellipse
    refers_to: tuple[str, ...]
    no_press: tuple[str, ...]
    find: str
    uses: tuple[ToolUse, ...]  # the first is the default way
    hold_s: int
    reps: int
    rest_s: int
    cautions: tuple[str, ...]
    sources: tuple[str, ...]
    sciatica_mentions: int

    @property
    def sides(self) -> tuple[Side, ...]:
        return (Side.LEFT, Side.RIGHT) if self.bilateral else (Side.RIGHT,)

    @property
    def tools(self) -> tuple[Tool, ...]:
        """Every tool the zone can be worked with, default first, each once."""
        return tuple(dict.fromkeys(use.tool for use in self.uses))

    @property
    def tool(self) -> Tool:
        """The default tool: that of the first use."""
        return self.uses[0].tool

    @property
    def position(self) -> str:
        """How to get into position the default way (the first use)."""
        return self.uses[0].position

    @property
    def posture(self) -> Posture:
        """The posture of the default way (the first use)."""
        return self.uses[0].posture

    def use_for(
        self,
        tools: Collection[Tool] | None = None,
        avoid: Collection[Posture] = (),
        prefer: Sequence[Posture] = (),
    ) -> ToolUse | None:
        """The way to work this zone for a person who has ``tools`` (None: any tool;
        fingers are always at hand), never in a posture of ``avoid``, and in the first
        posture of ``prefer`` that has a way; otherwise in catalog order. None when no way
        fits (the zone needs a tool they do not have, or only avoided postures)."""
        usable = [
            use
            for use in self.uses
            if use.posture not in avoid
            and (
                tools is None or use.tool is Tool.FINGERS or {use.tool, use.tool.needs} & set(tools)
            )
        ]
        for posture in prefer:
            for use in usable:
                if use.posture is posture:
                    return use
        return usable[0] if usable else None

    def label(self, side: Side) -> str:
        """The accessible name of one place on the map, e.g. "Piriformis, left"."""
        return on_side(self.name, side) if self.bilateral else self.name


@dataclass(frozen=True)
class Catalog:
    zones: tuple[Zone, ...]
    regions: tuple[Region, ...]
    no_press: tuple[NoPressArea, ...]

    def zone(self, zone_id: str) -> Zone:
        return _by_id(self.zones, zone_id)

    def region(self, region_id: str) -> Region:
        return _by_id(self.regions, region_id)

    def no_press_area(self, area_id: str) -> NoPressArea:
        return _by_id(self.no_press, area_id)

    def places(self) -> Iterator[tuple[Zone, Side]]:
        """Every zone on every side it exists on, in catalog order."""
        for zone in self.zones:
            for side in zone.sides:
                yield zone, side


_Item = TypeVar("_Item", Zone, Region, NoPressArea)


def _by_id(items: tuple[_Item, ...], ident: str) -> _Item:
    for item in items:
        if item.id == ident:
            return item
    raise KeyError(ident)


def position_text(
    zone: Zone,
    tools: Collection[Tool] | None = None,
    avoid: Collection[Posture] = (),
    prefer: Sequence[Posture] = (),
) -> str:
    """How to get into position on ``zone`` with the person's ``tools`` (see
    :meth:`Zone.use_for`); the default way's text when no way fits them."""
    use = zone.use_for(tools, avoid, prefer)
    return (use or zone.uses[0]).position


# ------------------------------------------------------------------------------ loading


def load_catalog(path: Path) -> Catalog:
    """Read and validate the catalog file at ``path``."""
    return parse_catalog(read_text(path, CatalogError, "catalog"), path.name)


def parse_catalog(text: str, filename: str = "zones.toml") -> Catalog:
    """Validate catalog ``text``; ``filename`` is used in messages."""
    data = parse_toml(text, filename, CatalogError)
    locator = Locator(text, filename)
    top = Entry(data, "the file", locator, None, error=CatalogError)
    top.only_keys({"format", "region", "no_press", "zone"})
    if top.integer("format", 1, 1_000) != FORMAT:
        top.fail("format", f"this Holdpoint reads format {FORMAT}")

    regions = tuple(_region(entry) for entry in top.tables("region", locator))
    no_press = tuple(_no_press(entry) for entry in top.tables("no_press", locator))
    region_ids = {region.id for region in regions}
    no_press_ids = {area.id for area in no_press}
    zones = tuple(_zone(entry, region_ids, no_press_ids) for entry in top.tables("zone", locator))
    if not zones:
        top.fail("zone", "the catalog has no zones")

    _unique_ids("region", [region.id for region in regions], locator)
    _unique_ids("no_press", [area.id for area in no_press], locator)
    _unique_ids("zone", [zone.id for zone in zones], locator)
    return Catalog(zones=zones, regions=regions, no_press=no_press)


def _unique_ids(kind: str, ids: list[str], locator: Locator) -> None:
    seen: set[str] = set()
    for index, ident in enumerate(ids):
        if ident in seen:
            line = locator.line(kind, index, "id")
            raise CatalogError(
                f"{locator.filename}:{line}: {kind} {ident!r}: id: already used by another {kind}"
            )
        seen.add(ident)


def _shape(entry: Entry, key: str, view: View | None = None) -> Ellipse:
    table = entry.table(key)
    return _ellipse(entry.child(table, key), view)


def _ellipse(entry: Entry, view: View | None) -> Ellipse:
    allowed = {"x", "y", "rx", "ry", "angle"} | ({"view"} if view is None else set())
    entry.only_keys(allowed)
    return Ellipse(
        view=entry.choice("view", View) if view is None else view,
        x=entry.number("x", 0.0, _FIGURE_HALF_WIDTH),
        y=entry.number("y", 0.0, FIGURE_HEIGHT),
        rx=entry.number("rx", 0.5, 20.0),
        ry=entry.number("ry", 0.5, 40.0),
        angle=entry.number("angle", -90.0, 90.0, default=0.0),
    )


def _shapes(entry: Entry) -> tuple[Ellipse, ...]:
    items = entry.list_of_tables("shapes")
    return tuple(_ellipse(entry.child(item, f"shapes[{i}]"), None) for i, item in enumerate(items))


def _region(entry: Entry) -> Region:
    entry.only_keys({"id", "name", "shapes"})
    return Region(id=entry.identifier("id"), name=entry.text("name"), shapes=_shapes(entry))


def _no_press(entry: Entry) -> NoPressArea:
    entry.only_keys({"id", "name", "why", "shapes"})
    return NoPressArea(
        id=entry.identifier("id"),
        name=entry.text("name"),
        why=entry.text("why"),
        shapes=_shapes(entry),
    )


_ZONE_KEYS = {
    "id", "name", "muscle", "view", "shown_on", "bilateral", "shape", "refers_to", "no_press",
    "find", "tools", "hold_s", "reps", "rest_s", "cautions", "sources", "sciatica_mentions",
}  # fmt: skip


def _uses(entry: Entry) -> tuple[ToolUse, ...]:
    """``tools = [{ name = "ball", posture = "back", position = "..." }, ...]``."""
    uses: list[ToolUse] = []
    for index, item in enumerate(entry.list_of_tables("tools")):
        way = entry.child(item, f"tools[{index}]")
        way.only_keys({"name", "posture", "position"})
        use = ToolUse(
            tool=way.choice("name", Tool),
            posture=way.choice("posture", Posture),
            position=way.text("position"),
        )
        if any((u.tool, u.posture) == (use.tool, use.posture) for u in uses):
            way.fail(
                "posture", f"{use.tool.value!r} in posture {use.posture.value!r} is listed twice"
            )
        uses.append(use)
    return tuple(uses)


def _zone(entry: Entry, region_ids: set[str], no_press_ids: set[str]) -> Zone:
    entry.only_keys(_ZONE_KEYS)
    view = entry.text("view")
    if view == "side":
        shown_on = entry.choice("shown_on", View)
    elif view in View.__members__.values():
        shown_on = View(view)
        if "shown_on" in entry.data and entry.data["shown_on"] != view:
            entry.fail("shown_on", f"only a side zone may be shown on another view than {view!r}")
    else:
        entry.fail("view", f"{view!r} is not one of back, front, side")
    refers_to = entry.strings("refers_to")
    for region in refers_to:
        if region not in region_ids:
            entry.fail("refers_to", f"{region!r} is not a region of this catalog")
    no_press = entry.strings("no_press", allow_empty=True)
    for area in no_press:
        if area not in no_press_ids:
            entry.fail("no_press", f"{area!r} is not a no-press area of this catalog")
    return Zone(
        id=entry.identifier("id"),
        name=entry.text("name"),
        muscle=entry.text("muscle"),
        view=view,
        shown_on=shown_on,
        bilateral=entry.boolean("bilateral"),
        shape=_shape(entry, "shape", shown_on),
        refers_to=refers_to,
        no_press=no_press,
        find=entry.text("find"),
        uses=_uses(entry),
        hold_s=entry.integer("hold_s", *HOLD_RANGE),
        reps=entry.integer("reps", *REPS_RANGE),
        rest_s=entry.integer("rest_s", *REST_RANGE),
        cautions=entry.strings("cautions"),
        sources=entry.strings("sources"),
        sciatica_mentions=entry.integer("sciatica_mentions", 0, 50),
    )
