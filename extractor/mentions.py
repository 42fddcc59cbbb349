"""Small typed values that flow between the pipeline stages.

Every recognizer returns a tuple of these frozen dataclasses. Offsets are character
offsets into the *repaired* text the recognizer was given (see ``text.py``); the
pipeline maps them back to the text as read when it builds records.

Recognizers never import assembly, records or the CLI; assembly only reads these values.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """A grounded piece of text: ``text == document[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CompanyMention(Mention):
    """A company named in the text.

    ``name`` is the canonical name (legal suffix dropped); ``how`` says which rule found it
    (``gazetteer``, ``suffix``, ``ticker``, ``defined``, ``context``, ``reference``).
    ``parent`` is the canonical parent company where the gazetteer knows one
    (Google Cloud -> Alphabet). ``kinds`` are the nouns the company answers to
    ("chipmaker", "cloud provider") for reference resolution.
    """

    name: str
    how: str = "gazetteer"
    parent: str | None = None
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MoneyMention(Mention):
    """An amount of money.

    ``amount`` is in whole currency units with scale applied (``$4.5 billion`` ->
    4_500_000_000.0), or None for vague amounts (``multibillion-dollar``,
    ``undisclosed``). ``qualifier`` is one of ``exact``, ``about``, ``up_to``,
    ``at_least``, ``more_than``, ``less_than``, ``undisclosed``, ``vague``.
    Ranges keep both ends in ``min``/``max``; ``amount`` holds the upper end.
    ``per`` marks a per-unit price (``share``, ``hour``, ``GPU hour`` ...): not a deal value.
    """

    amount: float | None
    currency: str | None
    qualifier: str = "exact"
    min: float | None = None
    max: float | None = None
    per: str | None = None


@dataclass(frozen=True, slots=True)
class QuantityMention(Mention):
    """A counted or measured quantity: ``6 gigawatts`` -> (6.0, "GW"),
    ``100,000 GPUs`` -> (100000.0, "GPU"). ``amount`` is None for vague counts
    (``hundreds of thousands of chips``)."""

    amount: float | None
    unit: str


@dataclass(frozen=True, slots=True)
class TimeMention(Mention):
    """A date, a period or a contract term, normalized to ISO 8601.

    ``kind``:
      - ``date``: a point in time at the precision the text gives (``2027``, ``2025-09``,
        ``2025-09-30``) in ``date``; None when relative and no publication date is known.
      - ``period``: a span of time named as one thing (``Q3 2026``, ``H2 2026``) with
        ``first``/``last`` partial dates.
      - ``term``: a contract term cue (``from 2027 through 2032``, ``until 2031``,
        ``over five years``, ``a five-year deal``, ``multi-year``) with ``first``/``last``
        and ``duration`` (``P5Y``, ``P18M``) each only as far as the text supports;
        ``open_duration`` is True for ``multi-year`` and the like (length unknown).
    ``relative`` is True when the value was resolved against the publication date.
    """

    kind: str
    date: str | None = None
    first: str | None = None
    last: str | None = None
    duration: str | None = None
    open_duration: bool = False
    relative: bool = False


@dataclass(frozen=True, slots=True)
class HardwareMention(Mention):
    """Chips or systems: vendor (canonical company name), category (``GPU``, ``TPU``,
    ``accelerator``, ``CPU``, ``server``, ``network``), model (``H100``) and quantity
    when the text states them."""

    vendor: str | None
    category: str | None
    model: str | None = None
    quantity: float | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or heading) of the repaired text."""

    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the recognizers found in one article (repaired-text offsets)."""

    text: str
    sentences: tuple[Sentence, ...]
    companies: tuple[CompanyMention, ...] = ()
    money: tuple[MoneyMention, ...] = ()
    quantities: tuple[QuantityMention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    hardware: tuple[HardwareMention, ...] = ()
    places: tuple[Mention, ...] = ()
    units: tuple[CompanyMention, ...] = ()
