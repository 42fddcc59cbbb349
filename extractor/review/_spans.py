"""The article text with its highlights.

Everything shown in the text is an ``Annotation`` over offsets into the text *as read*: the
recognizers' mentions (by kind), the deals' grounded fields (by role), gold fields and
evidence sentences. Annotations may nest or cross, so the text is cut at every boundary into
segments; each segment lists the annotations covering it (``data-a``), takes the colour of
the innermost role or kind, and the page's script highlights an annotation by its segments.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from ..mentions import Analysis, Mention
from ..pipeline import analyse
from ..text import repair

KINDS = ("company", "money", "time", "hardware", "quantity", "place")


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    start: int
    end: int
    layer: str  # "mention", "field" (predicted), "gold", "evidence"
    style: str = ""  # the kind of a mention, the role of a field
    title: str = ""


@dataclass
class Registry:
    """The annotations of one article, with ids unique on the page (``prefix`` + number)."""

    prefix: str
    raw: str
    annotations: list[Annotation] = field(default_factory=list)

    def add(self, layer: str, style: str, start: int | None, end: int | None,
            title: str = "") -> str | None:
        if start is None or end is None or not 0 <= start < end <= len(self.raw):
            return None
        ident = f"{self.prefix}a{len(self.annotations)}"
        self.annotations.append(Annotation(ident, start, end, layer, style, title))
        return ident

    def find(self, needle: str | None,
             within: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
        """Where ``needle`` occurs: first inside one of ``within``, else first in the text."""
        if not needle:
            return None
        for a, b in within:
            i = self.raw.find(needle, a, b)
            if i >= 0:
                return i, i + len(needle)
        i = self.raw.find(needle)
        return (i, i + len(needle)) if i >= 0 else None


def add_mentions(registry: Registry, published: dt.date | None) -> None:
    """Register every recognized mention of the article, by kind."""
    repaired = repair(registry.raw)
    analysis = analyse(repaired.text, published)
    for kind, mention in _mentions(analysis):
        start, end = repaired.offsets.span(mention.start, mention.end)
        registry.add("mention", kind, start, end, _describe(kind, mention))


def _mentions(analysis: Analysis):
    groups = (("company", analysis.companies + analysis.units), ("money", analysis.money),
              ("time", analysis.times), ("hardware", analysis.hardware),
              ("quantity", analysis.quantities), ("place", analysis.places))
    for kind, mentions in groups:
        for m in mentions:
            yield kind, m


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.4g} {word}"
    return f"{value:,.6g}"


def _describe(kind: str, m: Mention) -> str:
    """A tooltip line: what the recognizer made of the mention."""
    if kind == "company":
        extra = f", part of {m.parent}" if getattr(m, "parent", None) else ""
        return f"company: {m.name} ({m.how}{extra})"
    if kind == "money":
        per = f" per {m.per}" if m.per else ""
        return f"money: {m.currency or '?'} {format_number(m.amount)}{per} ({m.qualifier})"
    if kind == "time":
        parts = [f"{k}={v}" for k, v in (("date", m.date), ("first", m.first), ("last", m.last),
                                          ("duration", m.duration)) if v]
        return f"{m.kind}: {' '.join(parts) or 'unresolved'}"
    if kind == "hardware":
        parts = [p for p in (m.vendor, m.category, m.model) if p]
        qty = f" x{format_number(m.quantity)}" if m.quantity else ""
        return f"hardware: {' '.join(parts) or '?'}{qty}"
    if kind == "quantity":
        return f"quantity: {format_number(m.amount)} {m.unit}"
    return f"place: {m.text}"


def render_text(registry: Registry) -> str:
    """The article as read, escaped, cut into annotated segments (``white-space: pre-wrap``)."""
    raw, annotations = registry.raw, sorted(registry.annotations, key=lambda a: a.start)
    bounds = sorted({0, len(raw)} | {a.start for a in annotations} | {a.end for a in annotations})
    out, active, nxt = [], [], 0
    for lo, hi in zip(bounds, bounds[1:]):
        while nxt < len(annotations) and annotations[nxt].start <= lo:
            active.append(annotations[nxt])
            nxt += 1
        active = [a for a in active if a.end > lo]
        out.append(_segment(raw[lo:hi], active))
    return "".join(out)


def _segment(text: str, covering: list[Annotation]) -> str:
    if not covering:
        return escape(text)
    by_size = sorted(covering, key=lambda a: (a.end - a.start, a.start))
    mentions = [a for a in by_size if a.layer == "mention"]
    fields = [a for a in by_size if a.layer == "field"]
    classes = []
    if mentions:
        classes.append(f"k-{mentions[0].style}")
        outer = next((a.style for a in mentions if a.style != mentions[0].style), None)
        if outer:
            classes.append(f"u-{outer}")
    if fields:
        classes.append(f"r-{fields[0].style}")
    ids = " ".join(a.id for a in covering)
    title = "\n".join(dict.fromkeys(a.title for a in mentions if a.title))
    attrs = f' class="{" ".join(classes)}"' if classes else ""
    attrs += f' title="{escape(title)}"' if title else ""
    return f'<span{attrs} data-a="{ids}">{escape(text)}</span>'
