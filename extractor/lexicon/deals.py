"""Deal vocabulary: trigger words per role pattern and deal type, status cues, and the cues
that mark money as not a deal's own value. Assembly (``extractor/assemble.py``) compiles
these once; nothing else in the code names a deal word.

Verbs are listed by stem with their irregular forms; ``forms`` makes the inflections.
"""
from __future__ import annotations

# Role patterns: how the parties around a trigger map to buyer / seller / target.
#   procure: the subject pays, the other party provides (X buys capacity from Y)
#   supply:  the subject provides, the other party pays (Y supplies X)
#   acquire: the subject buys the object (X acquires Y)
#   passive: the subject is bought by the agent (Y was acquired by X)
#   sell:    the subject sells the object to the other party (X sold Z to W)
#   merge:   the subject merges with the other party
#   invest:  the subject puts money into the other party (X invests in Y)
#   raise:   the subject takes money from the other party (Y raised $N from X)
#   build:   the subject builds or leases a site for itself
#   partner: the subject allies with the other party
#   noun:    a deal noun ("a deal with", "agreement between"): roles from prepositions

IRREGULAR = {
    "buy": ("buys", "bought", "buying"), "sell": ("sells", "sold", "selling"),
    "pay": ("pays", "paid", "paying"), "take": ("takes", "took", "taken", "taking"),
    "lead": ("leads", "led", "leading"), "build": ("builds", "built", "building"),
    "strike": ("strikes", "struck", "striking"), "win": ("wins", "won", "winning"),
    "make": ("makes", "made", "making"), "spend": ("spends", "spent", "spending"),
    "sign": ("signs", "signed", "signing"), "put": ("puts", "putting"),
    "get": ("gets", "got", "getting"), "bid": ("bids", "bidding"),
    "rent": ("rents", "rented", "renting"), "tap": ("taps", "tapped", "tapping"),
    "commit": ("commits", "committed", "committing"), "plan": ("plans", "planned", "planning"),
    "team": ("teams", "teamed", "teaming"), "ink": ("inks", "inked", "inking"),
    "ship": ("ships", "shipped", "shipping"), "shop": ("shops", "shopped", "shopping"),
    "back": ("backs", "backed", "backing"), "spin": ("spins", "spun", "spinning"),
    "cut": ("cuts", "cutting"), "choose": ("chooses", "chose", "chosen", "choosing"),
    "seal": ("seals", "sealed", "sealing"), "sell off": ("sells off", "sold off", "selling off"),
}


POSSESSIVE_DETERMINERS = ("its", "his", "her", "their")


def variants(stem: str) -> tuple[str, ...]:
    """A phrase with "its" said of any owner: "raise its stake in" -> "raise his stake in"."""
    words = stem.split(" ")
    if "its" not in words:
        return (stem,)
    return tuple(" ".join(d if w == "its" else w for w in words) for d in POSSESSIVE_DETERMINERS)


