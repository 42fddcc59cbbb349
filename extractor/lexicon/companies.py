"""Company vocabulary: the gazetteer (``companies.json``), news outlets (``outlets.json``)
and the words that shape-based recognition relies on."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    aliases: tuple[str, ...]
    tickers: tuple[str, ...] = ()
    parent: str | None = None
    kinds: tuple[str, ...] = ()
    ambiguous: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, eq=False)
class Gazetteer:
    """Hashed by identity, so that indexes built from it can be cached per gazetteer."""

    companies: tuple[Company, ...]
    by_alias: dict[str, Company]
    by_ticker: dict[str, Company]
    outlets: frozenset[str]


def _read(name: str) -> list:
    path = resources.files("extractor.lexicon") / name
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    companies = []
    for row in _read("companies.json"):
        aliases = tuple(dict.fromkeys([row["name"], *row.get("aliases", []), *row.get("former", [])]))
        companies.append(Company(row["name"], aliases, tuple(row.get("tickers", [])),
                                 row.get("parent"), tuple(row.get("kinds", [])),
                                 frozenset(row.get("ambiguous", []))))
    by_alias: dict[str, Company] = {}
    for company in companies:
        for alias in company.aliases:
            by_alias.setdefault(alias, company)
    by_ticker = {t: c for c in companies for t in c.tickers}
    outlets = frozenset(a for row in _read("outlets.json")
                        for a in [row["name"], *row.get("aliases", [])])
    return Gazetteer(tuple(companies), by_alias, by_ticker, outlets)


# Legal suffixes: a capitalized run ending in one of these is a company name.
LEGAL_SUFFIXES = frozenset({
    "Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co", "Co.", "Cos", "Cos.",
    "Company", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "Plc", "PLC", "plc", "AG", "SA",
    "S.A.", "NV", "N.V.", "SE", "BV", "B.V.", "GmbH", "SpA", "S.p.A.", "Oyj", "AB", "ASA",
    "A/S", "KK", "K.K.", "Bhd", "Pty", "LP", "L.P.", "LLP", "Group", "Holdings", "Holding",
    "Bancorp", "Bancshares", "Trust", "co", "inc", "corp", "ltd", "plc", "Sarl", "SARL", "KG",
    "KGaA", "Cie", "Cie.", "SAB", "Oy", "S.p.A", "Companies",
})
# Legal forms that may stand inside a Nordic name, before the rest of it ("Telefon AB L.M.
# Ericsson", "Oy Nokia Ab").
INNER_SUFFIXES = frozenset({"AB", "Oy", "Oyj", "A/S"})
# Wire copy writes suffixes in odd cases ("Norton co", "Zico Holdings INc"): compared lower-cased.
LOWER_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc",
                            "llc", "cos", "cos."})
# Endings of a name after which "of" and a country still belong to it ("Dynamics Corp of
# America"), and heads whose "of <place>" is always part of the name ("Citizens Bank of Roseville").
OF_COUNTRY = (("America",), ("North", "America"), ("the", "U.S."), ("the", "United", "States"))
OF_PLACE_HEADS = frozenset({"Bank", "Association", "Society", "Trust", "Bancorp",
                            "Bancorporation", "Bankshares", "Fund"})
# Strong suffixes after which "and" starts a second name ("Tractebel SA and GBL SA").
STRONG_SUFFIXES = LEGAL_SUFFIXES - {"Group", "Holdings", "Holding", "Trust", "Bancorp",
                                    "Bancshares", "Company", "Limited", "Companies"}
# Words after a name that show it is an organisation ("Heinz chairman Tony O'Reilly").
ROLE_WORDS = frozenset({"chairman", "president", "CEO", "chief", "spokesman", "spokeswoman",
                        "spokesperson", "shareholders", "stockholders", "officials",
                        "executives", "directors", "board"})
# Suffixes that end a name only together with a word before them ("Holding Co Ltd").
WEAK_SUFFIXES = frozenset({"Group", "Holdings", "Holding", "Trust", "Company", "Limited",
                           "Companies"})

# Head nouns that make a capitalized run a likely organisation without a legal suffix.
ORG_HEADS = frozenset({
    "Association", "Bank", "Bancorp", "Industries", "Technologies", "Technology", "Systems",
    "Airlines", "Airways", "Petroleum", "Energy", "Capital", "Securities", "Financial",
    "Communications", "Electronics", "Pharmaceuticals", "Laboratories", "Labs", "Enterprises",
    "Resources", "Motors", "Foods", "Stores", "Mines", "Mining", "Oil", "Gas", "Brands",
    "Networks", "Semiconductor", "Semiconductors", "Software", "Computer", "Computers",
    "Partners", "Investors", "Ventures", "Associates", "Manufacturing", "Chemical", "Chemicals",
    "Steel", "Insurance", "Savings", "Telecom", "Telecommunications", "Entertainment",
    "Pictures", "Studios", "Airlines", "Railroad", "Railway", "Utilities", "Power", "Electric",
    "Instruments", "Devices", "Microsystems", "Robotics", "Dynamics", "Aerospace",
    "Therapeutics", "Biosciences", "Health", "Healthcare", "Realty", "Properties", "Fund",
    "Funds", "Management", "Advisors", "Advisers", "Exploration", "Drilling", "Refining",
    "Shipping", "Foundation", "Cooperative", "Bancshares", "Finance", "Services", "Solutions",
    "Hotel", "Hotels", "Restaurants", "Casino", "Casinos", "Cement", "Mills", "Bancorporation",
    "Commodities", "Equities", "Leasing", "Lines", "Logistics", "Pharma", "Media", "Division",
    "Hospital", "Hospitals", "Society", "Venture", "Partnership", "International", "Broadcasting",
    "Television", "TV", "Cable", "Newspapers", "Publishing", "Bankshares", "Assurance",
    "Packing", "Printing", "Industrial", "Minerals", "Products", "Polymers", "Airline",
    "Restaurant", "Sawmill",
    # the same heads in other languages ("Ferro Agricola Finanziaria", "Allianz Versicherung")
    *("Finanziaria", "Finanziarie", "Assicurazioni", "Industriale", "Industrie", "Industrias",
      "Gesellschaft", "Aktiengesellschaft", "Versicherung", "Versicherungen", "Bankverein",
      "Kreditanstalt", "Landesbank", "Sparkasse", "Maatschappij", "Verzekeringen",
      "Financiere", "Financière", "Industriel", "Industrielle", "Immobiliare", "Immobiliere",
      "Immobilière", "Petroli", "Petroleos", "Petróleos", "Minera", "Mineracao", "Mineração",
      "Siderurgica", "Siderúrgica", "Aktiebolag", "Aktieselskab", "Bancaria", "Bancario"),
})
# Words that open a company name in other languages ("Compagnie des Machines Bull", "Banque
# Indosuez", "Societa Finanziaria Telefonica"): a run of two words or more opened by one is a
# company, without any "of <country>" after it ("... of France": where it is from).
ORG_START_WORDS = frozenset({
    "Compagnie", "Compagnia", "Compania", "Compañía", "Companhia", "Societe", "Société",
    "Societa", "Società", "Sociedad", "Sociedade", "Banque", "Banca", "Banco", "Groupe",
    "Gruppo", "Grupo", "Caisse", "Cassa", "Koninklijke", "Kredietbank", "Aktiebolaget",
    "Establissements", "Etablissements", "Établissements", "Industrias", "Instituto", "Istituto",
})
# Heads after which "for" stays inside a name ("Society for Savings", "Bank for
# International Settlements", "Corporation for Public Broadcasting").
FOR_HEADS = frozenset({"Society", "Association", "Institute", "Foundation", "Center", "Centre",
                       "Council", "Bank", "Federation", "Agency", "Commission", "League",
                       "Alliance", "Fund"})
# Words before a comma-joined name of partners that show a list, not one name ("unlike
# Exxon, Mobil Corp said").
LIST_OPENERS = frozenset({"like", "unlike", "besides", "including", "than", "and", "or",
                          "but", "as", "such", "with", "among", "both", "either", "neither"})

# Words of public bodies, never a company bought or sold ("in the Delaware Court of Chancery").
PUBLIC_BODY_WORDS = frozenset({"Court", "Commission", "Department", "Ministry", "Government",
                               "Congress", "Senate", "Parliament", "Bureau", "Tribunal",
                               "Administration", "Treasury", "Cabinet", "Judge", "Justice"})

# Words joining the parts of a name ("Bank of America", "Procter & Gamble").
NAME_CONNECTORS = frozenset({"&", "of", "and", "de", "du", "des", "la", "le", "van", "von", "der", "y",
                             "'n'", "und", "et", "e", "da", "di", "del", "della", "do", "dos"})

# Capitalized words that open sentences or name roles, never the first word of a company.
NOT_NAME_STARTS = frozenset({
    "The", "A", "An", "In", "On", "At", "For", "By", "With", "From", "To", "Of", "And", "But",
    "Or", "As", "If", "It", "Its", "This", "That", "These", "Those", "Under", "Shareholders",
    "Stockholders", "Analysts", "Directors", "Officials", "Sources", "Terms", "Shares",
    "Earlier", "Last", "Separately", "Meanwhile", "However", "Also", "After", "Before",
    "When", "While", "Since", "Both", "Each", "Some", "Such", "Other", "Our", "Their",
    "His", "Her", "We", "They", "He", "She", "CEO", "Chairman", "President", "Chief",
    "Director", "Spokesman", "Spokeswoman", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr",
    "Dr.", "Sen.", "Gov.", "Yesterday", "Today", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "According", "Including", "Following", "Under", "Given", "Despite", "Although", "Because",
    "Citing", "Through", "During", "Asked", "Unlike", "Like", "Among", "Neither", "Either",
    "Chief", "Therefore", "Thus", "Hence", "Moreover", "Furthermore", "Additionally",
    "Still", "Yet", "Instead", "Indeed", "Overall", "Finally", "Similarly", "Notably",
    "Previously", "Currently", "Recently", "Now", "Then", "Together", "Combined", "Why", "What",
    "How", "Where", "Who", "Which", "Once", "Until", "Unless", "Whether", "Here", "There",
    "Subsidiaries", "Units", "Holders", "Affiliates", "Executives", "Several", "Many", "Two",
    "Three", "Most", "Any", "No", "Not", "Its", "Is", "Was", "Will", "Would", "Could", "Should",
    "Under", "Sale", "Terms", "Purchase", "Completion", "Details", "Under", "Reports", "Report",
})

# Words of a headline that never belong to a company name, in lower case ("DIXONS GROUP PLC
# TO BUY CYCLOPS CORP", "Meta Signs Deal With Acme Corp"): a name with a legal suffix in a
# heading starts after the last of them.
HEADLINE_WORDS = frozenset({
    "to", "in", "on", "for", "at", "by", "with", "from", "into", "over", "after", "as", "than",
    "says", "said", "sees", "sets", "gets", "buys", "buy", "bought", "sells", "sell", "sold",
    "acquires", "acquire", "acquired", "agrees", "agree", "agreed", "completes", "complete",
    "completed", "ends", "end", "makes", "make", "raises", "raise", "cuts", "lifts", "ups",
    "plans", "plan", "bids", "bid", "offers", "offer", "seeks", "seek", "wins", "win", "takes",
    "take", "signs", "sign", "files", "file", "rejects", "reject", "studies", "weighs",
    "considers", "unit", "units", "stake", "deal", "deals", "merger", "merge", "merges", "talks",
    "sale", "purchase", "share", "shares", "not", "no", "may", "will", "could", "would", "is",
    "are", "was", "has", "have", "had", "up", "down", "again", "buyout", "takeover", "tender",
    "holders", "shareholders", "names", "elects", "forms", "joins", "drops", "extends",
    "expects", "reports", "posts", "pct", "percent", "mln", "billion", "dlrs", "and",
})

# First words too generic to stand alone as a short form of a company name.
GENERIC_FIRST_WORDS = frozenset({
    "American", "General", "First", "National", "United", "International", "Southern",
    "Northern", "Western", "Eastern", "Central", "Pacific", "Atlantic", "Gulf", "Texas",
    "California", "New", "Global", "Continental", "Federal", "Standard", "Royal", "British",
    "Canadian", "Japan", "Japanese", "Imperial", "Great", "Union", "Allied", "Consolidated",
    "Security", "Home", "Public", "Citizens", "Commonwealth", "Mid", "North", "South", "East",
    "West", "Data", "Digital", "Applied", "Advanced", "Universal", "Transamerica", "Investors",
    "Merchants", "Farmers", "Peoples", "Capital", "Bank", "Energy", "Financial", "Delta",
    "Industrial", "Power", "Microsoft-backed", "AI", "US", "U.S.", "Chinese", "China",
})

# Words of a bank's name so generic that "of <place>" belongs to it ("First National Bank of
# Bloomington", "Citizens Bank of Roseville"), unlike "Waccamaw State Bank of Surfside Beach".
GENERIC_NAME_WORDS = GENERIC_FIRST_WORDS | {"Federal", "State", "Savings", "Loan", "and",
                                            "Trust", "Community", "County", "City", "Mutual"}

# Nouns that describe a company in an appositive ("X, a Denver-based cloud provider,").
COMPANY_NOUNS = frozenset({
    "company", "firm", "provider", "maker", "chipmaker", "startup", "start-up", "operator",
    "developer", "bank", "group", "conglomerate", "utility", "retailer", "manufacturer",
    "miner", "producer", "subsidiary", "unit", "lab", "supplier", "distributor", "insurer",
    "carrier", "concern", "holding", "corporation", "partnership", "fund", "investor",
    "designer", "hyperscaler", "neocloud", "builder", "owner", "lender", "airline",
})

# Verbs that follow a company as subject ("Penril said it", "SHV agreed to").
SUBJECT_VERBS = frozenset({
    "said", "says", "agreed", "acquired", "bought", "sold", "completed", "announced",
    "reported", "plans", "planned", "has", "had", "will", "would", "raised", "signed",
    "offered", "proposed", "purchased", "merged", "holds", "owns", "declined", "terminated",
    "received", "expects", "disclosed", "unveiled", "committed", "invested", "told", "filed",
})
SUBJECT_CONFIRMERS = frozenset({"it", "its", "that", "to", "they", "their", "the"})
# Verbs after which a bare subject counts without a confirming word ("Acme acquired ...").
SUBJECT_DEAL_VERBS = frozenset({"agreed", "acquired", "bought", "sold", "completed", "signed",
                                "raised", "purchased", "told", "filed", "merged"})
# Words before a capitalized run that mark it as a person, not a company ("CEO Mike Intrator").
PERSON_TITLES = frozenset({"ceo", "chief", "cfo", "coo", "cto", "executive", "analyst", "chairman", "chairwoman", "president",
                           "director", "spokesman", "spokeswoman", "founder", "officer", "said",
                           "investor", "financier", "industrialist", "businessman",
                           "businesswoman", "entrepreneur", "raider", "arbitrager",
                           "arbitrageur", "speculator", "shareholder", "manager", "tycoon",
                           "billionaire", "magnate", "minister", "partner", "trustee", "mr.",
                           "mrs.", "ms.", "dr.", "mr", "ms", "dr", "sen.", "gov.", "rep."})
# Titles that make the named person a possible party in a deal sentence ("investor Carl
# Lindner", "chairman Carl C. Icahn").
PARTY_TITLES = frozenset({"investor", "financier", "industrialist", "businessman",
                          "businesswoman", "entrepreneur", "raider", "arbitrager", "arbitrageur",
                          "speculator", "shareholder", "manager", "tycoon", "billionaire",
                          "magnate", "chairman", "chairwoman", "president", "director"})
# Nouns of an appositive that make the name before it a person ("Camillo Gancia, an Argentine
# industrialist,"); an appositive ending in "who" does too ("a real estate developer who").
PERSON_NOUNS = frozenset({"industrialist", "investor", "financier", "businessman",
                          "businesswoman", "entrepreneur", "executive", "lawyer", "attorney",
                          "banker", "shareholder", "speculator", "arbitrager", "arbitrageur",
                          "raider", "magnate", "tycoon", "billionaire", "millionaire",
                          "publisher", "heir", "heiress", "rancher", "oilman", "philanthropist",
                          "resident", "citizen", "founder", "chairman", "chairwoman",
                          "president", "director"})
# Pronouns that show a name before them in the sentence is a person ("... told the SEC he").
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
# Words of a sentence that make it about buying, selling or owning.
DEAL_CUES = frozenset({"acquire", "acquired", "acquires", "acquiring", "acquisition", "buy",
                       "buys", "bought", "buying", "buyout", "purchase", "purchased", "sell",
                       "sells", "sold", "selling", "sale", "stake", "shares", "offer", "bid",
                       "takeover", "tender", "merger", "merge", "control", "controls",
                       "holds", "invest", "invested", "investment"})
# Words after which a capitalized run is the company being bought or sold ("acquire X").
OBJECT_CUES = frozenset({"acquire", "acquired", "acquires", "acquiring", "buy", "buys", "bought",
                         "buying", "purchase", "purchased", "purchasing", "with", "in", "of",
                         "to", "from", "by"})
# Words a bought-or-sold company may be preceded by between the cue and the name.
OBJECT_DETERMINERS = frozenset({"the", "its", "privately-held", "privately", "held", "closely",
                                "closely-held", "bankrupt", "troubled", "rival", "ailing"})
# Nouns before "in"/"with"/"of"/"by" that make the following run a company ("stake in X").
OBJECT_NOUNS = frozenset({"stake", "interest", "merger", "talks", "sale", "acquisition",
                          "takeover", "control", "offer", "bid", "purchase", "deal",
                          "agreement"})
# Words after a bought-or-sold company: the name is complete there.
OBJECT_ENDS = frozenset({",", ".", ";", "for", "from", "to", "in", "and", "said", "at", "on",
                         "under", "which", "who", "(", ")", "'s", "through", "after", "as"})
# Lower-case nouns after a capitalized run that make it a named unit ("its Nutone unit").
UNIT_NOUNS = frozenset({"division", "unit", "subsidiary", "affiliate"})

# Reference noun phrases resolved to an earlier company ("the chipmaker").
REFERENCE_NOUNS = {
    "company": (), "firm": (), "group": (), "concern": (), "corporation": (),
    "startup": ("startup", "AI startup", "AI lab"), "start-up": ("startup", "AI startup"),
    "chipmaker": ("chipmaker", "chip designer", "semiconductor company"),
    "chip designer": ("chipmaker", "chip designer"),
    "cloud provider": ("cloud provider", "neocloud", "hyperscaler", "data center operator"),
    "cloud company": ("cloud provider", "neocloud", "hyperscaler"),
    "hyperscaler": ("hyperscaler", "cloud provider"),
    "social media company": ("social media company",),
    "miner": ("bitcoin miner",), "utility": ("utility",), "bank": ("bank",),
    "retailer": ("retailer",), "buyer": (), "acquirer": (), "seller": (),
}
