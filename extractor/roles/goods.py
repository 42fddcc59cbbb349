"""What a deal trades and where: its type, which side provides it, its site.

``deal_type`` reads the type from the trigger's pattern, the sentence's words and the seller's
kind; ``is_provider`` and ``orient`` put the provider of what the deal sells on the seller's
side. ``is_site`` and ``site_place`` find the place of a site, ``site_owner`` and
``site_landlord`` the company whose site a lease is at.
"""
from __future__ import annotations

import re

from ..lexicon import deals as lex
from ..lexicon.hardware import CHIP_CATEGORIES
from ..mentions import CompanyMention, Mention
from .view import (
    Trigger, View, _alternation, holds, lower_twin, lowered, needed_words, prep_before, _words,
)
from .triggers import _SHARE_WORDS, _acquires, _object_hardware
from .parties import _possessor


TYPE_WORDS = [(t, _words(w)) for t, w in lex.TYPE_WORDS.items()]
ROUND_WORDS = _words(lex.ROUND_WORDS)
_STRONG_TYPES = [(t, _words(w)) for t, w in lex.STRONG_TYPE_WORDS.items()]
# (type, pattern, needed_words) of TYPE_WORDS and _STRONG_TYPES: a text holding none of a
# type's words is not searched for it; the pattern is searched in the text lowered
_TYPE_SCAN = [(t, lower_twin(rx), needed_words(lex.TYPE_WORDS[t])) for t, rx in TYPE_WORDS]
_STRONG_SCAN = [(t, lower_twin(rx), needed_words(lex.STRONG_TYPE_WORDS[t]))
                for t, rx in _STRONG_TYPES]
_INVESTMENT_WORDS = _words(lex.INVESTMENT_WORDS, flags=0)
_COMPUTE_POWER = _words(lex.COMPUTE_POWER)
_COMPUTE_POWER_WORDS = needed_words(lex.COMPUTE_POWER)


