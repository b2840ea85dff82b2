"""Country names (ISO 3166, from pycountry), to tell a country from a city or a person."""
from __future__ import annotations

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
