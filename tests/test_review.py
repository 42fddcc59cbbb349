"""The review page (``extractor show``, ``extractor eval --html``).

The page's structure is checked with lxml: the text pane is the article as read, each field
points at exactly its span, article text is escaped, the comparison marks missed, extra and
wrong. Then the page is opened in a real headless browser (Debian's chromium through
Playwright): it loads without console errors, hovering a field highlights its evidence in
its role's colour, a script in an article does not run, and a screenshot of the seed-style
article is saved to ``test-artifacts/``. Browser tests skip when no chromium is installed,
unless ``EXTRACTOR_REQUIRE_BROWSER=1`` (set by ``.ci/run``) makes that a failure.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from lxml import html as lxml_html

from extractor.cli import main
from extractor.evaluate import FIELDS
from extractor.pipeline import extract
from extractor.records import GoldDeal
from extractor.review import ReviewItem, render
from extractor.review._assets import ROLE_COLOURS
from extractor.review._cards import ROWS, SCORED_AS
from extractor.sources import read_article

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
SEED = ROOT.parent / "shared" / "seeds" / "000_58403997ce767272.txt"
# The seed article when it is beside the checkout, else the corpus article written in its style.
SEED_STYLE = SEED if SEED.exists() else ROOT / "corpus" / "001_meta_coreweave_14bn.txt"
PUBLISHED = dt.date(2025, 10, 3)
DEAL = "Acme Corp said it agreed to acquire Widget Inc for 150 mln dlrs in cash.\n"
HOSTILE = ('Acme Corp agreed to buy Widget Inc for $5 million. <script>window.__pwned = 1'
           '</script> <img src=x onerror="window.__pwned = 2"> </script><b>bold</b> & "quotes"\n')
ROLES = ("buyer", "seller", "target", "value", "term", "announced", "hardware", "capacity")


def _seed_item() -> ReviewItem:
    raw = read_article(SEED_STYLE).text
    return ReviewItem("seed.txt", raw, tuple(extract(raw, PUBLISHED, "seed.txt")), PUBLISHED)


@pytest.fixture(scope="module")
def seed() -> tuple[ReviewItem, str]:
    item = _seed_item()
    return item, render([item], title="extractor show")


def _segments(tree) -> dict[str, list]:
    index: dict[str, list] = {}
    for el in tree.xpath("//*[@data-a]"):
        for ident in el.get("data-a").split():
            index.setdefault(ident, []).append(el)
    return index


def _text_of(refs: str, index) -> str:
    """The text a field points at: its annotations' segments, in document order."""
    segments = {id(el): el for ident in refs.split() for el in index.get(ident, [])}
    ordered = [el for el in index["__order__"] if id(el) in segments]
    return "".join(el.text_content() for el in ordered)


def _parse(page: str):
    tree = lxml_html.fromstring(page)
    index = _segments(tree)
    index["__order__"] = tree.xpath("//*[@data-a]")
    return tree, index


# -- structure --------------------------------------------------------------------------------


def test_every_scored_field_has_a_row():
    assert {f for row in ROWS for f in SCORED_AS.get(row, (row,))} == set(FIELDS)


def test_page_is_self_contained(seed):
    _, page = seed
    assert "<style>" in page and page.count("<script>") == 1
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link rel=\"stylesheet\"" not in page


def test_text_pane_is_the_article_as_read(seed):
    item, page = seed
    tree, _ = _parse(page)
    (pane,) = tree.xpath("//section[@class='doc']//div[@class='text']")
    assert pane.text_content() == item.text


def test_each_field_points_at_exactly_its_span(seed):
    item, page = seed
    tree, index = _parse(page)
    cards = tree.xpath("//article[contains(@class,'card')]")
    assert len(cards) == len(item.deals) > 0
    checked = 0
    for card, deal in zip(cards, item.deals):
        for role in ("buyer", "seller", "target", "value", "term", "announced"):
            value = getattr(deal, role)
            rows = card.xpath(f".//div[@data-role='{role}']")
            if value is None:
                assert not rows
                continue
            (row,) = rows
            start, end = value.span
            assert _text_of(row.get("data-ref"), index) == item.text[start:end]
            checked += 1
        for chip, hardware in zip(card.xpath(".//span[@data-role='hardware']"), deal.hardware):
            assert _text_of(chip.get("data-ref"), index) == hardware.text
            checked += 1
        (head,) = card.xpath("./header")
        evidence = "".join(item.text[a:b] for a, b in deal.evidence)
        assert _text_of(head.get("data-ref"), index) == evidence
    assert checked >= 3 * len(item.deals)