def forms(stem: str) -> tuple[str, ...]:
    """A verb stem and its inflections: acquire -> acquire, acquires, acquired, acquiring."""
    if stem in IRREGULAR:
        return (stem, *IRREGULAR[stem])
    head, _, rest = stem.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in IRREGULAR:  # "take over" -> "took over", "buy out" -> "bought out"
        return (stem, *(f + tail for f in IRREGULAR[head]))
    if head.endswith("e"):
        inflected = (head + "s", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        inflected = (head[:-1] + "ies", head[:-1] + "ied", head + "ing")
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        inflected = (head + "es", head + "ed", head + "ing")
    else:
        inflected = (head + "s", head + "ed", head + "ing")
    return (stem, *(f + tail for f in inflected))


TRIGGER_VERBS: dict[str, tuple[str, ...]] = {
    "procure": ("buy", "purchase", "commit", "rent", "lease", "secure", "sign", "agree to pay",
                "spend",
                "ink", "tap", "access", "pay", "reserve", "license", "strike", "align",
                "choose", "select", "order"),
    "supply": ("supply", "provide", "deliver", "furnish", "sell capacity", "build for",
               "offer capacity", "deploy", "install"),
    "acquire": ("acquire", "take over", "buy out", "tender for", "bid for", "make an offer for",
                "take a stake in", "raise its stake in", "raise stake in", "boost its stake in",
                "increase its stake in", "take control of", "buy a stake in",
                "raise its holding in", "increase its holding in", "lift its stake in",
                "raise its stake", "increase its stake", "boost its stake", "lift its stake",
                "raise its holding", "increase its holding", "win control of",
                "gain control of", "take control", "assume control of", "acquire control of", "obtain control of"),
    "sell": ("sell", "divest", "spin off", "dispose of", "sell off", "agree to sell",
             "reduce its stake in", "cut its stake in", "reduce its holding in",
             "cut its holding in", "lower its stake in"),
    "merge": ("merge",),
    "invest": ("invest", "back", "fund", "inject"),
    "raise": ("raise",),
    "build": ("build", "develop", "construct"),
    "partner": ("partner", "team up", "collaborate", "ally", "work with"),
}

# Sites: a company's own build-out tells a data_center deal ("a $10 billion data center
# project in Texas"); these nouns act as "build" triggers.
SITE_NOUNS = ("data center", "data centers", "data centre", "data centres", "data-center",
              "campus", "AI factory", "supercomputer", "supercluster", "server farm",
              "gigafactory", "hyperscale facility")

# Determiners and modifiers that make a verb-form trigger a noun ("for AI chip supply").
NOUN_MARKERS = ("the", "a", "an", "its", "their", "chip", "power", "for", "of", "energy",
                "long-term", "GPU", "cloud", "compute", "billion", "million", "trillion", "mln",
                "bln", "bn", "dlr", "dlrs", "dollar", "stg", "yen", "euro")

# Words ending in "'s" that are not possessives: "it's buying" keeps "buying" a verb.
CONTRACTIONS = ("it's", "that's", "he's", "she's", "what's", "there's", "who's", "here's",
                "let's", "where's")

# Passive constructions: the subject is bought, sold or funded by the agent after "by".
PASSIVE_PHRASES = (
    "was acquired by", "were acquired by", "be acquired by", "been acquired by",
    "is acquired by", "being acquired by", "was bought by", "be bought by", "been bought by",
    "was purchased by", "be purchased by", "been purchased by", "was taken over by",
    "be taken over by", "agreed to be acquired by", "agreed to be bought by",
    "to be acquired by", "to be bought by", "to be purchased by", "was sold to",
    "been sold to", "be sold to", "is being sold to", "will be sold to",
)

# Nouns that name a deal, by the role pattern they carry: "X's purchase of Y", "the bid for
# Y by X", "the sale of Z to W", "a merger with Y", "an investment in Y", "a deal with Y".
NOUN_PATTERNS: dict[str, tuple[str, ...]] = {
    "acquire": ("acquisition", "acquisitions", "takeover", "buyout", "purchase", "tender offer",
                "offer", "bid", "stake", "stake purchase", "equity stake", "takeover bid",
                "acquisition bid", "buy-out", "leveraged buyout", "tender", "takeover offer",
                "buyout offer", "acquisition offer", "merger offer", "acquisition proposal",
                "takeover proposal"),
    "sell": ("sale", "divestiture", "divestment", "spin-off", "spinoff", "disposal"),
    "merge": ("merger", "merger agreement", "combination", "business combination"),
    "invest": ("investment", "investments", "stake investment", "strategic investment"),
    "raise": ("funding round", "funding", "financing round", "round", "financing",
              "Series A", "Series B", "Series C", "Series D", "Series E", "Series F"),
    "partner": ("partnership", "alliance", "collaboration", "joint venture", "strategic alliance",
                "strategic partnership", "tie-up", "teaming agreement"),
    "noun": ("deal", "deals", "agreement", "agreements", "contract", "contracts", "pact",
             "arrangement", "accord", "transaction", "commitment", "order", "lease",
             "power purchase agreement", "PPA", "supply agreement", "memorandum",
             "letter of intent", "definitive agreement", "licensing deal", "license agreement",
             "term sheet"),
}
DEAL_NOUNS = tuple(n for nouns in NOUN_PATTERNS.values() for n in nouns)

# Openings that make the sentence's deal a part of the current one ("As part of the
# arrangement, OpenAI will take a stake in CoreWeave"): it shares its status and date.
EXPLICIT_ANNOUNCING = ("announced", "announces", "unveiled", "unveils", "disclosed",
                       "discloses", "revealed", "reveals")
PART_OF_OPENERS = ("as part of the", "as part of that", "as part of this", "under the",
                   "in connection with the", "alongside the")

# Words that make a sentence's deal nouns refer to an already-told deal.
ANAPHORIC_DETERMINERS = ("the", "this", "that", "its", "their", "such")

# A new deal beside the current one ("builds on an earlier $14.2 billion contract").
# Cues after which a deal noun with a party of its own is an earlier deal, not the one the
# sentence's subject refers to ("The agreements build on Meta's agreement with Constellation").
BUILT_ON_CUES = ("builds on", "build on", "built on", "follows", "follow", "followed",
                 "expands on", "expand on", "adds to", "add to", "comes on top of")
NEW_DEAL_CUES = ("builds on", "build on", "earlier", "previous", "prior", "separate",
                 "in addition to", "on top of", "follows", "following", "expands on",
                 "another", "second", "first", "initial", "original", "additional",
                 "followed up", "follow-on", "expansion", "extension", "expanded", "plus")

# A price per share said loosely ("28.50 dlrs per common or preferred share", "11.80 dlrs
# cash per share"): words that may stand between the amount and the per-share phrase.
PER_SHARE_LINKERS = ("a", "per", "each", "for each", "for every")
PER_SHARE_NOUNS = ("share", "shares", "ordinary", "common", "preferred", "unit")

# Deal types a single party can make (a company's own project, a sale with its target, a
# funding round with no named investor); other deals need a counterparty.
SINGLE_PARTY_TYPES = ("data_center", "acquisition", "merger", "investment")
ROUND_WORDS = ("round", "Series", "funding", "financing", "venture round", "venture funding",
               "seed")

# Sentence openers that start a new story rather than continue the current deal.
NEW_STORY_OPENERS = ("separately", "in a separate deal", "in a separate announcement",
                     "in other news", "elsewhere", "meanwhile", "also on", "in addition")

# Words that make "power" mean computing, not energy.
COMPUTE_POWER = ("computing power", "compute power", "processing power", "computational power",
                 "AI computing power", "artificial-intelligence computing power")

# Deal types: words in the deal's sentence that pick a type, strongest first.
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "merger": ("merger", "merge", "merged", "merging", "merger agreement", "combination"),
    "acquisition": ("acquire", "acquired", "acquires", "acquiring", "acquisition", "takeover",
                    "buyout", "tender offer", "take over", "stake", "bought", "buy out",
                    "purchase of", "sold", "sell", "sale of", "divest", "divestiture", "bid for"),
    "power": ("power purchase", "PPA", "electricity", "nuclear", "megawatts of power",
              "gigawatts of power", "power supply", "energy supply", "renewable energy",
              "clean energy", "power plant", "reactor", "reactors", "solar", "wind power",
              "geothermal", "natural gas power", "carbon-free power", "power deal",
              "power agreement", "power agreements", "power contract", "energy deal",
              "energy agreement", "energy agreements", "power plants", "hydroelectric",
              "gas-fired", "purchase power", "buy power", "power from", "nuclear energy",
              "megawatts of electricity", "gigawatts of electricity", "grid power",
              "hydropower", "hydro power", "fusion power", "fusion energy", "wind energy",
              "solar power", "solar energy", "energy purchase"),
    "cloud_capacity": ("cloud capacity", "compute capacity", "computing capacity",
                       "AI cloud", "cloud computing", "cloud services", "cloud contract",
                       "capacity", "compute", "computing power", "GPU capacity", "access to",
                       "to access", "cloud infrastructure", "AI infrastructure", "cloud deal",
                       "infrastructure services", "GPU cloud", "rent", "rental"),
    "chip_supply": ("chip supply", "chips", "chip", "processors", "accelerators", "GPUs",
                    "supply agreement", "semiconductors", "wafers", "supply of",
                    "memory", "servers", "systems"),
    "data_center": ("data center", "data centers", "data centre", "data-center", "campus",
                    "campuses", "facility", "facilities", "site", "sites", "hub", "colocation",
                    "co-location"),
    "investment": ("invest", "invests", "invested", "investing", "investment", "funding",
                   "round", "raised", "raises", "financing", "Series", "equity",
                   "warrant", "warrants", "backed", "venture"),
    "partnership": ("partnership", "partner", "partnered", "alliance", "collaboration",
                    "collaborate", "team up", "teamed up", "joint venture"),
}

