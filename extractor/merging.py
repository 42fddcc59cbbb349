"""Merging the tellings of one deal into one record.

``_dedupe`` keeps one deal per set of tellings: ``_same`` decides whether two tellings are one
deal (same type, no conflicting party, the same target or the same buyer and seller, agreeing
values; takeovers and mergers compared with each other), ``_stake_retold`` whether a stake
purchase retells an investment, and ``_merge`` lets the kept telling take what the later one
adds (a missing role, value or date, a term bound told elsewhere: ``_adds_bound``).
``_same_company`` (a unit and its parent, a name and its first words) is also what
``assemble.py`` compares parties with.
"""
from __future__ import annotations

from dataclasses import replace

from .candidates import _Deal
from .mentions import CompanyMention, TimeMention


_TERMLESS_TYPES = ("acquisition", "merger")
_TERMLESS = frozenset(_TERMLESS_TYPES)


# How far apart two mentions of one term may be ("a 20-year agreement ... begins in June 2027").
_TERM_REACH = 400


def _adds_bound(term: TimeMention, t: TimeMention) -> bool:
    """A later term mention that gives a start or end the deal's term lacks, without
    contradicting what it has."""
    if t is term or t.start - term.end > _TERM_REACH or t.start < term.end:
        return False
    new = (t.first and not term.first) or (t.last and not term.last)
    clash = any(a and b and a != b for a, b in ((t.first, term.first), (t.last, term.last),
                                                (t.duration, term.duration)))
    return bool(new) and not clash


def _same(a: _Deal, b: _Deal) -> bool:
    """Two tellings of one deal: same type, no conflicting party, and the same target or the
    same buyer and seller; values, when both have one, agree."""
    if a.value and b.value and a.value.amount and b.value.amount and a.value.amount != b.value.amount:
        return False
    if a.apart_from is b or b.apart_from is a:
        return False  # "has acquired a stake in X and offered to buy the rest": two deals
    if b.separate:
        return False  # "Separately, the company said it would install 12,600 GPUs for Microsoft"
    if any(x is not None and y is not None and _same_company(x, y)
           for x, y in ((a.buyer, b.seller), (a.seller, b.buyer))):
        return False  # "KKR agreed to buy RJR Nabisco" and "KKR plans to sell some of RJR's units"
    if {a.deal_type, b.deal_type} <= _TERMLESS and len(_merging(a)) == 2 \
            and _merging(a) == _merging(b):
        return True  # one combination of two companies, whichever side a telling puts first
    if a.deal_type != b.deal_type:
        return False
    for role in ("buyer", "seller", "target"):
        x, y = getattr(a, role), getattr(b, role)
        if x is not None and y is not None and not _same_company(x, y):
            return False
    if a.target is not None and b.target is not None:
        return True
    if _retold(a, b):
        return True
    if a.deal_type in _TERMLESS_TYPES and a.buyer is not None and b.buyer is not None \
            and a.seller is None and b.target is None:
        return True  # "Sanwa agreed to buy a stake in BPI" + "Sanwa will buy the shares from IFC"
    return a.buyer is not None and b.buyer is not None and a.seller is not None \
        and b.seller is not None or (a.value is not None and b.value is not None
                                     and a.value.amount == b.value.amount and a.value.amount)


def _merging(d: _Deal) -> frozenset[str]:
    return frozenset(c.name for c in (d.buyer, d.target) if c is not None)


def _retold(a: _Deal, b: _Deal) -> bool:
    """A later sentence on the same deal that names no party the first telling lacks ("The
    bid is Woolworth's second attempt ...", "Caesars said Sosnoff's offer was inadequate")."""
    first = [c for c in (a.buyer, a.seller, a.target) if c is not None]
    later = [c for c in (b.buyer, b.seller, b.target) if c is not None]
    return bool(later) and all(any(_same_company(c, f) for f in first) for c in later)


def _same_company(x: CompanyMention, y: CompanyMention) -> bool:
    """The same company, or a unit and its parent ("Amazon Web Services" and "Amazon"), or
    a name and its first words ("MacAndrews" and "MacAndrews & Forbes")."""
    return x.name == y.name or x.parent == y.name or y.parent == x.name or _leading(
        x.name, y.name) or _leading(y.name, x.name)


def _first_words(c: CompanyMention) -> set[str]:
    """The first words of a company's name and parent: two names ``_same_company`` holds
    between share one."""
    return {n.split(None, 1)[0] for n in (c.name, c.parent) if n}


def _leading(short: str, name: str) -> bool:
    return len(short) >= 4 and name.startswith(short + " ")


def _merge(kept: _Deal, d: _Deal) -> None:
    if kept.headline and d.status is not None and not d.headline:
        kept.status, kept.headline = d.status, False  # the lead's status over the headline's
    if kept.term is not None and d.term is not None and d.term.start > kept.term.end \
            and _adds_bound(kept.term, d.term):
        kept.term = replace(kept.term, first=kept.term.first or d.term.first,
                            last=kept.term.last or d.term.last)  # told in two places
    for name in ("buyer", "seller", "target", "value", "term", "announced", "capacity",
                 "location", "status"):
        if getattr(kept, name) is None:
            setattr(kept, name, getattr(d, name))
    have, told = set(kept.hardware), set(kept.evidence)
    kept.hardware.extend(h for h in d.hardware if h not in have)
    kept.evidence.extend(s for s in d.evidence if s not in told)


