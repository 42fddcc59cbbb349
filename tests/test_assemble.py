"""Relation assembly over a table of short articles, through ``extractor.extract``.

Every case is a text of one to three sentences written for this table in news style (modern
AI-infrastructure reporting or 1980s Reuters wire copy) and the complete list of deals
expected in it, as ``(deal_type, buyer, seller, target, amount)``. Expectations follow the
annotation conventions of ``fixtures/README.md``: the buyer pays, the seller provides (or
sells the unit, or receives the investment), the target is what is acquired; a merger's
buyer is the first-named (or surviving) company; a partnership's buyer is the first-named
party. Names are canonical (legal suffix dropped) and compared as SPEC.md scores them: equal
after case-folding and dropping punctuation and legal suffixes, or one a leading word
sequence of the other ("Meta" ~ "Meta Platforms"). Amounts agree within 0.5%.

Smaller tables check one field of the text's single deal (status, term, hardware, location,
announced date, capacity). What the rules get wrong today is marked with a strict ``xfail`` whose
reason says what goes wrong, so the marks double as a worklist and a fix is noticed.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import NamedTuple

import pytest

from extractor import extract

B, M = 1e9, 1e6
MODERN = dt.date(2025, 10, 3)  # a Friday
WIRE = dt.date(1987, 3, 20)  # a Friday


class Case(NamedTuple):
    text: str
    expected: object
    published: dt.date | None
    who: str | None
    xfail: str | None


def deal(deal_type, buyer=None, seller=None, target=None, amount=None):
    return (deal_type, buyer, seller, target, amount)


def case(text, *deals, published=MODERN, xfail=None):
    """A text and every deal expected in it."""
    return Case(text, list(deals), published, None, xfail)


def wire(text, *deals, published=WIRE, xfail=None):
    """Wire copy: published in 1987."""
    return Case(text, list(deals), published, None, xfail)


def field(text, expected, who=None, published=MODERN, xfail=None):
    """A text and one field of its deal (the one with party ``who`` when given)."""
    return Case(text, expected, published, who, xfail)


def none(text, published=MODERN, xfail=None):
    """A text that tells no deal."""
    return Case(text, [], published, None, xfail)


# -- deal types and roles, modern style --------------------------------------------------

CLOUD_CAPACITY = [
    # Buying a company's capacity: the company sells it.
    case("Nvidia has agreed to buy any of CoreWeave's unused capacity through 2032.",
         deal("cloud_capacity", "Nvidia", "CoreWeave")),
    case("Nvidia has agreed to buy CoreWeave's unused capacity through 2032.",
         deal("cloud_capacity", "Nvidia", "CoreWeave")),
    # Taking a cluster or chips is buying them.
    case("Poolside agreed on Wednesday to take a CoreWeave cluster of more than 40,000 Nvidia "
         "GB300 GPUs, with capacity delivered starting in December.",
         deal("cloud_capacity", "Poolside", "CoreWeave")),
    case("Mistral AI will take a cluster of 18,000 Grace Blackwell chips from Nvidia.",
         deal("chip_supply", "Mistral AI", "Nvidia")),
    # The one company inside the hardware named is who provides it.
    case("Anthropic on Thursday announced a deal to expand its use of Google Cloud's tensor "
         "processing units, gaining access to as many as one million of the custom chips.",
         deal("cloud_capacity", "Anthropic", "Google Cloud")),
    none("Anthropic and Google have a longstanding partnership, a spokesman said."),
    case("Meta Platforms signed a $14.2 billion deal with CoreWeave for AI computing capacity, "
         "the companies said on Tuesday.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14.2 * B)),
    case("Meta Platforms has committed $21 billion to additional computing capacity from "
         "CoreWeave, the cloud provider said Thursday.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 21 * B)),
    case("CoreWeave signed a $14.2 billion contract to supply Meta Platforms with computing power.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14.2 * B)),
    case("Microsoft agreed to pay Nebius Group up to $19.4 billion for GPU capacity over five years.",
         deal("cloud_capacity", "Microsoft", "Nebius Group", None, 19.4 * B)),
    case("Nebius Group will provide Microsoft with dedicated GPU infrastructure capacity in a deal "
         "worth $17.4 billion.",
         deal("cloud_capacity", "Microsoft", "Nebius Group", None, 17.4 * B)),
    case("OpenAI signed a contract to purchase $300 billion of computing power from Oracle over "
         "about five years.",
         deal("cloud_capacity", "OpenAI", "Oracle", None, 300 * B)),
    case("Oracle has agreed to sell OpenAI $300 billion in cloud computing capacity.",
         deal("cloud_capacity", "OpenAI", "Oracle", None, 300 * B)),
    case("Meta Platforms' deal with Google to access TPUs through Google Cloud is worth more than "
         "$10 billion.",
         deal("cloud_capacity", "Meta Platforms", "Google", None, 10 * B)),
    case("IREN signed a $9.7 billion AI cloud services contract with Microsoft, giving the "
         "software maker access to Nvidia GB300 GPUs.",
         deal("cloud_capacity", "Microsoft", "IREN", None, 9.7 * B)),
    case("Microsoft will pay IREN $9.7 billion over five years for access to Nvidia GPUs at its "
         "Childress, Texas campus.",
         deal("cloud_capacity", "Microsoft", "IREN", None, 9.7 * B)),
    case("Lambda struck a multibillion-dollar deal with Microsoft to deploy AI infrastructure "
         "powered by tens of thousands of Nvidia GPUs.",
         deal("cloud_capacity", "Microsoft", "Lambda", None, None),
         xfail="no deal: bare 'Lambda' as sentence subject is not recognized; only 'with "
               "Microsoft' is found and the vague 'multibillion-dollar' value gives no support"),
    case("Nscale signed an agreement to provide Microsoft with about 104,000 Nvidia GB300 chips "
         "at a site in Texas.",
         deal("cloud_capacity", "Microsoft", "Nscale", None, None)),
    case("OpenAI agreed to pay CoreWeave $11.9 billion over five years for AI infrastructure.",
         deal("cloud_capacity", "OpenAI", "CoreWeave", None, 11.9 * B)),
    case("CoreWeave expanded its contract with OpenAI by up to $6.5 billion.",
         deal("cloud_capacity", "OpenAI", "CoreWeave", None, 6.5 * B),
         xfail="deal_type other instead of cloud_capacity: 'CoreWeave expanded its contract with"
               " OpenAI' - no type word, and the neocloud kind of the subject is not used"),
    case("Amazon Web Services and OpenAI signed a $38 billion deal under which the ChatGPT maker "
         "will run its workloads on AWS infrastructure.",
         deal("cloud_capacity", "OpenAI", "Amazon Web Services", None, 38 * B),
         xfail="no deal: 'Amazon Web Services and OpenAI signed a $38 billion deal' - second "
               "party of the coordinated subject not taken (one party, type other)"),
    case("OpenAI will buy $38 billion of cloud computing services from Amazon over seven years.",
         deal("cloud_capacity", "OpenAI", "Amazon", None, 38 * B)),
    case("A $14 billion deal between Meta Platforms and CoreWeave for computing capacity was "
         "signed on Tuesday.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14 * B)),
    case("Microsoft rents GPU servers from CoreWeave under a contract valued at about $10 billion.",
         deal("cloud_capacity", "Microsoft", "CoreWeave", None, 10 * B)),
    case("Anthropic will get access to up to one million Google TPUs under an expanded agreement "
         "with Google Cloud.",
         deal("cloud_capacity", "Anthropic", "Google", None, None)),
    case("xAI has leased GPU capacity from Oracle in a deal valued at roughly $1 billion.",
         deal("cloud_capacity", "xAI", "Oracle", None, 1 * B)),
    case("Microsoft signed a $19.4 billion deal with Nebius, the Amsterdam-based cloud provider "
         "said on Monday.",
         deal("cloud_capacity", "Microsoft", "Nebius Group", None, 19.4 * B)),
    case("Nebius Group secured a $3 billion contract from Meta Platforms to provide AI "
         "infrastructure over five years.",
         deal("cloud_capacity", "Meta Platforms", "Nebius Group", None, 3 * B),
         xfail="buyer/seller swapped: 'Nebius Group secured a contract from Meta to provide' - "
               "'secured ... from' read as procurement from Meta"),
    case("Crusoe will supply OpenAI with computing capacity from its campus in Abilene, Texas.",
         deal("cloud_capacity", "OpenAI", "Crusoe", None, None)),
    case("Google Cloud won a contract worth more than $10 billion to provide Meta Platforms with "
         "cloud computing services.",
         deal("cloud_capacity", "Meta Platforms", "Google", None, 10 * B)),
    case("Anthropic committed to spend $30 billion on Microsoft Azure compute capacity.",
         deal("cloud_capacity", "Anthropic", "Microsoft", None, 30 * B),
         xfail="no deal: seller missing - provider as modifier after 'on' ('on Microsoft Azure "
               "compute capacity') not taken"),
    case("OpenAI has tapped Google Cloud for additional computing capacity.",
         deal("cloud_capacity", "OpenAI", "Google", None, None)),
    case("Microsoft has agreed to buy about $9.7 billion of computing capacity from IREN, the "
         "data center operator said Monday.",
         deal("cloud_capacity", "Microsoft", "IREN", None, 9.7 * B)),
    case("Nvidia agreed to buy any of CoreWeave's unused capacity through 2032 under a $6.3 "
         "billion order.",
         deal("cloud_capacity", "Nvidia", "CoreWeave", None, 6.3 * B)),
    case("Together AI inked a $2 billion deal to rent GPU capacity to Salesforce.",
         deal("cloud_capacity", "Salesforce", "Together AI", None, 2 * B)),
    case("Fluidstack will provide Anthropic with computing capacity worth $5 billion.",
         deal("cloud_capacity", "Anthropic", "Fluidstack", None, 5 * B)),
    case("OpenAI reached a $10 billion agreement with Cerebras Systems for computing capacity.",
         deal("cloud_capacity", "OpenAI", "Cerebras Systems", None, 10 * B)),
    case("Microsoft's $9.7 billion contract with IREN gives it access to Nvidia GB300 GPUs.",
         deal("cloud_capacity", "Microsoft", "IREN", None, 9.7 * B)),
    case("OpenAI signed a contract to purchase $300 billion of computing power from Oracle Corp. "
         "over about five years.",
         deal("cloud_capacity", "OpenAI", "Oracle", None, 300 * B)),
    case("xAI has leased GPU capacity from Oracle Corp. in a deal valued at roughly $1 billion.",
         deal("cloud_capacity", "xAI", "Oracle", None, 1 * B)),
    case("OpenAI will buy $38 billion of cloud computing services from Amazon.com Inc. over seven "
         "years.",
         deal("cloud_capacity", "OpenAI", "Amazon", None, 38 * B)),
    case("Microsoft agreed to pay Lambda Inc. about $1.5 billion for GPU capacity.",
         deal("cloud_capacity", "Microsoft", "Lambda", None, 1.5 * B)),
    case("Meta Platforms, Google in talks over a $10 billion cloud computing deal.",
         deal("cloud_capacity", "Meta Platforms", "Google", None, 10 * B),
         xfail="no deal: headline 'X, Y in talks over a $N ... deal' - the later name is taken "
               "as subject and the comma-joined first party is not taken as counterparty (one "
               "party)"),
    case("Nebius Group said it has signed a multi-year agreement with Microsoft Corporation to "
         "provide dedicated GPU infrastructure capacity. The total contract value of the "
         "agreement is $17.4 billion through 2031.",
         deal("cloud_capacity", "Microsoft", "Nebius Group", None, 17.4 * B)),
]

CHIP_SUPPLY = [
    # A customer taking chips into use, no maker named in the phrase, buys them from the
    # vendor the article names for them.
    case("Nvidia announced agreements on Friday to supply its Blackwell processors to Korean "
         "companies. SK Group, parent of memory chipmaker SK Hynix, will use 50,000 Blackwell "
         "GPUs to build an AI factory, while Hyundai Motor Group will take 50,000 Blackwell "
         "chips for robotics.",
         deal("chip_supply", "SK Group", "Nvidia"),
         deal("chip_supply", "Hyundai Motor", "Nvidia")),
    case("Nvidia said demand for its Blackwell processors was strong. Naver Cloud, the cloud arm "
         "of the country's largest internet company, will deploy more than 60,000 GPUs.",
         deal("chip_supply", "Naver", "Nvidia")),
    # ... not chips deployed for another company, nor by a chipmaker itself.
    none("Nvidia said demand was strong. Nscale will deploy 104,000 GPUs for the software "
         "company."),
    none("Nvidia said demand was strong. AMD will use 5,000 GPUs in its own research lab."),
    # A chipmaker supplying its chips sells chips, whatever capacity they make up.
    case("AMD said on Tuesday it had signed a $10 billion agreement with Humain to supply "
         "Instinct GPUs, processors and software for 500 megawatts of AI computing capacity.",
         deal("chip_supply", "Humain", "AMD", None, 10 * B)),
    # Two companies that jointly deploy hardware: the provider sells it to the other.
    case("OpenAI has committed to more computing hardware than most countries. On Monday, the "
         "company and Broadcom Inc. announced that they would jointly develop and deploy 10 "
         "gigawatts of custom AI accelerators.",
         deal("chip_supply", "OpenAI", "Broadcom")),
    case("Broadcom Inc. and OpenAI announced that they would jointly develop and deploy 10 "
         "gigawatts of custom AI accelerators.",
         deal("chip_supply", "OpenAI", "Broadcom")),
    case("OpenAI and Broadcom Inc. announced that they would jointly develop and deploy 10 "
         "gigawatts of custom AI accelerators.",
         deal("chip_supply", "OpenAI", "Broadcom"),
         xfail="'OpenAI and Broadcom Inc.' is read as one company's name (a legal suffix after "
               "two known names)"),
    none("It is great to watch the Microsoft and Lambda teams working together to deploy these "
         "massive AI supercomputers, said Stephen Balaban."),
    # Who places an order buys from the supplier the story is about (or the one named).
    case("Broadcom reported fiscal fourth-quarter results on Thursday. Chief Executive Hock Tan "
         "confirmed that the customer behind the $10 billion order disclosed in September is "
         "Anthropic, and said Anthropic had placed an additional $11 billion order for delivery "
         "in late 2026.",
         deal("chip_supply", "Anthropic", "Broadcom", None, 10 * B),
         deal("chip_supply", "Anthropic", "Broadcom", None, 11 * B)),
    case("Advanced Micro Devices beat estimates on Tuesday. Oracle Corp has placed a $2 billion "
         "order for MI450 chips, the company said.",
         deal("chip_supply", "Oracle", "Advanced Micro Devices", None, 2 * B)),
    # A customer deploying a vendor's hardware buys it; a provider deploying for a customer
    # sells.
    case("Advanced Micro Devices announced a definitive agreement under which OpenAI will "
         "deploy 6 gigawatts of AMD graphics processors.",
         deal("chip_supply", "OpenAI", "Advanced Micro Devices")),
    case("In return, OpenAI plans to deploy at least 10 gigawatts of Nvidia systems.",
         deal("chip_supply", "OpenAI", "Nvidia")),
    case("Meta Platforms is in talks to spend billions of dollars on Google's tensor processing "
         "units for use in its own data centers, The Information reported.",
         deal("chip_supply", "Meta Platforms", "Google")),
    none("Alphabet, Microsoft and Amazon are also spending at record levels on AI data centers."),
    # A purpose clause before the subject tells why; the main clause tells the deal.
    case("To supply the contract, IREN said it had agreed to buy GPUs and related equipment from "
         "Dell Technologies for about $5.8 billion.",
         deal("chip_supply", "IREN", "Dell Technologies", None, 5.8 * B)),
    case("Nscale signed a contract with Microsoft. Nscale will deploy 104,000 Nvidia GB300 GPUs "
         "for the software company.",
         deal("cloud_capacity", "Microsoft", "Nscale")),
    case("Lambda signed a multibillion-dollar agreement with Microsoft to deploy AI "
         "infrastructure powered by tens of thousands of Nvidia GPUs.",
         deal("cloud_capacity", "Microsoft", "Lambda")),
    case("OpenAI agreed to buy tens of billions of dollars of AMD chips, including MI450 GPUs, "
         "under a multiyear agreement.",
         deal("chip_supply", "OpenAI", "Advanced Micro Devices", None, None),
         xfail="no deal: seller missing - vendor as modifier of the thing bought ('of AMD "
               "chips') is not taken as seller, leaving one party"),
    case("Advanced Micro Devices signed a deal to supply OpenAI with 6 gigawatts of Instinct GPUs.",
         deal("chip_supply", "OpenAI", "Advanced Micro Devices", None, None)),
    case("Broadcom will supply OpenAI with custom AI accelerators under a deal announced on "
         "Monday.",
         deal("chip_supply", "OpenAI", "Broadcom", None, None)),
    case("OpenAI and Broadcom signed a term sheet to deploy 10 gigawatts of custom chips.",
         deal("chip_supply", "OpenAI", "Broadcom", None, None)),
    case("Nvidia signed a $5 billion contract to supply xAI with GB200 systems.",
         deal("chip_supply", "xAI", "Nvidia", None, 5 * B)),
    case("Meta Platforms ordered $2 billion of Nvidia H100 GPUs for its AI research cluster.",
         deal("chip_supply", "Meta Platforms", "Nvidia", None, 2 * B)),
    case("Super Micro Computer won a $1.1 billion order to supply servers to xAI.",
         deal("chip_supply", "xAI", "Super Micro Computer", None, 1.1 * B)),
    case("Dell Technologies signed a $5 billion deal to supply xAI with AI servers built on "
         "Nvidia GB200 chips.",
         deal("chip_supply", "xAI", "Dell Technologies", None, 5 * B)),
    case("xAI purchased $5 billion worth of servers from Dell Technologies.",
         deal("chip_supply", "xAI", "Dell Technologies", None, 5 * B)),
    case("Samsung Electronics agreed to supply Tesla with AI6 chips in a $16.5 billion contract.",
         deal("chip_supply", "Tesla", "Samsung Electronics", None, 16.5 * B)),
    case("Tesla signed a $16.5 billion contract with Samsung Electronics for AI chips.",
         deal("chip_supply", "Tesla", "Samsung Electronics", None, 16.5 * B)),
    case("Humain agreed to purchase 18,000 Nvidia GB300 chips, Nvidia said.",
         deal("chip_supply", "Humain", "Nvidia", None, None)),
    case("Nvidia will supply Saudi Arabia's Humain with 18,000 GB300 chips.",
         deal("chip_supply", "Humain", "Nvidia", None, None)),
    case("Oracle plans to buy about $40 billion of Nvidia chips to power OpenAI's data center in "
         "Abilene, Texas.",
         deal("chip_supply", "Oracle", "Nvidia", None, 40 * B),
         xfail="type and seller wrong: verb 'to power OpenAI's data center' makes it a power "
               "deal, and OpenAI (possessive of the site) is taken as seller instead of the "
               "vendor Nvidia of 'Nvidia chips'"),
    case("Micron signed a multibillion-dollar agreement to supply high-bandwidth memory to Nvidia.",
         deal("chip_supply", "Nvidia", "Micron", None, None)),
    case("xAI was supplied with GB200 servers by Dell Technologies under a $5 billion contract.",
         deal("chip_supply", "xAI", "Dell Technologies", None, 5 * B),
         xfail="roles wrong: passive 'xAI was supplied with ... by Dell' not known; subject xAI "
               "made seller, buyer None"),
    case("Meta Platforms agreed to buy chips from Advanced Micro Devices, the chipmaker said.",
         deal("chip_supply", "Meta Platforms", "Advanced Micro Devices", None, None)),
    case("Anthropic will buy up to $21 billion of Google TPU racks from Broadcom.",
         deal("chip_supply", "Anthropic", "Broadcom", None, 21 * B)),
    case("A $10 billion order for custom AI chips from OpenAI went to Broadcom.",
         deal("chip_supply", "OpenAI", "Broadcom", None, 10 * B),
         xfail="roles wrong: 'an order ... from OpenAI went to Broadcom' - 'from OpenAI' taken "
               "as seller, 'to Broadcom' dropped"),
    case("Intel will sell Microsoft $15 billion of custom AI processors made on its 18A process.",
         deal("chip_supply", "Microsoft", "Intel", None, 15 * B)),
    case("Hewlett Packard Enterprise won a $1 billion contract to deliver AI servers to xAI.",
         deal("chip_supply", "xAI", "Hewlett Packard Enterprise", None, 1 * B)),
    case("Microsoft's order for Nvidia GB300 chips from Nscale is worth $14 billion.",
         deal("cloud_capacity", "Microsoft", "Nscale", None, 14 * B)),
]

ACQUISITIONS = [
    # An amount too small to be more than one share's price is no deal's value.
    wire("Harvard Industries Inc said it agreed to acquire Hayes-Albion Corp, and remaining "
         "shareholders of Hayes-Albion will receive 13 dlrs cash for their shares.",
         deal("acquisition", "Harvard Industries", None, "Hayes-Albion", None)),
    # A consortium or syndicate led by a company: the leader buys.
    case("Toshiba Corp. signed a definitive agreement on Thursday to sell its flash-memory "
         "business, Toshiba Memory Corp., to a consortium led by Bain Capital for 2 trillion yen.",
         deal("acquisition", "Bain Capital", "Toshiba", "Toshiba Memory", 2e12)),
    wire("Allegis Corp said it agreed to sell its Hilton International unit to a syndicate led "
         "by Ladbroke Group Plc for 1.07 billion dlrs.",
         deal("acquisition", "Ladbroke Group", "Allegis", "Hilton International unit", 1.07 * B)),
    wire("Allegis Corp said it agreed to sell its hotels to a group for 1.07 billion dlrs.",
         deal("acquisition", None, "Allegis", None, 1.07 * B)),
    # A definite group sells ("from the German government"); an anonymous one does not.
    case("UniCredit bought a 4.5% stake in Commerzbank from the German government for EUR702 "
         "million.",
         deal("acquisition", "UniCredit", "German government", "Commerzbank", 702e6)),
    wire("Dome Petroleum Ltd said it received a proposal from a substantial company to acquire "
         "its assets."),
    # A stake built up "so far" is one holding, not a running total of deals.
    wire("Bond Corp has bought 15 pct of Allied-Lyons Plc so far, and may buy more.",
         deal("acquisition", "Bond Corp", None, "Allied-Lyons", None)),
    case("Advanced Micro Devices agreed to sell the data center infrastructure manufacturing "
         "business of ZT Systems to Sanmina for $3 billion.",
         deal("acquisition", "Sanmina", "Advanced Micro Devices", "ZT Systems", 3 * B)),
    case("Oracle will sell its cloud hardware business to Fujitsu for $900 million.",
         deal("acquisition", "Fujitsu", "Oracle", "cloud hardware business", 900 * M)),
    case("CoreWeave agreed to sell computing capacity to Meta Platforms for $14.2 billion.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14.2 * B)),
    case("SoftBank Group agreed to acquire Ampere Computing for $6.5 billion.",
         deal("acquisition", "SoftBank Group", None, "Ampere Computing", 6.5 * B)),
    case("Ampere Computing was bought by SoftBank Group in a $6.5 billion deal.",
         deal("acquisition", "SoftBank Group", None, "Ampere Computing", 6.5 * B)),
    case("CoreWeave agreed to buy Core Scientific in an all-stock deal valued at about $9 billion.",
         deal("acquisition", "CoreWeave", None, "Core Scientific", 9 * B)),
    case("Advanced Micro Devices completed its $4.9 billion acquisition of ZT Systems.",
         deal("acquisition", "Advanced Micro Devices", None, "ZT Systems", 4.9 * B)),
    case("AMD sold ZT Systems' data center manufacturing business to Sanmina for $3 billion.",
         deal("acquisition", "Sanmina", "Advanced Micro Devices", "ZT Systems", 3 * B),
         xfail="target missing: possessive unit 'ZT Systems' data center manufacturing business'"
               " after 'sold' is not taken as target"),
    case("Meta Platforms agreed to buy a 49% stake in Scale AI for $14.3 billion.",
         deal("acquisition", "Meta Platforms", None, "Scale AI", 14.3 * B)),
    case("Hewlett Packard Enterprise completed its $14 billion purchase of Juniper Networks.",
         deal("acquisition", "Hewlett Packard Enterprise", None, "Juniper Networks", 14 * B)),
    case("Juniper Networks agreed to be acquired by Hewlett Packard Enterprise for $14 billion.",
         deal("acquisition", "Hewlett Packard Enterprise", None, "Juniper Networks", 14 * B)),
    case("Talen Energy sold its Cumulus data center campus to Amazon Web Services for $650 million.",
         deal("acquisition", "Amazon Web Services", "Talen Energy", "Cumulus", 650 * M)),
    case("Core Scientific was acquired by CoreWeave for about $9 billion in stock.",
         deal("acquisition", "CoreWeave", None, "Core Scientific", 9 * B)),
    case("CoreWeave's $9 billion takeover of Core Scientific was approved by shareholders.",
         deal("acquisition", "CoreWeave", None, "Core Scientific", 9 * B)),
    case("Synopsys closed its $35 billion acquisition of Ansys Inc on Thursday.",
         deal("acquisition", "Synopsys", None, "Ansys", 35 * B)),
    case("Nvidia acquired Run:ai Labs Ltd for about $700 million.",
         deal("acquisition", "Nvidia", None, "Run:ai Labs", 700 * M)),
    case("SoftBank Group said it has acquired a 40% stake in Ampere Computing.",
         deal("acquisition", "SoftBank Group", None, "Ampere Computing", None)),
    case("Salesforce agreed to buy Informatica Inc for about $8 billion.",
         deal("acquisition", "Salesforce", None, "Informatica", 8 * B)),
    case("Cisco Systems completed the $28 billion purchase of Splunk Inc.",
         deal("acquisition", "Cisco Systems", None, "Splunk", 28 * B)),
    case("Blue Owl Capital agreed to buy an 80% stake in Meta Platforms' Hyperion data center "
         "project for $27 billion.",
         deal("acquisition", "Blue Owl Capital", "Meta Platforms", "Hyperion", 27 * B),
         xfail="target wrong: 'stake in Meta Platforms' Hyperion data center project' - owner "
               "Meta taken as target; it should be seller and the Hyperion project the target"),
    case("Galaxy Digital said it sold its Helios campus to CoreWeave for $1.2 billion.",
         deal("acquisition", "CoreWeave", "Galaxy Digital", "Helios", 1.2 * B),
         xfail="target missing: 'sold its Helios campus to CoreWeave' - named site/unit 'Helios "
               "campus' not recognized as the target"),
    case("Nokia offered 15.6 billion euros for Alcatel-Lucent in an all-share deal.",
         deal("acquisition", "Nokia", None, "Alcatel-Lucent", 15.6 * B),
         xfail="no deal: verb 'offered <amount> for Y' is not a trigger (the verb 'offer' costs precision on the benchmark)"),
    case("Intel sold a 51% stake in its Altera unit to Silver Lake Management for $4.46 billion.",
         deal("acquisition", "Silver Lake", "Intel", "Altera", 4.46 * B)),
]

MERGERS = [
    case("Vodafone Group completed its merger with Three UK on Friday.",
         deal("merger", "Vodafone Group", None, "Three UK", None)),
    case("Digital Realty agreed to merge with DuPont Fabros Technology Inc in a $7.6 billion "
         "all-stock deal.",
         deal("merger", "Digital Realty", None, "DuPont Fabros Technology", 7.6 * B),
         xfail="buyer/target swapped: the new 'X agreed to merge with Y' rule makes Y the buyer;"
               " conventions make the first-named company the buyer unless the survivor is "
               "stated"),
    case("Core Scientific and Rhodium Enterprises Inc agreed to combine in a merger valued at $1 "
         "billion.",
         deal("merger", "Core Scientific", None, "Rhodium Enterprises", 1 * B),
         xfail="no deal: 'Core Scientific and Rhodium Enterprises Inc' is recognized as one "
               "company (suffix rule spans the 'and')"),
    case("A merger between Hut 8 and US Bitcoin Corp was completed on Thursday.",
         deal("merger", "Hut 8", None, "US Bitcoin", None)),
]

INVESTMENTS = [
    # The lead investor told by a later sentence about the round.
    case("Groq said on Wednesday it had raised $750 million in a new funding round. The round "
         "was led by Disruptive, a Dallas-based growth investment firm, with commitments from "
         "BlackRock.",
         deal("investment", "Disruptive", "Groq", None, 750 * M)),
    # A company inside the subject's appositive is not the subject.
    case("Groq, the AI chip start-up that challenges Nvidia in running trained models, said on "
         "Wednesday it had raised $750 million in a new funding round.",
         deal("investment", None, "Groq", None, 750 * M)),
    case("Nscale, the British start-up backed by Nvidia, signed a $6 billion contract with "
         "Microsoft.",
         deal("cloud_capacity", "Microsoft", "Nscale", None, 6 * B)),
    # The amount told right before a party is that party's own.
    case("Elon Musk's xAI is raising $20 billion in new equity and debt, including as much as "
         "$2 billion from Nvidia, Bloomberg News reported on Wednesday.",
         deal("investment", "Nvidia", "xAI", None, 2 * B)),
    case("Mistral AI is raising 1.7 billion euros, with 1.3 billion euros from ASML Holding, "
         "the companies said.",
         deal("investment", "ASML", "Mistral AI", None, 1.3 * B)),
    case("Microsoft will invest $1 billion in G42, taking its total commitment to the Abu Dhabi "
         "company to about $2.5 billion.",
         deal("investment", "Microsoft", "G42", None, 1 * B)),
    # A "with" party before the buyer belongs to another clause of a headline.
    case("TeraWulf signs AI hosting deals with Fluidstack, Google takes stake\n\nTeraWulf Inc. "
         "said it had signed two 10-year colocation agreements with Fluidstack, worth about $3.7 "
         "billion.",
         deal("data_center", "Fluidstack", "TeraWulf", None, 3.7 * B)),
    # Warrants for a company's shares, whatever the order of the words, are an investment in it.
    case("In exchange, Google will receive warrants to acquire about 41 million TeraWulf shares, "
         "which would give it an approximately 8% stake in the company.",
         deal("investment", "Google", "TeraWulf")),
    case("Google will receive warrants to acquire about 41 million shares of TeraWulf Inc.",
         deal("investment", "Google", "TeraWulf")),
    # The stake an investment buys ("... in Jio Platforms for a 1.15 per cent stake") does not
    # make it a stake purchase.
    case("Silver Lake will invest Rs 5,655.75 crore in Jio Platforms for a 1.15 per cent stake, "
         "Reliance Industries said on Monday.",
         deal("investment", "Silver Lake", "Jio Platforms", None, 56_557_500_000)),
    case("General Atlantic will invest $870 million in Jio Platforms for a 1.34% stake.",
         deal("investment", "General Atlantic", "Jio Platforms", None, 870 * M)),
    # Another investor's investment, told without its investee, is in the same company.
    case("Silver Lake will invest $750 million in Jio Platforms for a 1.15% stake. Facebook's "
         "$5.7 billion investment, announced on April 22, was the largest for a minority stake "
         "by a technology company.",
         deal("investment", "Silver Lake", "Jio Platforms", None, 750 * M),
         deal("investment", "Facebook", "Jio Platforms", None, 5.7 * B)),
    case("SoftBank will invest $22.5 billion in OpenAI. Microsoft's investment, made in 2019, "
         "was $1 billion.",
         deal("investment", "SoftBank", "OpenAI", None, 22.5 * B),
         deal("investment", "Microsoft", "OpenAI", None, 1 * B)),
    # In a funding round "valued X at" is what the company is worth, not the round; in a
    # takeover it is the price.
    case("In March, SoftBank led a $40 billion funding round for OpenAI that valued the ChatGPT "
         "maker at $300 billion.",
         deal("investment", "SoftBank", "OpenAI", None, 40 * B)),
    wire("Hanson Trust Plc won control of Imperial Group Plc in a takeover valuing the group at "
         "about 2.5 billion stg.",
         deal("acquisition", "Hanson Trust", None, "Imperial Group", 2.5e9)),
    case("Anthropic raised $13 billion in a Series F round, valuing the company at $183 "
         "billion.",
         deal("investment", None, "Anthropic", None, 13 * B)),
    # A stake paid with new shares or warrants is an investment: the issuer is the seller.
    case("In return, Google received warrants that would give it roughly a 5.4% equity stake in "
         "Cipher Mining.",
         deal("investment", "Google", "Cipher Mining", None, None)),
    case("OpenAI will take a stake in CoreWeave through the issuance of $350 million of new "
         "shares in a private placement.",
         deal("investment", "OpenAI", "CoreWeave", None, 350 * M)),
    case("Nvidia to take $5 billion stake in Intel. Nvidia said it will invest $5 billion in "
         "Intel common stock at $23.28 a share.",
         deal("investment", "Nvidia", "Intel", None, 5 * B)),
    wire("Paralax Video Enterprises Inc agreed to acquire American Video Group Inc in exchange "
         "for 287,700 shares and three year warrants to buy 318,600 shares.",
         deal("acquisition", "Paralax Video Enterprises", None, "American Video Group", None)),
    # A partnership verb joined to the deal's own is a second deal.
    case("Nvidia to take $5 billion stake in Intel, team up on PC and data center chips",
         deal("acquisition", "Nvidia", None, "Intel", 5 * B),
         deal("partnership", "Nvidia", "Intel", None, None)),
    case("Microsoft will invest $5 billion in Anthropic and partner with it on AI models.",
         deal("investment", "Microsoft", "Anthropic", None, 5 * B),
         deal("partnership", "Microsoft", "Anthropic", None, None)),
    case("Nvidia will invest $5 billion in Intel, the companies said Thursday.",
         deal("investment", "Nvidia", "Intel", None, 5 * B)),
    case("Amazon invests $4 billion in Anthropic as the AI race heats up.",
         deal("investment", "Amazon", "Anthropic", None, 4 * B),
         xfail="no investor: bare 'Amazon' at the start of the sentence is not recognized, so "
               "the investment has no buyer and is dropped"),
    case("Anthropic raised $13 billion from investors led by ICONIQ.",
         deal("investment", "ICONIQ", "Anthropic", None, 13 * B)),
    case("Lambda raised $1.5 billion in a Series E round led by TWG Global.",
         deal("investment", "TWG Global", "Lambda", None, 1.5 * B)),
    case("Mistral AI raised 1.7 billion euros in a Series C funding round led by ASML Holding.",
         deal("investment", "ASML", "Mistral AI", None, 1.7 * B)),
    case("ASML invested 1.3 billion euros in Mistral AI, becoming its largest shareholder.",
         deal("investment", "ASML", "Mistral AI", None, 1.3 * B)),
    case("Nvidia plans to invest up to $100 billion in OpenAI, the companies said Monday.",
         deal("investment", "Nvidia", "OpenAI", None, 100 * B)),
    case("Advanced Micro Devices granted OpenAI a warrant for up to 160 million AMD shares.",
         deal("investment", "OpenAI", "Advanced Micro Devices", None, None),
         xfail="no deal: 'granted ... a warrant' not known as an investment trigger"),
    case("Google agreed to invest a further $1 billion in Anthropic.",
         deal("investment", "Google", "Anthropic", None, 1 * B)),
    case("SoftBank Group will lead a $40 billion funding round in OpenAI.",
         deal("investment", "SoftBank Group", "OpenAI", None, 40 * B)),
    case("Crusoe raised $1.38 billion in a funding round led by Mubadala.",
         deal("investment", "Mubadala", "Crusoe", None, 1.38 * B)),
    case("CoreWeave received a $350 million investment from OpenAI.",
         deal("investment", "OpenAI", "CoreWeave", None, 350 * M)),
    case("Microsoft backed OpenAI with a $10 billion investment in January 2023.",
         deal("investment", "Microsoft", "OpenAI", None, 10 * B)),
    case("Google obtained warrants for about 8% of TeraWulf's equity as part of the arrangement.",
         deal("investment", "Google", "TeraWulf", None, None),
         xfail="no deal: 'obtained warrants for ... of Y's equity' not a trigger; only the noun "
               "'arrangement' (needs a value) is found"),
    case("Intel received a $2 billion investment from SoftBank Group.",
         deal("investment", "SoftBank Group", "Intel", None, 2 * B)),
    case("xAI raised $6 billion in a Series C round.",
         deal("investment", None, "xAI", None, 6 * B)),
    case("Thinking Machines Lab closed a $2 billion seed round led by Andreessen Horowitz.",
         deal("investment", "Andreessen Horowitz", "Thinking Machines Lab", None, 2 * B)),
    case("Meta Platforms invested $14.3 billion in Scale AI and hired its chief executive.",
         deal("investment", "Meta Platforms", "Scale AI", None, 14.3 * B)),
    case("Nvidia put $2 billion into xAI's latest funding round.",
         deal("investment", "Nvidia", "xAI", None, 2 * B),
         xfail="no deal: 'put $N into Y's funding round' - 'put ... into' not a trigger; "
               "'funding' read as a verb whose party (xAI) stands before it"),
    case("OpenAI secured $40 billion in new funding from SoftBank Group.",
         deal("investment", "SoftBank Group", "OpenAI", None, 40 * B),
         xfail="buyer/seller swapped: 'OpenAI secured $40 billion in new funding from SoftBank' "
               "- 'secured' (procure) outranks 'funding'; the company raising money becomes "
               "buyer"),
    case("Microsoft will invest up to $5 billion in Anthropic, and Nvidia up to $10 billion.",
         deal("investment", "Microsoft", "Anthropic", None, 5 * B),
         deal("investment", "Nvidia", "Anthropic", None, 10 * B)),
    case("Perplexity raised $500 million at a $9 billion valuation in a round led by Institutional "
         "Venture Partners.",
         deal("investment", "Institutional Venture Partners", "Perplexity", None, 500 * M)),
    case("Google invests $1 billion in Anthropic as the AI race heats up.",
         deal("investment", "Google", "Anthropic", None, 1 * B)),
    case("Nvidia invested $1 billion in Nokia, taking a 2.9% stake in the Finnish company.",
         deal("investment", "Nvidia", "Nokia", None, 1 * B),
         xfail="no deal: 'taking a 2.9% stake in the Finnish company' - stake noun (control) "
               "outranks 'invested' and finds no target, so the investment is lost"),
]

DATA_CENTERS = [
    # A running total after the deal is not its value.
    case("Meta will spend $10 billion to build a data center in Richland Parish, Louisiana, "
         "bringing its total investment in the state to $15 billion.",
         deal("data_center", "Meta", None, None, 10 * B)),
    case("Amazon plans to invest $11 billion in a data center campus in New Carlisle, Indiana, "
         "lifting its combined spending in the state to more than $15 billion.",
         deal("data_center", "Amazon", None, None, 11 * B)),
    # In a lease of sites the company that only runs sites is the landlord, whichever side of
    # the sentence it stands on.
    case("TeraWulf Inc said it had signed two 10-year colocation agreements with Fluidstack "
         "for its Lake Mariner data center campus, worth about $3.7 billion.",
         deal("data_center", "Fluidstack", "TeraWulf", None, 3.7 * B)),
    case("In September, Cipher Mining signed a 10-year lease with Fluidstack for 168 megawatts "
         "at its Barber Lake data center site, worth about $3 billion.",
         deal("data_center", "Fluidstack", "Cipher Mining", None, 3 * B)),
    # A lease at a company's sites, told without "from": the company whose sites they are
    # provides them; "total payments of" a contract are its value.
    case("Under a series of 12-year colocation contracts signed in 2024, CoreWeave leases about "
         "590 megawatts of capacity at Core Scientific sites, with total payments of more than "
         "$10 billion over the life of the contracts.",
         deal("data_center", "CoreWeave", "Core Scientific", None, 10 * B)),
    case("Fluidstack will lease 200 megawatts of critical IT load at TeraWulf's Lake Mariner "
         "campus under a 10-year colocation agreement.",
         deal("data_center", "Fluidstack", "TeraWulf")),
    # Between two companies that both run sites and sell capacity, the one whose site it is
    # ("its campus", "IREN's campus") is the landlord.
    case("Applied Digital Corp. said Monday it had signed two 15-year leases with CoreWeave for "
         "250 megawatts of critical IT load at its Polaris Forge 1 campus in Ellendale, North "
         "Dakota, worth about $7 billion.",
         deal("data_center", "CoreWeave", "Applied Digital", None, 7 * B)),
    # What the contracts bring over their life is their value; other revenue is not.
    case("Applied Digital Corp. said Monday it had signed two 15-year leases with CoreWeave for "
         "250 megawatts at its Polaris Forge 1 campus, deals the company expects to generate "
         "about $7 billion in revenue over their terms.",
         deal("data_center", "CoreWeave", "Applied Digital", None, 7 * B)),
    case("Applied Digital Corp. said Monday it had signed two 15-year leases with CoreWeave for "
         "250 megawatts at its Polaris Forge 1 campus. It reported $200 million in revenue over "
         "the past year.",
         deal("data_center", "CoreWeave", "Applied Digital", None, None)),
    case("CoreWeave signed a lease with Applied Digital for 100 megawatts at Applied Digital's "
         "Ellendale campus.",
         deal("data_center", "CoreWeave", "Applied Digital")),
    case("CoreWeave Inc signed a 15-year lease with Applied Digital for 150 megawatts at its "
         "Polaris Forge 2 campus, worth about $5 billion.",
         deal("data_center", "CoreWeave", "Applied Digital", None, 5 * B),
         xfail="'its campus' is read as the subject's (CoreWeave's); here it is the object's"),
    case("Meta Platforms plans to spend $10 billion on a new AI data center campus in Richland "
         "Parish, Louisiana.",
         deal("data_center", "Meta Platforms", None, None, 10 * B)),
    case("Meta Platforms is building a $10 billion data center in Texas.",
         deal("data_center", "Meta Platforms", None, None, 10 * B)),
    case("Microsoft said it will build a $3.3 billion data center campus in Mount Pleasant, "
         "Wisconsin.",
         deal("data_center", "Microsoft", None, None, 3.3 * B)),
    case("Amazon Web Services signed a 15-year lease with Cipher Mining for its Barber Lake site, "
         "worth about $5.5 billion.",
         deal("data_center", "Amazon Web Services", "Cipher Mining", None, 5.5 * B)),
    case("Fluidstack signed a 10-year colocation agreement with TeraWulf worth about $3.7 billion.",
         deal("data_center", "Fluidstack", "TeraWulf", None, 3.7 * B)),
    case("CoreWeave signed 15-year leases with Applied Digital for 250 megawatts at its Ellendale, "
         "North Dakota campus, worth about $7 billion.",
         deal("data_center", "CoreWeave", "Applied Digital", None, 7 * B)),
    case("Google will invest $9 billion in data centers in Oklahoma through 2026.",
         deal("data_center", "Google", None, None, 9 * B)),
    case("Oracle is developing a 1.2-gigawatt data center campus in Abilene, Texas, with Crusoe.",
         deal("data_center", "Oracle", "Crusoe", None, None),
         xfail="no deal: bare 'Oracle' and 'Crusoe' (ambiguous gazetteer names) are not "
               "recognized; no party at all"),
    case("CoreWeave will spend $6 billion on a data center in Lancaster, Pennsylvania.",
         deal("data_center", "CoreWeave", None, None, 6 * B)),
    case("Amazon plans to invest $20 billion in data centers in Pennsylvania, including a campus "
         "next to Talen Energy's Susquehanna nuclear plant.",
         deal("data_center", "Amazon", None, None, 20 * B)),
    case("Nscale will build a 240-megawatt AI campus in Loughton, England.",
         deal("data_center", "Nscale", None, None, None),
         xfail="no deal: a company's own build-out with no value ('Nscale will build a "
               "240-megawatt AI campus') is dropped - one-party build deals need a value"),
    case("Anthropic will spend $50 billion building data centers in Texas and New York with "
         "Fluidstack.",
         deal("data_center", "Anthropic", "Fluidstack", None, 50 * B),
         xfail="deal_type cloud_capacity instead of data_center: 'building data centers ... with"
               " Fluidstack' - the partner's kind (neocloud) outranks the build-out"),
    case("Microsoft signed a $1 billion lease with Vantage Data Centers for a campus in Virginia.",
         deal("data_center", "Microsoft", "Vantage Data Centers", None, 1 * B)),
    case("xAI is constructing a $20 billion supercomputer site in Memphis, Tennessee.",
         deal("data_center", "xAI", None, None, 20 * B)),
    case("Nscale leased a data center site from Ionic Digital in Cedarvale, Texas.",
         deal("data_center", "Nscale", "Ionic Digital", None, None)),
]

PARTNERSHIPS = [
    # A partnership "among" several companies is one alliance: the first two named.
    case("The lease is the first project under a new partnership among Hut 8, Anthropic and "
         "Fluidstack to develop AI data center capacity.",
         deal("partnership", "Hut 8", "Anthropic")),
    case("Nvidia, Microsoft and Anthropic announced a partnership between Nvidia, Microsoft and "
         "Anthropic on Tuesday.",
         deal("partnership", "Nvidia", "Microsoft")),
    # A licence of technology is "other", even from a chipmaker.
    case("Nvidia licenses Groq's inference technology in $20 billion deal, hires top executives",
         deal("other", "Nvidia", "Groq", None, 20 * B)),
    case("Qualcomm signed a $1 billion licensing agreement with Arm Holdings for its CPU "
         "designs, the companies said.",
         deal("other", "Qualcomm", "Arm", None, 1 * B)),
    # "work with" a company to do something is a partnership.
    case("Nvidia Corp. said Thursday it will invest $5 billion in Intel Corp. and work with the "
         "struggling chipmaker to co-develop data center and PC products.",
         deal("investment", "Nvidia", "Intel", None, 5 * B),
         deal("partnership", "Nvidia", "Intel")),
    case("Meta Platforms will work with Oklo to develop a 1.2 gigawatt power campus in Pike "
         "County, Ohio.",
         deal("partnership", "Meta Platforms", "Oklo")),
    none("Lambda said the two companies have worked together for more than eight years."),
    case("Nvidia and Intel announced a partnership to jointly develop AI infrastructure and PC "
         "products.",
         deal("partnership", "Nvidia", "Intel")),
    case("Anthropic and Amazon Web Services deepened their partnership, naming AWS its primary "
         "training partner.",
         deal("partnership", "Anthropic", "Amazon Web Services"),
         xfail="no deal: 'Anthropic and Amazon Web Services' is recognized as one company (shape"
               " rule spans the 'and')"),
    case("Mistral AI teamed up with Nvidia to build an AI cloud in France.",
         deal("partnership", "Mistral AI", "Nvidia")),
    case("ASML and Mistral AI signed a strategic partnership agreement to use AI models in ASML's "
         "products.",
         deal("partnership", "ASML", "Mistral AI")),
    case("Microsoft and OpenAI signed a new definitive agreement for the next phase of their "
         "partnership.",
         deal("partnership", "Microsoft", "OpenAI")),
    case("SoftBank Group and OpenAI formed a joint venture to sell AI services in Japan.",
         deal("partnership", "SoftBank Group", "OpenAI"),
         xfail="type/roles wrong: 'formed a joint venture to sell AI services' - verb 'sell' "
               "outranks the joint-venture noun; read as a divestiture"),
    case("Cisco Systems and Nvidia will collaborate on networking for AI data centers, the "
         "companies said.",
         deal("partnership", "Cisco Systems", "Nvidia")),
    case("Oracle partnered with OpenAI on the Stargate project.",
         deal("partnership", "Oracle", "OpenAI"),
         xfail="no deal: bare 'Oracle' (sentence subject) is not recognized, leaving one party"),
    case("A strategic alliance between Nokia and Nvidia will bring AI to mobile networks.",
         deal("partnership", "Nokia", "Nvidia")),
    case("Samsung Electronics allied with OpenAI to supply memory and build floating data centers.",
         deal("partnership", "Samsung Electronics", "OpenAI")),
]

POWER = [
    case("Google signs $3 billion hydropower deal with Brookfield as hunt for AI power widens",
         deal("power", "Google", "Brookfield", None, 3 * B)),
    case("Google will buy 200 megawatts of fusion power from Commonwealth Fusion Systems, the "
         "companies said.",
         deal("power", "Google", "Commonwealth Fusion Systems")),
    # Two parties that say they signed or agreed to a deal noun need no value for it.
    case("NextEra Energy and Google said they had agreed to restart the Duane Arnold nuclear "
         "plant in Palo, Iowa, under a 25-year power purchase agreement.",
         deal("power", "Google", "NextEra Energy")),
    none("NextEra Energy and Google said they were discussing a power purchase agreement."),
    # Who owns what is bought provides it: "the output of X's plant".
    case("Meta Platforms has signed a 20-year agreement to buy the output of Constellation "
         "Energy's Clinton nuclear plant in Illinois.",
         deal("power", "Meta Platforms", "Constellation Energy")),
    case("Amazon agreed to buy the electricity of Talen Energy's Susquehanna plant through 2042.",
         deal("power", "Amazon", "Talen Energy")),
    case("Microsoft signed a 20-year power purchase agreement with Constellation Energy to "
         "restart the Three Mile Island reactor.",
         deal("power", "Microsoft", "Constellation Energy")),
    case("Constellation Energy will supply Meta Platforms with nuclear power from its Clinton "
         "plant in Illinois for 20 years.",
         deal("power", "Meta Platforms", "Constellation Energy")),
    case("Talen Energy agreed to supply Amazon with 1.92 gigawatts of nuclear power through 2042, "
         "a deal worth about $18 billion.",
         deal("power", "Amazon", "Talen Energy", None, 18 * B)),
    case("Amazon signed an $18 billion agreement to buy electricity from Talen Energy's "
         "Susquehanna plant.",
         deal("power", "Amazon", "Talen Energy", None, 18 * B)),
    case("Google signed a deal with Kairos Power to buy electricity from small modular reactors.",
         deal("power", "Google", "Kairos Power")),
    case("NextEra Energy will supply Google with power from the restarted Duane Arnold nuclear "
         "plant in Iowa.",
         deal("power", "Google", "NextEra Energy")),
    case("Entergy will build three gas-fired power plants to supply Meta Platforms' data center in "
         "Louisiana.",
         deal("power", "Meta Platforms", "Entergy")),
    case("Amazon agreed to purchase power from Dominion Energy's small modular reactor project.",
         deal("power", "Amazon", "Dominion Energy")),
    case("Vistra signed a 20-year deal to sell 1,200 megawatts of power to Meta Platforms.",
         deal("power", "Meta Platforms", "Vistra")),
    case("Meta Platforms signed a nuclear energy agreement with Constellation Energy for the "
         "Clinton Clean Energy Center.",
         deal("power", "Meta Platforms", "Constellation Energy")),
    case("Oklo agreed to provide Meta Platforms with nuclear power from a campus in Pike County, "
         "Ohio.",
         deal("power", "Meta Platforms", "Oklo")),
    case("Google signed a $3 billion deal to buy hydroelectric power from Brookfield Asset "
         "Management.",
         deal("power", "Google", "Brookfield Asset Management", None, 3 * B)),
    case("Constellation Energy said it had signed a 20-year power purchase agreement with "
         "Microsoft that will bring a shuttered reactor at Three Mile Island back online.",
         deal("power", "Microsoft", "Constellation Energy")),
    case("Entergy Corp. is building three gas plants for the site. Meta has committed to pay for "
         "the plants' output under a 15-year agreement with Entergy.",
         deal("power", "Meta Platforms", "Entergy")),
]


# -- wire copy (1980s Reuters style) ---------------------------------------------------------

WIRE_COPY = [
    # A rejection of another company's bid, and the amount of another deal told in passing,
    # belong to those deals, not to the one the story is on.
    wire("USAir Group Inc said it agreed to acquire Piedmont Aviation Inc for about 1.59 billion "
         "dlrs. The two companies said their boards approved the agreement. USAir has rejected "
         "the TWA bid as inadequate.",
         deal("acquisition", "USAir Group", None, "Piedmont Aviation", 1.59 * B)),
    wire("USAir Group Inc said it agreed to acquire Piedmont Aviation Inc in cash. The Piedmont "
         "agreement comes as USAir awaits approval of its 400 mln dlr acquisition of Pacific "
         "Southwest Airlines.",
         deal("acquisition", "USAir Group", None, "Piedmont Aviation", None)),
    # The company a later offer comes from bids (a deal of its own); it does not sell.
    wire("Tractebel SA said it agreed to acquire Imperial Continental Gas Association for 2.1 "
         "billion stg, topping a rival partial offer from SHV Holdings NV.",
         deal("acquisition", "Tractebel", None, "Imperial Continental Gas Association", 2.1e9),
         deal("acquisition", "SHV", None, "Imperial Continental Gas Association")),
    # A regulator announcing a takeover, a place with its comma between the noun and its
    # agent, and lenders of the financing: none is a party.
    wire("The Federal Home Loan Bank Board announced the acquisition of Home Savings and Loan "
         "Association in Seattle, Washington, by InterWest Savings Bank.",
         deal("acquisition", "InterWest Savings Bank", None, "Home Savings and Loan Association")),
    wire("LSB Industries Inc said it agreed to acquire Northwest Federal Savings and Loan "
         "Association for 1.5 mln dlrs, subject to approvals from the Federal Home Loan Bank "
         "Board.",
         deal("acquisition", "LSB Industries", None, "Northwest Federal Savings and Loan "
              "Association", 1.5 * M)),
    wire("Banner Industries Inc said it completed its acquisition of Rexnord Inc. Banner also "
         "said it received 310 mln dlrs pursuant to a credit agreement with Citicorp Industrial "
         "Credit Inc.",
         deal("acquisition", "Banner Industries", None, "Rexnord")),
    # A parent named in an appositive describes the company before it; it is not the object.
    wire("Dome Petroleum Ltd said its board accepted a takeover offer from Amoco Canada "
         "Petroleum Co Ltd, a unit of Chicago-based Amoco Corp, valued at about 5.5 billion "
         "Canadian dlrs.",
         deal("acquisition", "Amoco Canada Petroleum", None, "Dome Petroleum", 5.5e9)),
    # The value told in a later sentence: "a total" and the buyer telling its price again.
    wire("Rospatch Corp received an acquisition bid from Diagnostic Retrieval Systems Inc for 22 "
         "dlrs a share. Diagnostic said its bid was for a total 53 mln dlrs through a cash "
         "tender offer.",
         deal("acquisition", "Diagnostic Retrieval Systems", None, "Rospatch", 53 * M)),
    wire("Viacom International Inc agreed to be acquired by National Amusements Inc for 53 dlrs "
         "a share, or a total of about 3.4 billion dlrs.",
         deal("acquisition", "National Amusements", None, "Viacom International", 3.4 * B)),
    wire("Great American Management and Investment Inc said it acquired 9.9 pct of Atcor Inc. "
         "Great American said it bought the stake for 6.1 mln dlrs.",
         deal("acquisition", "Great American Management and Investment", None, "Atcor",
              6.1 * M)),
    wire("Dixons Group Plc said it agreed to acquire Cyclops Corp for 95 dlrs a share, or about "
         "384 mln dlrs.",
         deal("acquisition", "Dixons Group", None, "Cyclops", 384 * M)),
    wire("Cyclops Corp said it agreed to be acquired by Dixons Group Plc for about 384 mln dlrs.",
         deal("acquisition", "Dixons Group", None, "Cyclops", 384 * M)),
    wire("Ecolab Inc said it agreed to acquire Chemlawn Corp for 36.50 dlrs a share, or about 370 "
         "mln dlrs.",
         deal("acquisition", "Ecolab", None, "Chemlawn", 370 * M)),
    wire("Chemlawn Corp was bought by Ecolab Inc for about 370 mln dlrs, the companies said.",
         deal("acquisition", "Ecolab", None, "Chemlawn", 370 * M)),
    wire("Allegheny International Inc said it sold its Wilkinson Sword unit to Swedish Match AB "
         "for 230 mln dlrs.",
         deal("acquisition", "Swedish Match", "Allegheny International", "Wilkinson Sword", 230 * M)),
    wire("Waste Management Inc said it has acquired a 9.9 pct stake in Chemlawn Corp.",
         deal("acquisition", "Waste Management", None, "Chemlawn")),
    wire("Waste Management Inc began a tender offer for Chemlawn Corp at 27 dlrs a share, or about "
         "270 mln dlrs.",
         deal("acquisition", "Waste Management", None, "Chemlawn", 270 * M)),
    wire("Allied-Signal Inc said it agreed to sell its Ampex Corp unit to an investor group for "
         "479 mln dlrs.",
         deal("acquisition", "investor group", "Allied-Signal", "Ampex", 479 * M)),
    wire("General Electric Co said it completed its acquisition of RCA Corp for 6.28 billion dlrs.",
         deal("acquisition", "General Electric", None, "RCA", 6.28 * B)),
    wire("Burroughs Corp and Sperry Corp agreed to merge in a deal valued at 4.8 billion dlrs.",
         deal("merger", "Burroughs", None, "Sperry", 4.8 * B)),
    wire("Sperry Corp said it agreed to a merger with Burroughs Corp.",
         deal("merger", "Sperry", None, "Burroughs")),
    wire("Hanson Trust Plc said it won control of Imperial Group Plc with a 2.5 billion stg offer.",
         deal("acquisition", "Hanson Trust", None, "Imperial Group", 2.5 * B)),
    wire("British Petroleum Co Plc said it will offer 70 dlrs a share for the 45 pct of Standard "
         "Oil Co it does not already own, a bid valued at 7.4 billion dlrs.",
         deal("acquisition", "British Petroleum", None, "Standard Oil", 7.4 * B)),
    wire("Texaco Inc said it sold its Canadian unit, Texaco Canada Inc, to Imperial Oil Ltd for "
         "4.1 billion Canadian dlrs.",
         deal("acquisition", "Imperial Oil", "Texaco", "Texaco Canada", 4.1 * B)),
    wire("Harcourt Brace Jovanovich Inc said it sold its Sea World unit to Anheuser-Busch Cos Inc "
         "for 1.1 billion dlrs.",
         deal("acquisition", "Anheuser-Busch", "Harcourt Brace Jovanovich", "Sea World", 1.1 * B)),
    wire("Teck Corp said it raised its stake in Cominco Ltd to 22 pct.",
         deal("acquisition", "Teck", None, "Cominco")),
    wire("Pantry Pride Inc made a 1.8 billion dlr tender offer for Revlon Inc.",
         deal("acquisition", "Pantry Pride", None, "Revlon", 1.8 * B)),
    wire("Dart Group Corp said it has acquired a 4.9 pct stake in Safeway Stores Inc and may seek "
         "control.",
         deal("acquisition", "Dart Group", None, "Safeway")),
    wire("Kohlberg Kravis Roberts and Co agreed to buy Safeway Stores Inc for 4.25 billion dlrs.",
         deal("acquisition", "Kohlberg Kravis Roberts", None, "Safeway", 4.25 * B)),
    wire("Safeway Stores Inc said it agreed to be acquired by Kohlberg Kravis Roberts and Co for "
         "69 dlrs a share, or 4.25 billion dlrs.",
         deal("acquisition", "Kohlberg Kravis Roberts", None, "Safeway", 4.25 * B)),
    wire("Chrysler Corp said it agreed to buy Renault's 46 pct stake in American Motors Corp for "
         "about 200 mln dlrs.",
         deal("acquisition", "Chrysler", "Renault", "American Motors", 200 * M)),
    wire("Amoco Corp's Canadian unit agreed to acquire Dome Petroleum Ltd for 5.5 billion Canadian "
         "dlrs.",
         deal("acquisition", "Amoco", None, "Dome Petroleum", 5.5 * B)),
    wire("TransCanada PipeLines Ltd made a rival 4.3 billion Canadian dlr offer for Dome Petroleum "
         "Ltd.",
         deal("acquisition", "TransCanada PipeLines", None, "Dome Petroleum", 4.3 * B),
         xfail="value missing: adjectival '4.3 billion Canadian dlr offer' is not recognized as "
               "money"),
    wire("Sony Corp agreed to acquire Columbia Pictures Entertainment Inc for 3.4 billion dlrs.",
         deal("acquisition", "Sony", None, "Columbia Pictures", 3.4 * B)),
    wire("Philip Morris Cos Inc said it agreed to acquire Kraft Inc for 106 dlrs a share, or 12.9 "
         "billion dlrs.",
         deal("acquisition", "Philip Morris", None, "Kraft", 12.9 * B)),
    wire("Kraft Inc said it agreed to sell its Duracell battery unit to Kohlberg Kravis Roberts "
         "and Co for 1.8 billion dlrs.",
         deal("acquisition", "Kohlberg Kravis Roberts", "Kraft", "Duracell", 1.8 * B)),
    wire("Nortek Inc said it offered 43 dlrs a share for Zurn Industries Inc.",
         deal("acquisition", "Nortek", None, "Zurn Industries"),
         xfail="no deal: verb 'offered <amount> for Y' is not a trigger (the verb 'offer' costs precision on the benchmark)"),
    wire("Shearson Lehman Brothers Holdings Inc said it bought 165,000 shares of Cyclops Corp "
         "stock.",
         deal("acquisition", "Shearson Lehman Brothers", None, "Cyclops")),
    wire("Allied Corp and Signal Cos said they agreed to merge, creating a company with sales of "
         "15 billion dlrs.",
         deal("merger", "Allied", None, "Signal")),
    wire("Baker International Corp and Hughes Tool Co agreed to merge in a deal valued at 1.2 "
         "billion dlrs.",
         deal("merger", "Baker International", None, "Hughes Tool", 1.2 * B)),
    wire("Wickes Cos Inc said it completed its 1.16 billion dlr acquisition of Collins and Aikman "
         "Corp.",
         deal("acquisition", "Wickes", None, "Collins and Aikman", 1.16 * B)),
    wire("Goodyear Tire and Rubber Co said it sold its Motor Wheel Corp unit to a management "
         "group for 125 mln dlrs.",
         deal("acquisition", None, "Goodyear Tire and Rubber", "Motor Wheel", 125 * M)),
    wire("Allegheny International Inc said it agreed to be acquired by an investor group led by "
         "First Boston Corp for about 500 mln dlrs.",
         deal("acquisition", "First Boston", None, "Allegheny International", 500 * M)),
    wire("Cyclops Corp's steel and industrial operations will be sold to Allegheny Ludlum Corp "
         "for about 130 mln dlrs.",
         deal("acquisition", "Allegheny Ludlum", "Cyclops", "Cyclops", 130 * M),
         xfail="seller missing: passive 'Cyclops Corp's steel and industrial operations will be "
               "sold to' - the possessive owner is made target, not seller (unit has no name of "
               "its own)"),
    wire("Ecolab Inc said it reached a definitive agreement with Chemlawn Corp under which "
         "Ecolab will acquire Chemlawn for about 370 mln dlrs.",
         deal("acquisition", "Ecolab", None, "Chemlawn", 370 * M)),
    wire("Chemlawn Corp said it will be merged into Ecolab Inc.",
         deal("merger", "Ecolab", None, "Chemlawn")),
    wire("Gencorp Inc said it has received a 2.2 billion dlr takeover offer from General "
         "Partners.",
         deal("acquisition", "General Partners", None, "Gencorp", 2.2 * B)),
    wire("Dixons Group Plc raised its offer for Cyclops Corp to 95 dlrs a share, or 384 mln dlrs.",
         deal("acquisition", "Dixons Group", None, "Cyclops", 384 * M)),
    wire("Allegheny International Inc said it has sold its Sunbeam Appliance Co unit for 300 mln "
         "dlrs.",
         deal("acquisition", None, "Allegheny International", "Sunbeam Appliance", 300 * M)),
    wire("Swedish Match AB said it bought Allegheny International Inc's Wilkinson Sword unit for "
         "230 mln dlrs.",
         deal("acquisition", "Swedish Match", "Allegheny International", "Wilkinson Sword", 230 * M)),
    wire("A group of investors said it acquired a 5.1 pct stake in Chemlawn Corp.",
         deal("acquisition", None, None, "Chemlawn")),
    # deal nouns owned by a possessive, agents in their own phrase, appositive parents
    wire("Hallmark Plc said it completed the acquisition of Bristow Inc, following approval by "
         "Bristow shareholders.",
         deal("acquisition", "Hallmark", None, "Bristow")),
    wire("The Trade Department said it cleared Larkin Holdings Plc's purchase of Meridian Tools "
         "Corp.",
         deal("acquisition", "Larkin", None, "Meridian Tools")),
    wire("Regulators approved Consolidated Mills Inc's 240 mln dlr purchase of Ardent Foods Corp.",
         deal("acquisition", "Consolidated Mills", None, "Ardent Foods", 240 * M)),
    wire("Marlow Inc said it and Pruitt Paper Corp have met all waiting period requirements for "
         "Pruitt's proposed 32.25 dlr per share cash acquisition of Marlow.",
         deal("acquisition", "Pruitt Paper", None, "Marlow")),
    wire("Quarry Corp said its merger with Danvers Homes Corp was completed.",
         deal("merger", "Quarry", None, "Danvers Homes")),
    wire("Tallis Corp said 2.1 mln Fenwick Industries Inc common shares have been tendered in "
         "response to Tallis's offer.",
         deal("acquisition", "Tallis", None, "Fenwick Industries")),
    wire("Harlan Corp said it agreed to acquire all the stock of Ridgeway Trailer Corp, a wholly "
         "owned subsidiary of Garnet Industries Inc, for about 70 mln dlrs.",
         deal("acquisition", "Harlan", "Garnet Industries", "Ridgeway Trailer", 70 * M)),
    wire("Denton Process Inc said it agreed to buy the Surface Coatings Division of privately-held "
         "Marlin-Ross Corp for 12 mln dlrs.",
         deal("acquisition", "Denton Process", "Marlin-Ross", "Surface Coatings Division", 12 * M)),
    wire("Falcon Airways said it agreed to take a 15 pct stake in Air Westland Ltd, a subsidiary "
         "of Cardigan Shipping Plc, in a transaction worth around two mln stg.",
         deal("acquisition", "Falcon Airways", "Cardigan Shipping", "Air Westland", 2 * M)),
    wire("Oat Foods Co said Keystone Capital Inc has purchased Vernon Candies Inc, previously an "
         "indirect subsidiary of Oat Foods.",
         deal("acquisition", "Keystone Capital", "Oat Foods", "Vernon Candies")),
    wire("Linden Corp said its acquisition of Sorrel Inc by its Mapleton unit was completed.",
         deal("acquisition", "Mapleton", None, "Sorrel")),  # the unit named as agent buys
    wire("Vantage Brokers Inc said it closed the sale of a controlling interest in its common and "
         "preferred stock to Vantage Acquisition Corp.",
         deal("acquisition", "Vantage Acquisition", None, "Vantage Brokers")),
    wire("Unicom Systems Inc said it has tentatively agreed to sell substantially all its assets "
         "for about 79 mln dlrs in cash and notes.",
         deal("acquisition", None, None, "Unicom Systems", 79 * M)),
    wire("Harbor Financial Group said that its board and the board of Westbank Bancorp have agreed "
         "to merge the two bank holding companies.",
         deal("merger", "Harbor Financial", None, "Westbank Bancorp")),
    wire("Skandia Holding AB said it was buying a 29.9 pct share in the London-quoted property and "
         "financial services company Nevi Baltic Plc.",
         deal("acquisition", "Skandia", None, "Nevi Baltic")),
    wire("Skyline Airlines Inc said its 52 dlr per share takeover offer for Coastal Air Corp would "
         "in no way interfere with Coastal Air's possible buyout of Piedmont Aviation Inc.",
         deal("acquisition", "Skyline Airlines", None, "Coastal Air")),
    wire("Harvest Mills Inc said it took over Kellner Foods GmbH, a West German grain trader, "
         "on June 1.",
         deal("acquisition", "Harvest Mills", None, "Kellner Foods")),
    wire("Orchard Capital Corp has taken over Bristol Dynamics Inc, the companies said.",
         deal("acquisition", "Orchard Capital", None, "Bristol Dynamics")),
    wire("Palmer Homes Inc said it bought out Linwood Realty Corp for 14 mln dlrs.",
         deal("acquisition", "Palmer Homes", None, "Linwood Realty", 14 * M)),
    wire("Tarrant Holdings Corp said Eagle Development Corp had assumed control of Tarrant under "
         "a reorganization plan signed last month.",
         deal("acquisition", "Eagle Development", None, "Tarrant Holdings")),
    wire("Medley Corp said it has received 33,467 shares of Corwin Resources Corp in response to "
         "its 10.25 dlr per share tender offer.",
         deal("acquisition", "Medley", None, "Corwin Resources")),
    wire("Banner Tools Inc said 19.8 mln of the outstanding 20 mln shares in Rexford Inc were "
         "tendered pursuant to its offer.",
         deal("acquisition", "Banner Tools", None, "Rexford")),
    wire("Maddox Corp said its shareholders approved the merger of Maddox with Belmont "
         "Investments Inc.",
         deal("merger", "Maddox", None, "Belmont Investments")),
    wire("Siebert Capital Inc, a California investment adviser, told the Securities and Exchange "
         "Commission it bought 1.3 mln Coopers Vision Inc common shares, or 5.9 pct of the total "
         "outstanding.",
         deal("acquisition", "Siebert Capital", None, "Coopers Vision")),
    wire("The Bank Board said it approved the acquisition of Harbor Savings Corp, a savings "
         "association based in Torrance, by Pacific Holdings Inc.",
         deal("acquisition", "Pacific", None, "Harbor Savings")),
    wire("Fleetwood Bancorp said it agreed to merge with Norris Financial Group in a transaction "
         "which would create a 23 billion dlr asset bank holding company.",
         deal("merger", "Norris Financial", None, "Fleetwood Bancorp")),
    wire("Halstead Corp agreed to acquire Ridley Inc for 40 mln dlrs, advised by Goldman Sachs and "
         "Co.",
         deal("acquisition", "Halstead", None, "Ridley", 40 * M)),
    wire("Mr. Hollis, a Chicago developer, said he raised his stake in Lamont Myers Co to "
         "273,100 shares, or 12.1 pct, from 9.7 pct.",
         deal("acquisition", None, None, "Lamont Myers")),  # "his stake": a person's stake
    wire("Marlin Corp said it has received an offer from Harbor Group Inc to buy the company for "
         "40 dlrs a share.",
         deal("acquisition", "Harbor", None, "Marlin")),
    wire("Cadillac Homes Corp Ltd said it received proposals to acquire the company.",
         deal("acquisition", None, None, "Cadillac Homes")),
    wire("Viacom International Inc said it set April 6 as the record date for a vote on the "
         "proposed merger of Arsenal Acquiring Corp, a wholly-owned subsidiary of Arsenal Holdings "
         "Inc, into Viacom.",
         deal("merger", "Viacom International", None, "Arsenal Acquiring")),
    wire("General Acquisition Co began a tender offer for Gencorp Inc at 100 dlrs a share.",
         deal("acquisition", "General Acquisition", None, "Gencorp")),
    wire("Bank of New York Co said its offer will look good to Irving Bank Corp shareholders.",
         deal("acquisition", "Bank of New York", None, "Irving Bank")),
    wire("The New Zealand Government will sell 25 pct of state-owned Air New Zealand Ltd to the "
         "public.",
         deal("acquisition", None, None, "Air New Zealand")),
    wire("The 230 mln dlr acquisition of Cortland Mills Inc was completed on Friday.",
         deal("acquisition", None, None, "Cortland Mills", 230 * M)),
    wire("The Trade Department said it would not refer Larkin Holdings Plc's purchase of Meridian "
         "Tools Corp to the Monopolies Commission.",
         deal("acquisition", "Larkin", None, "Meridian Tools")),
    case("Cardigan Shipping Plc said it held preliminary talks about a Nvidia minority stake in "
         "Nscale Ltd.",
         deal("acquisition", "Nvidia", None, "Nscale")),
    wire("National Healthcare Inc agreed to sell five rural hospitals to a private corporation "
         "for about 18 mln dlrs.",
         deal("acquisition", "private corporation", "National Healthcare", "five rural hospitals",
              18 * M)),
    wire("Allegheny International Inc said it sold its Wilkinson Sword Group Ltd unit to an "
         "investor group led by Swedish Match AB.",
         deal("acquisition", "Swedish Match", "Allegheny International", "Wilkinson Sword")),
    wire("Tesco Plc said County Bank Ltd had bought 165,000 shares in Hillards Plc on its behalf, "
         "increasing its stake to 5.4 pct.",
         deal("acquisition", "Tesco", None, "Hillards")),
    wire("County Bank Ltd bought 300,000 shares in Hillards Plc on behalf of Tesco Plc.",
         deal("acquisition", "Tesco", None, "Hillards")),
    wire("Samjens Partners and Dominion Textile Inc, who are seeking to acquire Burlington "
         "Industries Inc in a hostile tender offer, said they sold 258,800 Burlington shares to "
         "Morgan Stanley.",
         deal("acquisition", "Morgan Stanley", "Samjens Partners", "Burlington Industries")),
    wire("International HRS Industries Inc said it would sell Qintex Inc 900,000 Hal Roach Studios "
         "Inc shares at seven dlrs a share.",
         deal("acquisition", "Qintex", "International HRS Industries", "Hal Roach Studios")),
    wire("Harbor Industries Inc said it would sell 900,000 Walden Corp shares to Pell Capital Inc "
         "for a total of 6.3 mln dlrs, and Walden will repay Harbor 3.3 mln dlrs of advances.",
         deal("acquisition", "Pell Capital", "Harbor Industries", "Walden", 6.3 * M)),
    wire("Helm Resources Inc said it has sold 435,000 shares of Bamberger Polymers Inc for 3.5 mln "
         "dlrs.",
         deal("acquisition", None, "Helm Resources", "Bamberger Polymers", 3.5 * M)),
    wire("Cyclops Corp and Dixons Group Plc said they are in talks on a possible acquisition.",
         deal("acquisition", "Dixons Group", None, "Cyclops"),
         xfail="no deal: 'Cyclops Corp and Dixons Group Plc said they are in talks on a possible"
               " acquisition' - no roles from a coordinated subject with an acquisition noun"),
]


# -- a deal told across sentences is one record ----------------------------------------------

ACROSS_SENTENCES = [
    # A time clause with a company of its own as subject tells that company's business.
    case("Nscale signed a contract with Microsoft to supply computing capacity in Norway. The "
         "contract came a day after Alphabet pledged 5 billion pounds of investment in Britain "
         "from 2025 to 2027.",
         deal("cloud_capacity", "Microsoft", "Nscale", None, None)),
    # Shareholders selling their stakes in the company being taken over: the same takeover,
    # and no party to it.
    case("SoftBank Group Corp. said it has agreed to acquire Ampere Computing for $6.5 billion. "
         "Ampere's main shareholders, the private equity firm Carlyle and the software maker "
         "Oracle, will sell their stakes, and the company will operate as a wholly owned "
         "subsidiary of SoftBank.",
         deal("acquisition", "SoftBank Group", None, "Ampere Computing", 6.5 * B)),
    # The amount before a deal noun is the noun's own, whatever amounts follow.
    case("OpenAI signed a $300 billion cloud deal with Oracle Corp, which would need $1 trillion "
         "of new data centers.",
         deal("cloud_capacity", "OpenAI", "Oracle", None, 300 * B)),
    # The other side of a takeover fight is a rival bidder, not the seller; a hostile bid by
    # another company, named in the sentence, is a deal of its own.
    wire("Safeway Stores Inc said it agreed to be acquired by an investor group led by Kohlberg "
         "Kravis Roberts and Co for about 4.25 billion dlrs. The agreement ends a two-week "
         "takeover fight with Dart Group Corp, the Landover, Md., company. Dart said it withdrew its hostile tender offer of "
         "64 dlrs a share for Safeway.",
         deal("acquisition", "Kohlberg Kravis Roberts", None, "Safeway Stores", 4.25 * B),
         deal("acquisition", "Dart Group", None, "Safeway Stores")),
    # A buyer's later sale of some of what it bought is neither the same deal nor a deal.
    wire("RJR Nabisco Inc said its board agreed to a takeover by Kohlberg Kravis Roberts and Co "
         "valued at about 24.88 billion dlrs. KKR said it planned to sell some of RJR Nabisco's "
         "food businesses to reduce debt.",
         deal("acquisition", "Kohlberg Kravis Roberts", None, "RJR Nabisco", 24.88 * B)),
    wire("Dixons Group Plc has sold 8.3 mln shares in Woolworth Holdings Plc, a statement said. "
         "Industry sources "
         "said Dixons acquired the Woolworth shares in connection with its bid for the company "
         "last year.",
         deal("acquisition", None, "Dixons Group", "Woolworth Holdings"),
         deal("acquisition", "Dixons Group", None, "Woolworth Holdings")),
    # Money in a relative clause set off by commas or dashes belongs to that clause.
    case("OpenAI signed a $38 billion deal with Amazon. The deal eases concerns that Amazon - "
         "which has poured $8 billion into OpenAI rival Anthropic - was losing ground in the race "
         "to supply AI developers.",
         deal("cloud_capacity", "OpenAI", "Amazon", None, 38 * B)),
    case("Microsoft, which has invested $13 billion in the start-up since 2019, agreed to provide "
         "OpenAI with $250 billion of Azure cloud services.",
         deal("cloud_capacity", "OpenAI", "Microsoft", None, 250 * B)),
    case("Microsoft, which already owns 49 pct of OpenAI, agreed to invest $10 billion in OpenAI.",
         deal("investment", "Microsoft", "OpenAI", None, 10 * B)),
    # A sentence opening with "It" and a verb is about the company the story is on.
    case("Constellation Energy said the deal would preserve 1,100 jobs. It signed a 20-year "
         "agreement last year with Microsoft to restart a reactor at Three Mile Island.",
         deal("power", "Microsoft", "Constellation Energy")),
    # The company the story is on is worked out only when asked, from the latest sentence
    # back: past sentences without a subject, and the latest subject wins.
    case("Constellation Energy said the deal would preserve 1,100 jobs. The reactor closed in "
         "2019 and may reopen. It signed a 20-year agreement last year with Microsoft to restart "
         "a reactor at Three Mile Island.",
         deal("power", "Microsoft", "Constellation Energy")),
    case("Vistra said demand was strong. Constellation Energy said the deal would preserve 1,100 "
         "jobs. It signed a 20-year agreement last year with Microsoft to restart a reactor at "
         "Three Mile Island.",
         deal("power", "Microsoft", "Constellation Energy")),
    case("Intel agreed to sell its Altera programmable chip unit to Silver Lake for $4.46 "
         "billion. Intel completed its acquisition of Altera in 2015 for $16.7 billion.",
         deal("acquisition", "Silver Lake", "Intel", "Altera", 4.46 * B),
         deal("acquisition", "Intel", None, "Altera", 16.7 * B)),
    case("AMD agreed to sell the server manufacturing business of ZT Systems to Sanmina for $3 "
         "billion. AMD closed its purchase of ZT Systems in March.",
         deal("acquisition", "Sanmina", "AMD", "ZT Systems", 3 * B),
         deal("acquisition", "AMD", None, "ZT Systems", None)),
    wire("Cronus Industries Inc said it agreed to sell its Southwestern Engineering Co unit. The "
         "company said the sale to Senior Engineering Group PLC will take place this month.",
         deal("acquisition", "Senior Engineering Group", "Cronus Industries",
              "Southwestern Engineering", None)),
    case("Meta Platforms signed a deal with CoreWeave for AI computing capacity. The agreement "
         "is worth $14.2 billion and runs through 2031.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14.2 * B)),
    case("CoreWeave said on Tuesday it signed a new contract with Meta Platforms. The deal, worth "
         "up to $14.2 billion, gives Meta access to Nvidia GB300 systems.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14.2 * B)),
    wire("Dixons Group Plc said it agreed to acquire Cyclops Corp. The deal is valued at about 384 "
         "mln dlrs.",
         deal("acquisition", "Dixons Group", None, "Cyclops", 384 * M)),
    wire("Ecolab Inc agreed to acquire Chemlawn Corp. Ecolab said the acquisition, valued at 370 "
         "mln dlrs, is expected to close in May.",
         deal("acquisition", "Ecolab", None, "Chemlawn", 370 * M)),
    case("Microsoft signed an agreement with Nebius Group for GPU capacity. Under the agreement, "
         "Nebius will provide Microsoft with dedicated capacity worth $17.4 billion.",
         deal("cloud_capacity", "Microsoft", "Nebius Group", None, 17.4 * B)),
    case("OpenAI agreed to buy computing capacity from Oracle. The contract is valued at $300 "
         "billion over about five years.",
         deal("cloud_capacity", "OpenAI", "Oracle", None, 300 * B)),
    case("Talen Energy agreed to supply Amazon with power from its Susquehanna nuclear plant. The "
         "deal is worth $18 billion.",
         deal("power", "Amazon", "Talen Energy", None, 18 * B)),
    wire("Allegheny International Inc said it agreed to sell its Wilkinson Sword unit. The buyer "
         "is Swedish Match AB, which will pay 230 mln dlrs.",
         deal("acquisition", "Swedish Match", "Allegheny International", "Wilkinson Sword", 230 * M)),
    case("IREN signed a five-year contract with Microsoft. The contract is worth about $9.7 "
         "billion, IREN said.",
         deal("cloud_capacity", "Microsoft", "IREN", None, 9.7 * B)),
    case("Nvidia said it would invest in Intel. The $5 billion investment gives Nvidia about 4% "
         "of the chipmaker.",
         deal("investment", "Nvidia", "Intel", None, 5 * B)),
    case("CoreWeave agreed to acquire Core Scientific. The all-stock transaction is worth about $9 "
         "billion.",
         deal("acquisition", "CoreWeave", None, "Core Scientific", 9 * B)),
    case("Meta Platforms and Google signed a cloud computing contract. The deal is worth more than "
         "$10 billion over six years.",
         deal("cloud_capacity", "Meta Platforms", "Google", None, 10 * B)),
    case("Lambda and Microsoft signed a multibillion-dollar agreement. Under it, Lambda will "
         "deploy Nvidia GB300 systems for Microsoft.",
         deal("cloud_capacity", "Microsoft", "Lambda")),
    wire("Burroughs Corp said it agreed to merge with Sperry Corp. The merger is valued at 4.8 "
         "billion dlrs.",
         deal("merger", "Burroughs", None, "Sperry", 4.8 * B),
         xfail="buyer/target swapped: the new 'X agreed to merge with Y' rule makes Y the buyer;"
               " conventions make the first-named company the buyer unless the survivor is "
               "stated"),
    case("CoreWeave will provide Meta Platforms with capacity under a $21 billion contract. The "
         "agreement extends from 2027 through 2032. CoreWeave operates data centers packed with "
         "GPUs supplied by Nvidia.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 21 * B)),
    wire("Kraft Inc agreed to sell its Duracell unit. Kohlberg Kravis Roberts and Co said it "
         "will pay 1.8 billion dlrs for the unit.",
         deal("acquisition", "Kohlberg Kravis Roberts", "Kraft", "Duracell", 1.8 * B)),
    case("OpenAI signed a deal with Amazon Web Services. Under the $38 billion agreement, OpenAI "
         "will use hundreds of thousands of Nvidia GPUs.",
         deal("cloud_capacity", "OpenAI", "Amazon Web Services", None, 38 * B)),
    wire("Waste Management Inc offered to buy Chemlawn Corp. The offer is worth about 270 mln "
         "dlrs, or 27 dlrs a share.",
         deal("acquisition", "Waste Management", None, "Chemlawn", 270 * M),
         xfail="value missing: 'about 270 mln dlrs, or 27 dlrs a share' - the per-share "
               "lookahead after 270 mln dlrs skips ', or 27 dlrs' and marks the aggregate value "
               "itself as per-share"),
    wire("MacAndrews and Forbes Group said it will acquire Revlon Group Inc for 20.10 dlrs a "
         "share. MacAndrews said it increased its offer to purchase all Revlon common shares.",
         deal("acquisition", "MacAndrews and Forbes", None, "Revlon")),
    wire("Sanwa Bank Ltd has agreed to buy a two pct stake in Oporto-based Banco Portugues de "
         "Investimento Sarl, a Sanwa official said. Sanwa will purchase the shares from "
         "International Finance Corp, a BPI shareholder, for 351 mln yen, he said.",
         deal("acquisition", "Sanwa Bank", "International Finance", "Banco Portugues de Investimento",
              351 * M)),
    wire("Security Pacific Corp and Users Inc said they have agreed to end merger talks. Users said "
         "it signed a letter of intent to merge with Security Pacific Corp in November.",
         deal("merger", "Security Pacific", None, "Users")),
    wire("CBC Bancorp Inc said it will be acquired by Union Planters Corp. CBC said the agreement "
         "would merge CBC Bancorp Inc with Union Planters Corp.",
         deal("acquisition", "Union Planters", None, "CBC Bancorp")),
    wire("Harper and Row Publishers Inc said it rejected the 50 dlrs a share bid by Harcourt Brace "
         "Jovanovich Inc. Harcourt said it does not plan to raise its offer for Harper and Row "
         "Publishers Inc.",
         deal("acquisition", "Harcourt Brace Jovanovich", None, "Harper and Row Publishers")),
]


# -- several deals in one text stay separate -------------------------------------------------

SEVERAL_DEALS = [
    # A competing bid named with its bidder is the bidder's own deal for the same target.
    wire("Kroger Co said it agreed to acquire Dillon Cos Inc for about 600 mln dlrs, topping a "
         "hostile 520 mln dlr bid from American Stores Co.",
         deal("acquisition", "Kroger", None, "Dillon", 600 * M),
         deal("acquisition", "American Stores", None, "Dillon", 520 * M)),
    wire("Allied Corp said it completed its takeover of Bendix Corp. The rival offer from "
         "Martin Marietta Corp lapsed.",
         deal("acquisition", "Allied", None, "Bendix"),
         deal("acquisition", "Martin Marietta", None, "Bendix")),
    wire("Texaco Inc agreed to buy Getty Oil Co for 10.1 billion dlrs in a friendly deal that "
         "tops a competing bid from Pennzoil Co.",
         deal("acquisition", "Texaco", None, "Getty Oil", 10.1 * B),
         deal("acquisition", "Pennzoil", None, "Getty Oil")),
    # ... and a later sentence whose subject is that bidder goes on with its bid.
    wire("Campeau Corp agreed to acquire Allied Stores Corp for 3.5 billion dlrs, topping a "
         "hostile tender offer from DeBartolo Corp of Ohio. DeBartolo launched its own offer of "
         "67 dlrs a share, or about 3.0 billion dlrs, last week.",
         deal("acquisition", "Campeau", None, "Allied Stores", 3.5 * B),
         deal("acquisition", "DeBartolo", None, "Allied Stores", 3.0 * B)),
    # "Separately, ..." tells another deal, even between the same two companies.
    case("Nscale signed a contract with Microsoft to deploy 104,000 GPUs in Texas. Separately, "
         "Nscale said it would install 12,600 GPUs for Microsoft in Portugal.",
         deal("cloud_capacity", "Microsoft", "Nscale"),
         deal("cloud_capacity", "Microsoft", "Nscale")),
    # A deal noun with parties of its own after "build on", "follows": an earlier deal.
    case("Meta signed an agreement with Vistra to buy power from its Ohio plants. The agreements "
         "build on Meta's 20-year agreement with Constellation Energy for the Clinton plant.",
         deal("power", "Meta", "Vistra"),
         deal("power", "Meta", "Constellation Energy")),
    case("Microsoft signed a $9.7 billion contract with IREN. The contract follows Microsoft's "
         "agreement with Nebius Group in September.",
         deal("cloud_capacity", "Microsoft", "IREN", None, 9.7 * B),
         deal("cloud_capacity", "Microsoft", "Nebius Group")),
    case("Microsoft signed a $9.7 billion contract with IREN. The contract builds on the "
         "agreement announced in June.",
         deal("cloud_capacity", "Microsoft", "IREN", None, 9.7 * B)),
    # A clause whose verb is left out ("and Microsoft up to $5 billion") is a second deal with
    # its own subject and amount.
    case("Nvidia will invest up to $10 billion in Anthropic and Microsoft up to $5 billion, the "
         "companies said.",
         deal("investment", "Nvidia", "Anthropic", None, 10 * B),
         deal("investment", "Microsoft", "Anthropic", None, 5 * B)),
    case("SoftBank will invest $30 billion in OpenAI and Microsoft about $10 billion.",
         deal("investment", "SoftBank", "OpenAI", None, 30 * B),
         deal("investment", "Microsoft", "OpenAI", None, 10 * B)),
    wire("Sanwa Bank will buy 4.9 pct of Banca Popolare for 200 mln dlrs and Sumitomo Bank 3.1 "
         "pct for 120 mln dlrs.",
         deal("acquisition", "Sanwa Bank", None, "Banca Popolare", 200 * M),
         deal("acquisition", "Sumitomo Bank", None, "Banca Popolare", 120 * M),
         xfail="the gapped clause's amount is not right after its company ('Sumitomo Bank 3.1 "
               "pct for 120 mln dlrs')"),
    # A deal noun joined by "and" with a counterparty of its own: a second deal.
    case("The IREN award follows Microsoft's $17.4 billion agreement with Nebius Group in "
         "September, and a multibillion-dollar deal with Lambda that was announced on Monday.",
         deal("cloud_capacity", "Microsoft", "Nebius Group", None, 17.4 * B),
         deal("cloud_capacity", "Microsoft", "Lambda", None, None)),
    case("Meta Platforms signed a $14.2 billion contract with CoreWeave and a $3 billion "
         "agreement with Nebius Group.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14.2 * B),
         deal("cloud_capacity", "Meta Platforms", "Nebius Group", None, 3 * B)),
    case("Meta Platforms signed a $14.2 billion deal with CoreWeave. The agreement builds on an "
         "earlier $21 billion contract between the two companies.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14.2 * B),
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 21 * B)),
    case("Microsoft signed a $19.4 billion contract with Nebius Group for GPU capacity. In "
         "parallel, it agreed to a $9.7 billion deal with IREN.",
         deal("cloud_capacity", "Microsoft", "Nebius Group", None, 19.4 * B),
         deal("cloud_capacity", "Microsoft", "IREN", None, 9.7 * B)),
    # Buying a vendor's chips is a chip deal, whatever else the vendor sells.
    case("Meta Platforms signed a $10 billion cloud deal with Google. Meta is also in talks to buy "
         "TPUs from Google for its own data centers starting in 2027.",
         deal("cloud_capacity", "Meta Platforms", "Google", None, 10 * B),
         deal("chip_supply", "Meta Platforms", "Google")),
    # A deal verb joined by "and" with material of its own (a company, a value, hardware)
    # and a type, status or counterparty of its own: a second deal of the same subject.
    case("Meta Platforms is in talks to spend billions of dollars on Google's tensor processing "
         "units starting in 2027, The Information reported, and may also rent TPUs from Google "
         "Cloud as early as next year.",
         deal("chip_supply", "Meta Platforms", "Google"),
         deal("cloud_capacity", "Meta Platforms", "Google Cloud")),
    case("OpenAI agreed to buy $10 billion of custom chips from Broadcom and will rent capacity "
         "from Oracle Corp.",
         deal("chip_supply", "OpenAI", "Broadcom", None, 10 * B),
         deal("cloud_capacity", "OpenAI", "Oracle")),
    wire("Dart Group Corp said it has acquired a 4.6 pct stake in Supermarkets General Corp and "
         "offered to buy the rest of the company for 41.75 dlrs a share, or about 1.62 billion "
         "dlrs.",
         deal("acquisition", "Dart Group", None, "Supermarkets General"),
         deal("acquisition", "Dart Group", None, "Supermarkets General", 1.62 * B)),
    wire("Pantry Pride Inc said it has bought 900,000 shares of Revlon Group Inc and agreed to "
         "sell its cosmetics unit to Hanson Trust Plc for 80 mln dlrs.",
         deal("acquisition", "Pantry Pride", None, "Revlon Group"),
         deal("acquisition", "Hanson Trust", "Pantry Pride", "cosmetics unit", 80 * M)),
    # ... but not one deal told with two verbs, nor a verb too general to tell a deal there.
    case("Microsoft agreed to buy $10 billion of GPU capacity from CoreWeave and will pay for "
         "it over five years.",
         deal("cloud_capacity", "Microsoft", "CoreWeave", None, 10 * B)),
    wire("Ecolab Inc agreed to acquire Chemlawn Corp for 370 mln dlrs and will merge it with its "
         "lawn care unit.",
         deal("acquisition", "Ecolab", None, "Chemlawn", 370 * M)),
    wire("MTS said the offer is conditioned on financing to buy all Caesars World Inc shares and "
         "pay related costs and approval by the New Jersey Casino control Commission.",
         deal("acquisition", "MTS", None, "Caesars World")),
    case("OpenAI signed a $38 billion deal with Amazon Web Services. It follows OpenAI's $300 "
         "billion contract with Oracle Corp.",
         deal("cloud_capacity", "OpenAI", "Amazon Web Services", None, 38 * B),
         deal("cloud_capacity", "OpenAI", "Oracle", None, 300 * B)),
    wire("Dixons Group Plc agreed to acquire Cyclops Corp for 384 mln dlrs. Dixons also agreed to "
         "sell Cyclops' steel operations to Allegheny Ludlum Corp.",
         deal("acquisition", "Dixons Group", None, "Cyclops", 384 * M),
         deal("acquisition", "Allegheny Ludlum", "Dixons Group", "Cyclops"),
         xfail="second deal target missing: 'sell Cyclops' steel operations to Allegheny Ludlum'"
               " - possessive unit not taken as target"),
    case("Nvidia will invest $5 billion in Intel, and the two companies will jointly develop data "
         "center and PC products.",
         deal("investment", "Nvidia", "Intel", None, 5 * B),
         deal("partnership", "Nvidia", "Intel"),
         xfail="second deal missing: 'the two companies will jointly develop ... products' "
               "(partnership) not told; 'develop' is a build trigger with no party"),
    case("Advanced Micro Devices will supply OpenAI with Instinct GPUs under a multiyear "
         "agreement. As part of the deal, AMD granted OpenAI a warrant for up to 160 million AMD "
         "shares.",
         deal("chip_supply", "OpenAI", "Advanced Micro Devices"),
         deal("investment", "OpenAI", "Advanced Micro Devices"),
         xfail="second deal missing: 'As part of the deal, AMD granted OpenAI a warrant' is "
               "taken as a continuation of the supply deal (and 'granted ... a warrant' is no "
               "trigger)"),
    case("Meta Platforms signed power agreements with Vistra and Oklo.",
         deal("power", "Meta Platforms", "Vistra"),
         deal("power", "Meta Platforms", "Oklo")),
    wire("Ecolab Inc agreed to acquire Chemlawn Corp for 370 mln dlrs, topping an earlier 27 dlr "
         "a share bid by Waste Management Inc.",
         deal("acquisition", "Ecolab", None, "Chemlawn", 370 * M),
         deal("acquisition", "Waste Management", None, "Chemlawn"),
         xfail="second deal missing: 'topping an earlier 27 dlr a share bid by Waste Management "
               "Inc' - the rival bid is not a separate record"),
    case("Anthropic agreed to buy $30 billion of Azure compute capacity from Microsoft. "
         "Separately, Nvidia will invest up to $10 billion in Anthropic.",
         deal("cloud_capacity", "Anthropic", "Microsoft", None, 30 * B),
         deal("investment", "Nvidia", "Anthropic", None, 10 * B)),
    case("CoreWeave signed a $14.2 billion deal with Meta Platforms. OpenAI separately signed a "
         "$6.5 billion expansion with CoreWeave.",
         deal("cloud_capacity", "Meta Platforms", "CoreWeave", None, 14.2 * B),
         deal("cloud_capacity", "OpenAI", "CoreWeave", None, 6.5 * B)),
    case("Cipher Mining signed a $5.5 billion lease with Amazon Web Services and a separate $3 "
         "billion deal with Fluidstack.",
         deal("data_center", "Amazon Web Services", "Cipher Mining", None, 5.5 * B),
         deal("data_center", "Fluidstack", "Cipher Mining", None, 3 * B),
         xfail="second deal wrong: 'a separate $3 billion deal with Fluidstack' gets AWS as "
               "counterparty (Fluidstack lost); both typed cloud_capacity with Cipher as buyer"),
    wire("Kraft Inc agreed to be acquired by Philip Morris Cos for 12.9 billion dlrs. Kraft "
         "earlier agreed to sell its Duracell unit to Kohlberg Kravis Roberts and Co for 1.8 "
         "billion dlrs.",
         deal("acquisition", "Philip Morris", None, "Kraft", 12.9 * B),
         deal("acquisition", "Kohlberg Kravis Roberts", "Kraft", "Duracell", 1.8 * B)),
    case("Nebius Group signed a $3 billion contract with Meta Platforms. Nebius is also in talks "
         "with Microsoft over a larger capacity deal, people familiar with the matter said.",
         deal("cloud_capacity", "Meta Platforms", "Nebius Group", None, 3 * B),
         deal("cloud_capacity", "Microsoft", "Nebius Group"),
         xfail="second deal missing: 'Nebius is also in talks with Microsoft over a larger "
               "capacity deal' - a deal noun without a numeric value is not told"),
    wire("Hanson Trust Plc won control of Imperial Group Plc with a 2.5 billion stg offer after "
         "United Biscuits Holdings Plc withdrew its rival bid.",
         deal("acquisition", "Hanson Trust", None, "Imperial Group", 2.5 * B),
         deal("acquisition", "United Biscuits", None, "Imperial Group"),
         xfail="no deals: 'won control of Imperial Group with a 2.5 billion stg offer' (no "
               "target after 'offer') and 'withdrew its rival bid' (no target) are both lost"),
    case("Talen Energy agreed to supply Amazon with nuclear power in an $18 billion deal. Amazon "
         "also bought Talen's Cumulus data center campus for $650 million.",
         deal("power", "Amazon", "Talen Energy", None, 18 * B),
         deal("acquisition", "Amazon", "Talen Energy", "Cumulus", 650 * M),
         xfail="bare 'Amazon' not recognized in either sentence: the power deal has no buyer, "
               "and the Cumulus purchase has no buyer and takes 'Talen' as target instead of "
               "seller"),
    case("Microsoft signed a $17.4 billion deal with Nebius Group. It also agreed to pay Nscale "
         "$14 billion for Nvidia GB300 capacity.",
         deal("cloud_capacity", "Microsoft", "Nebius Group", None, 17.4 * B),
         deal("cloud_capacity", "Microsoft", "Nscale", None, 14 * B)),
    case("OpenAI will buy chips from Broadcom under a 10-gigawatt agreement, in addition to its "
         "6-gigawatt deal with Advanced Micro Devices.",
         deal("chip_supply", "OpenAI", "Broadcom"),
         deal("chip_supply", "OpenAI", "Advanced Micro Devices"),
         xfail="second deal missing: 'in addition to its 6-gigawatt deal with Advanced Micro "
               "Devices' is not told as a separate deal"),
]


# -- not deals -------------------------------------------------------------------------------

NOT_DEALS = [
    # Providing a financial backstop or a loan is no supply.
    none("Google has agreed to provide a financial backstop for Fluidstack's lease payment "
         "obligations during the base term."),
    none("JPMorgan will provide a $2 billion bridge loan to CoreWeave, the bank said."),
    # Taking anything else is no purchase.
    none("Microsoft will take a $10 billion charge from Nebius."),
    none("Oracle will take a $2 billion write-down on capacity from Microsoft."),
    # Members of an open list ("including ...") are examples, not parties.
    none("OpenAI has raised tens of billions of dollars from investors including SoftBank and "
         "Microsoft."),
    none("OpenAI will rely on capacity from cloud partners including Oracle and CoreWeave."),
    # An unnamed part of a company for sale, with no buyer or price.
    wire("Allegis Corp said it planned to sell some of its hotel businesses to reduce debt."),
    none("Intel said it plans to sell certain non-core assets over the next year."),
    # A product's price: "sells for" and an amount.
    none("Chief executive Jensen Huang told CNBC on Tuesday that the Nvidia GPU sells for about "
         "$30,000 to $40,000."),
    none("The Instinct MI300X sells for around $15,000, AMD Chief Executive Lisa Su said."),
    none("Apple Inc said the new Macintosh II sells for 3,898 dlrs.", published=WIRE),
    none("Bamberger Polymers Inc has sold a total of 600,000 shares and received net proceeds of "
         "about 4.8 mln dlrs since the February offering.", published=WIRE),
    none("The company has said it expects to sell several other units during the year.",
         published=WIRE),
    none("Shell chief executive Wael Sawan has said he would prefer to buy back the company's own "
         "shares rather than pursue a large acquisition."),
    none("Apple Inc said it bought back $20 billion of its shares in the quarter."),
    none("Shell said it would not make an offer for BP."),
    none("Following the acquisition, a Piosec Technology Ltd spokesman said the company has 6.5 "
         "mln shares outstanding.", published=WIRE),
    none("After the offer, Southmark Corp will retain about 82 pct of the shares.",
         published=WIRE),
    none("General Acquisition Co said it was disappointed by Gencorp Inc's response to its "
         "proposal.", published=WIRE),  # no trigger inside a company's name
    none("FCS Laboratories said its investment banker, Butcher and Singer Inc, received a "
         "preliminary merger proposal from another company.", published=WIRE),
    none("Valor Plc said it has arranged financing through an issue of ordinary shares "
         "underwritten by Hoare Govett Ltd and Barclays de Zoete Wedd Ltd.", published=WIRE),
    none("Norton said it will provide the South African unit of Global Mining Corp with technical "
         "support.", published=WIRE),
    none("Thomas Leasing Corp leases and re-markets used International Business Machines Corp "
         "equipment, Pacific Holdings Inc said.", published=WIRE),
    none("The reactor will be brought back online in 2028 after a four-year shutdown."),
    none("Dome Petroleum Ltd also has tax credits worth about 2.5 billion dlrs, the company said.",
         published=WIRE),
    none("In the year to end March, Flagstone Services reported pre-tax profits of 2.0 mln dlrs "
         "on sales of 40 mln dlrs.", published=WIRE),
    none("The Justice Department and the Federal Trade Commission have cleared the deal, the "
         "companies said."),
    none("The combined value of Meta Platforms' contracts with CoreWeave now totals $35.2 "
         "billion."),
    none("The market for AI cloud computing could reach $400 billion by 2030, analysts at "
         "Bernstein estimated."),
    none("CoreWeave reported third-quarter revenue of $1.36 billion, more than double a year "
         "earlier."),
    none("Nvidia shares rose 3% to $187.62 after the company reported record data center "
         "revenue."),
    none("Advanced Micro Devices competes with Nvidia in the market for AI accelerators."),
    none("Alphabet raised its 2025 capital-spending forecast to $91 billion from $85 billion."),
    none("Microsoft expects to spend about $80 billion on AI data centers in its current fiscal "
         "year."),
    none("AMD expects more than $4 billion of data center GPU revenue this year."),
    none("Amazon has invested $8 billion in Anthropic to date."),
    wire("The Flick group's holdings include a 10 pct stake in Daimler-Benz AG and control of "
         "Feldmuehle AG."),
    none("Crusoe raised the money for the buildings from a joint venture involving Blue Owl "
         "Capital and Primary Digital Infrastructure."),
    none("Microsoft has invested about $13 billion in OpenAI since 2019, and its shares hit a "
         "record."),
    none("Nvidia has so far put more than $2 billion into CoreWeave."),

    none("Meta Platforms will spend $66 billion to $72 billion on data centers and servers in "
         "2025."),
    none("SoftBank Group has no plans to sell its stake in Arm Holdings, a spokesman said."),
    none("Meta Platforms denied a report that it was in talks to acquire CoreWeave."),
    none("Chemlawn shares closed at 35.75 dlrs, up 3-1/8, on the New York Stock Exchange.",
         published=WIRE),
    none("Dixons Group Plc said its pre-tax profit rose to 62.5 mln stg from 49.5 mln stg.",
         published=WIRE),
    none("Ecolab Inc said first-quarter net income rose to 12.3 mln dlrs, or 48 cts a share.",
         published=WIRE),
    none("If OpenAI were to build its own chips, it would need to spend more than $100 billion, "
         "analysts said."),
    none("Oracle's remaining performance obligations, a measure of contracted revenue, rose to "
         "$455 billion."),
    none("Rivals such as Google and Amazon are also building custom AI chips."),
    none("H100 rental prices have fallen to about $2 an hour at neoclouds such as Lambda and "
         "CoreWeave."),
    none("CoreWeave's backlog stood at $55.6 billion at the end of the quarter."),
    none("Nvidia's market value topped $4 trillion for the first time on Wednesday."),
    none("Amazon, Microsoft, Alphabet and Meta Platforms are expected to spend more than $350 "
         "billion combined on capital expenditures this year."),
    none("Broadcom said it expects AI revenue of $6.2 billion in the fourth quarter."),
    none("Allegheny International Inc said it would not sell its Sunbeam unit.", published=WIRE),
    none("The offer is worth 25 dlrs a share.", published=WIRE),
    none("Analysts said Microsoft could sign more deals with neoclouds like Nebius and IREN."),
    none("Anthropic's annualized revenue run rate grew to more than $5 billion in August."),
    none("Crusoe's chief executive said the company is not for sale."),
    none("Oracle said it will spend $25 billion on capital expenditures next year."),
    none("GPU prices at CoreWeave averaged $2.20 per hour, compared with $3.50 at Amazon Web "
         "Services."),
    none("Lambda said it has more than 25,000 Nvidia GPUs in service."),
    none("Dixons Group Plc shares fell 12 pence to 380 pence after it raised 250 mln stg in a "
         "rights issue.", published=WIRE),
    none("Cyclops Corp said it is not in talks with any party about a sale of the company.",
         published=WIRE),
    none("OpenAI competes with Anthropic and Google for enterprise customers."),
    none("CoreWeave stock has more than tripled since its March IPO at $40 a share."),
    none("Nvidia reported data center revenue of $41.1 billion, up 56% from a year earlier."),
    none("Microsoft said it has no plans to buy capacity from Nebius beyond its existing "
         "contract."),
    none("Meta Platforms' capital expenditures this year will be $70 billion to $72 billion, "
         "the company said."),
    none("Sales of AI accelerators by Advanced Micro Devices will top $10 billion next year, "
         "analysts estimate."),
    none("Constellation Energy shares jumped 14% to a record $340 on Tuesday."),
    none("Talen Energy's revenue rose to $630 million in the quarter, Talen said."),
    none("Allegheny International Inc denied that it was for sale.", published=WIRE),
    none("The total value of AI infrastructure deals announced this year exceeds $1 trillion."),
]


# -- one field of a deal ---------------------------------------------------------------------

STATUS = [
    field("USAir Group Inc said it agreed to acquire Piedmont Aviation Inc for 1.59 billion dlrs. "
          "USAir has rejected the Trans World Airlines bid as inadequate.", "signed",
          published=WIRE),
    # A deal that is part of the current one shares its status, unless it tells its own.
    field("Microsoft has agreed to buy $17.4 billion of GPU capacity from Nebius Group. As part "
          "of the arrangement, Nvidia will invest $700 million in Nebius, Nebius said.",
          "signed", who="Nvidia"),
    field("Mistral AI raised 1.7 billion euros led by ASML Holding. Alongside the investment, "
          "Nvidia and Mistral AI announced a long-term collaboration agreement.", "announced",
          who="Nvidia"),
    # A time clause is a clause of its own: its verbs say nothing of the deal's status.
    field("Silver Lake will invest Rs 5,655.75 crore in Jio Platforms, Reliance Industries said "
          "on Monday, less than two weeks after Facebook agreed to pick up 9.99 per cent of the "
          "unit.", "announced", who="Silver Lake"),
    field("Microsoft will buy $9.7 billion of cloud capacity from IREN, the companies said, days "
          "after Nebius completed its own deal with Microsoft.", "announced", who="IREN"),
    field("Dart Group Corp said it offered to buy Supermarkets General Corp for 41.75 dlrs a "
          "share.", "planned", published=WIRE),
    field("Meta Platforms signed a $14.2 billion contract with CoreWeave.", "signed"),
    field("Ecolab Inc said it agreed to acquire Chemlawn Corp for 370 mln dlrs.", "signed",
          published=WIRE),
    field("Nebius Group entered into a definitive agreement to provide Microsoft with GPU "
          "capacity worth $17.4 billion.", "signed"),
    field("Burroughs Corp and Sperry Corp reached a definitive agreement to merge in a 4.8 "
          "billion dlr deal.", "signed", published=WIRE),
    field("Nvidia announced a $5 billion investment in Intel on Thursday.", "announced"),
    field("Talen Energy disclosed an $18 billion power supply agreement with Amazon in a "
          "regulatory filing.", "announced"),
    field("Broadcom unveiled a deal to supply OpenAI with custom accelerators worth $10 billion.",
          "announced"),
    field("Advanced Micro Devices completed its $4.9 billion acquisition of ZT Systems.",
          "completed"),
    field("General Electric Co said it closed its acquisition of RCA Corp for 6.28 billion dlrs.",
          "completed", published=WIRE),
    field("Hewlett Packard Enterprise closed its $14 billion purchase of Juniper Networks on "
          "Wednesday.", "completed"),
    field("Wickes Cos Inc said it completed the purchase of Collins and Aikman Corp for 1.16 "
          "billion dlrs.", "completed", published=WIRE),
    # The deal's own verb, when no cue word says more than "said": a past tense of a takeover
    # verb is completed, of another deal verb signed; a headline's present or "to" is signed.
    field("Allegheny International Inc said it sold its Wilkinson Sword unit to Swedish Match "
          "AB for 230 mln dlrs.", "completed", published=WIRE),
    field("Amazon Web Services bought Talen Energy's Cumulus data center campus for $650 "
          "million in March 2024.", "completed"),
    field("UniCredit bought a 4.5% stake in Commerzbank from the German government for "
          "EUR702 million.", "completed"),
    field("Wilkinson Sword was acquired by Allegheny International Inc for 230 mln dlrs in "
          "1980.", "completed", published=WIRE),
    field("Hanson Trust Plc said it has won control of Imperial Group Plc in a takeover "
          "valuing the group at about 2.5 billion stg.", "completed", published=WIRE),
    field("SoftBank Group said it purchased Ampere Computing for $6.5 billion.", "completed"),
    field("Oracle leased a 1.2-gigawatt campus in Abilene, Texas from Crusoe for $15 billion.",
          "signed"),
    field("Microsoft said it rented Nvidia GPUs worth $19.4 billion from Nebius Group.",
          "signed"),
    field("AMD to sell ZT Systems manufacturing arm to Sanmina for $3 billion", "signed"),
    field("Meta sells majority of Louisiana AI campus to Blue Owl in $27 billion financing",
          "signed"),
    field("Nvidia licenses Groq's inference technology from Groq in $20 billion deal",
          "signed"),
    field("Mistral AI raises EUR1.7 billion in Series C led by ASML", "completed"),
    field("Kraft Inc agreed to sell its Duracell battery unit to Kohlberg Kravis Roberts and Co "
          "for 1.8 billion dlrs.", "signed", published=WIRE),
    field("Dixons Group Plc agreed to be acquired by Cyclops Corp for 384 mln dlrs.", "signed",
          published=WIRE),
    field("Amazon said it will invest $4 billion in Anthropic.", "announced"),
    field("In return, Google received warrants that would give it roughly a 5.4% equity stake "
          "in Cipher Mining.", "signed"),
    field("Amazon.com Inc said on Friday it will invest an additional $4 billion in Anthropic, "
          "while Anthropic agreed to use AWS Trainium chips to train its models.", "announced"),
    field("Allegheny International Inc said it will sell its Wilkinson Sword unit to Swedish "
          "Match AB for 230 mln dlrs.", "announced", published=WIRE),
    field("British Petroleum Co Plc said it will offer 70 dlrs a share for Standard Oil Co, or "
          "about 7.4 billion dlrs. The directors urged shareholders to take no action until "
          "they completed their review.", "planned", published=WIRE),
    field("Ecolab Inc agreed to acquire Chemlawn Corp for 370 mln dlrs. The acquisition was "
          "completed in May.", "completed", published=WIRE),
    field("Dome Petroleum Ltd said its board accepted a takeover offer from Amoco Corp valued "
          "at about 5.5 billion Canadian dlrs.", "signed", published=WIRE),
    field("Under a 20-year power purchase agreement with Vistra Corp, Meta Platforms will buy "
          "2.1 gigawatts of energy from Vistra.", "signed"),
    # A change to an agreement that exists: the deal is signed.
    field("Talen Energy Corp said on Wednesday it had expanded its power agreement with Amazon, "
          "under which it will supply up to 1.92 gigawatts from its nuclear plant.", "signed"),
    field("Lumen Technologies has extended its fiber contract with Microsoft by five years, the "
          "company said on Tuesday.", "signed"),
    field("Oracle said it had broadened its cloud contract with OpenAI, adding 4.5 gigawatts of "
          "capacity.", "signed"),
    field("Microsoft amends GPU lease with CoreWeave", "signed"),
    field("Nebius said on Monday it had upsized its GPU capacity agreement with Microsoft to "
          "$19.4 billion.", "signed"),
    # ... but not an offer extended or an expanded thing that is not an agreement.
    field("Ecolab Inc extended its tender offer for Chemlawn Corp to March 20.", "planned",
          published=WIRE),
    field("Meta said it expanded its data center footprint and will rent capacity from "
          "CoreWeave, the companies said.", "announced"),
    # An earlier agreement a deal builds on exists: it is signed, whatever else the sentence
    # plans.
    field("Meta signed an agreement with Vistra on Friday. The agreement builds on Meta's "
          "20-year agreement with Constellation Energy for the Clinton plant, and on a request "
          "for proposals seeking new nuclear capacity.", "signed", who="Constellation Energy"),
    field("Microsoft signed a $9.7 billion contract with IREN, the companies said on Monday. "
          "The award follows Microsoft's $17.4 billion agreement with Nebius in September.",
          "signed", who="Nebius"),
    # A competing bid is planned, unless the sentence ends it.
    field("Allied Corp said it completed its takeover of Bendix Corp. The rival offer from "
          "Martin Marietta Corp lapsed.", "terminated", who="Martin Marietta", published=WIRE),
    field("Chemlawn Corp agreed to be acquired by Ecolab Inc for 370 mln dlrs, topping a hostile "
          "offer from Waste Management Inc.", "planned", who="Waste Management",
          published=WIRE),
    field("Under the plan, Dixons Group Plc would offer 384 mln dlrs for Cyclops Corp.",
          "planned", published=WIRE),
    # A cue as an adjective on something else says nothing of the deal.
    field("OpenAI will invest $350 million in CoreWeave ahead of the company's planned stock "
          "market listing, CoreWeave said.", "announced"),
    field("Chrysler Corp valued its planned acquisition of American Motors Corp at 757 mln dlrs.",
          "planned", published=WIRE),
    # A headline's status gives way to the lead's.
    field("OpenAI agrees to buy $300 billion in computing power from Oracle - WSJ\n\nOpenAI has "
          "signed a contract with Oracle to purchase $300 billion of computing power, the Wall "
          "Street Journal reported.", "reported"),
    field("Meta in talks to spend billions on Google's AI chips, report says", "planned"),
    field("OpenAI plans to buy $10 billion of custom chips from Broadcom.", "planned"),
    field("Meta Platforms is in talks to rent TPUs from Google Cloud for $10 billion.",
          "planned"),
    field("Meta Platforms, Google in talks over a $10 billion cloud computing deal.", "planned",
         xfail="no deal: headline 'X, Y in talks over a $N ... deal' - the later name is taken "
               "as subject and the comma-joined first party is not taken as counterparty (one "
               "party)"),
    field("Waste Management Inc said it seeks to acquire Chemlawn Corp for 270 mln dlrs.",
          "planned", published=WIRE),
    field("Dixons Group Plc made a 384 mln dlr offer for Cyclops Corp.", "planned",
          published=WIRE),
    field("xAI is seeking to raise $10 billion from investors led by Valor Equity Partners.",
          "planned"),
    field("Oracle agreed to sell $300 billion of computing power to OpenAI, according to people "
          "familiar with the matter.", "reported"),
    field("Meta Platforms signed a $10 billion cloud deal with Google, The Information reported.",
          "reported"),
    field("OpenAI has agreed to buy 750 megawatts of computing capacity from Cerebras Systems, "
          "the companies said, in a deal worth more than $10 billion according to a person "
          "familiar with the matter.", "signed"),
    field("Reports indicate that Microsoft will pay Lambda about $1.5 billion for GPU capacity.",
          "reported"),
    field("Anthropic is in talks to raise $5 billion from investors led by ICONIQ, people "
          "familiar with the matter said.", "reported"),
    field("Dart Group Corp withdrew its 1.6 billion dlr offer for Safeway Stores Inc.",
          "terminated", published=WIRE),
    field("Nvidia called off its $40 billion acquisition of Arm Holdings, citing regulatory "
          "challenges.", "terminated"),
    field("United Biscuits Holdings Plc withdrew its 2.7 billion stg bid for Imperial Group Plc.",
          "terminated", published=WIRE),
    field("Microsoft terminated a $10 billion contract with CoreWeave for GPU capacity.",
          "terminated"),
    field("Broadcom terminated its agreement to acquire Qualcomm for $117 billion.",
          "terminated"),
    field("Cyclops Corp said its agreement to be acquired by Dixons Group Plc for 384 mln dlrs "
          "was terminated.", "terminated", published=WIRE),
    field("Microsoft signed a deal with Nebius Group worth $17.4 billion. The deal was disclosed "
          "in a filing on Monday.", "signed"),
    field("Meta Platforms agreed to acquire a 49% stake in Scale AI for $14.3 billion, the "
          "companies announced.", "signed"),
]

TERM = [
    # A term told by its start alone ("beginning in 2027") gives a start to one without.
    field("Hut 8 has signed a 15-year lease with Fluidstack for 245 megawatts of capacity at its "
          "River Bend campus. Hut 8 expects to deliver the capacity in phases beginning in 2027.",
          ("2027", None, "P15Y")),
    # A time clause with a company of its own as subject tells that company's business.
    field("Nscale signed a five-year contract with Microsoft to supply computing capacity in "
          "Norway. The contract came a day after Alphabet pledged 5 billion pounds of investment "
          "in Britain from 2025 to 2027.", (None, None, "P5Y")),
    # The seller's next sentence tells when supply begins: the term's start.
    field("OpenAI has signed a contract with Oracle to purchase $300 billion worth of computing "
          "power over roughly five years. Oracle would begin providing the computing power in "
          "2027.", ("2027", None, "P5Y")),
    field("Microsoft signed a five-year contract with Nebius Group for GPU capacity. Nebius will "
          "start delivering the capacity in the first quarter of 2026.", ("2026-01", None, "P5Y")),
    field("AMD signed a definitive agreement to supply OpenAI with 6 gigawatts of Instinct GPUs, "
          "beginning with a 1-gigawatt MI450 deployment in the second half of 2026.",
          ("2026-07", None, None)),
    # A later sentence on the agreement itself adds the bound the first telling lacked; one on
    # what is delivered tells a deployment schedule.
    field("Meta Platforms has signed a 20-year agreement to buy the output of Constellation "
          "Energy's Clinton plant. The power purchase agreement covers 1,121 megawatts and "
          "begins in June 2027.", ("2027-06", None, "P20Y")),
    field("Nebius Group signed a multi-year agreement to provide Microsoft with GPU capacity "
          "worth $17.4 billion. The agreement runs through 2031.", (None, "2031", None)),
    field("IREN signed a five-year, $9.7 billion contract to provide Microsoft with GPUs. The "
          "GPUs will be deployed in phases through 2026.", (None, None, "P5Y")),
    field("Meta Platforms signed a $14.2 billion deal with CoreWeave that runs through December "
          "2031.", (None, "2031-12", None)),
    field("CoreWeave will provide Meta Platforms with capacity under a $21 billion contract. The "
          "agreement extends from 2027 through 2032.", ("2027", "2032", "P6Y")),
    field("Microsoft signed a five-year, $9.7 billion contract with IREN.", (None, None, "P5Y")),
    field("Nebius Group will supply GPU capacity to Microsoft over five years in a $17.4 billion "
          "deal.", (None, None, "P5Y")),
    field("Talen Energy will supply Amazon with nuclear power through 2042 under an $18 billion "
          "agreement.", (None, "2042", None)),
    field("Microsoft signed a 20-year power purchase agreement with Constellation Energy starting "
          "in 2028.", ("2028", None, "P20Y")),
    field("Amazon Web Services signed a 15-year lease with Cipher Mining worth $5.5 billion.",
          (None, None, "P15Y")),
    field("Google signed a $10 billion, six-year cloud contract with Meta Platforms.",
          (None, None, "P6Y")),
    field("Fluidstack signed a 10-year colocation agreement with TeraWulf worth about $3.7 "
          "billion.", (None, None, "P10Y")),
    field("OpenAI signed a $38 billion deal with Amazon Web Services. The contract runs for seven "
          "years.", (None, None, "P7Y")),
    field("Microsoft agreed to buy $1.5 billion of capacity from Lambda until 2030.",
          (None, "2030", None)),
    field("OpenAI agreed to pay CoreWeave $11.9 billion for capacity. The contract runs from 2025 "
          "to 2030.", ("2025", "2030", "P6Y")),
    # how long a takeover battle or a review took is no contract term
    field("Larkin Foods Plc won control of Selby Mills Plc with a 400 mln stg offer after a "
          "battle fought over almost five months.", None),
    field("Vale Telecom completed its merger with Orbit Mobile after an 18-month review by "
          "regulators.", None),
]

HARDWARE = [
    # A chipmaker's unnamed chips are its own, beside other gear it names; hardware named as
    # the competition is not the deal's.
    field("OpenAI and Broadcom signed a term sheet to deploy 10 gigawatts of custom AI "
          "accelerators. The systems will pair the accelerators with Broadcom's Ethernet "
          "networking gear, a choice that puts the two companies against Nvidia's InfiniBand "
          "technology.", {("Broadcom", "accelerator"), ("Broadcom", "network")}),
    # ... but not what the site can house.
    field("Cipher Mining signed a 10-year lease with Amazon Web Services for 300 megawatts. The "
          "facility will support both air- and liquid-cooled racks for AI workloads.", set()),
    field("Anthropic announced a $10 billion deal to expand its use of Google Cloud's tensor "
          "processing units, gaining access to one million of the custom chips.",
          {("Google", "TPU")}),
    # A system named by its chips counts as the chips; racks and servers that hold named
    # chips are not hardware of their own, whoever makes them.
    field("Oracle leased a campus in Abilene, Texas from Crusoe for $15 billion and installs "
          "the Nvidia GB200 racks there.", {("Nvidia", "GPU")}),
    field("Lambda signed a $1.5 billion deal with Microsoft to deploy Nvidia GB300 NVL72 "
          "systems.", {("Nvidia", "GPU")}),
    field("OpenAI agreed to buy $38 billion of cloud services from Amazon Web Services, with "
          "access to Nvidia GB200 GPUs housed in Amazon EC2 UltraServers.", {("Nvidia", "GPU")}),
    field("Microsoft signed a $2 billion deal with Nscale for Dell servers.", {("Dell", "server")},
          xfail="no hardware: 'Dell servers' is not recognized (Dell is not a hardware vendor "
                "of the lexicon)"),
    # What the story says of the seller in a sentence of its own: by name, "It", or "The ...
    # company".
    field("OpenAI agreed to a $11.9 billion contract with CoreWeave. CoreWeave pivoted to renting "
          "out graphics processors. It operated 32 data centers with more than 250,000 Nvidia "
          "GPUs last year.", {("Nvidia", "GPU")}),
    field("CoreWeave expanded its agreement with OpenAI by $6.5 billion. The Livingston, New "
          "Jersey company rents out clusters built around Nvidia GPUs.", {("Nvidia", "GPU")},
          xfail="no hardware: 'The Livingston, New Jersey company' is resolved to no company "
                "(references.py), so the description has no owner"),
    field("Anthropic committed to buy $30 billion of compute capacity from Microsoft Azure. The "
          "capacity will run on Nvidia systems, starting with Grace Blackwell hardware.",
          {("Nvidia", "GPU")}),
    field("IREN signed a $9.7 billion contract with Microsoft to provide access to Nvidia GB300 "
          "GPUs.", {("Nvidia", "GPU")}),
    field("Meta Platforms signed a $14.2 billion deal with CoreWeave. CoreWeave operates data "
          "centers packed with GPUs supplied by Nvidia.", {("Nvidia", "GPU")}),
    field("Anthropic signed an expanded agreement with Google Cloud to access up to one million "
          "TPUs.", {("Google", "TPU")}),
    field("OpenAI agreed to buy MI450 chips from Advanced Micro Devices in a $90 billion deal.",
          {("AMD", "GPU")}),
    field("Anthropic signed a $4 billion agreement with Amazon Web Services to train its models "
          "on Trainium2 chips.", {("Amazon", "accelerator")}),
    field("Microsoft signed a $19.4 billion deal with Nebius Group for capacity built on Nvidia "
          "GB300 chips.", {("Nvidia", "GPU")}),
    field("Lambda will deploy tens of thousands of Nvidia GPUs for Microsoft under a "
          "multibillion-dollar agreement.", {("Nvidia", "GPU")}),
    field("Microsoft signed a $17.4 billion contract with Nebius Group. Nebius builds its "
          "clusters with Nvidia Blackwell Ultra GPUs.", {("Nvidia", "GPU")},
         xfail="spurious deal: seller description 'Nebius builds its clusters with Nvidia ... "
               "GPUs' is told as a chip_supply deal (Nebius from Nvidia) instead of giving "
               "hardware to Nebius's deal"),
    field("Meta Platforms is in talks to buy Google TPUs worth billions of dollars for its data "
          "centers from Google.", {("Google", "TPU")}),
    field("Humain agreed to buy 18,000 Nvidia GB300 chips from Nvidia.", {("Nvidia", "GPU")}),
    field("Meta Platforms signed a $10 billion lease for a data center campus with Blue Owl "
          "Capital.", set()),
    field("Meta Platforms signed a $14.2 billion deal with CoreWeave. Nvidia competes with "
          "Advanced Micro Devices in AI chips.", set(), who="CoreWeave"),
    field("Microsoft signed a $9.7 billion contract with IREN. The agreement gives Microsoft "
          "access to Nvidia GB300 GPUs at IREN's Texas campus.", {("Nvidia", "GPU")}),
    field("Advanced Micro Devices will supply Meta Platforms with Instinct MI450 GPUs and EPYC "
          "CPUs under a $5 billion deal.", {("AMD", "GPU"), ("AMD", "CPU")}),
]

LOCATION = [
    # A named site's place, when the article tells it.
    field("Microsoft signed a 20-year agreement with Constellation Energy to restart a reactor at "
          "Three Mile Island in Pennsylvania.", "Pennsylvania"),
    field("Talen Energy will supply 1.92 gigawatts to Amazon from its Susquehanna nuclear plant "
          "through 2042. The Susquehanna plant sits in Salem Township, Pennsylvania.",
          "Salem Township, Pennsylvania"),
    field("Constellation Energy signed a 20-year power purchase agreement with Microsoft to bring "
          "the Three Mile Island plant back into service. Constellation will spend $1.6 billion "
          "to restart the reactor, located in Londonderry Township, Pennsylvania.",
          "Londonderry Township, Pennsylvania"),
    # ... and the site's name when it does not.
    field("Talen Energy will supply 1.92 gigawatts to Amazon from its Susquehanna plant through "
          "2042.", "Susquehanna"),
    field("Meta Platforms is building a $10 billion data center in Richland Parish, Louisiana.",
          "Richland Parish, Louisiana"),
    field("Microsoft will pay IREN $9.7 billion for GPU capacity at its Childress, Texas campus.",
          "Childress, Texas"),
    field("Microsoft said it will build a $3.3 billion data center campus in Mount Pleasant, "
          "Wisconsin.", "Mount Pleasant, Wisconsin"),
    field("CoreWeave signed leases worth $7 billion with Applied Digital for its Ellendale, North "
          "Dakota campus.", "Ellendale, North Dakota"),
    field("Google will invest $9 billion in data centers in Oklahoma.", "Oklahoma"),
    field("Nscale signed a $14 billion deal to provide Microsoft with GPU capacity at a site in "
          "Texas.", "Texas"),
    field("Microsoft signed a $19.4 billion deal with Nebius Group for capacity at its Vineland, "
          "New Jersey data center.", "Vineland, New Jersey"),
    field("Meta Platforms signed a $14.2 billion deal with CoreWeave, the Livingston, New "
          "Jersey-based cloud provider said.", None),
    # A later sentence on the deal's capacity places it; one that tells what a company does
    # (it opens with the company) or names another company does not.
    field("IREN signed a $9.7 billion contract to provide Microsoft with Nvidia GPUs. The GPUs "
          "will be deployed through 2026 at IREN's campus in Childress, Texas.",
          "Childress, Texas"),
    field("Nebius Group signed a $17.4 billion deal to provide Microsoft with GPU capacity. The "
          "capacity will be delivered from the company's new data center in Vineland, New "
          "Jersey.", "Vineland, New Jersey"),
    field("Talen Energy will supply Amazon with 1.92 gigawatts of power for $18 billion. The "
          "plant sits in Salem Township, Pennsylvania.", "Salem Township, Pennsylvania"),
    field("Kairos Power signed an agreement to supply Google with 500 megawatts of nuclear "
          "power. The company is building demonstration reactors at its site in Oak Ridge, "
          "Tennessee.", None),
    field("Oracle signed a $20 billion cloud deal with Meta Platforms. Meta is also building "
          "its own data centers, including the Prometheus campus in Ohio.", None),
    field("Oracle signed a $20 billion cloud deal with Meta Platforms. The chips will be housed "
          "at a CoreWeave campus in Abilene, Texas.", "Abilene, Texas", who="Oracle"),
    field("Oracle signed a $20 billion cloud deal with Meta Platforms. Rival CoreWeave runs a "
          "campus in Abilene, Texas.", None, who="Oracle"),
    # Takeovers and investments have no location: a dateline or a headquarters is not one.
    field("SoftBank Group agreed to acquire Ampere Computing, the Santa Clara, California-based "
          "chip designer, for $6.5 billion.", None),
    field("Espoo, Finland - Nokia Corp agreed to acquire Alcatel-Lucent for EUR15.6 billion.",
          None),
]

ANNOUNCED = [
    # ... also when a headline told the deal first.
    field("OpenAI agrees to buy $300 billion in computing power from Oracle - WSJ\n\nSept 11 "
          "(Reuters) - OpenAI has signed a contract with Oracle to purchase $300 billion worth of "
          "computing power, the Wall Street Journal reported on Wednesday.", "2025-09-10",
          published=dt.date(2025, 9, 11)),
    # A dateline gives the day of publication; a day the lead tells is the announcement's.
    field("March 11 (Reuters) - OpenAI has agreed to a five-year contract worth $11.9 billion "
          "with CoreWeave, the cloud provider said on Monday.", "2025-03-10",
          published=dt.date(2025, 3, 11)),
    field("MUMBAI, May 5, 2020: Silver Lake will invest Rs 5,655.75 crore in Jio Platforms, "
          "Reliance Industries said on Monday.", "2020-05-04", published=dt.date(2020, 5, 5)),
    field("SAN JOSE, Calif., March 19, 2024 -- Nvidia Corp said it signed a $2 billion deal "
          "with CoreWeave.", "2024-03-19", published=dt.date(2024, 3, 19)),
    # The date an "announced" or "agreed" names wins over a completion date; not one said of
    # another company's deal in the same sentence.
    field("AMD completed its acquisition of ZT Systems in March. That deal was valued at $4.9 "
          "billion when it was announced last August.", "2025-08"),
    field("Vodafone Group Plc and CK Hutchison Holdings Ltd completed the merger of Vodafone UK "
          "and Three UK on Monday. The two groups agreed the deal in June 2023.", "2023-06"),
    field("Microsoft signed a $17.4 billion agreement with Nebius Group in September, and a deal "
          "with Lambda that was announced on Monday.", "2025-09", who="Nebius"),
    field("Meta Platforms signed a $14.2 billion deal with CoreWeave, the companies said on "
          "Tuesday.", "2025-09-30"),
    field("Nvidia said on Thursday it will invest $5 billion in Intel.", "2025-10-02"),
    field("On Sept. 18, Nvidia announced a $5 billion investment in Intel.", "2025-09-18"),
    field("Microsoft signed a $9.7 billion contract with IREN on November 3, 2025.",
          "2025-11-03", published=dt.date(2025, 11, 5)),
    field("Ecolab Inc said on Monday it agreed to acquire Chemlawn Corp for 370 mln dlrs.",
          "1987-03-16", published=WIRE),
    field("In March 2025, SoftBank Group agreed to acquire Ampere Computing for $6.5 billion.",
          "2025-03"),
    field("Talen Energy and Amazon signed an $18 billion power deal in June.", "2025-06"),
    field("Meta Platforms signed a $14.2 billion deal with CoreWeave.", None),
    field("Microsoft will begin receiving capacity from Nebius Group in 2026 under a $17.4 "
          "billion deal signed on Monday.", "2025-09-29",
         xfail="no deal: 'Microsoft will begin receiving capacity from Nebius Group ... under a "
               "deal signed on Monday' - 'receiving' is no trigger; 'signed' after the noun "
               "finds no counterparty"),
    field("Oracle on Wednesday disclosed a $300 billion contract with OpenAI.", "2025-09-10",
          published=dt.date(2025, 9, 12),
         xfail="no seller: bare 'Oracle' (ambiguous gazetteer name) is not recognized as a "
               "company, so the one-party deal is dropped"),
    field("Microsoft signed a $9.7 billion contract with IREN. The deal was announced on "
          "Monday.", "2025-09-29"),
    field("Microsoft signed a $17.4 billion contract with Nebius Group that starts in 2026.",
          None),
]


# -- comparison ------------------------------------------------------------------------------

_LEGAL = {"inc", "corp", "corporation", "co", "cos", "ltd", "plc", "llc", "ag", "sa", "nv",
          "se", "lp", "limited", "incorporated", "company"}


def _words(name: str) -> list[str]:
    words = re.sub(r"[^\w\s&]", " ", name.casefold()).split()
    while words and words[-1] in _LEGAL:
        words.pop()
    return words


def same_name(expected: str | None, actual: str | None) -> bool:
    """Names agree as SPEC.md scores them: equal, or one a leading word sequence of the other."""
    if expected is None or actual is None:
        return expected is None and actual is None
    a, b = _words(expected), _words(actual)
    if not a or not b:
        return a == b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def same_amount(expected: float | None, actual: float | None) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    return abs(actual - expected) <= 0.005 * abs(expected)


def summary(d) -> tuple:
    name = lambda p: p.name if p is not None else None  # noqa: E731
    return (d.deal_type, name(d.buyer), name(d.seller), name(d.target),
            d.value.amount if d.value is not None else None)


def agree(expected: tuple, actual: tuple) -> bool:
    return (expected[0] == actual[0] and all(same_name(e, a) for e, a in zip(expected[1:4], actual[1:4]))
            and same_amount(expected[4], actual[4]))


def matches(expected: list[tuple], actual: list[tuple]) -> bool:
    """The two lists pair one to one."""
    if len(expected) != len(actual):
        return False
    return any(all(agree(e, a) for e, a in zip(expected, perm))
               for perm in itertools.permutations(actual))


def _params(table: list[Case], group: str, *lead) -> list:
    out = []
    for i, c in enumerate(table):
        marks = [pytest.mark.xfail(strict=True, reason=c.xfail)] if c.xfail else []
        out.append(pytest.param(*lead, c, id=f"{group}-{i:02d}", marks=marks))
    return out


DEAL_TABLES = {
    "cloud": CLOUD_CAPACITY, "chips": CHIP_SUPPLY, "acquisition": ACQUISITIONS,
    "merger": MERGERS, "investment": INVESTMENTS, "data_center": DATA_CENTERS,
    "partnership": PARTNERSHIPS, "power": POWER, "wire": WIRE_COPY,
    "across": ACROSS_SENTENCES, "several": SEVERAL_DEALS, "none": NOT_DEALS,
}
CAPACITY = [
    # A deal for the output of an asset the sentence before named takes that asset's capacity.
    field("Entergy Corp. is building three natural gas power plants with a combined capacity of "
          "2.26 gigawatts. Meta Platforms has committed to pay for the plants' output under a "
          "15-year agreement with Entergy.", (2.26, "GW")),
    # A later sentence about the asset the deal buys from tells its capacity.
    field("Constellation Energy signed a 20-year power purchase agreement with Microsoft to "
          "restart a reactor at Three Mile Island. The unit can produce about 835 megawatts of "
          "electricity.", (835.0, "MW")),
    field("Nebius Group signed a $17.4 billion deal to provide Microsoft with 300 megawatts of "
          "GPU capacity.", (300.0, "MW")),
    field("Nscale will deploy approximately 104,000 Nvidia GB300 GPUs for Microsoft under a $14 "
          "billion contract.", (104_000.0, "GPU")),
    # Chips counted in a deal whose chips are all of one kind are that kind.
    field("Anthropic signed a deal with Google Cloud for access to its tensor processing units, "
          "as many as one million of the custom chips.", (1_000_000.0, "TPU")),
    field("Constellation Energy signed a 20-year power purchase agreement with Microsoft for 835 "
          "megawatts from the Three Mile Island plant.", (835.0, "MW")),
    field("Microsoft signed a $10 billion contract with CoreWeave for cloud capacity.", None),
]

FIELD_TABLES = {
    "status": STATUS, "term": TERM, "hardware": HARDWARE, "location": LOCATION,
    "announced": ANNOUNCED, "capacity": CAPACITY,
}


@pytest.mark.parametrize("c", [p for g, t in DEAL_TABLES.items() for p in _params(t, g)])
def test_deals(c: Case):
    actual = [summary(d) for d in extract(c.text, published=c.published)]
    assert matches(c.expected, actual), f"expected {c.expected}, got {actual}"


def field_of(name: str, d):
    if name == "status":
        return d.status
    if name == "term":
        return (d.term.start, d.term.end, d.term.duration) if d.term is not None else None
    if name == "hardware":
        return {(h.vendor, h.category) for h in d.hardware}
    if name == "location":
        return d.location
    if name == "announced":
        return d.announced.date if d.announced is not None else None
    if name == "capacity":
        return (d.capacity.amount, d.capacity.unit) if d.capacity is not None else None
    raise KeyError(name)


def _the_deal(c: Case):
    deals = extract(c.text, published=c.published)
    if c.who is not None:
        deals = [d for d in deals if any(p is not None and same_name(c.who, p.name)
                                         for p in (d.buyer, d.seller, d.target))]
    assert len(deals) == 1, f"expected one deal, got {[summary(d) for d in deals]}"
    return deals[0]


@pytest.mark.parametrize("name,c", [p for g, t in FIELD_TABLES.items() for p in _params(t, g, g)])
def test_field(name: str, c: Case):
    d = _the_deal(c)
    expected = c.expected
    if name == "term" and expected is not None:
        expected = tuple(expected)
    assert field_of(name, d) == expected, f"{name}: expected {expected!r}, got {field_of(name, d)!r}"


# -- merging ---------------------------------------------------------------------------------

_NAMES = [("Acme", None), ("Acme Energy", None), ("Acme Power", "Acme"), ("Bolt", None),
          ("Bolt Cloud", "Bolt"), ("Crane Holdings", None), ("Crane", None), ("Dune", "Acme")]


def _random_deals(rng, n: int) -> list:
    from extractor.candidates import _Deal
    from extractor.mentions import CompanyMention, MoneyMention

    def company():
        if rng.random() < 0.3:
            return None
        name, parent = rng.choice(_NAMES)
        return CompanyMention(0, len(name), name, name, parent=parent)

    deals = []
    for i in range(n):
        value = MoneyMention(0, 3, "$1b", rng.choice((None, 1e9, 2e9)), "USD") \
            if rng.random() < 0.5 else None
        d = _Deal(rng.choice(("acquisition", "merger", "investment", "power")), "r", 0.6,
                  company(), company(), company(), value, evidence=[(i, i + 1)])
        d.separate = rng.random() < 0.05
        if deals and rng.random() < 0.05:
            d.apart_from = rng.choice(deals)
        deals.append(d)
    return deals


def test_merging_compares_only_what_can_be_the_same(monkeypatch):
    """_dedupe compares a deal only with the kept deals its index gives (_Kept.candidates);
    it must keep and merge exactly as when every kept deal of its kind is compared, in
    order."""
    import copy
    import random
    from extractor import merging

    def summary(deals):
        return [(d.deal_type, *(c and c.name for c in (d.buyer, d.seller, d.target)),
                 d.value and d.value.amount, d.evidence) for d in deals]

    for seed in range(300):
        deals = _random_deals(random.Random(seed), 30)
        indexed = summary(merging._dedupe(copy.deepcopy(deals)))
        with monkeypatch.context() as m:
            m.setattr(merging._Kept, "candidates", lambda self, d: list(self.deals))
            scanned = summary(merging._dedupe(copy.deepcopy(deals)))
        assert indexed == scanned, seed


def test_rival_bids_for_one_target_merge_in_linear_time(monkeypatch):
    """A thousand rival bids for one target, each its own deal: not each compared with all
    the others (they share the target's index key, not their buyers'). Counted in calls of
    the comparison, not timed: a scan of all kept deals makes n * (n - 1) / 2 of them."""
    from extractor import merging
    from extractor.candidates import _Deal
    from extractor.mentions import CompanyMention

    def c(name):
        return CompanyMention(0, len(name), name, name)

    def bids(n):
        return [_Deal("acquisition", "rival bid", 0.6, c(f"Bidder{i} Corp"), None, c("Widget"))
                for i in range(n)]

    calls = 0
    same = merging._same

    def counted(a, b):
        nonlocal calls
        calls += 1
        return same(a, b)

    monkeypatch.setattr(merging, "_same", counted)
    assert len(merging._dedupe(bids(4000))) == 4000
    assert calls < 4000  # each bid meets none of the others (a scan: 8 million calls)
