"""The review page's colours, style sheet and script, inlined into every page (no network).

Colours are data: one per role of a deal field, and each kind of mention borrows the colour
of the role it usually fills, so that a highlighted amount and a deal's value look alike.
"""
from __future__ import annotations

ROLE_COLOURS = {
    "buyer": "#2563eb",
    "seller": "#ea580c",
    "target": "#9333ea",
    "value": "#16a34a",
    "term": "#ca8a04",
    "announced": "#0d9488",
    "hardware": "#db2777",
    "capacity": "#0891b2",
    "location": "#4d7c0f",
}
KIND_COLOURS = {
    "company": "#64748b",
    "money": ROLE_COLOURS["value"],
    "time": ROLE_COLOURS["term"],
    "hardware": ROLE_COLOURS["hardware"],
    "quantity": ROLE_COLOURS["capacity"],
    "place": ROLE_COLOURS["location"],
}
EVIDENCE_COLOUR = "#fde68a"


def _colour_rules() -> str:
    rules = []
    for kind, colour in KIND_COLOURS.items():
        rules.append(f".k-{kind}{{background:color-mix(in srgb,{colour} 16%,white);"
                     f"border-bottom:1px solid color-mix(in srgb,{colour} 55%,white)}}")
        rules.append(f".u-{kind}{{box-shadow:inset 0 -3px 0 "
                     f"color-mix(in srgb,{colour} 45%,white)}}")
    for role, colour in ROLE_COLOURS.items():
        rules.append(f".r-{role}{{background:color-mix(in srgb,{colour} 26%,white);"
                     f"border-bottom:2px solid {colour}}}")
        rules.append(f"i.sw.r-{role}{{background:{colour};border:0}}")
        rules.append(f".hl.hl-{role}{{background:{colour};color:#fff;outline:2px solid {colour}}}")
        rules.append(f".row[data-role={role}].linked{{box-shadow:inset 3px 0 0 {colour}}}")
    rules.append(f".hl.hl-evidence{{background-image:linear-gradient({EVIDENCE_COLOUR}cc,"
                 f"{EVIDENCE_COLOUR}cc)}}")
    return "\n".join(rules)


CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
 color:#1e293b;background:#f8fafc}
