"""Gold fixtures: running the extractor over them, the report, and the floors gate.

A folder of fixtures (``fixtures/*.json``, format in ``fixtures/README.md``) is scored with
``evaluate.py``'s rules, per split. ``floors.json`` beside the fixtures pins a minimum F1 per
field and split; ``check_floors`` lists the fields below theirs, and ``update_floors`` only
raises floors unless a regression is explicitly allowed (trafilatura's eval gate).
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from .evaluate import FIELDS, Difference, Tally, fields_of, report, score_article
from .records import Deal, Fixture, GoldDeal
from .sources import read_article

FLOORS_FILE = "floors.json"
SPLITS = ("dev", "test", "all")


@dataclass(frozen=True)
class ScoredArticle:
    """One fixture article as scored: the text as read, the extractor's records, the gold."""

    doc: str
    split: str
    text: str
    published: dt.date | None
    deals: tuple[Deal, ...]
    gold: tuple[GoldDeal, ...]


@dataclass
class EvalResult:
    tallies: dict[str, Tally] = field(default_factory=lambda: {s: Tally() for s in SPLITS})
    diffs: dict[str, list[Difference]] = field(default_factory=lambda: {s: [] for s in SPLITS})
    articles: dict[str, int] = field(default_factory=lambda: {s: 0 for s in SPLITS})
    errors: list[str] = field(default_factory=list)
    scored: list[ScoredArticle] = field(default_factory=list)

    def as_dict(self, split: str = "all") -> dict:
        splits = SPLITS if split == "all" else (split,)
        out = {s: {**report(self.tallies[s]), "articles": self.articles[s]} for s in splits}
        out["differences"] = [_diff_dict(d) for d in self.diffs[split]]
        return out


def _diff_dict(d: Difference) -> dict:
    return {"doc": d.doc, "kind": d.kind, "field": d.field, "expected": d.expected,
            "got": d.got, "sentence": d.sentence}


def _sentence_at(text: str, needle: str) -> str:
    i = text.find(needle) if needle else -1
    if i < 0:
        return ""
    start = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0)
    end_candidates = [j for j in (text.find(". ", i), text.find("\n", i)) if j >= 0]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return text[start:end].strip()


def evaluate_dir(gold_dir: Path) -> EvalResult:
    """Run the extractor on every fixture's article and score it."""
    from .pipeline import extract

    result = EvalResult()
    for path in sorted(gold_dir.glob("*.json")):
        if path.name == FLOORS_FILE:
            continue
        try:
            fixture = Fixture.model_validate_json(path.read_text(encoding="utf-8"))
            article = read_article((path.parent / fixture.article).resolve(), path.stem)
        except (OSError, ValueError) as exc:
            result.errors.append(f"{path}: {exc}".splitlines()[0])
            continue
        published = _published(fixture.published) or article.published
        deals = extract(article.text, published, path.stem)
        preds = [fields_of(d.model_dump(), " / ".join(
            article.text[a:b] for a, b in d.evidence)[:300]) for d in deals]
        golds = []
        for gold in fixture.deals:
            raw = gold.model_dump()
            anchor = (raw.get("value") or {}).get("text") or (raw.get("buyer") or {}).get("mention") \
                or (raw.get("target") or {}).get("mention") or ""
            golds.append(fields_of(raw, _sentence_at(article.text, anchor)[:300]))
        for split in (fixture.split, "all"):
            result.articles[split] += 1
            result.diffs[split].extend(score_article(path.stem, preds, golds, result.tallies[split]))
        result.scored.append(ScoredArticle(path.stem, fixture.split, article.text, published,
                                           tuple(deals), tuple(fixture.deals)))
    return result


def _published(value: str | None):
    from .sources import parse_date

    return parse_date(value) if value and len(value) == 10 else None


def format_report(result: EvalResult, split: str = "all", diffs: bool = True) -> str:
    lines = []
    if diffs:
        for d in result.diffs[split]:
            if d.kind == "wrong field":
                lines.append(f"{d.doc}: wrong {d.field}: expected {d.expected!r}, got {d.got!r}")
            elif d.kind == "extra deal":
                lines.append(f"{d.doc}: extra deal: {d.got}")
            else:
                lines.append(f"{d.doc}: missed deal: {d.expected}")
            if d.sentence:
                lines.append(f"    | {d.sentence}")
        lines.append("")
    for s in (SPLITS if split == "all" else (split,)):
        r = report(result.tallies[s])
        lines.append(f"== {s} ({result.articles[s]} articles)")
        lines.append(f"{'field':12s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp  fp  fn")
        for name, v in r["fields"].items():
            lines.append(f"{name:12s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}"
                         f" {v['tp']:4d}{v['fp']:4d}{v['fn']:4d}")
        for name in ("slot", "deals"):
            v = r[name]
            lines.append(f"{name:12s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}"
                         f" {v['tp']:4d}{v['fp']:4d}{v['fn']:4d}")
    return "\n".join(lines)


def _current(result: EvalResult) -> dict[str, dict[str, float]]:
    out = {}
    for s in SPLITS:
        r = report(result.tallies[s])
        out[s] = {f: r["fields"][f]["f1"] for f in FIELDS}
        out[s]["slot"] = r["slot"]["f1"]
        out[s]["deals"] = r["deals"]["f1"]
    return out


def load_floors(gold_dir: Path) -> dict[str, dict[str, float]]:
    path = gold_dir / FLOORS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def check_floors(gold_dir: Path, result: EvalResult) -> list[str]:
    """Fields whose F1 is below their floor, as readable lines."""
    floors, now = load_floors(gold_dir), _current(result)
    return [f"{s}/{name}: F1 {now[s].get(name, 0.0):.3f} < floor {floor:.3f}"
            for s, fields in floors.items() for name, floor in fields.items()
            if now.get(s, {}).get(name, 0.0) + 1e-9 < floor]


def _down(value: float) -> float:
    """Three decimals, rounded down, so that a floor never exceeds the figure it records."""
    return math.floor(value * 1000 + 1e-9) / 1000


def update_floors(gold_dir: Path, result: EvalResult, allow_regression: bool = False,
                  margin: float = 0.0) -> tuple[str, bool]:
    """Raise floors to the current figures; refuse to lower one unless allowed."""
    floors, now = load_floors(gold_dir), _current(result)
    lowered = [f"{s}/{n}" for s, fields in floors.items() for n, v in fields.items()
               if now.get(s, {}).get(n, 0.0) < v]
    if lowered and not allow_regression:
        return (f"extractor: refusing to lower floors ({', '.join(lowered)}); "
                "pass --allow-regression to accept", False)
    new = {s: {n: _down(max(0.0, v - margin)) if allow_regression
               else max(_down(v - margin), floors.get(s, {}).get(n, 0.0))
               for n, v in fields.items()} for s, fields in now.items()}
    (gold_dir / FLOORS_FILE).write_text(json.dumps(new, indent=2, sort_keys=True) + "\n",
                                        encoding="utf-8")
    return f"extractor: floors written to {gold_dir / FLOORS_FILE}", True
