"""Country names (ISO 3166, from pycountry), to tell a country from a city or a person, and the
places a text puts in a country ("in Kuala Lumpur, Malaysia")."""
from __future__ import annotations

import re
from functools import lru_cache

from .text import fold

# Names in everyday English that ISO's list spells otherwise ("Russian Federation", "Türkiye"), and
# the nations of the United Kingdom, which ISO counts as subdivisions.
EVERYDAY_NAMES = frozenset(name.replace("_", " ") for name in """russia britain great_britain england scotland
wales northern_ireland holland burma ivory_coast turkey macedonia palestine brunei cape_verde swaziland east_timor
vatican vatican_city micronesia""".split())


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Folded short, common and official names of every country: "malaysia", "united states", ..."""
    import pycountry  # 0.03 s, and only for questions that ask for a place or a person

    out = set(EVERYDAY_NAMES)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                out.add(fold(name))
    return frozenset(out)


def is_country(name: str) -> bool:
    return fold(name).removeprefix("the ") in countries()


_NAME = r"[A-Z][\w'’.-]*"


def places_in(text: str, country: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a place with ``country`` after it, as a caption or a dateline does: the
    span of "Kuala Lumpur" in "... Summit in Kuala Lumpur, Malaysia". A country is in no other
    ("in England, Wales")."""
    found = re.finditer(rf"(?:\b(?:in|at|from|near)\s+|^)((?:{_NAME}\s+){{0,2}}{_NAME}),\s+{re.escape(country)}"
                        r"(?![\w'’-])", text, re.M)
    return [m.span(1) for m in found if not is_country(m.group(1))]