# Phrases that name what is bought outright; they decide between cloud capacity and chips
# before the seller's kind does ("computing capacity from chipmaker Cerebras").
STRONG_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "cloud_capacity": ("cloud capacity", "compute capacity", "computing capacity", "AI cloud",
                       "cloud computing", "cloud services", "cloud contract", "GPU capacity",
                       "computing power", "compute power", "cloud infrastructure",
                       "AI infrastructure capacity", "rent", "rented", "rents", "renting",
                       "rental"),
    "chip_supply": ("chip supply", "supply of chips", "buy chips", "purchase chips",
                    "chip purchase", "chip order"),
    # a licence of technology is neither a purchase of chips nor of capacity
    "other": ("licenses", "licensed", "licensing deal", "licensing agreement",
              "license agreement", "licence agreement", "technology license",
              "technology licence"),
}

# Which type a role pattern gives when the sentence names none.
PATTERN_TYPES = {
    "acquire": "acquisition", "passive": "acquisition", "sell": "acquisition",
    "merge": "merger", "invest": "investment", "raise": "investment", "build": "data_center",
    "partner": "partnership", "site": "data_center",
}

# Company kinds (gazetteer) that make a party the provider, and the type they imply.
PROVIDER_KINDS: dict[str, str] = {
    "cloud provider": "cloud_capacity", "neocloud": "cloud_capacity",
    "hyperscaler": "cloud_capacity", "data center operator": "cloud_capacity",
    "bitcoin miner": "cloud_capacity", "GPU cloud": "cloud_capacity",
    "chipmaker": "chip_supply", "chip designer": "chip_supply",
    "semiconductor company": "chip_supply", "foundry": "chip_supply",
    "server maker": "chip_supply", "utility": "power", "power producer": "power",
    "nuclear company": "power", "energy company": "power",
    "AI cloud provider": "cloud_capacity", "GPU cloud provider": "cloud_capacity",
    "data center company": "cloud_capacity", "data center developer": "cloud_capacity",
}
# Specialist providers outrank generalists when both sides of a deal provide the same thing:
# a neocloud sells capacity to a hyperscaler, not the other way round.
SPECIALIST_KINDS = frozenset({"neocloud", "GPU cloud", "GPU cloud provider", "AI cloud provider",
                              "bitcoin miner", "data center operator", "data center company",
                              "data center developer", "chipmaker", "chip designer", "foundry",
                              "utility", "power producer", "nuclear company"})

