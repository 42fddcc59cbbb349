"""Scoring against gold fixtures, as SPEC.md defines it.

Within one article, predicted and gold deals are paired greedily by agreement on buyer,
seller, target and value (a pair needs an agreeing party, or an agreeing value with the same
deal type). Then each field of a pair is a true positive when it agrees; a predicted non-null
field that disagrees, or any field of an unpaired predicted deal, is a false positive; a gold
non-null field not agreed, or any field of an unpaired gold deal, is a false negative.
Precision, recall and F1 are micro-averaged per field and over all fields (slot F1); deal F1
counts pairs.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

FIELDS = ("deal_type", "status", "buyer", "seller", "target", "value", "term_start", "term_end",
          "duration", "announced", "hardware", "capacity", "location")
PARTY_FIELDS = ("buyer", "seller", "target")
LEGAL_WORDS = frozenset({"inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
                         "limited", "llc", "plc", "sa", "ag", "nv", "se", "the", "holdings",
                         "group", "lp", "llp"})


def name_words(name: str) -> list[str]:
    words = re.sub(r"[^\w\s]", " ", name.casefold()).split()
    return [w for w in words if w not in LEGAL_WORDS]


def names_agree(pred: str | None, gold: str | None, aliases: tuple[str, ...] = ()) -> bool:
    """Equal after case-folding and dropping punctuation and legal words, or one a leading
    word sequence of the other, or one of the gold party's aliases."""
    if not pred or not gold:
        return False
    p = name_words(pred)
    if not p:
        return False
    for alternative in (gold, *aliases):
        g = name_words(alternative)
        if g and (p[:len(g)] == g or g[:len(p)] == p):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Fields:
    """One deal reduced to the comparable values of each field."""

    values: dict
    aliases: dict = field(default_factory=dict)
    optional: bool = False
    evidence: str = ""


def fields_of(deal: dict, evidence: str = "") -> Fields:
    """Comparable fields of a record (predicted or gold; both use SPEC's shape)."""
    def party(role):
        return (deal.get(role) or {}).get("name")

    value = deal.get("value") or {}
    term = deal.get("term") or {}
    capacity = deal.get("capacity") or {}
    hardware = frozenset(((h.get("vendor") or "").casefold(), (h.get("category") or "").casefold())
                         for h in deal.get("hardware") or [])
    amount = value.get("amount")
    values = {
        "deal_type": deal.get("deal_type"),
        "status": deal.get("status"),
        "buyer": party("buyer"), "seller": party("seller"), "target": party("target"),
        "value": (amount, value.get("currency")) if amount is not None else None,
        "term_start": term.get("start"), "term_end": term.get("end"),
        "duration": term.get("duration"),
        "announced": (deal.get("announced") or {}).get("date"),
        "hardware": hardware or None,
        "capacity": (capacity.get("amount"), capacity.get("unit")) if capacity.get("amount") is not None else None,
        "location": deal.get("location"),
    }
    aliases = {r: tuple((deal.get(r) or {}).get("aliases") or ()) for r in PARTY_FIELDS}
    return Fields(values, aliases, bool(deal.get("optional")), evidence)


def _close(a: float, b: float, tolerance: float = 0.005) -> bool:
    return abs(a - b) <= tolerance * abs(b)


def agrees(name: str, pred: Fields, gold: Fields) -> bool:
    p, g = pred.values.get(name), gold.values.get(name)
    if p is None or g is None:
        return False
    if name in PARTY_FIELDS:
        return names_agree(p, g, gold.aliases.get(name, ()))
    if name == "value":
        return p[1] == g[1] and _close(float(p[0]), float(g[0]))
    if name == "capacity":
        return p[1] == g[1] and _close(float(p[0]), float(g[0]), 0.01)
    if name == "location":
        return names_agree(p, g) or g.casefold() in p.casefold() or p.casefold() in g.casefold()
    return p == g


def pair_score(pred: Fields, gold: Fields) -> int:
    parties = sum(agrees(f, pred, gold) for f in PARTY_FIELDS)
    value = agrees("value", pred, gold)
    same_type = pred.values["deal_type"] == gold.values["deal_type"]
    if not parties and not (value and same_type):
        return 0
    return 2 * parties + 2 * value + same_type


@dataclass
class Tally:
    tp: dict = field(default_factory=lambda: defaultdict(int))
    fp: dict = field(default_factory=lambda: defaultdict(int))
    fn: dict = field(default_factory=lambda: defaultdict(int))
    deals: dict = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0})


@dataclass(frozen=True, slots=True)
class Difference:
    doc: str
    kind: str  # "missed deal", "extra deal", "wrong field"
    field: str | None
    expected: object
    got: object
    sentence: str


def pair_deals(preds: list[Fields], golds: list[Fields]) -> list[tuple[int, int]]:
    """SPEC.md's greedy pairing: (prediction index, gold index), best agreement first."""
    candidates = sorted(((pair_score(p, g), i, j) for i, p in enumerate(preds)
                         for j, g in enumerate(golds)), reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for s, i, j in candidates:
        if s and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score_article(doc: str, preds: list[Fields], golds: list[Fields], tally: Tally,
                  fields: tuple[str, ...] = FIELDS) -> list[Difference]:
    """Add one article's counts to ``tally``; return its differences."""
    pairs = pair_deals(preds, golds)
    used_p, used_g = {i for i, _ in pairs}, {j for _, j in pairs}
    diffs: list[Difference] = []
    tally.deals["tp"] += len(pairs)
    tally.deals["fp"] += len(preds) - len(pairs)
    tally.deals["fn"] += sum(1 for j, g in enumerate(golds) if j not in used_g and not g.optional)
    for i, j in sorted(pairs, key=lambda x: x[1]):
        p, g = preds[i], golds[j]
        for f in fields:
            if agrees(f, p, g):
                tally.tp[f] += 1
                continue
            if p.values.get(f) is not None:
                tally.fp[f] += 1
            if g.values.get(f) is not None:
                tally.fn[f] += 1
            if p.values.get(f) is not None or g.values.get(f) is not None:
                diffs.append(Difference(doc, "wrong field", f, g.values.get(f), p.values.get(f),
                                        p.evidence))
    for i, p in enumerate(preds):
        if i not in used_p:
            for f in fields:
                tally.fp[f] += p.values.get(f) is not None
            diffs.append(Difference(doc, "extra deal", None, None, _summary(p), p.evidence))
    for j, g in enumerate(golds):
        if j not in used_g and not g.optional:
            for f in fields:
                tally.fn[f] += g.values.get(f) is not None
            diffs.append(Difference(doc, "missed deal", None, _summary(g), None, g.evidence))
    return diffs


def _summary(d: Fields) -> str:
    v = d.values
    value = f"{v['value'][0]:,.0f} {v['value'][1]}" if v.get("value") else "-"
    return (f"{v['deal_type']}: buyer={v['buyer'] or '-'} seller={v['seller'] or '-'} "
            f"target={v['target'] or '-'} value={value}")


def prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def report(tally: Tally, fields: tuple[str, ...] = FIELDS) -> dict:
    """Per-field, slot and deal figures of a tally."""
    per_field = {f: prf(tally.tp[f], tally.fp[f], tally.fn[f]) for f in fields}
    slot = prf(sum(tally.tp[f] for f in fields), sum(tally.fp[f] for f in fields),
               sum(tally.fn[f] for f in fields))
    return {"fields": per_field, "slot": slot, "deals": prf(**tally.deals)}
