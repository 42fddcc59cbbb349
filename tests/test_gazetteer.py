"""Validate the company gazetteer and the list of news outlets (``extractor/lexicon/*.json``)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import extractor.lexicon

LEXICON = Path(extractor.lexicon.__file__).parent
COMPANIES = json.loads((LEXICON / "companies.json").read_text(encoding="utf-8"))
OUTLETS = json.loads((LEXICON / "outlets.json").read_text(encoding="utf-8"))
FIELDS = {"name", "aliases", "former", "tickers", "parent", "kinds", "ambiguous"}
LEGAL_SUFFIXES = (" Inc", " Inc.", " Corp", " Corp.", " Ltd", " Ltd.", " PLC", " plc", " LLC", " Co")
# Names whose legal suffix is how the news tells them apart from another company.
SUFFIX_KEPT = {"X Corp", "KT Corp", "SoftBank Corp", "Fox Corp", "News Corp", "Time Inc", "EQT Corp", "Sun Co"}


def _alias_index() -> dict[str, str]:
    return {alias: entry["name"] for entry in COMPANIES for alias in entry["aliases"]}


ALIASES = _alias_index()
NAMES = {entry["name"] for entry in COMPANIES}


def test_enough_companies_and_outlets():
    assert len(COMPANIES) >= 450
    assert len(OUTLETS) >= 60


@pytest.mark.parametrize("entry", COMPANIES, ids=lambda e: e["name"])
def test_company_entry_shape(entry):
    assert set(entry) == FIELDS
    assert entry["name"].strip() == entry["name"] != ""
    assert entry["name"] in SUFFIX_KEPT or not entry["name"].endswith(LEGAL_SUFFIXES)
    assert entry["name"] in entry["aliases"]
    assert all(isinstance(a, str) and a.strip() == a != "" for a in entry["aliases"])
    assert set(entry["former"]) <= set(entry["aliases"])
    assert set(entry["ambiguous"]) <= set(entry["aliases"])
    assert entry["kinds"], "every company answers to at least one noun"
    assert all(k == k.strip() and k for k in entry["kinds"])
    assert all(t == t.upper().strip() and " " not in t for t in entry["tickers"])


def test_names_are_unique():
    repeated = [n for n, c in Counter(e["name"] for e in COMPANIES).items() if c > 1]
    assert repeated == []


def test_no_alias_names_two_companies():
    owners: dict[str, set[str]] = {}
    for entry in COMPANIES:
        for alias in entry["aliases"]:
            owners.setdefault(alias, set()).add(entry["name"])
    assert {a: o for a, o in owners.items() if len(o) > 1} == {}


def test_parents_exist_and_do_not_loop():
    by_name = {e["name"]: e for e in COMPANIES}
    for entry in COMPANIES:
        seen = {entry["name"]}
        parent = entry["parent"]
        while parent is not None:
            assert parent in by_name, f"{entry['name']}: unknown parent {parent}"
            assert parent not in seen, f"{entry['name']}: parent loop"
            seen.add(parent)
            parent = by_name[parent]["parent"]


def test_short_aliases_are_marked_ambiguous_or_uppercase():
    for entry in COMPANIES:
        for alias in entry["aliases"]:
            if len(alias) == 1:
                assert alias in entry["ambiguous"], alias


@pytest.mark.parametrize("outlet", OUTLETS, ids=lambda o: o["name"])
def test_outlet_entry_shape(outlet):
    assert set(outlet) <= {"name", "aliases", "ambiguous"}
    assert outlet["name"] in outlet["aliases"]
    assert set(outlet.get("ambiguous", [])) <= set(outlet["aliases"])


def test_no_outlet_is_a_company():
    clashes = [a for o in OUTLETS for a in o["aliases"] if a in ALIASES]
    assert clashes == []


def test_outlet_aliases_are_unique():
    aliases = [a for o in OUTLETS for a in o["aliases"]]
    assert [a for a, c in Counter(aliases).items() if c > 1] == []


REQUIRED = [
    ("Meta", "Meta Platforms"), ("Meta Platforms Inc.", "Meta Platforms"), ("Facebook", "Meta Platforms"),
    ("Instagram", "Instagram"), ("WhatsApp", "WhatsApp"), ("Alphabet", "Alphabet"), ("Google", "Google"),
    ("Google Cloud", "Google Cloud"), ("YouTube", "YouTube"), ("Amazon", "Amazon"),
    ("Amazon.com Inc.", "Amazon"), ("AWS", "Amazon Web Services"),
    ("Amazon Web Services", "Amazon Web Services"), ("AMD", "Advanced Micro Devices"),
    ("Advanced Micro Devices", "Advanced Micro Devices"),
    ("Advanced Micro Devices Inc", "Advanced Micro Devices"), ("Nvidia", "Nvidia"), ("NVIDIA", "Nvidia"),
    ("Nvidia Corp", "Nvidia"), ("Intel", "Intel"), ("Intel Corp.", "Intel"), ("OpenAI", "OpenAI"),
    ("Anthropic", "Anthropic"), ("xAI", "xAI"), ("Mistral AI", "Mistral AI"), ("Mistral", "Mistral AI"),
    ("Cohere", "Cohere"), ("Oracle", "Oracle"), ("OCI", "Oracle"),
    ("Oracle Cloud Infrastructure", "Oracle"), ("Microsoft", "Microsoft"), ("Azure", "Microsoft"),
    ("Microsoft Corp.", "Microsoft"), ("CoreWeave", "CoreWeave"), ("CoreWeave Inc.", "CoreWeave"),
    ("Nebius", "Nebius Group"), ("Nscale", "Nscale"), ("Lambda", "Lambda"), ("Lambda Labs", "Lambda"),
    ("Crusoe", "Crusoe"), ("Crusoe Energy", "Crusoe"), ("IREN", "IREN"), ("Iris Energy", "IREN"),
    ("Core Scientific", "Core Scientific"), ("Applied Digital", "Applied Digital"),
    ("Cipher Mining", "Cipher Mining"), ("TeraWulf", "TeraWulf"), ("Hut 8", "Hut 8"),
    ("Galaxy Digital", "Galaxy Digital"), ("Broadcom", "Broadcom"), ("TSMC", "TSMC"),
    ("Taiwan Semiconductor Manufacturing", "TSMC"), ("Taiwan Semiconductor", "TSMC"),
    ("Samsung Electronics", "Samsung Electronics"), ("Samsung", "Samsung Electronics"),
    ("SK Hynix", "SK Hynix"), ("Micron", "Micron"), ("Micron Technology", "Micron"),
    ("Arm", "Arm Holdings"), ("Arm Holdings", "Arm Holdings"), ("Qualcomm", "Qualcomm"),
    ("Marvell", "Marvell Technology"), ("Cerebras", "Cerebras Systems"), ("Cerebras Systems", "Cerebras Systems"), ("Groq", "Groq"),
    ("SambaNova", "SambaNova Systems"), ("SoftBank", "SoftBank Group"), ("Stargate", "Stargate"),
    ("Equinix", "Equinix"), ("Digital Realty", "Digital Realty"), ("QTS", "QTS Data Centers"),
    ("Vantage Data Centers", "Vantage Data Centers"), ("Aligned", "Aligned Data Centers"),
    ("CyrusOne", "CyrusOne"), ("Switch", "Switch"), ("Blackstone", "Blackstone"),
    ("BlackRock", "BlackRock"), ("KKR", "KKR"), ("Kohlberg Kravis Roberts", "KKR"), ("MGX", "MGX"),
    ("Brookfield", "Brookfield Asset Management"), ("Constellation Energy", "Constellation Energy"),
    ("Vistra", "Vistra"), ("Talen Energy", "Talen Energy"), ("NextEra", "NextEra Energy"),
    ("Dominion", "Dominion Energy"), ("Duke Energy", "Duke Energy"), ("Entergy", "Entergy"),
    ("Oklo", "Oklo"), ("Kairos Power", "Kairos Power"), ("X-energy", "X-energy"),
    ("TerraPower", "TerraPower"), ("Helion", "Helion Energy"), ("Dell", "Dell Technologies"),
    ("HPE", "Hewlett Packard Enterprise"), ("Hewlett Packard Enterprise", "Hewlett Packard Enterprise"),
    ("Supermicro", "Super Micro Computer"), ("Super Micro Computer", "Super Micro Computer"),
    ("Cisco", "Cisco Systems"), ("Arista", "Arista Networks"), ("Juniper Networks", "Juniper Networks"),
    ("Apple", "Apple"), ("IBM", "IBM"), ("International Business Machines Corp", "IBM"),
    ("Salesforce", "Salesforce"), ("ServiceNow", "ServiceNow"), ("Snowflake", "Snowflake"),
    ("Databricks", "Databricks"), ("Palantir", "Palantir"), ("Tesla", "Tesla"), ("SpaceX", "SpaceX"),
    ("Foxconn", "Foxconn"), ("Hon Hai", "Foxconn"), ("Wistron", "Wistron"), ("Quanta", "Quanta Computer"),
    ("Alibaba", "Alibaba Group"), ("Tencent", "Tencent"), ("Baidu", "Baidu"), ("ByteDance", "ByteDance"),
    ("Huawei", "Huawei"), ("DeepSeek", "DeepSeek"), ("Reliance", "Reliance Industries"),
    ("Jio", "Jio Platforms"), ("Vodafone", "Vodafone Group"), ("AT&T", "AT&T"),
    ("Verizon", "Verizon Communications"), ("T-Mobile", "T-Mobile US"),
    ("Deutsche Telekom", "Deutsche Telekom"), ("Orange", "Orange"), ("BT", "BT Group"), ("NTT", "NTT"),
    ("G42", "G42"), ("Humain", "Humain"), ("Aramco", "Saudi Aramco"), ("ADNOC", "ADNOC"),
    ("Mubadala", "Mubadala"), ("PIF", "Public Investment Fund"), ("Temasek", "Temasek"), ("GIC", "GIC"),
    # 1980s wire copy
    ("Allegheny International", "Allegheny International"), ("Texaco", "Texaco"),
    ("Chevron Corp", "Chevron"), ("EQT", "EQT"), ("EQT Corp", "EQT Corp"), ("SoftBank Corp", "SoftBank Corp"), ("Gulf Oil", "Gulf Oil"), ("USX", "United States Steel"),
    ("General Electric Co", "General Electric"), ("GE", "General Electric"), ("RCA", "RCA"),
    ("Sperry Corp", "Sperry"), ("Burroughs", "Burroughs"), ("Borg-Warner", "Borg-Warner"),
    ("Dart Group", "Dart Group"), ("Revlon", "Revlon"), ("Pantry Pride", "Pantry Pride"),
    ("Safeway", "Safeway"), ("Kraft", "Kraft"), ("Nabisco", "Nabisco Brands"), ("Gencorp", "Gencorp"),
    ("Pennzoil", "Pennzoil"), ("Drexel Burnham Lambert", "Drexel Burnham Lambert"),
    ("Middle South Utilities", "Entergy"), ("BankAmerica", "Bank of America"),
    ("Kohlberg Kravis Roberts & Co", "KKR"), ("RJR Nabisco", "RJR Nabisco"), ("Sanmina", "Sanmina"),
]


@pytest.mark.parametrize("alias,canonical", REQUIRED)
def test_required_alias_resolves(alias, canonical):
    assert ALIASES.get(alias) == canonical


@pytest.mark.parametrize(
    "child,parent",
    [("Google", "Alphabet"), ("Google Cloud", "Google"), ("YouTube", "Google"),
     ("Amazon Web Services", "Amazon"), ("Instagram", "Meta Platforms"), ("WhatsApp", "Meta Platforms"),
     ("Jio Platforms", "Reliance Industries"), ("Arm Holdings", "SoftBank Group")],
)
def test_parents(child, parent):
    assert {e["name"]: e["parent"] for e in COMPANIES}[child] == parent


@pytest.mark.parametrize(
    "alias", ["Apple", "Amazon", "Oracle", "Arm", "Shell", "Target", "Visa", "Square", "Block", "Gap",
              "Sun", "Digital", "Snap", "X", "Box", "Lambda", "Crusoe", "Switch", "Orange"],
)
def test_common_words_are_ambiguous(alias):
    owner = next(e for e in COMPANIES if alias in e["aliases"])
    assert alias in owner["ambiguous"]


@pytest.mark.parametrize("kind_owner,kind", [("Nvidia", "chipmaker"), ("CoreWeave", "neocloud"),
                                              ("Amazon Web Services", "cloud provider"),
                                              ("Constellation Energy", "power company"),
                                              ("Blackstone", "private equity firm"), ("OpenAI", "AI lab")])
def test_kinds(kind_owner, kind):
    assert kind in {e["name"]: e["kinds"] for e in COMPANIES}[kind_owner]


def test_tickers_are_unique():
    tickers = [t for e in COMPANIES for t in e["tickers"]]
    assert [t for t, c in Counter(tickers).items() if c > 1] == []