# Kinds that run data-center sites (the landlord of a lease or colocation deal) and kinds
# that sell cloud capacity (the tenant, when the other side only runs sites).
SITE_PROVIDER_KINDS = frozenset({"data center operator", "data center company",
                                 "data center developer", "bitcoin miner", "crypto miner"})
CLOUD_KINDS = frozenset({"neocloud", "cloud provider", "AI cloud provider", "GPU cloud provider",
                         "hyperscaler", "GPU cloud"})

# Verbs that, before another verb's -ing form, tell when supply starts ("would begin
# providing the computing power in 2027").
BEGINNING_VERBS = ("begin", "begins", "began", "beginning", "start", "starts", "started",
                   "starting")

# Words before hardware that name it as the competition, not what a deal trades ("against
# Nvidia's InfiniBand technology").
CONTRAST_BEFORE = ("against", "versus", "vs", "vs.", "rather than", "instead of", "unlike",
                   "compared with", "compared to", "competes with", "competing with",
                   "rival", "rivals", "alternative to", "alternatives to")
# Kinds of seller whose unnamed chips ("AI chips") are their own.
CHIPMAKER_KINDS = frozenset({"chipmaker", "chip designer", "semiconductor company", "GPU maker",
                             "AI chipmaker", "chip company"})

# Words after which a date is the deal's announcement date ("announced last August").
ANNOUNCING_WORDS = ("announced", "unveiled", "disclosed", "signed", "agreed", "struck",
                    "reached")

# Supply verbs that a customer may say of a vendor's hardware: "OpenAI will deploy 6
# gigawatts of AMD graphics processors" (AMD sells, OpenAI buys), unlike "Nscale will deploy
# GPUs for Microsoft" (Nscale sells).
DEPLOYING_VERBS = ("deploy", "install", "use", "spend")
# Verbs that tell a purchase only with a vendor's hardware as object ("to spend billions on
# Google's TPUs"), never by themselves ("are also spending at record levels"): without one
# they are no trigger.
SPENDING_VERBS = ("spend",)
# Words opening an unnamed part of a company as what is sold ("planned to sell some of RJR
# Nabisco's food businesses"): without a buyer or a price, no deal.
VAGUE_OBJECT_OPENERS = ("some of", "part of", "parts of", "certain of", "some", "certain",
                        "a number of", "several of", "most of", "non-core", "noncore")

# Adjectives of a bid that competes with the deal the story is about ("its hostile tender
# offer", "a rival proposal").
RIVAL_BID_ADJECTIVES = ("hostile", "rival", "competing", "unsolicited", "unwanted")

# Nouns of an order a customer places with a supplier ("Anthropic had placed an additional
# $11 billion order"), and the verbs that place one.
ORDER_NOUNS = ("order", "orders")
PLACING_VERBS = ("place", "placed", "places", "placing")

# Present forms of selling that, followed by "for" and an amount, tell a price, not a deal
# ("the GPU sells for about $30,000").
PRICE_VERBS = ("sell", "sells")

# "to provide a financial backstop for Fluidstack's lease payment obligations": supplying
# money's security or a loan is no supply of capacity or chips.
FINANCIAL_OBJECTS = ("backstop", "backstops", "guarantee", "guarantees", "loan", "loans",
                     "credit", "credit line", "bridge loan", "debt financing")

# "will take up to 50,000 GPUs", "agreed to take a CoreWeave cluster of 40,000 GPUs": taking
# is buying (a procure trigger) only when what is taken is chips or a cluster of them (not
# "take a look", nor "will take capacity in the first building", a lease told again); tried
# after every trigger verb, so that "take over", "take a stake in" and "take control of" stay
# acquisitions.
TAKING_VERBS = ("take",)
TAKEN_THINGS = ("cluster", "clusters", "GPUs", "TPUs", "chips", "processors", "accelerators",
                "servers")
# Verbs by which a customer takes chips into use ("SK Group will use 50,000 Blackwell GPUs"):
# with no maker named, the chips come from the vendor the article names for them.
INSTALLING_VERBS = ("deploy", "install", "use", "take")

