"""Deal cards: one per record, a row per field, each row pointing at its evidence in the text.

A row's ``data-ref`` lists the annotations (see ``_spans.py``) that ground it and
``data-role`` names its colour; the page's script highlights them on hover, focus or click.
In the comparison view gold and predicted cards stand side by side, paired with SPEC.md's
rules (``evaluate.py``), and each row is marked as agreeing or wrong.
"""
from __future__ import annotations

from html import escape

from ..evaluate import Fields, agrees, fields_of, pair_deals
from ..records import Deal, GoldDeal
from ._spans import Registry, format_number

ROWS = ("deal_type", "status", "buyer", "seller", "target", "value", "term", "announced",
        "hardware", "capacity", "location")
SCORED_AS = {"term": ("term_start", "term_end", "duration")}  # rows scored as several fields
PARTIES = ("buyer", "seller", "target")
NONE = '<span class="none">—</span>'


def _quote(text: str | None) -> str:
    return f' <q>{escape(text)}</q>' if text else ""


def _ground(registry: Registry, layer: str, role: str, item: dict | None, text_key: str,
            within: list[tuple[int, int]]) -> list[str]:
    """Register the span of a grounded value (or where its text occurs) as an annotation."""
    if not item:
        return []
    span = item.get("span")
    where = tuple(span) if span else registry.find(item.get(text_key), within)
    ident = registry.add(layer, role, *where, title=role) if where else None
    return [ident] if ident else []


def _party(p: dict) -> str:
    aliases = ", ".join(p.get("aliases") or ())
    also = f' <small>also {escape(aliases)}</small>' if aliases else ""
    mention = p.get("mention") if p.get("mention") != p.get("name") else None
    return f'<b>{escape(p["name"])}</b>{_quote(mention)}{also}'


def _money(v: dict) -> str:
    if v.get("min") is not None and v.get("max") is not None:
        amount = f'{format_number(v["min"])} – {format_number(v["max"])}'
    else:
        amount = format_number(v.get("amount")) if v.get("amount") is not None else ""
    return (f'<b>{escape(v.get("currency") or "")} {amount}</b> '
            f'<small>{escape(str(v.get("qualifier") or ""))}</small>{_quote(v.get("text"))}')


def _term(t: dict) -> str:
    duration = f' · {escape(t["duration"])}' if t.get("duration") else ""
    return (f'<b>{escape(t.get("start") or "?")} → {escape(t.get("end") or "?")}{duration}</b>'
            f'{_quote(t.get("text"))}')


def _hardware(h: dict) -> str:
    name = " ".join(escape(x) for x in (h.get("vendor"), h.get("category"), h.get("model")) if x)
    qty = f' ×{format_number(h["quantity"])}' if h.get("quantity") else ""
    return f'<b>{name or "?"}{qty}</b>{_quote(h.get("text"))}'


def _value(row: str, record: dict) -> str:
    v = record.get(row)
    if v is None or v == []:
        return NONE
    if row in PARTIES:
        return _party(v)
    if row == "value":
        return _money(v)
    if row == "term":
        return _term(v)
    if row == "announced":
        return f'<b>{escape(v.get("date") or "unresolved")}</b>{_quote(v.get("text"))}'
    if row == "capacity":
        return (f'<b>{format_number(v.get("amount"))} {escape(v.get("unit") or "")}</b>'
                f'{_quote(v.get("text"))}')
    return f'<b>{escape(str(v))}</b>'


def _row(row: str, record: dict, registry: Registry, layer: str,
         within: list[tuple[int, int]], mark: tuple[str, str] | None) -> tuple[str, list[str]]:
    refs, body = [], _value(row, record)
    if row in PARTIES:
        refs = _ground(registry, layer, row, record.get(row), "mention", within)
    elif row in ("value", "term", "announced", "capacity"):
        refs = _ground(registry, layer, row, record.get(row), "text", within)
    elif row == "location" and record.get(row):
        refs = _ground(registry, layer, row, {"text": record[row]}, "text", within)
    elif row == "hardware" and record.get(row):
        chips = []
        for h in record[row]:
            ids = _ground(registry, layer, row, h, "text", within)
            refs += ids
            chips.append(f'<span class="chip"{_ref_attrs(ids, row)}>{_hardware(h)}</span>')
        body = " ".join(chips)
    state, note = mark or ("", "")
    state += " null" if body == NONE else ""
    title = f' title="{escape(note)}"' if note else ""
    swatch = '<i class="sw"></i>' if row in ("deal_type", "status") else f'<i class="sw r-{row}"></i>'
    return (f'<div class="row f-{row} {state}"{_ref_attrs(refs, row)}{title}><dt>{swatch}{row}</dt>'
            f'<dd>{body}</dd><span class="mark"></span></div>'), refs


def _ref_attrs(refs: list[str], role: str) -> str:
    return f' data-ref="{" ".join(refs)}" data-role="{role}" tabindex="0"' if refs else ""