def test_mentions_are_highlighted_by_kind_and_fields_by_role(seed):
    item, page = seed
    tree, _ = _parse(page)
    classes = {}
    for el in tree.xpath("//div[@class='text']//span[@class]"):
        classes.setdefault(el.text_content(), set()).update(el.get("class").split())
    first = item.deals[0]
    assert {"k-company", "r-buyer"} <= classes[item.text[slice(*first.buyer.span)]]
    assert {"k-money", "r-value"} <= classes[first.value.text]
    assert "k-time" in classes[first.term.text] or "k-time" in classes.get("2027", set())
    assert "k-company" in classes["Nvidia"] and "u-hardware" in classes["Nvidia"]
    assert any("k-company" in c and "r-buyer" not in c and "r-seller" not in c
               for c in classes.values())


def test_article_text_is_escaped():
    item = ReviewItem("<b>doc</b>", HOSTILE, tuple(extract(HOSTILE, None, "x")))
    page = render([item])
    assert page.count("<script") == 1 and "<img" not in page and "<b>bold" not in page
    assert "&lt;script&gt;window.__pwned" in page and "&lt;/script&gt;" in page
    assert "&lt;b&gt;doc&lt;/b&gt;" in page
    tree, _ = _parse(page)
    (pane,) = tree.xpath("//div[@class='text']")
    assert pane.text_content() == HOSTILE


def _gold(**kw) -> GoldDeal:
    return GoldDeal.model_validate({"deal_type": "acquisition", **kw})


def test_comparison_marks_missed_extra_and_wrong():
    deals = extract(DEAL, None, "acme")
    assert len(deals) == 1 and deals[0].status == "signed"
    extra = deals[0].model_copy(update={"buyer": None, "target": None, "value": None,
                                        "deal_type": "partnership", "deal_id": "x"})
    gold = (_gold(status="completed", buyer={"name": "Acme", "mention": "Acme Corp"},
                  target={"name": "Widget", "mention": "Widget Inc"},
                  value={"amount": 150e6, "currency": "USD", "text": "150 mln dlrs"}),
            _gold(buyer={"name": "Globex", "mention": "Globex"}))
    page = render([ReviewItem("acme", DEAL, (*deals, extra), None, gold, "test")])
    tree, index = _parse(page)
    assert "1 missed, 1 extra, 1 wrong" in tree.xpath("//h2")[0].text_content()
    assert len(tree.xpath("//article[contains(@class,'missed')]")) == 1
    assert len(tree.xpath("//article[contains(@class,'extra')]")) == 1
    (pair,) = [p for p in tree.xpath("//div[@class='pair']") if not p.xpath(".//*[@class='badge']")]
    gold_card, pred_card = pair.xpath("./article")
    wrong = pred_card.xpath(".//div[contains(@class,'wrong')]")
    assert [w.get("data-role") for w in wrong] == [None] and "status" in wrong[0].get("title")
    assert "expected 'completed', got 'signed'" in wrong[0].get("title")
    assert {r.get("data-role") for r in pred_card.xpath(".//div[contains(@class,' ok')]")} >= {
        "buyer", "target", "value"}
    # A gold value without offsets is found where its text occurs.
    (gold_value,) = gold_card.xpath(".//div[@data-role='value']")
    assert _text_of(gold_value.get("data-ref"), index) == "150 mln dlrs"


# -- the commands ------------------------------------------------------------------------------


def test_show_command_writes_the_page(tmp_path, capsys):
    out = tmp_path / "review.html"
    paths = [str(ROOT / "corpus" / n) for n in
             ("001_meta_coreweave_14bn.txt", "007_lambda_microsoft_mojibake.txt",
              "010_tmi_microsoft_restart.html")]
    assert main(["show", *paths, "--published", "2025-10-03", "--html", str(out)]) == 0
    assert "3 documents written" in capsys.readouterr().err
    tree, _ = _parse(out.read_text(encoding="utf-8"))
    assert len(tree.xpath("//section[@class='doc']")) == 3
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600


def test_show_command_reports_a_missing_input(tmp_path, capsys):
    out = tmp_path / "review.html"
    (tmp_path / "a.txt").write_text(DEAL, encoding="utf-8")
    assert main(["show", str(tmp_path / "missing.txt"), str(tmp_path / "a.txt"),
                 "--html", str(out)]) == 1
    assert "missing.txt: no such file or folder" in capsys.readouterr().err
    assert out.exists()


@pytest.fixture(scope="module")
def eval_page(tmp_path_factory) -> tuple[Path, str]:
    import contextlib
    import io

    out = tmp_path_factory.mktemp("eval") / "eval.html"
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        assert main(["eval", str(ROOT / "fixtures"), "--html", str(out)]) == 0
    return out, report.getvalue()