# Words that open an appositive after a company without an article ("SK Group, parent of
# memory chipmaker SK Hynix, will use ..."): a company named inside it is not the subject.
APPOSITIVE_HEADS = ("parent", "owner", "maker", "operator", "developer", "creator", "unit",
                    "subsidiary", "division", "arm", "part", "home", "publisher", "formerly")

# Verbs whose object, when it is a vendor's chips, makes the deal a chip purchase ("to spend
# billions on Google's tensor processing units", "buy TPUs from Google"); renting or using
# chips is cloud capacity.
CHIP_BUYING_VERBS = ("buy", "purchase", "order", "spend", "deploy", "install")
# ... and the verbs by which a chipmaker supplies its chips ("to supply Instinct GPUs").
CHIP_SUPPLYING_VERBS = ("supply", "provide", "deliver", "sell", "ship")

# Status cues, strongest first: the first kind found in a deal's sentences wins.
STATUS_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("terminated", ("terminated", "terminate", "called off", "scrapped", "abandoned",
                    "withdrew", "withdrawn", "cancelled", "canceled", "collapsed",
                    "rejected", "walked away", "ended talks", "broke off", "lapsed")),
    ("reported", ("reports indicate", "reported", "according to", "people familiar",
                  "sources said", "said to be", "people with knowledge", "is said to",
                  "reportedly", "report said", "citing")),
    ("completed", ("completed", "closed", "completes", "has acquired", "finalized",
                   "consummated", "concluded")),
    ("signed", ("signed", "agreed", "definitive agreement", "has agreed", "inked", "struck",
                "entered into", "reached an agreement", "signs", "committing", "committed",
                "secured", "awarded", "won", "accepted", "renewed",
                # warrants are granted under an agreement
                "received warrants", "receive warrants", "receives warrants",
                "was granted warrants", "were granted warrants", "issued warrants")),
    ("planned", ("plans", "planned", "plan to", "in talks", "seeks", "seeking", "offer", "offered to",
                 "proposed", "intends", "considering", "bid", "tender", "letter of intent",
                 "explore", "exploring", "unveiled plans", "negotiating", "discussions",
                 "talks", "intention", "proposal", "agreement in principle")),
    ("announced", ("announced", "disclosed", "unveiled", "said", "announces", "revealed")),
)

# Statuses a later sentence may set over the first one's, and the words besides deal nouns
# that such a cue must stand near ("the talks collapsed", "the takeover was completed").
FINAL_STATUSES = ("completed", "terminated")
STATUS_DEAL_WORDS = ("talks", "negotiations", "discussions", "sale", "purchase")

# The status a deal's own verb tells when no cue above other than "announced" does. A past
# tense tells a done deal: of these patterns (verbs of control, a funding round raised) a
# completed one ("Allegheny said it sold its unit", "was acquired by Allegheny in 1980"), of
# any other deal verb a signed one ("Oracle has leased the campus", "Google received
# warrants"). A headline's present tense or "to" infinitive tells a signed deal ("AMD to sell
# ZT Systems arm to Sanmina", "Nvidia licenses Groq's technology"), a raised round a completed
# one ("Mistral AI raises EUR1.7 billion"). Words before the verb that make it not happen yet:
COMPLETED_PATTERNS = ("acquire", "sell", "merge", "raise", "passive")
NO_STATUS_PATTERNS = ("build", "partner", "site", "noun")
UNREALIZED_BEFORE = ("to", "will", "would", "could", "may", "might", "should", "can", "must",
                     "shall", "be", "not", "never", "cannot", "won't", "wo", "n't")
PAST_AUXILIARIES = ("was", "were", "been")
AGREEING_VERBS = ("agree", "commit")  # "agreed to sell", "committed to buy": signed

# Adjectives that make a deal noun an existing relationship, not news ("a longstanding
# partnership").
BACKGROUND_ADJECTIVES = ("longstanding", "long-standing", "long-running", "existing",
                         "decades-long", "decade-long", "years-long", "long-time", "longtime")

# Words in a deal's clause that make it a running total of several deals, not one ("has
# invested $8 billion in the start-up to date", "has invested $13 billion in OpenAI since
# 2019"); "since" counts before a year.
CUMULATIVE_CUES = ("to date", "so far", "in total", "over the years", "cumulatively",
                   "all told", "since")

# "Under a 20-year power purchase agreement with Vistra, Meta will buy ...": the agreement
# exists, the deal is signed. These words, then up to four more, then a deal noun.
UNDER_AGREEMENT = ("under a", "under an", "under the", "under its", "under their", "under two",
                   "under three", "under several")

# "had expanded its power agreement with Amazon", "extends its contract with Microsoft": a
# change to an agreement that exists, so the deal is signed. One of these verbs, then up to
# three words, then one of the nouns.
AMENDING_VERBS = ("expanded", "expands", "extended", "extends", "amended", "amends",
                  "enlarged", "enlarges", "broadened", "broadens", "upsized", "upsizes")
