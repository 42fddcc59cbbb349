"""Vocabulary of quantity mentions, as typed data (see ``extractor/recognize/quantities.py``).

Units map to canonical names: power (GW, MW, kW), energy (GWh, MWh), compute (exaflop,
petaflop), counted hardware (GPU, TPU, chip, accelerator, server, rack, ...) and floor
area (sq ft, sq m, acre). Number words and scale words are shared with the money lexicon.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as written. ``plural`` adds an optional "s" (``GPUs``, ``gigawatts``);
    ``exact_case`` abbreviations (``GW``, ``MW``) are matched case-sensitively, words in
    any case; ``counted`` units are things (one GPU), not measures, so "a GPU" is no count.
    """

    phrase: str
    unit: str
    plural: bool = True
    exact_case: bool = False
    counted: bool = False


def _measures(unit: str, *phrases: str, plural: bool = True) -> tuple[Unit, ...]:
    return tuple(Unit(p, unit, plural=plural) for p in phrases)


def _abbreviations(unit: str, *phrases: str, counted: bool = False) -> tuple[Unit, ...]:
    return tuple(Unit(p, unit, plural=False, exact_case=True, counted=counted) for p in phrases)


def _things(unit: str, *phrases: str) -> tuple[Unit, ...]:
    return tuple(Unit(p, unit, counted=True) for p in phrases)


UNITS: tuple[Unit, ...] = (
    *_measures("GW", "gigawatt"), *_abbreviations("GW", "GW", "GWs"),
    *_measures("MW", "megawatt"), *_abbreviations("MW", "MW", "MWs"),
    *_measures("kW", "kilowatt"), *_abbreviations("kW", "kW", "KW"),
    *_measures("TW", "terawatt"), *_abbreviations("TW", "TW"),
    *_measures("GWh", "gigawatt-hour", "gigawatt hour"), *_abbreviations("GWh", "GWh"),
    *_measures("MWh", "megawatt-hour", "megawatt hour"), *_abbreviations("MWh", "MWh"),
    *_measures("TWh", "terawatt-hour", "terawatt hour"), *_abbreviations("TWh", "TWh"),
    *_measures("exaflop", "exaflop", "exaFLOP", "exaflops", "exaFLOPS", plural=False),
    *_measures("petaflop", "petaflop", "petaFLOP", "petaflops", "petaFLOPS", plural=False),
    *_measures("sq ft", "square feet", "square foot", "square-foot", "sq ft", "sq. ft.",
               "sq. ft", "sq-ft", "sqft", plural=False),
    *_measures("sq m", "square meters", "square metres", "square meter", "square metre",
               "sq m", plural=False),
    *_measures("acre", "acre"), *_measures("hectare", "hectare"),
    *_abbreviations("GPU", "GPU", "GPUs", counted=True), *_things("GPU", "graphics processing unit",
                                                    "graphics processor"),
    *_abbreviations("TPU", "TPU", "TPUs", counted=True), *_things("TPU", "tensor processing unit"),
    *_abbreviations("CPU", "CPU", "CPUs", counted=True), *_things("CPU", "central processing unit"),
    *_things("chip", "chip", "superchip", "microchip", "semiconductor"),
    *_things("accelerator", "accelerator", "AI accelerator"),
    *_things("processor", "processor"),
    *_things("server", "server"), *_things("rack", "rack", "server rack"),
    *_things("node", "node"), *_things("system", "system"),
    *_things("data center", "data center", "data centre", "datacenter"),
)

# Words that may sit between a count and a counted unit beyond capitalized names and
# model numbers ("100,000 Nvidia GB300 chips", "4,608 AI accelerators").
COUNT_MODIFIERS = ("AI", "additional", "more", "new", "advanced", "custom", "high-end",
                   "top-end", "next-generation", "next-gen", "latest", "specialized",
                   "dedicated", "of its", "of the", "of Nvidia's", "of them",
                   "data center", "data centre", "graphics")
MAX_MODIFIERS = 3

# Vague counts (amount None): "hundreds of thousands of chips", "several gigawatts".
VAGUE_COUNTS = ("tens of thousands of", "hundreds of thousands of", "thousands of",
                "tens of millions of", "hundreds of millions of", "millions of",
                "hundreds of", "dozens of", "several", "multiple", "many",
                "a few", "several hundred", "a few hundred", "several thousand",
                "a few thousand", "multi-", "multi")

# Words joining the two ends of a quantity range ("1-2 GW", "1 to 2 gigawatts").
RANGE_WORDS = ("to",)

# Nouns that end a description of a business unit ("its cable television business"), in lower
# case only: "Irish magazine Business" is no unit. Heads of two words narrow a generic noun
# ("cellular system", "oil field", "products group").
UNIT_HEADS = ("business", "businesses", "unit", "units", "division", "divisions", "subsidiary",
              "subsidiaries", "operations", "operation", "assets", "plant", "plants", "mill",
              "mills", "sawmill", "stores", "hospitals", "properties", "property", "interests",
              "segment", "arm", "facility", "facilities", "chain", "refinery", "refineries",
              "terminals", "stations", "mines", "fleet", "portfolio", "franchise", "franchises",
              "centers", "hotels", "restaurants", "newspapers", "banks", "branch", "branches",
              "outlets", "rights", "shops", "blocks", "cable system", "cable systems",
              "cellular system", "cellular systems", "television system", "television systems",
              "telephone system", "telephone systems", "pipeline system", "water system",
              "water systems", "oil field", "oil fields", "gas field", "gas fields", "oilfield",
              "oilfields", "products group", "operations group")