class _Kept:
    """The deals kept so far of one kind, in order, indexed by what two tellings of a deal
    must share: the first word of a party's name or parent (``_same_company`` holds only
    between names that share one), or the value's amount (``_same`` may merge two tellings
    with no party in common when their amounts agree). A deal is compared only with the kept
    deals that share a key, in the order they were kept: the first that is the same wins, as
    in a scan of them all, and an article telling thousands of deals stays linear.

    When both have a buyer, a kept deal can be the same as a new one (or the stake it
    retells, ``_stake_retold``) only if its buyer shares a first word with the new one's
    buyer (the same company) or target (one combination told from the other side): deals
    with a buyer are also indexed by their buyer's first words alone, so that a thousand
    rival bids for one target (all sharing its key) are not each compared with all the
    others."""

    def __init__(self) -> None:
        self.deals: list[_Deal] = []
        self.index: dict[object, set[int]] = {}
        self.buyerless: dict[object, set[int]] = {}  # ``index`` of the deals without a buyer
        self.by_buyer: dict[str, set[int]] = {}  # the deals with a buyer, by its first words
        self.position: dict[int, int] = {}

    @staticmethod
    def keys(d: _Deal) -> set[object]:
        out: set[object] = set()
        for c in (d.buyer, d.seller, d.target):
            if c is not None:
                out.update(_first_words(c))
        if d.value is not None and d.value.amount:
            out.add(("value", d.value.amount))
        return out

    def candidates(self, d: _Deal) -> list[_Deal]:
        if d.buyer is None:
            found = {i for key in self.keys(d) for i in self.index.get(key, ())}
        else:
            words = _first_words(d.buyer) | (_first_words(d.target) if d.target else set())
            found = {i for word in words for i in self.by_buyer.get(word, ())} | {
                i for key in self.keys(d) for i in self.buyerless.get(key, ())}
        return [self.deals[i] for i in sorted(found)]

    def add(self, d: _Deal) -> None:
        self.position[id(d)] = len(self.deals)
        self.deals.append(d)
        self.update(d)

    def update(self, d: _Deal) -> None:
        """Index a kept deal under the keys it has now (merging may give it a party or a
        value it lacked; the keys it had stay, which only adds candidates)."""
        i = self.position[id(d)]
        keys = self.keys(d)
        for key in keys:
            self.index.setdefault(key, set()).add(i)
        if d.buyer is None:
            for key in keys:
                self.buyerless.setdefault(key, set()).add(i)
        else:
            for word in _first_words(d.buyer):
                self.by_buyer.setdefault(word, set()).add(i)


def _dedupe(deals: list[_Deal]) -> list[_Deal]:
    """One record per deal; takeovers and mergers are compared with each other (one
    combination may be told as either)."""
    out: list[_Deal] = []
    by_kind: dict[str, _Kept] = {}
    for d in deals:
        kind = by_kind.setdefault("takeover" if d.deal_type in _TERMLESS else d.deal_type, _Kept())
        kept = next((k for k in kind.candidates(d) if _same(k, d)), None) or next(
            (k for k in _stake_counterparts(by_kind, d) if _stake_retold(k, d)), None)
        if kept is None:
            out.append(d)
            kind.add(d)
        else:
            _merge(kept, d)
            for kept_kind in by_kind.values():
                if id(kept) in kept_kind.position:
                    kept_kind.update(kept)
    return out


def _stake_counterparts(by_kind: dict[str, _Kept], d: _Deal) -> list[_Deal]:
    """The kept deals of the other side of a stake that share a key with it: investments for
    a takeover, takeovers for an investment."""
    other = "takeover" if d.deal_type == "investment" else (
        "investment" if d.deal_type == "acquisition" else None)
    return by_kind[other].candidates(d) if other in by_kind else []


def _stake_retold(kept: _Deal, d: _Deal) -> bool:
    """"Nvidia to take $5 billion stake in Intel" and "Nvidia will invest $5 billion in
    Intel": one investment, told once as a stake purchase. The stake purchase is recast as
    the investment (the company issuing the shares is its seller) before the two merge."""
    stake, investment = (kept, d) if d.deal_type == "investment" else (d, kept)
    if stake.deal_type != "acquisition" or stake.seller is not None or stake.target is None \
            or investment.seller is None or stake.buyer is None or investment.buyer is None:
        return False
    if not (_same_company(stake.buyer, investment.buyer)
            and _same_company(stake.target, investment.seller)):
        return False
    if stake.value and investment.value and stake.value.amount != investment.value.amount:
        return False
    stake.deal_type, stake.seller, stake.target = "investment", stake.target, None
    return True
