"""“Where does it hurt?”: rank the zones whose referred pain covers the painful regions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from holdpoint.core.catalog import Catalog, Zone


@dataclass(frozen=True)
class Match:
    """A zone that refers pain to some of the regions the person marked."""

    zone: Zone
    covered: tuple[str, ...]  # the marked region ids this zone refers pain to

    @property
    def score(self) -> int:
        return len(self.covered)


def rank_zones(catalog: Catalog, regions: Iterable[str]) -> list[Match]:
    """Zones that refer pain to any of ``regions``, best first.

    More covered regions rank higher; ties go to the zone the sources name more often
    for sciatica-like pain, then to catalog order (which runs from the back down).
    Unknown region ids raise :class:`KeyError`.
    """
    wanted = list(dict.fromkeys(regions))
    for region_id in wanted:
        catalog.region(region_id)
    matches = []
    for order, zone in enumerate(catalog.zones):
        covered = tuple(region for region in wanted if region in zone.refers_to)
        if covered:
            matches.append((-len(covered), -zone.sciatica_mentions, order, Match(zone, covered)))
    return [match for *_, match in sorted(matches, key=lambda item: item[:3])]
