"""Deals as they are assembled and as they leave assembly.

``_Deal`` is a deal being assembled (mutable, local to one ``assemble`` call); ``_freeze``
turns it into a ``DealCandidate``, the frozen result with offsets in the repaired text that
``pipeline.py`` builds records from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .mentions import (
    CompanyMention,
    HardwareMention,
    Mention,
    MoneyMention,
    QuantityMention,
    TimeMention,
)


@dataclass(frozen=True, slots=True)
class DealCandidate:
    """A deal as assembled, with offsets in the repaired text."""

    deal_type: str
    status: str | None
    buyer: CompanyMention | None
    seller: CompanyMention | None
    target: CompanyMention | None
    value: MoneyMention | None
    term: TimeMention | None
    announced: TimeMention | None
    hardware: tuple[HardwareMention, ...]
    capacity: QuantityMention | None
    location: Mention | None
    evidence: tuple[tuple[int, int], ...]
    confidence: float
    rule: str


@dataclass
class _Deal:
    """A deal being assembled (local to one ``assemble`` call)."""

    deal_type: str
    rule: str
    strength: float
    buyer: CompanyMention | None = None
    seller: CompanyMention | None = None
    target: CompanyMention | None = None
    value: MoneyMention | None = None
    term: TimeMention | None = None
    announced: TimeMention | None = None
    status: str | None = None
    hardware: list[HardwareMention] = field(default_factory=list)
    capacity: QuantityMention | None = None
    location: Mention | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    headline: bool = False  # told first by a headline, whose status the lead may correct
    announced_told: bool = False  # the date is the one an "announced" or "signed" names
    apart_from: _Deal | None = field(default=None, repr=False, compare=False)  # told apart
    separate: bool = False  # told as another deal ("Separately, ..."): no earlier one's telling

    def names(self) -> set[str]:
        return {c.name for c in (self.buyer, self.seller, self.target) if c is not None}


def _freeze(d: _Deal) -> DealCandidate:
    grounded = sum(x is not None for x in (d.buyer, d.seller, d.target, d.value, d.term,
                                           d.announced)) + bool(d.hardware)
    confidence = round(min(0.98, d.strength + 0.03 * grounded), 2)
    return DealCandidate(d.deal_type, d.status, d.buyer, d.seller, d.target, d.value, d.term,
                         d.announced, tuple(d.hardware), d.capacity, d.location,
                         tuple(sorted(d.evidence)), confidence, d.rule)
