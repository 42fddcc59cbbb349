"""The review page: articles with their findings highlighted, as one self-contained HTML file.

``render`` is the one public function. Each article's text (as read, escaped) shows every
recognized company, amount, date or term, hardware, quantity and place highlighted by kind;
beside it each deal is a card listing its fields, and hovering or clicking a field highlights
its evidence in the text. Deals and spans share a colour per role. When an item carries gold
records, gold and predicted cards stand side by side with the differences marked, and
``figures`` (the evaluation's per-field report) go on top.

The page needs no network: style and script are inline, and its Content-Security-Policy
allows only its own script. This module reads and writes no files; the CLI does.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass
from html import escape

from ..records import Deal, GoldDeal
from ._assets import KIND_COLOURS, ROLE_COLOURS, SCRIPT, STYLE
from ._cards import cards, compare
from ._spans import Registry, add_mentions, render_text

__all__ = ["ReviewItem", "render"]


@dataclass(frozen=True)
class ReviewItem:
    """One article to review: its text as read, the extracted deals and, for an evaluation,
    the gold deals (``None`` when there is no gold)."""

    doc_id: str
    text: str
    deals: tuple[Deal, ...] = ()
    published: dt.date | None = None
    gold: tuple[GoldDeal, ...] | None = None
    split: str | None = None


def render(items: list[ReviewItem], title: str = "extractor review",
           figures: dict | None = None) -> str:
    """The review page of ``items`` as an HTML document. ``figures`` maps a split name to
    ``evaluate.report``'s figures (with ``articles``), shown as a table on top."""
    sections, toc = [], []
    for n, item in enumerate(items):
        section, entry = _article(n, item)
        sections.append(section)
        toc.append(entry)
    subtitle = f"{len(items)} article{'s' * (len(items) != 1)}"
    body = [_legend()]
    if figures:
        body.append(_figures(figures))
    if len(items) > 1:
        body.append(f'<nav class="toc">{"".join(toc)}</nav>')
    body += sections
    return _page(title, subtitle, "".join(body))


def _article(n: int, item: ReviewItem) -> tuple[str, str]:
    registry = Registry(f"d{n}", item.text)
    add_mentions(registry, item.published)
    facts = [f"published {item.published.isoformat()}" if item.published else "no date"]
    if item.split:
        facts.append(item.split)
    if item.gold is None:
        deals_html, compared = cards(list(item.deals), registry), ""
        facts.append(f"{len(item.deals)} deal{'s' * (len(item.deals) != 1)}")
        problems = ""
    else:
        deals_html, counts = compare(list(item.deals), list(item.gold), registry)
        compared = " compare"
        facts.append(f"{len(item.gold)} gold, {len(item.deals)} predicted, "
                     f"{counts['paired']} paired")
        problems = ", ".join(f"{counts[k]} {k}" for k in ("missed", "extra", "wrong") if counts[k])
    text = render_text(registry)  # after the cards: they register the fields' spans
    bad = f' <span class="bad">{escape(problems)}</span>' if problems else ""
    head = (f'<h2>{escape(item.doc_id)} <small>{escape(" · ".join(facts))}</small>{bad}</h2>')
    section = (f'<section class="doc" id="doc-{n}" data-doc="{escape(item.doc_id)}">{head}'
               f'<div class="panes{compared}"><div class="text">{text}</div>'
               f'<div class="deals">{deals_html}</div></div></section>')
    entry = (f'<a href="#doc-{n}">{escape(item.doc_id)} <small>{escape(facts[-1])}</small>'
             f'{f" <small class=bad>{escape(problems)}</small>" if problems else ""}</a>')
    return section, entry


def _legend() -> str:
    roles = "".join(f'<span><i class="sw r-{r}"></i>{r}</span>' for r in ROLE_COLOURS)
    kinds = "".join(f'<span class="k-{k}">{k}</span>' for k in KIND_COLOURS)
    return (f'<div class="legend"><b>roles</b>{roles}</div>'
            f'<div class="legend"><b>mentions</b>{kinds}'
            f'<span>— hover or click a field to see its evidence; Esc clears</span></div>')


def _figures(figures: dict) -> str:
    splits = [s for s in figures if isinstance(figures[s], dict) and "fields" in figures[s]]
    head = "".join(f'<th colspan="4">{escape(s)} ({figures[s].get("articles", "?")} articles)</th>'
                   for s in splits)
    sub = "<th>P</th><th>R</th><th>F1</th><th>tp/fp/fn</th>" * len(splits)
    names = list(figures[splits[0]]["fields"]) if splits else []

    def cells(v: dict) -> str:
        return (f'<td>{v["precision"]:.3f}</td><td>{v["recall"]:.3f}</td>'
                f'<td class="f1" style="background:{_heat(v["f1"])}">{v["f1"]:.3f}</td>'
                f'<td>{v["tp"]}/{v["fp"]}/{v["fn"]}</td>')

    rows = [f'<tr><td>{escape(name)}</td>'
            f'{"".join(cells(figures[s]["fields"][name]) for s in splits)}</tr>' for name in names]
    rows += [f'<tr class="total"><td>{name}</td>'
             f'{"".join(cells(figures[s][name]) for s in splits)}</tr>' for name in ("slot", "deals")]
    return (f'<table class="figures"><thead><tr><th>field</th>{head}</tr><tr><th></th>{sub}</tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table>')


def _heat(f1: float) -> str:
    """Red (0) through white to green (1) for an F1 cell."""
    colour, share = ("#16a34a", (f1 - 0.6) / 0.4) if f1 >= 0.6 else ("#dc2626", (0.6 - f1) / 0.6)
    return f"color-mix(in srgb,{colour} {round(35 * min(1.0, share))}%,white)"


def _page(title: str, subtitle: str, body: str) -> str:
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
              f"script-src 'sha256-{digest}'")
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<link rel="icon" href="data:,"><title>{escape(title)}</title>'
            f'<style>{STYLE}</style></head><body>'
            f'<header class="page"><h1>{escape(title)}</h1><p>{escape(subtitle)}</p></header>'
            f'<main>{body}</main><script>{SCRIPT}</script></body></html>\n')