def test_eval_html_agrees_with_the_text_report(eval_page):
    out, report = eval_page
    tree, _ = _parse(out.read_text(encoding="utf-8"))
    assert tree.xpath("//table[@class='figures']")
    sections = tree.xpath("//section[@class='doc']")
    assert len(sections) == len(list((ROOT / "fixtures").glob("*.json"))) - 1  # floors.json
    counts = {"missed": 0, "extra": 0, "wrong": 0}
    for h2 in tree.xpath("//section[@class='doc']/h2/span[@class='bad']"):
        for number, kind in re.findall(r"(\d+) (missed|extra|wrong)", h2.text_content()):
            counts[kind] += int(number)
    lines = report.splitlines()
    assert counts == {"missed": sum(": missed deal: " in x for x in lines),
                      "extra": sum(": extra deal: " in x for x in lines),
                      "wrong": sum(re.search(r"^\S+: wrong \w+: ", x) is not None for x in lines)}


# -- in a real browser --------------------------------------------------------------------------

LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        path = candidate and shutil.which(candidate)
        if path:
            return path
    return None


def _unavailable(reason: str):
    if os.environ.get("EXTRACTOR_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install '.[test]')")
    executable = _chromium()
    if executable is None:
        _unavailable("no chromium installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="review-chromium-") as profile, \
            sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=LAUNCH_ARGS,
            viewport={"width": 1400, "height": 900})
        context.set_default_timeout(15000)
        yield context
        context.close()


def _open(browser, path: Path):
    page = browser.new_page()
    problems = []
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: problems.append(f"request: {r.url}")
            if not r.url.startswith(("file:", "data:", "about:")) else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


@pytest.fixture(scope="module")
def seed_file(seed, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("show") / "seed.html"
    path.write_text(seed[1], encoding="utf-8")
    return path


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def _highlighted(page) -> str:
    return page.eval_on_selector_all(".text .hl", "els => els.map(e => e.textContent).join('')")


def test_pages_load_without_console_errors(browser, seed_file, eval_page):
    for path in (seed_file, eval_page[0]):
        page, problems = _open(browser, path)
        assert page.locator("section.doc").count() >= 1
        page.locator(".row[data-ref]").first.hover()
        assert page.locator(".text .hl").count() >= 1
        assert problems == [], path.name
        page.close()


def test_hovering_a_field_highlights_its_evidence_in_its_colour(browser, seed, seed_file):
    item, _ = seed
    page, problems = _open(browser, seed_file)
    checked = 0
    for k, deal in enumerate(item.deals):
        card = page.locator("article.card").nth(k)
        for role in ROLES:
            value = getattr(deal, role, None)
            grounded = [value] if value is not None and role != "hardware" else []
            if role == "hardware":
                grounded = deal.hardware
            rows = card.locator(f".row[data-role={role}] .chip[data-ref]") if role == "hardware" \
                else card.locator(f".row[data-role={role}]")
            for n, value in enumerate(grounded):
                rows.nth(n).hover()
                start, end = value.span
                assert _highlighted(page) == item.text[start:end], (k, role)
                colour = page.eval_on_selector(".text .hl",
                                               "e => getComputedStyle(e).backgroundColor")
                assert colour == _rgb(ROLE_COLOURS[role]), (k, role)
                checked += 1
    assert checked >= 3 * len(item.deals)
    # A click pins the highlight; moving away keeps it, Escape clears it.
    first = item.deals[0]
    page.locator("article.card").first.locator(".row[data-role=value]").click()
    page.mouse.move(5, 5)
    assert _highlighted(page) == first.value.text
    page.keyboard.press("Escape")
    assert _highlighted(page) == ""
    assert problems == []
    page.close()


def test_screenshot_of_the_seed_style_article(browser, seed, seed_file):
    item, _ = seed
    page, problems = _open(browser, seed_file)
    page.locator("article.card").first.locator(".row[data-role=value]").hover()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "review-seed.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    assert _highlighted(page) == item.deals[0].value.text
    assert problems == []
    page.close()


def test_a_script_in_an_article_does_not_run(browser, tmp_path):
    item = ReviewItem("hostile", HOSTILE, tuple(extract(HOSTILE, None, "hostile")))
    path = tmp_path / "hostile.html"
    path.write_text(render([item]), encoding="utf-8")
    page, problems = _open(browser, path)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator(".text").text_content() == HOSTILE
    assert page.locator(".text img, .text script, .text b").count() == 0
    assert problems == []
    page.close()