AGREEMENT_NOUNS = ("agreement", "agreements", "contract", "contracts", "deal", "deals", "pact",
                   "partnership", "lease", "leases", "arrangement")

# Words that may stand between "and" and a second deal verb sharing the first one's subject
# ("has acquired a 4.6 pct stake ... and offered to buy the rest", "and may also rent TPUs").
COORDINATED_VERB_AUXILIARIES = ("has", "have", "had", "will", "would", "may", "might", "could",
                                "can", "also", "then", "later", "to", "agreed", "offered",
                                "plans", "planned", "proposed", "intends", "is", "was",
                                "expects", "wants", "separately", "in", "talks", "be")

# Trigger verbs too general to tell a second deal after "and" ("to buy all Caesars shares
# ... and pay related costs"); as a sentence's own verb they still may.
WEAK_SECOND_VERBS = ("pay", "sign", "access", "tap", "align", "choose", "select", "strike",
                     "secure", "commit", "reserve", "ink", "use", "install", "deploy", "build",
                     "develop", "construct", "back", "fund", "raise", "deliver")

# Conjunctions that, after a comma, open a clause of its own whose status words are not the
# deal's ("..., while Anthropic agreed to use AWS chips").
CLAUSE_CONJUNCTIONS = ("while", "whereas", "although", "though")
# ... and so does a time clause (", less than two weeks after Facebook agreed to ...").
TIME_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years")

# The parties themselves as the source: a detail attributed to people familiar with the
# matter does not make the deal a reported one.
PARTY_SOURCES = ("the companies said", "the two companies said", "the companies announced",
                 "the three companies said", "said in a joint statement")

# A sentence with these cues tells no deal of its own.
NEGATIVE_CUES = ("no plans", "has no plan", "denied", "denies", "not in talks",
                 "declined to comment on rumors", "ruled out", "is not selling",
                 "has not held", "no talks", "dismissed reports", "not for sale", "if it were",
                 "hypothetical")

# Words that make the deal after them hypothetical ("a fee Purolator would have to pay if it
# ends its agreement with Hutton"): no deal is told.
HYPOTHETICAL_CUES = ("if", "unless", "whether", "might", "would have to", "could have",
                     "in the event", "should it", "were it", "suggested", "speculated",
                     "speculation")

# Negations right before a trigger ("is not considering making an offer for BP").
NEGATION_WORDS = ("not", "no", "never", "n't", "neither", "nor", "barred from", "prevented from",
                  "refrained from", "ruled out", "declined", "rejected", "denied", "without")

# Money right after these cues is not a deal's own value.
NOT_VALUE_BEFORE = ("quoted at", "closed at", "traded at", "trading at", "close at",
                    "shares closed", "shares rose", "shares fell", "price of",
                    "capitalises", "capitalizes", "capitalising", "capitalizing",
                    "book value of", "dividend", "total", "totals", "totaling", "totalling", "combined", "altogether",
                    "in all", "bringing", "brings", "revenue", "revenues", "sales of",
                    "net income", "net profit", "profit of", "profits of", "income of",
                    "loss of", "earnings", "tax credits", "tax credit", "lend", "lend it", "repay", "repaid",
                    "book value was", "book value is",
                    "capital spending", "capital expenditures", "capex", "market value",
                    "market capitalization", "market cap", "valuation of",
                    "valuation", "debt of",
                    "assets of", "backlog", "forecast", "guidance", "budget", "net loss", "operating income", "turnover",
                    "compared with", "up from", "down from", "versus", "vs")
# Below this many currency units an amount is a price of one share or unit ("holders will
# receive 13 dlrs cash for their shares"), never a deal's value.
MIN_DEAL_VALUE = 1000

# "bringing its total investment in the state to $15 billion": a running total, not the
# deal's value. One of these verbs, a determiner, one of the total words, then "to".
RUNNING_TOTAL_VERBS = ("bringing", "brings", "bring", "taking", "takes", "lifting", "lifts",
                       "raising", "raises", "pushing", "pushes", "boosting", "boosts")
TOTAL_WORDS = ("total", "combined", "cumulative", "overall", "aggregate")
NOT_VALUE_AFTER = ("valuation", "in revenue", "in sales", "in annual revenue", "market",
                   "in capital spending", "in capex", "in debt", "in assets", "a year",
                   "per year", "annually", "in net income", "in profit", "of debt",
                   "of indebtedness", "of subsidiary indebtedness", "of liabilities",
                   "of loans", "in loans", "of notes", "in notes", "of bonds", "in improvements",
                   "on capital", "in capital", "this year", "next year", "on infrastructure this",
                   "in capital expenditures", "on capex", "on data centers this",
                   "in revenues", "in sales", "in cash flow", "of revenue", "of sales",
                   "line of credit", "credit line", "in tax credits", "asset", "in assets",
                   "cumulative", "preferred stock", "convertible", "debentures", "of debentures",
                   "of advances", "in advances",
                   # financing borrowed for a deal is not its price
                   "pursuant to a credit", "under a credit", "under its credit",
                   "in financing", "of financing", "in bank loans", "in borrowings")