header.page{padding:14px 22px;background:#0f172a;color:#e2e8f0}
header.page h1{margin:0 0 4px;font-size:18px}
header.page p{margin:0;color:#94a3b8}
main{padding:0 22px 40px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:12px 0;font-size:12.5px;align-items:center}
.legend span{white-space:nowrap}
.legend b{font-weight:600;margin-right:2px}
nav.toc{columns:3 260px;font-size:12.5px;margin:10px 0 18px;padding:10px 14px;background:#fff;
 border:1px solid #e2e8f0;border-radius:8px}
nav.toc a{display:block;color:#1e40af;text-decoration:none;padding:1px 0;break-inside:avoid}
nav.toc a:hover{text-decoration:underline}
nav.toc small{color:#64748b}
nav.toc .bad{color:#b91c1c}
table.figures{border-collapse:collapse;background:#fff;font-size:12.5px;margin:12px 0;
 font-variant-numeric:tabular-nums}
table.figures th,table.figures td{padding:3px 9px;border-bottom:1px solid #e2e8f0;text-align:right}
table.figures th:first-child,table.figures td:first-child{text-align:left}
table.figures thead th{background:#f1f5f9}
table.figures tr.total td{font-weight:600;border-top:2px solid #cbd5e1}
table.figures td.f1{position:relative}
section.doc{background:#fff;border:1px solid #e2e8f0;border-radius:10px;margin:18px 0;
 box-shadow:0 1px 2px #0000000d}
section.doc>h2{margin:0;padding:10px 16px;font-size:15px;border-bottom:1px solid #e2e8f0;
 display:flex;gap:12px;align-items:baseline;flex-wrap:wrap}
section.doc>h2 small{font-weight:400;color:#64748b;font-size:12.5px}
section.doc>h2 .bad{color:#b91c1c}
.panes{display:grid;grid-template-columns:minmax(0,1.25fr) minmax(0,1fr);gap:0}
.panes.compare{grid-template-columns:minmax(0,1fr) minmax(0,1.3fr)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;padding:12px 16px;max-height:78vh;overflow:auto;
 font:14.5px/1.6 Georgia,"DejaVu Serif",serif;border-right:1px solid #e2e8f0}
.text span[title]{cursor:help}
.text .hl{border-radius:2px}
.deals{padding:10px 12px;max-height:78vh;overflow:auto;background:#f8fafc}
.card{background:#fff;border:1px solid #cbd5e1;border-radius:8px;margin:0 0 10px;font-size:12.5px}
.card>header{display:flex;gap:8px;align-items:center;padding:5px 9px;border-bottom:1px solid #e2e8f0;
 background:#f1f5f9;border-radius:8px 8px 0 0;cursor:pointer}
.card .side{font-weight:600;text-transform:uppercase;font-size:11px;letter-spacing:.04em;color:#475569}
.card>header b{font-weight:600}
.card .conf{margin-left:auto;color:#64748b;font-variant-numeric:tabular-nums}
.card .badge{font-weight:600;font-size:11px;padding:1px 7px;border-radius:9px;background:#e2e8f0}
.card.missed,.card.extra{border-color:#dc2626;border-width:2px}
.card.missed .badge,.card.extra .badge{background:#dc2626;color:#fff}
.card.optional{border-style:dashed}
.card.placeholder{display:flex;align-items:center;justify-content:center;color:#94a3b8;
 border-style:dashed;background:transparent;min-height:60px;font-style:italic}
.card dl{margin:0;padding:3px 0}
.row{display:grid;grid-template-columns:92px 1fr 16px;gap:6px;padding:2px 9px;align-items:baseline}
.row[data-ref]{cursor:pointer}
.row[data-ref]:hover,.row[data-ref]:focus,.row.pinned,.card>header.pinned,.chip.pinned{
 background:#eef2ff;outline:none}
.row dt{color:#475569;white-space:nowrap}
.row dd{margin:0;overflow-wrap:anywhere}
.row q{color:#475569;font-style:italic}
.row q::before,.row q::after{content:'"'}
.row small{color:#64748b}
.row .none{color:#cbd5e1}
.panes:not(.compare) :is(.row.null,.row.f-deal_type,.row.f-status){display:none}
.row.wrong{background:#fef2f2}
.row.wrong .mark::before{content:"✗";color:#dc2626;font-weight:700}
.row.ok .mark::before{content:"✓";color:#16a34a;font-weight:700}
.chip{display:inline-block;margin:0 4px 2px 0;padding:0 4px;border-radius:4px;border:1px solid #e2e8f0}
i.sw{display:inline-block;width:9px;height:9px;border-radius:2px;margin-right:5px;
 border:1px solid #cbd5e1;vertical-align:baseline}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.pair.head{font-weight:600;color:#475569;font-size:12px;text-transform:uppercase;margin-bottom:4px}
.empty{color:#64748b;font-style:italic}
"""

# Hover, focus or click a field (``[data-ref]``) to highlight its annotations' segments in the
# text; click pins it and scrolls the text to it. Hovering a text segment marks the fields that
# point at it.
SCRIPT = """
(() => {
  const index = new Map(), users = new Map();
  const put = (map, key, el) => { if (!map.has(key)) map.set(key, []); map.get(key).push(el); };
  for (const el of document.querySelectorAll('[data-a]'))
    for (const id of el.dataset.a.split(' ')) put(index, id, el);
  for (const el of document.querySelectorAll('[data-ref]'))
    for (const id of el.dataset.ref.split(' ')) put(users, id, el);
  const segmentsOf = el => el.dataset.ref.split(' ').flatMap(id => index.get(id) || []);
  let pinned = null, hovered = null;
  const refresh = () => {
    for (const el of document.querySelectorAll('.hl'))
      for (const c of [...el.classList]) if (c.startsWith('hl')) el.classList.remove(c);
    for (const el of [pinned, hovered]) {
      if (!el) continue;
      for (const seg of segmentsOf(el)) seg.classList.add('hl', 'hl-' + el.dataset.role);
    }
    for (const el of document.querySelectorAll('.pinned')) el.classList.remove('pinned');
    if (pinned) pinned.classList.add('pinned');
  };
  const reveal = el => {
    const first = segmentsOf(el)[0];
    if (first) first.scrollIntoView({block: 'center', inline: 'nearest'});
  };
  document.addEventListener('mouseover', e => {
    const el = e.target.closest('[data-ref]');
    if (el !== hovered) { hovered = el; refresh(); }
    const seg = e.target.closest('[data-a]');
    for (const row of document.querySelectorAll('.linked')) row.classList.remove('linked');
    if (seg) for (const id of seg.dataset.a.split(' '))
      for (const row of users.get(id) || []) row.classList.add('linked');
  });
  document.addEventListener('focusin', e => {
    const el = e.target.closest('[data-ref]');
    if (el) { hovered = el; refresh(); reveal(el); }
  });
  document.addEventListener('click', e => {
    const el = e.target.closest('[data-ref]');
    if (!el) return;
    pinned = pinned === el ? null : el;
    refresh();
    if (pinned) reveal(pinned);
  });
  document.addEventListener('keydown', e => {
    if (e.key === 'Enter' && e.target.matches && e.target.matches('[data-ref]')) e.target.click();
    if (e.key === 'Escape') { pinned = null; refresh(); }
  });
})();
"""

STYLE = CSS + _colour_rules()
