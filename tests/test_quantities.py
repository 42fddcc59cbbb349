"""The quantity recognizer over a table of sentences written for it, grouped by kind.

Each case lists every expected quantity: span text (located with ``sentence.index``),
amount (None for vague counts) and canonical unit. Spans run from the number to the unit,
names and model numbers in between included; qualifiers are outside the span.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.recognize.quantities import find_quantities

K, M = 1e3, 1e6


def q(text, amount, unit, start=None):
    return dict(text=text, amount=amount, unit=unit, start=start)


def case(sentence, *quantities):
    return sentence, quantities


POWER = [
    case("OpenAI will deploy 6 gigawatts of AMD GPUs.", q("6 gigawatts", 6, "GW")),
    case("The first phase delivers 1.2 GW of capacity.", q("1.2 GW", 1.2, "GW")),
    case("The campus will draw 500 megawatts from the grid.", q("500 megawatts", 500, "MW")),
    case("A 500MW facility is planned in Texas.", q("500MW", 500, "MW")),
    case("Nvidia will supply at least 10 gigawatts of systems.", q("10 gigawatts", 10, "GW")),
    case("The site can scale to 5GW by 2030.", q("5GW", 5, "GW")),
    case("It is building a 1-gigawatt data center in Ohio.", q("1-gigawatt", 1, "GW")),
    case("The 300-megawatt project came online in June.", q("300-megawatt", 300, "MW")),
    case("The utility will provide 2,000 MW of power.", q("2,000 MW", 2000, "MW")),
    case("The deal covers 4.5 gigawatts of capacity across three sites.", q("4.5 gigawatts", 4.5, "GW")),
    case("Each rack draws 120 kW.", q("120 kW", 120, "kW")),
    case("The batteries store 400 MWh of energy.", q("400 MWh", 400, "MWh")),
    case("The plant generates 8 TWh a year.", q("8 TWh", 8, "TWh")),
    case("The reactor produces 1,100 megawatts.", q("1,100 megawatts", 1100, "MW")),
    case("Capacity will reach 1.5 gigawatts next year and 3 gigawatts in 2027.",
         q("1.5 gigawatts", 1.5, "GW"), q("3 gigawatts", 3, "GW")),
    case("The 200 MW first phase will expand to 1 GW.", q("200 MW", 200, "MW"), q("1 GW", 1, "GW")),
    case("Stargate sites total nearly 7 gigawatts of planned capacity.", q("7 gigawatts", 7, "GW")),
    case("The agreement spans 1-2 GW over four years.", q("1-2 GW", 2, "GW")),
    case("The company secured 750 megawatts of power.", q("750 megawatts", 750, "MW")),
    case("The solar farm has a capacity of 250 megawatt.", q("250 megawatt", 250, "MW")),
    case("The grid added 3 to 4 gigawatts last year.", q("3 to 4 gigawatts", 4, "GW")),
    case("The fuel cells provide 100 kilowatts each.", q("100 kilowatts", 100, "kW")),
    case("The contract is for 1.4GW of nuclear power.", q("1.4GW", 1.4, "GW")),
    case("The data center uses 2.3 gigawatt-hours a day.", q("2.3 gigawatt-hours", 2.3, "GWh")),
    case("It signed a 20-year deal for 1,121 MW from the plant.", q("1,121 MW", 1121, "MW")),
]

HARDWARE = [
    case("The cluster will hold 100,000 GPUs.", q("100,000 GPUs", 100000, "GPU")),
    case("Meta will buy 1.5 million GPUs from Nvidia.", q("1.5 million GPUs", 1.5 * M, "GPU")),
    case("Anthropic will use up to 1 million TPUs.", q("1 million TPUs", 1 * M, "TPU")),
    case("The supercomputer contains 4,608 accelerators.", q("4,608 accelerators", 4608, "accelerator")),
    case("xAI plans to deploy 100,000 Nvidia H100 GPUs.", q("100,000 Nvidia H100 GPUs", 100000, "GPU")),
    case("The order includes 20,000 GB300 chips.", q("20,000 GB300 chips", 20000, "chip")),
    case("Microsoft bought 485,000 Hopper chips last year.", q("485,000 Hopper chips", 485000, "chip")),
    case("Each system has 72 Blackwell GPUs.", q("72 Blackwell GPUs", 72, "GPU")),
    case("The company will deploy 50,000 AMD MI450 GPUs.", q("50,000 AMD MI450 GPUs", 50000, "GPU")),
    case("The facility will house 400,000 chips.", q("400,000 chips", 400000, "chip")),
    case("The deal covers 16,000 servers.", q("16,000 servers", 16000, "server")),
    case("The site will host 1,000 racks.", q("1,000 racks", 1000, "rack")),
    case("The cloud provider operates 250,000 Nvidia GPUs.", q("250,000 Nvidia GPUs", 250000, "GPU")),
    case("Amazon will give Anthropic access to 500,000 Trainium2 chips.",
         q("500,000 Trainium2 chips", 500000, "chip")),
    case("The cluster will scale to 1 million accelerators.", q("1 million accelerators", 1 * M, "accelerator")),
    case("The startup ordered 10k GPUs.", q("10k GPUs", 10000, "GPU")),
    case("It will install 2,048 AI accelerators.", q("2,048 AI accelerators", 2048, "accelerator")),
    case("The contract covers 32,000 Nvidia GB200 superchips.", q("32,000 Nvidia GB200 superchips", 32000, "chip")),
    case("The lab used 8 H100 GPUs for training.", q("8 H100 GPUs", 8, "GPU")),
    case("The system pairs 36 Grace CPUs with 72 GPUs.", q("36 Grace CPUs", 36, "CPU"), q("72 GPUs", 72, "GPU")),
    case("The company shipped 3.7 million data center GPUs.", q("3.7 million data center GPUs", 3.7 * M, "GPU")),
    case("Google will provide up to one million TPUs.", q("one million TPUs", 1 * M, "TPU")),
    case("The first phase will have 16,384 Nvidia Blackwell Ultra GPUs.",
         q("16,384 Nvidia Blackwell Ultra GPUs", 16384, "GPU")),
    case("Oracle will deploy 131,072 GPUs in one cluster.", q("131,072 GPUs", 131072, "GPU")),
    case("The startup will build 5 data centers.", q("5 data centers", 5, "data center")),
    case("The pod links 9,216 TPUs.", q("9,216 TPUs", 9216, "TPU")),
    case("The country will import 18,000 additional chips.", q("18,000 additional chips", 18000, "chip")),
    case("It will rent 25,000 of its GPUs to OpenAI.", q("25,000 of its GPUs", 25000, "GPU")),
    case("The plan calls for 2 million chips by 2027.", q("2 million chips", 2 * M, "chip")),
]

COMPUTE_AND_AREA = [
    case("The system delivers 2 exaflops of AI compute.", q("2 exaflops", 2, "exaflop")),
    case("The machine reaches 1.1 exaFLOPS.", q("1.1 exaFLOPS", 1.1, "exaflop")),
    case("Each rack provides 720 petaflops.", q("720 petaflops", 720, "petaflop")),
    case("The building covers 300,000 square feet.", q("300,000 square feet", 300000, "sq ft")),
    case("The data hall spans 1.2 million square feet.", q("1.2 million square feet", 1.2 * M, "sq ft")),
    case("The campus sits on 1,200 acres.", q("1,200 acres", 1200, "acre")),
    case("A 500,000-square-foot facility is planned.", q("500,000-square-foot", 500000, "sq ft")),
    case("The site has 40,000 sq ft of white space.", q("40,000 sq ft", 40000, "sq ft")),
    case("The hall measures 10,000 square meters.", q("10,000 square meters", 10000, "sq m")),
    case("The land covers 50 hectares.", q("50 hectares", 50, "hectare")),
    case("The supercomputer offers 40 exaflops of FP4 performance.", q("40 exaflops", 40, "exaflop")),
    case("The company bought 900 acres near Abilene.", q("900 acres", 900, "acre")),
    case("The building totals 250,000 sq. ft. on two floors.", q("250,000 sq. ft.", 250000, "sq ft")),
    case("It will add 100 petaFLOPS per rack.", q("100 petaFLOPS", 100, "petaflop")),
    case("The site has 2 million square feet under construction.",
         q("2 million square feet", 2 * M, "sq ft")),
]

WORD_NUMBERS = [
    case("The deal adds two gigawatts of capacity.", q("two gigawatts", 2, "GW")),
    case("The campus will use a gigawatt of power.", q("a gigawatt", 1, "GW")),
    case("It will buy one million GPUs.", q("one million GPUs", 1 * M, "GPU")),
    case("The project needs half a gigawatt.", q("half a gigawatt", 0.5, "GW")),
    case("The first site will have ten gigawatts.", q("ten gigawatts", 10, "GW")),
    case("OpenAI wants to add one gigawatt a week.", q("one gigawatt", 1, "GW")),
    case("They ordered a million chips.", q("a million chips", 1 * M, "chip")),
    case("The utility will supply five hundred megawatts.", q("five hundred megawatts", 500, "MW")),
    case("The cluster will hold two hundred thousand GPUs.", q("two hundred thousand GPUs", 200000, "GPU")),
    case("The facility draws one-and-a-half gigawatts.", q("one-and-a-half gigawatts", 1.5, "GW")),
    case("The partnership targets twenty-five gigawatts.", q("twenty-five gigawatts", 25, "GW")),
    case("Three gigawatts will come online in 2026.", q("Three gigawatts", 3, "GW")),
    case("The company will deploy a new GPU cluster.",),
    case("It is a gigawatt-scale campus.", q("a gigawatt", 1, "GW")),
    case("The startup bought one server.", q("one server", 1, "server")),
]

VAGUE = [
    case("OpenAI will buy hundreds of thousands of Nvidia GB300 chips.",
         q("hundreds of thousands of Nvidia GB300 chips", None, "chip")),
    case("The company will deploy tens of thousands of GPUs.", q("tens of thousands of GPUs", None, "GPU")),
    case("The deal covers several gigawatts of capacity.", q("several gigawatts", None, "GW")),
    case("It is a multi-gigawatt agreement.", q("multi-gigawatt", None, "GW")),
    case("The firm operates thousands of servers.", q("thousands of servers", None, "server")),
    case("The plan involves millions of chips.", q("millions of chips", None, "chip")),
    case("The utility will supply hundreds of megawatts.", q("hundreds of megawatts", None, "MW")),
    case("The company runs dozens of data centers.", q("dozens of data centers", None, "data center")),
    case("Multiple gigawatts will be needed.", q("Multiple gigawatts", None, "GW")),
    case("The startup has a few thousand GPUs.", q("a few thousand GPUs", None, "GPU")),
    case("It is building a multigigawatt campus.", q("multigigawatt", None, "GW")),
    case("The firm will buy several hundred racks.", q("several hundred racks", None, "rack")),
]

TRAPS = [
    case("The H100 GPUs are in short supply."),
    case("In 2025 Nvidia GPUs were scarce."),
    case("The company raised $5 billion."),
    case("Revenue rose 45% in 2024."),
    case("The GB300 chip ships in the fall."),
    case("Nvidia's GPU business is growing."),
    case("Meta's Llama 3 70B model beat rivals."),
    case("The deal was signed on Sept. 30, 2025."),
    case("It has 12,500 employees."),
    case("The 5G network covers 300 cities."),
    case("The B200 and MI300X are competitors."),
    case("Windows 2000 ran on 32-bit CPUs."),
    case("The company has 3 gigabytes of memory."),
    case("Series B investors include a GPU maker."),
]

XFAIL = [
    # A model name used as a plural noun is not a unit: "100,000 H100s".
    case("The cluster has 100,000 H100s.", q("100,000 H100s", 100000, "GPU")),
    # Qualified vague power ("gigawatts of capacity") without a count word is not read.
    case("It will add gigawatts of capacity.", q("gigawatts", None, "GW")),
]

TABLES = {"power": POWER, "hardware": HARDWARE, "compute_area": COMPUTE_AND_AREA,
          "word_numbers": WORD_NUMBERS, "vague": VAGUE, "traps": TRAPS}
PARAMS = [pytest.param(s, e, id=f"{name}-{i}") for name, table in TABLES.items() for i, (s, e) in enumerate(table)]
XFAIL_PARAMS = [pytest.param(s, e, id=f"xfail-{i}", marks=pytest.mark.xfail(strict=True))
                for i, (s, e) in enumerate(XFAIL)]


def _norm(value):
    return None if value is None else round(value, 6)


@pytest.mark.parametrize(("sentence", "expected"), PARAMS + XFAIL_PARAMS)
def test_quantities(sentence, expected):
    found = []
    for mention in find_quantities(sentence):
        assert sentence[mention.start:mention.end] == mention.text
        found.append((mention.start, mention.text, _norm(mention.amount), mention.unit))
    want = [(e["start"] if e["start"] is not None else sentence.index(e["text"]), e["text"],
             _norm(e["amount"]), e["unit"]) for e in expected]
    assert found == want


def test_table_sizes():
    assert sum(len(table) for table in TABLES.values()) >= 90


ADVERSARIAL = {
    "comma_ones": "1," * 50_000,
    "digit_run": "9" * 100_000 + " GPUs",
    "capitalized_words": "Nvidia " * 100_000,
    "numbers_and_names": "5 Nvidia H100 " * 30_000,
    "vague_words": "hundreds of " * 50_000,
    "articles": "a " * 100_000 + "gigawatt",
    "units": "GW " * 100_000,
    "whitespace": "5" + " " * 100_000 + "GW",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_inputs_finish(name):
    text = ADVERSARIAL[name]
    for mention in find_quantities(text):
        assert text[mention.start:mention.end] == mention.text


_ALPHABET = st.sampled_from(list("0123456789,.- kKmMGW") + [
    " GPUs", " gigawatts", " MW", " million", " Nvidia", " H100", " of", "hundreds of ", "a ",
    " chips", " square feet", "two ", "multi-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_spans_in_bounds_and_grounded(text):
    found = find_quantities(text)
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text, spans", [
    ("5 GW of power", [(0, 4)]),                      # at the start of the text
    ("(5 GW)", [(1, 5)]),                             # after a non-word character
    ("x5 GW, $5 GW, -5 GW, 1.5 GW", [(21, 27)]),      # never glued to a word, "$", "-", "."
    ("a GPU and 100,000 GPUs", [(10, 22)]),           # a rejected reading resumes after its start
])
def test_quantities_at_start_and_after_a_boundary(text, spans):
    """The scan reads a quantity at the start of the text, or after the character before it."""
    assert [(m.start, m.end) for m in find_quantities(text)] == spans