def card(record: dict, registry: Registry, side: str, label: str,
         marks: dict[str, tuple[str, str]] | None = None, badge: str = "") -> str:
    """One deal as a card; ``side`` is ``pred`` or ``gold``; ``marks`` per row from ``compare``."""
    layer = "field" if side == "pred" else "gold"
    evidence = [tuple(e) for e in record.get("evidence") or ()]
    rows, all_refs = [], []
    for row in ROWS:
        html, refs = _row(row, record, registry, layer, evidence, (marks or {}).get(row))
        rows.append(html)
        all_refs += refs
    head_refs = [i for a, b in evidence if (i := registry.add("evidence", "evidence", a, b))]
    head_refs = head_refs or all_refs
    confidence = record.get("confidence")
    conf = f'<span class="conf" title="confidence">{confidence:.2f}</span>' \
        if confidence is not None else ""
    badge_html = f'<span class="badge">{escape(badge)}</span>' if badge else ""
    kind = " · ".join(escape(str(record[k])) for k in ("deal_type", "status") if record.get(k))
    head = (f'<header{_ref_attrs(head_refs, "evidence")}><span class="side">{escape(label)}</span>'
            f'<b>{kind}</b>{badge_html}{conf}</header>')
    slug = badge.split()[0] if badge else ""
    deal_id = escape(record.get("deal_id") or "")
    return (f'<article class="card {side} {slug}" data-deal="{deal_id}">'
            f'{head}<dl>{"".join(rows)}</dl></article>')


def cards(deals: list[Deal], registry: Registry) -> str:
    """The predicted deals of an article, one card each."""
    if not deals:
        return '<p class="empty">No deal found.</p>'
    return "".join(card(d.model_dump(mode="json"), registry, "pred", f"deal {k}")
                   for k, d in enumerate(deals, 1))


def _pairs(preds: list[Fields], golds: list[Fields]) -> list[tuple[int | None, int | None]]:
    """SPEC.md's greedy pairing (as in ``evaluate.score_article``), gold order first, then
    unpaired gold deals, then unpaired predictions."""
    pairs = sorted(pair_deals(preds, golds), key=lambda x: x[1])
    used_p, used_g = {i for i, _ in pairs}, {j for _, j in pairs}
    pairs += [(None, j) for j in range(len(golds)) if j not in used_g]
    pairs += [(i, None) for i in range(len(preds)) if i not in used_p]
    return pairs


def _marks(p: Fields, g: Fields) -> tuple[dict[str, tuple[str, str]], int]:
    """Per row: ``ok`` or ``wrong`` (with what was expected), and the number of wrong fields."""
    marks, wrong = {}, 0
    for row in ROWS:
        notes, agreed = [], False
        for f in SCORED_AS.get(row, (row,)):
            if agrees(f, p, g):
                agreed = True
            elif p.values.get(f) is not None or g.values.get(f) is not None:
                expected, got = _plain(g.values.get(f)), _plain(p.values.get(f))
                notes.append(f"{f}: expected {expected}, got {got}")
        wrong += len(notes)
        if notes:
            marks[row] = ("wrong", "; ".join(notes))
        elif agreed:
            marks[row] = ("ok", "agrees")
    return marks, wrong


def _plain(value) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, frozenset):
        return ", ".join(sorted(" ".join(x for x in pair if x) for pair in value)) or "nothing"
    if isinstance(value, tuple):
        return " ".join(format_number(x) if isinstance(x, float | int) else str(x) for x in value)
    return repr(value)


def compare(deals: list[Deal], gold: list[GoldDeal], registry: Registry) -> tuple[str, dict]:
    """Gold and predicted cards side by side, and counts of paired, missed, extra and wrong."""
    preds = [d.model_dump(mode="json") for d in deals]
    golds = [g.model_dump(mode="json") for g in gold]
    pf, gf = [fields_of(p) for p in preds], [fields_of(g) for g in golds]
    counts = {"paired": 0, "missed": 0, "extra": 0, "wrong": 0}
    rows = ['<div class="pair head"><span>gold</span><span>predicted</span></div>']
    for i, j in _pairs(pf, gf):
        if i is not None and j is not None:
            marks, wrong = _marks(pf[i], gf[j])
            counts["paired"] += 1
            counts["wrong"] += wrong
            left = card(golds[j], registry, "gold", "gold", marks)
            right = card(preds[i], registry, "pred", "predicted", marks)
        elif j is not None:
            optional = gf[j].optional
            counts["missed"] += not optional
            badge = "optional deal, not found" if optional else "missed deal"
            left = card(golds[j], registry, "gold", "gold", badge=badge)
            right = f'<div class="card placeholder">{"(optional)" if optional else "missed"}</div>'
        else:
            counts["extra"] += 1
            left = '<div class="card placeholder">no gold deal</div>'
            right = card(preds[i], registry, "pred", "predicted", badge="extra deal")
        rows.append(f'<div class="pair">{left}{right}</div>')
    return "".join(rows), counts