# Words that open a unit description without naming it.
UNIT_SKIP_WORDS = frozenset({"existing", "remaining", "entire", "wholly", "owned", "wholly-owned",
                             "former", "current", "certain", "new", "whole", "majority-owned",
                             "some", "other", "two", "three", "all", "both", "principal",
                             "main", "core", "non-core", "remaining", "troubled", "struggling",
                             "and", "&"})
# Words before a unit description that are not part of it: determiners, possessives, and the
# verbs of buying and selling ("agreed to acquire cable television systems from").
UNIT_OPENERS = ("its", "their", "the", "certain", "a", "an", "acquire", "acquired", "acquires",
                "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchased",
                "purchases", "sell", "sells", "sold", "selling")
# Words that never stand inside a unit description: a phrase that would hold one is no unit
# ("an agreement to sell five rural hospitals", "the sale of its water properties").
UNIT_STOP_WORDS = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
    "those", "which", "who", "whom", "whose", "to", "of", "in", "into", "on", "at", "by", "for",
    "from", "with", "as", "than", "or", "nor", "but", "if", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "shall", "should", "may", "might",
    "can", "could", "said", "says", "say", "not", "no", "also", "about", "over", "under",
    "after", "before", "per", "pct", "percent", "dlrs", "dlr", "cents", "mln", "million",
    "billion", "bln", "stg", "share", "shares", "stock", "it", "they", "he", "she", "we", "i",
    "sale", "purchase", "acquisition", "merger", "agreement", "deal", "offer", "integration",
    "statement", "company", "buyer", "purchaser", "seller",
})
# Endings that name hardware, not a business unit ("tensor processing units").
UNIT_NOT_ENDINGS = ("processing unit", "processing units")
# Words that make a phrase something other than a unit: "in the best interests of",
# "voting rights", "earnings from continuing operations".
UNIT_NOT_WORDS = frozenset({"best", "voting", "withdrawal", "continuing", "discontinued",
                            "day-to-day", "normal", "ongoing", "own", "overall", "daily",
                            "future", "worldwide"})
# Heads that after "the" and one word refer back to a company named elsewhere ("the digital
# unit", "the British subsidiary"): no new party.
UNIT_REFERENCE_HEADS = frozenset({"unit", "units", "subsidiary", "subsidiaries", "division",
                                  "divisions", "arm", "affiliate"})
# Collective nouns that may open a unit description with "of" ("a group of mineral properties",
# "a chain of 40 drugstores").
UNIT_COLLECTIVES = ("group", "chain", "portfolio", "package", "network", "string", "collection")

# -- parties named by description: "an investor group", "a group of European institutions",
# "a private corporation", "a Bahamas-based firm", "the Singapore government" ----------------
# Heads of a group of buyers or sellers ("investor group", "buying group").
GROUP_HEADS = ("investor group", "investors group", "investment group", "buying group",
               "investor consortium", "consortium", "syndicate", "investor team")
# Heads that name a group of buyers by themselves ("to a consortium led by Bain Capital");
# other heads need a word before them ("an investor group", not "a group").
LONE_GROUP_HEADS = ("consortium", "syndicate")
# Collective nouns before "of" and the members ("a group of European institutions").
GROUP_COLLECTIVES = ("group", "consortium", "syndicate", "coalition", "team")
GROUP_MEMBERS = ("investors", "institutions", "institutional investors", "banks", "companies",
                 "shareholders", "individuals", "partnerships", "investment partnerships",
                 "firms", "businessmen", "executives", "managers", "insurers", "funds",
                 "employees", "directors", "officers", "lenders", "bankers", "families")
# Nouns of an unnamed company ("a private corporation", "a leveraged buyout firm"); a
# description needs at least one word before the noun.
COMPANY_DESCRIPTION_HEADS = ("company", "companies", "corporation", "firm", "concern",
                             "limited partnership", "investment partnership",
                             "holding company", "investment firm", "buyout firm")
# "concern" is also a worry ("a growing concern"): as a company it takes a participle after it
# ("a new concern formed by"), or two words, a capital or a hyphen before it.
CONCERN_PARTICIPLES = frozenset({"formed", "owned", "controlled", "based", "created", "set",
                                 "organized", "led", "backed", "called", "named",
                                 "headquartered"})
# Words that describe an unnamed company without being a party ("a similar company", "a
# subsidiary company"), and words after which the noun is no party ("the company's").
DESCRIPTION_NOT_WORDS = frozenset({"similar", "same", "other", "another", "such", "parent",
                                   "subsidiary", "affiliated", "separate", "combined", "merged",
                                   "surviving", "acquiring", "acquired", "target", "most",
                                   "largest", "biggest", "second", "third", "first", "major",
                                   "leading", "only", "last", "latter", "former", "whole",
                                   "public"})
# Governments and ministries as parties ("the New Zealand Government", "the Finance Ministry").
GOVERNMENT_HEADS = ("government", "Government", "Ministry", "ministry", "Treasury")