# Regulators, courts and agencies a deal is reported to or reviewed by: never a party
# ("told the Securities and Exchange Commission it bought ...").
REGULATOR_HEADS = ("Commission", "Court", "Tribunal")
REGULATORS = ("Justice Department", "Department of Justice", "Trade Department",
              "Department of Trade", "Federal Reserve", "Federal Reserve Board",
              "Federal Trade Commission", "Competition Bureau", "Bundeskartellamt",
              "Federal Home Loan Bank Board", "Federal Home Loan Bank", "Comptroller of the Currency",
              "Federal Deposit Insurance Corp", "Federal Communications Commission",
              "Interstate Commerce Commission", "Securities and Exchange Commission",
              "Monopolies and Mergers Commission", "Federal Cartel Office")

# Words before a company that make it a non-party in the sentence.
NON_PARTY_BEFORE = ("rivals such as", "rivals", "rival", "competitors such as", "competitor",
                    "beyond", "unlike", "than", "versus", "against", "competes with",
                    "competing with", "competition with", "compared with", "like", "such as",
                    "told", "according to",
                    # lenders of a deal's financing are no party to it
                    "credit agreement with", "loan agreement with", "credit facility with",
                    "financing from", "loans from", "borrowings from",
                    # members of an open list ("from investors including SoftBank and Microsoft")
                    "including",
                    # the other side of a contest for the company is a rival bidder
                    "fight with", "battle with", "war with", "contest with",
                    # advisers, bankers and underwriters work on a deal; they are no party to it
                    "underwritten by", "advised by", "adviser", "advisers", "advisor",
                    "advisors", "investment banker", "investment bankers", "underwriter",
                    "underwriters", "dealer-manager", "counsel", "represented by")

# Prepositions that tie a company to a role in a deal sentence.
ROLE_PREPOSITIONS = ("from", "with", "to", "by", "in", "for", "of", "between", "among",
                     "and", "into", "at")

# Reference phrases a deal sentence may start with: the rest of the sentence continues the
# current deal instead of telling a new one.
CONTINUATION_SUBJECTS = ("the agreement", "the deal", "the contract", "the transaction",
                         "the pact", "the arrangement", "the acquisition", "the purchase",
                         "the merger", "the sale", "the investment", "the offer", "the lease",
                         "the partnership", "the accord", "the takeover", "the commitment",
                         "the order", "the buyout", "the tender offer", "the bid",
                         "the round", "the funding round",
                         "this agreement", "this deal", "that deal", "the new agreement",
                         "the new contract", "the new deal", "the expanded agreement",
                         "the terms", "terms", "under the agreement", "under the deal",
                         "under the terms", "under the contract", "as part of the deal",
                         "it is", "it will", "the company said the", "the companies said")
# What a capacity deal trades, opening a sentence about it ("The capacity will run on Nvidia
# systems", "The GPUs will be deployed in phases through 2026"): it continues the deal, but
# its dates are a deployment schedule, not the contract's term.
CAPACITY_SUBJECTS = ("the capacity", "the computing capacity", "the compute", "the chips",
                     "the GPUs", "the processors", "the accelerators", "the servers",
                     "the systems", "the computing power", "the electricity")
# The asset that provides it ("The unit can produce about 835 megawatts"): its capacity and
# place are the deal's, not what it can house ("The facility will support ... racks").
ASSET_SUBJECTS = ("the reactor", "the unit", "the plant", "the power plant", "the campus",
                  "the site", "the facility", "the data center")
CAPACITY_SUBJECTS += ASSET_SUBJECTS
# Assets whose output a deal buys, named again ("pay for the plants' output").
ASSET_NOUNS = ("plant", "plants", "reactor", "reactors", "unit", "units", "facility",
               "facilities", "project", "projects", "campus", "site", "sites", "farm", "farms")
CONTINUATION_SUBJECTS += CAPACITY_SUBJECTS

# Words that show a place is the deal's location: "in Texas", "the Abilene campus".
LOCATION_PREPOSITIONS = ("in", "at", "near", "outside")
SITE_WORDS = ("campus", "site", "facility", "data center", "data centre", "plant", "complex",
              "cluster", "project", "hub", "supercomputer", "region")

# Verbs after a sentence-opening "It" that make it the company the story is on ("It signed
# a deal with Microsoft", "It will buy"); besides any "-ed" form.
PRONOUN_SUBJECT_VERBS = ("has", "had", "will", "would", "agreed", "bought", "sold", "paid",
                         "won", "made", "struck", "took", "plans", "owns", "holds")

# Head nouns of a description that opens a sentence about the company the story is on ("The
# Livingston, New Jersey company rents out GPU clusters").
COMPANY_DESCRIPTIONS = ("company", "firm", "provider", "startup", "start-up", "group",
                        "operator", "maker", "developer")