_SITE_BEFORE = re.compile(r"\b(?:" + _alternation(lex.SITE_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?(?:"
                          + _alternation(lex.LOCATION_PREPOSITIONS) + r")\s+(?:the\s+)?$", re.I)
_SITE_AFTER = re.compile(r"\s+(?:" + _alternation(lex.SITE_WORDS) + r")\b", re.I)


def is_site(view: View, place: Mention) -> bool:
    """A place that locates a deal: "in Texas", "Childress, Texas", "the Abilene campus"."""
    return (prep_before(view, place) in lex.LOCATION_PREPOSITIONS or "," in place.text
            or bool(_SITE_AFTER.match(view.text, place.end - view.sentence.start)))


_LOCATED = re.compile(r"\b(?:located|sits|sit|situated|lies|based)\s+(?:in|near|outside)\s+$",
                      re.I)


def locates(view: View, place: Mention) -> bool:
    """"the reactor, located in Londonderry Township", "The plant sits in Salem Township"."""
    return bool(_LOCATED.search(view.tail(place.start, 30)))


def site_place(view: View) -> Mention | None:
    """The place a sentence names for a site ("at IREN's campus in Childress, Texas", "the
    Susquehanna plant sits in Salem Township", "the Vineland data center"): a stricter test
    than ``is_site``, for sentences that do not tell the deal themselves."""
    for p in view.places:
        if _SITE_BEFORE.search(view.tail(p.start, 80)) or _SITE_AFTER.match(
                view.text, p.end - view.sentence.start):
            return p
    return None


_SHARES_OF = re.compile(r"(?:'s)?\s+(?:common\s+|ordinary\s+|class\s+\w\s+)?(?:shares|stock)\b", re.I)
_STAKE_REACH = 60  # how far after an acquisition verb its object may name a stake
_CHIP_BUYING = frozenset(f for v in lex.CHIP_BUYING_VERBS for f in lex.forms(v))
_CHIP_SUPPLYING = frozenset(f for v in lex.CHIP_SUPPLYING_VERBS for f in lex.forms(v))
_SITE_LEASE = _words(lex.SITE_LEASE_WORDS)


def is_provider(c: CompanyMention | None, deal_type: str | None = None) -> bool:
    """Whether a company provides what deals of ``deal_type`` sell (anything when the type
    is not one that providers sell)."""
    if c is None:
        return False
    if deal_type not in _PROVIDED_TYPES:
        return any(k in lex.PROVIDER_KINDS for k in c.kinds)
    return any(lex.PROVIDER_KINDS.get(k) == deal_type for k in c.kinds)


_PROVIDED_TYPES = frozenset(lex.PROVIDER_KINDS.values())


def orient(deal_type: str, trigger: Trigger, buyer: CompanyMention | None,
           seller: CompanyMention | None) -> tuple:
    """"Constellation signed a power purchase agreement with Microsoft": the provider of what
    the deal sells is the seller, whichever side of the sentence it stands on."""
    if trigger.pattern in ("procure", "noun") and buyer is not None and seller is not None \
            and _provider_rank(buyer, deal_type) > _provider_rank(seller, deal_type):
        return seller, buyer
    return buyer, seller


_ITS_SITE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}$", re.I)


_OWNED_SITE = re.compile(r"(?:'s?)?\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(lex.SITE_WORDS)
                         + r")s?\b", re.I)


def site_landlord(view: View, candidates: list[CompanyMention], trigger: Trigger) -> CompanyMention | None:
    """"CoreWeave leases about 590 megawatts of capacity at Core Scientific sites": the
    company whose sites a lease is at, named after the trigger, provides them."""
    for c in candidates:
        if c.start >= trigger.end and prep_before(view, c) == "at" and _OWNED_SITE.match(
                view.text, c.end - view.sentence.start):
            return c
    return None


def site_owner(view: View, candidates: list[CompanyMention],
               subj: CompanyMention | None) -> CompanyMention | None:
    """The company whose site a lease is at: "at its Polaris Forge 1 campus" (the subject's),
    "at IREN's Childress campus"."""
    sites = [t for t in view.triggers if t.pattern == "site"][:_SITES_READ]
    for t in sites:
        if _ITS_SITE.search(view.tail(t.start, 40)):
            return subj
        owner = _possessor(view, candidates, t)
        if owner is not None:
            return owner
    return None


_SITES_READ = 3  # the first site nouns of a sentence tell whose site a lease is at


def _provider_rank(c: CompanyMention, deal_type: str) -> int:
    """2 for a specialist provider of the deal's goods, 1 for a generalist, 0 otherwise. For
    a data-center lease the landlord provides: 3 for a company that only runs sites (a
    former bitcoin miner), 2 for one that also sells cloud capacity, 1 for a cloud alone."""
    if deal_type == "data_center" and any(k in lex.SITE_PROVIDER_KINDS for k in c.kinds):
        return 2 if any(k in lex.CLOUD_KINDS for k in c.kinds) else 3
    if not is_provider(c, deal_type):
        return 0
    return 2 if any(k in lex.SPECIALIST_KINDS for k in c.kinds) else 1


def _buys_stake(view: View, trigger: Trigger) -> bool:
    """The trigger's object is a stake ("take a stake in X", "a 5.4% equity stake in X"), not
    a company paid for with shares ("acquire X in exchange for 287,700 shares")."""
    first = next((c for c in view.companies if c.start >= trigger.end), None)
    end = first.start if first is not None else trigger.end + _STAKE_REACH
    if first is not None and first.start - trigger.end <= _STAKE_REACH and _SHARES_OF.match(
            view.text, first.end - view.sentence.start):
        return True  # "warrants to acquire about 41 million TeraWulf shares"
    return bool(_SHARE_WORDS.search(view.text, trigger.start - view.sentence.start,
                                    min(end, trigger.end + _STAKE_REACH) - view.sentence.start))


def deal_type(view: View, trigger: Trigger, seller: CompanyMention | None) -> str:
    """The deal type from the trigger's pattern, the sentence's words and the seller's kind."""
    pattern = "acquire" if trigger.pattern == "procure" and _acquires(
        view, list(view.companies), trigger) else trigger.pattern
    if pattern == "procure" and (h := _object_hardware(view, trigger, _CHIP_BUYING)) is not None \
            and h.category in CHIP_CATEGORIES:
        return "chip_supply"  # "to spend billions on Google's tensor processing units"
    if pattern == "supply" and seller is not None and any(
            k in lex.CHIPMAKER_KINDS for k in seller.kinds) and (
            h := _object_hardware(view, trigger, _CHIP_SUPPLYING)) is not None \
            and h.category in CHIP_CATEGORIES:
        return "chip_supply"  # "AMD signed an agreement with Humain to supply Instinct GPUs"
    if pattern in lex.PATTERN_TYPES and pattern not in ("build", "site"):
        if pattern == "invest" and seller is None:
            return "data_center"
        if pattern in ("acquire", "passive") and _INVESTMENT_WORDS.search(view.text) \
                and _buys_stake(view, trigger):
            return "investment"  # "warrants that would give it a 5.4% stake in Cipher"
        return lex.PATTERN_TYPES[pattern]
    if view.holds(_COMPUTE_POWER_WORDS):
        text = _COMPUTE_POWER.sub(" compute ", view.text)
        low = lowered(text)
    else:
        text, low = view.text, view.lower
    found = {t for t, rx, words in _TYPE_SCAN if holds(low, words) and rx.search(low)}
    if "data_center" in found and _SITE_LEASE.search(text) and "power" not in found:
        return "data_center"  # leases of sites and colocation
    if pattern in ("build", "site") and "data_center" in found and seller is None:
        return "data_center"
    if "power" in found:
        return "power"
    strong = [t for t, rx, words in _STRONG_SCAN if holds(low, words) and rx.search(low)]
    if len(strong) == 1:
        return strong[0]
    if seller is not None:
        for kind in seller.kinds:
            implied = lex.PROVIDER_KINDS.get(kind)
            if implied in ("cloud_capacity", "chip_supply", "power"):
                return implied
    for t in ("merger", "acquisition", "cloud_capacity", "chip_supply", "data_center",
              "investment", "partnership"):
        if t in found:
            return t
    return lex.PATTERN_TYPES.get(pattern, "other")