# Nouns for a customer after "for" ("deploy GPUs for the software giant").
CUSTOMER_WORDS = ("customer", "customers", "lab", "giant", "owner", "maker", "client", "clients")

# Words showing that a purchase is of shares, a stake in a company ("bought 165,000 shares in").
SHARE_WORDS = ("shares", "share", "stake", "pct", "percent", "%", "interest", "holding",
               "common stock", "stock", "equity", "units")

# Words opening a unit description that names no particular unit ("several other units").
GENERIC_UNIT_WORDS = ("several", "other", "some", "various", "any", "more", "additional",
                      "further", "many", "numerous")

# Nouns that make one company a part of another ("X's Canadian subsidiary, Y").
UNIT_NOUNS = ("unit", "units", "subsidiary", "subsidiaries", "division", "divisions", "arm",
              "business", "affiliate", "affiliates", "operations", "operation", "branch")

# Nouns a company name may modify ("Bell stock", "the Meta contract"): the company is then
# not the subject of the sentence.
MODIFIED_NOUNS = ("stock", "shares", "share", "shareholders", "stockholders", "holders",
                  "board", "directors", "executives", "officials", "management", "agreement",
                  "contract", "deal", "pact", "partnership", "unit", "division", "subsidiary",
                  "stake", "spokesman", "spokeswoman", "chairman", "president", "executive")

# Offer-like nouns: the party "from" or "by" is the bidder ("an offer of 43 dlrs a share
# from Nortek Inc") and the company receiving it the target.
OFFER_NOUNS = ("offer", "bid", "tender offer", "takeover bid", "takeover offer", "proposal",
               "approach", "acquisition bid", "buyout offer", "merger proposal")

# Words after a company that show it is the subject of its clause ("Teck Corp agreed").
SUBJECT_FOLLOWERS = ("said", "says", "agreed", "agrees", "has", "have", "had", "is", "was",
                     "will", "would", "plans", "planned", "intends", "offered", "made",
                     "completed", "signed", "announced", "raised", "bought", "sold", "acquired",
                     "may", "could", "can", "already", "also", "unveiled", "secured", "struck",
                     "reached", "purchased", "committed", "invested", "led", "won", "did",
                     "expects", "hopes", "wants", "proposed", "launched", "began", "took",
                     "holds", "owns", "controls", "sought", "seeks", "filed", "disclosed")

# A stake held is a state, not a deal ("still holds a large stake in OpenAI").
HOLDING_VERBS = ("holds", "hold", "held", "owns", "own", "owned", "controls", "has",
                 # a list of what a company holds ("The Flick group's holdings include a 10
                 # pct stake in Daimler-Benz")
                 "holdings include", "holdings included", "holdings including",
                 "portfolio includes", "portfolio included", "interests include")

# Words that make the purchase of a stake an investment ("warrants to buy 8%", "a stake
# ... through a private placement"): the company issuing the shares gets the money.
INVESTMENT_WORDS = ("warrant", "warrants", "funding round", "Series", "venture round",
                    "private placement", "newly issued", "new shares")

# Verbs of reporting: the company before them tells the news ("..., the company said").
REPORTING_VERBS = ("said", "says", "told", "added", "noted", "reported", "announced", "stated")

# Other prepositions: a party introduced by one of these is not a sentence's subject.
OTHER_PREPOSITIONS = ("beyond", "than", "like", "versus", "against", "as", "told", "on",
                      "over", "including", "through", "via", "under", "after", "about", "among",
                      "across", "within", "without", "led", "near", "outside", "behind",
                      "toward", "towards", "per", "during", "since", "until", "amid")

# Procurement verbs that are acquisitions when their object is a company or a stake.
BUYING_VERBS = ("buy", "purchase")

# Verbs of receiving: "X received a $N investment from Y" makes Y the investor or bidder.
RECEIVING_VERBS = ("receive", "get", "win", "obtain", "land", "accept")

# Verbs that only frame a deal ("signed a contract to supply X"): a more telling verb in
# the same sentence wins.
LIGHT_VERBS = ("sign", "ink", "strike", "secure", "reach", "agree to pay", "choose", "select",
               "align", "tap")

# Words that make a lease a data-center deal ("leased the campus from", "colocation").
SITE_LEASE_WORDS = ("lease", "leases", "leased", "leasing", "colocation", "co-location",
                    "host", "hosting", "hosted")

# Things bought that make "buy"/"purchase" a procurement, not an acquisition.
PROCURED_THINGS = ("capacity", "compute", "computing", "chips", "chip", "GPUs", "TPUs",
                   "accelerators", "processors", "power", "electricity", "energy", "servers",
                   "cloud", "services", "access", "equipment", "hardware", "infrastructure",
                   "systems", "memory", "wafers", "output")
