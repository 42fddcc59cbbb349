"""The date, period and contract-term recognizer against tables of news sentences.

Each case is ``(published, sentence, expected)``; ``expected`` lists every mention found,
in order, as ``(span text, normalized)``. ``normalized`` is compact:

- a date: ``2025-09-30`` (``-`` when unresolved);
- a period: ``2026-07..2026-09``;
- a term: ``T`` then ``first..last`` (either side may be empty, the part is left out when
  both are), the duration, and ``open`` for open-ended lengths: ``T 2027..2032 P6Y``,
  ``T ..2031``, ``T P5Y``, ``T open``;
- a leading ``~`` marks a value relative to the publication date.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.recognize.dates import find_times

THU = "2025-11-13"  # a Thursday


def describe(m) -> str:
    rel = "~" if m.relative else ""
    if m.kind == "date":
        return rel + (m.date or "-")
    span = f"{m.first or ''}..{m.last or ''}"
    if m.kind == "period":
        return rel + span
    parts = ["T"] + ([span] if m.first or m.last else []) + ([m.duration] if m.duration else [])
    return rel + " ".join(parts + (["open"] if m.open_duration else []))


EXPLICIT = [
    (THU, "CoreWeave said the agreement was signed on Sept. 30, 2025.", [("Sept. 30, 2025", "2025-09-30")]),
    (THU, "The companies first discussed the deal in September 2025.", [("September 2025", "2025-09")]),
    (THU, "The filing is dated 30 September 2025.", [("30 September 2025", "2025-09-30")]),
    (THU, "The notice was filed 2025-09-30 with regulators.", [("2025-09-30", "2025-09-30")]),
    (THU, "Microsoft will begin paying in 2027.", [("2027", "2027")]),
    (THU, "Oracle signed the lease on March 3.", [("March 3", "~2025-03-03")]),
    ("2025-02-10", "Oracle signed the lease on March 3.", [("March 3", "~2024-03-03")]),
    (THU, "The order was placed on Jan. 15, 2026.", [("Jan. 15, 2026", "2026-01-15")]),
    (THU, "Shares jumped on Monday, Oct. 6, 2025, after the announcement.",
     [("Monday, Oct. 6, 2025", "2025-10-06")]),
    (THU, "The agreement took effect Feb. 1, 2024.", [("Feb. 1, 2024", "2024-02-01")]),
    (THU, "Nvidia reported results on Aug. 27, 2025.", [("Aug. 27, 2025", "2025-08-27")]),
    (THU, "AMD disclosed the deal in a filing dated 10/06/2025.", [("10/06/2025", "2025-10-06")]),
    (THU, "The deal closed in December 2024.", [("December 2024", "2024-12")]),
    (THU, "Shipments began in June, 2025.", [("June, 2025", "2025-06")]),
    (THU, "The chipmaker was founded in 1993.", [("1993", "1993")]),
    (THU, "Its revenue has tripled since 2022.", [("2022", "2022")]),
    (THU, "The company has been profitable since May 2023.", [("May 2023", "2023-05")]),
    (THU, "The facility should be online by 2028.", [("2028", "2028")]),
    (THU, "By 2030, the campus will draw 5 gigawatts.", [("2030", "2030")]),
    (THU, "The plant opened on 1 July 2024.", [("1 July 2024", "2024-07-01")]),
    (THU, "Meta announced the deal on October 28, 2025, in a blog post.",
     [("October 28, 2025", "2025-10-28")]),
    (THU, "The first phase will be completed in the year 2027.", [("the year 2027", "2027")]),
    (THU, "Revenue for calendar 2026 is forecast at $9 billion.", [("calendar 2026", "2026")]),
    (THU, "The results cover calendar year 2025.", [("calendar year 2025", "2025")]),
    (THU, "The contract was first reported on Dec. 3.", [("Dec. 3", "~2024-12-03")]),
    (THU, "The merger will close on Dec. 3.", [("Dec. 3", "~2025-12-03")]),
    (THU, "It was announced in mid-September 2025.", [("mid-September 2025", "2025-09-11..2025-09-20")]),
    (THU, "In early October 2025 the two companies agreed terms.",
     [("early October 2025", "2025-10-01..2025-10-10")]),
    (THU, "The board approved the plan in late August 2025.",
     [("late August 2025", "2025-08-21..2025-08-31")]),
    (THU, "The lease was signed Nov. 3.", [("Nov. 3", "~2025-11-03")]),
    (THU, "OpenAI said it had agreed terms on 12 March.", [("12 March", "~2025-03-12")]),
    (THU, "Its fiscal year began Feb. 1.", [("Feb. 1", "~2025-02-01")]),
    (THU, "The chips will ship in 2026 and 2027.", [("2026", "2026"), ("2027", "2027")]),
    (THU, "Data centers built in 2024, 2025 and 2026 use the design.",
     [("2024", "2024"), ("2025", "2025"), ("2026", "2026")]),
    (THU, "The deal, first reported in July 2025, is worth $10 billion.", [("July 2025", "2025-07")]),
    (THU, "The campus in Abilene, Texas, opened in 2025.", [("2025", "2025")]),
    (THU, "Shares fell 4% on Sept. 2.", [("Sept. 2", "~2025-09-02")]),
    (THU, "On 2026-01-05 the first racks arrived.", [("2026-01-05", "2026-01-05")]),
    (THU, "Capacity comes online in the 2030s.", [("the 2030s", "2030..2039")]),
    (THU, "Investment boomed in the late 1990s.", [("the late 1990s", "1997..1999")]),
    (THU, "Nvidia's H100 launched in March 2023.", [("March 2023", "2023-03")]),
    (THU, "Intel agreed in 2019 to sell the unit.", [("2019", "2019")]),
    (THU, "From 2023, the company stopped disclosing orders.", [("2023", "2023")]),
    (THU, "The shares were priced at $48 on Dec. 12, 2024.", [("Dec. 12, 2024", "2024-12-12")]),
    (THU, "AWS opened the region on April 1.", [("April 1", "~2025-04-01")]),
    (THU, "The stake was sold on Wednesday, Nov. 5.", [("Wednesday, Nov. 5", "~2025-11-05")]),
    (THU, "The chip went into production on September 3rd, 2025.",
     [("September 3rd, 2025", "2025-09-03")]),
    (THU, "The firm was spun off in Oct. 2015.", [("Oct. 2015", "2015-10")]),
    (THU, "Prices have fallen since the start of 2024.", [("the start of 2024", "2024-01..2024-03")]),
    (THU, "The filing was made on 2/29/2024.", [("2/29/2024", "2024-02-29")]),
    (THU, "The order, dated Feb. 30, 2025, was void.", []),
    (None, "The plant opened in 2019.", [("2019", "2019")]),
    (None, "The deal was signed Sept. 30, 2025.", [("Sept. 30, 2025", "2025-09-30")]),
]

RELATIVE = [
    (THU, "Meta disclosed the agreement Thursday.", [("Thursday", "~2025-11-13")]),
    (THU, "Meta disclosed the agreement on Tuesday.", [("Tuesday", "~2025-11-11")]),
    (THU, "The companies said on Friday that talks had ended.", [("Friday", "~2025-11-07")]),
    ("2025-11-10", "Microsoft said Sunday it had signed the contract.", [("Sunday", "~2025-11-09")]),
    (THU, "The deal will be finalized on Monday.", [("Monday", "~2025-11-17")]),
    # "target" as a noun ("price target") says nothing of the tense
    (THU, "Outperform, price target $75 - Microsoft on Monday signed a contract with IREN.",
     [("Monday", "~2025-11-10")]),
    (THU, "The company is targeting a close on Monday.", [("Monday", "~2025-11-17")]),
    (THU, "Oracle said last Thursday that it would expand.", [("last Thursday", "~2025-11-06")]),
    (THU, "Talks will resume next Tuesday.", [("next Tuesday", "~2025-11-18")]),
    (THU, "The contract was signed in September.", [("September", "~2025-09")]),
    (THU, "The deal is expected to close in January.", [("January", "~2026-01")]),
    ("2025-06-01", "Shipments will start in September.", [("start in September", "~T 2025-09..")]),
    (THU, "Revenue rose 40% last year.", [("last year", "~2024")]),
    (THU, "Capacity will double next year.", [("next year", "~2026")]),
    (THU, "The company expects to spend $70 billion this year.", [("this year", "~2025")]),
    (THU, "CoreWeave raised debt earlier this month.", [("earlier this month", "~2025-11")]),
    (THU, "It filed for an IPO last month.", [("last month", "~2025-10")]),
    (THU, "Sales grew 30% last quarter.", [("last quarter", "~2025-07..2025-09")]),
    (THU, "The stock fell yesterday.", [("yesterday", "~2025-11-12")]),
    (THU, "The agreement was announced today.", [("today", "~2025-11-13")]),
    (THU, "Executives met last week to discuss the deal.", [("last week", "~-")]),
    (THU, "The company said earlier this year that it would build.", [("earlier this year", "~2025")]),
    (THU, "It will open later this year.", [("later this year", "~2025")]),
    (THU, "The project was approved two years ago.", [("two years ago", "~2023")]),
    (THU, "The company went public three months ago.", [("three months ago", "~2025-08")]),
    (None, "Meta disclosed the agreement Thursday.", [("Thursday", "~-")]),
    (None, "Revenue rose 40% last year.", [("last year", "~-")]),
    (None, "The contract was signed in September.", [("September", "~-")]),
    (None, "Oracle signed the lease on March 3.", [("March 3", "~-")]),
    (None, "Sales grew 30% last quarter.", [("last quarter", "~..")]),
    (THU, "Nvidia will report earnings next month.", [("next month", "~2025-12")]),
    (THU, "Tomorrow the board will vote.", [("Tomorrow", "~2025-11-14")]),
    (THU, "The firms signed the pact last December.", [("last December", "~2024-12")]),
    (THU, "The plant will open next March.", [("next March", "~2026-03")]),
    ("2026-03-02", "The company plans to file this summer.", [("this summer", "~2026-06..2026-08")]),
    (THU, "Hiring slowed last summer.", [("last summer", "~2025-06..2025-08")]),
    (THU, "The results were released this morning.", [("this morning", "~2025-11-13")]),
    (THU, "CoreWeave shares dropped 8% on Wednesday after the report.", [("Wednesday", "~2025-11-12")]),
    (THU, "The companies first announced their partnership in May.", [("May", "~2025-05")]),
    (THU, "The companies said in a joint statement Monday that they would cooperate.",
     [("Monday", "~2025-11-10")]),
    (THU, "The deal is set to close in the first quarter.", [("the first quarter", "~2026-01..2026-03")]),
    (THU, "The company posted record sales in the third quarter.",
     [("the third quarter", "~2025-07..2025-09")]),
    (THU, "Revenue in the second half will exceed $10 billion.", [("the second half", "~2025-07..2025-12")]),
    (THU, "Meta plans to bring the cluster online by year-end.", [("year-end", "~2025-10..2025-12")]),
    (THU, "The chips will arrive early next year.", [("early next year", "~2026-01..2026-04")]),
    (THU, "The fund closed late last year.", [("late last year", "~2024-09..2024-12")]),
    (THU, "Construction started in mid-2024 and will finish by the end of next year.",
     [("mid-2024", "2024-05..2024-08"), ("the end of next year", "~2026-10..2026-12")]),
    ("2025-09-04", "The deal was signed Thursday.", [("Thursday", "~2025-09-04")]),
    ("2025-01-10", "The contract was signed in December.", [("December", "~2024-12")]),
    ("2025-01-10", "The deal is expected to close in December.", [("December", "~2025-12")]),
    (THU, "Microsoft said this week that it had signed a new deal.", [("this week", "~-")]),
    (THU, "The deal was struck a year ago.", [("a year ago", "~2024")]),
    (THU, "The company reported results in the fourth quarter of last year.",
     [("the fourth quarter of last year", "~2024-10..2024-12")]),
    (THU, "It will release results next quarter.", [("next quarter", "~2026-01..2026-03")]),
    (THU, "Trading volume this quarter hit a record.", [("this quarter", "~2025-10..2025-12")]),
    (THU, "The deal was first reported by Reuters on Sunday.", [("Sunday", "~2025-11-09")]),
    (THU, "The company will present the plan on Saturday.", [("Saturday", "~2025-11-15")]),
    (THU, "Later this month, the board will meet.", [("Later this month", "~2025-11")]),
    (THU, "The lease was signed earlier this week.", [("earlier this week", "~-")]),
    (THU, "Anthropic said on Tuesday it will spend $50 billion.", [("Tuesday", "~2025-11-11")]),
    (THU, "The shares rose 3% in early trading Friday.", [("Friday", "~2025-11-07")]),
    (THU, "The chipmaker said it expects to ship the systems in March.", [("March", "~2026-03")]),
]

PERIODS = [
    (THU, "Deliveries are expected in Q3 2026.", [("Q3 2026", "2026-07..2026-09")]),
    (THU, "Deliveries are expected in the third quarter of 2026.",
     [("the third quarter of 2026", "2026-07..2026-09")]),
    (THU, "The second half of 2026 will see the first shipments.",
     [("The second half of 2026", "2026-07..2026-12")]),
    (THU, "AMD guided to strong growth in H2 2026.", [("H2 2026", "2026-07..2026-12")]),
    (THU, "Profit rose in the first quarter of 2025.", [("the first quarter of 2025", "2025-01..2025-03")]),
    (THU, "Revenue for fiscal 2027 is forecast at $12 billion.", [("fiscal 2027", "2027..2027")]),
    (THU, "Nvidia raised its FY2026 revenue outlook.", [("FY2026", "2026..2026")]),
    (THU, "The company lifted its FY27 guidance.", [("FY27", "2027..2027")]),
    (THU, "The project should finish by the end of the decade.", [("the end of the decade", "~2029..2030")]),
    (THU, "Production will ramp in early 2027.", [("early 2027", "2027-01..2027-04")]),
    (THU, "The site is due to open in mid-2026.", [("mid-2026", "2026-05..2026-08")]),
    (THU, "Chips will arrive late next year.", [("late next year", "~2026-09..2026-12")]),
    (THU, "The buildout should be complete by the end of 2026.", [("the end of 2026", "2026-10..2026-12")]),
    (THU, "Sales in 1H 2026 beat forecasts.", [("1H 2026", "2026-01..2026-06")]),
    (THU, "The company guided 3Q26 revenue higher.", [("3Q26", "2026-07..2026-09")]),
    (THU, "Margins improved in Q4'25.", [("Q4'25", "2025-10..2025-12")]),
    (THU, "The deal should close in the first half of next year.",
     [("the first half of next year", "~2026-01..2026-06")]),
    (THU, "Results for the fourth quarter of fiscal 2025 were strong.",
     [("the fourth quarter of fiscal 2025", "2025-10..2025-12")]),
    (THU, "Microsoft expects capacity constraints through fiscal Q3 2026.",
     [("through fiscal Q3 2026", "T ..2026-09")]),
    (THU, "Guidance for fiscal Q3 2026 was raised.", [("fiscal Q3 2026", "2026-07..2026-09")]),
    (THU, "In fiscal year 2024, sales rose 12%.", [("fiscal year 2024", "2024..2024")]),
    (THU, "Construction resumes at the beginning of 2027.", [("the beginning of 2027", "2027-01..2027-03")]),
    (THU, "Orders will pick up at the start of next year.", [("the start of next year", "~2026-01..2026-03")]),
    (THU, "The cluster will be built in the middle of 2026.", [("the middle of 2026", "2026-05..2026-08")]),
    (THU, "The model is set for release in summer 2026.", [("summer 2026", "2026-06..2026-08")]),
    (THU, "The companies began talks in the fall of 2024.", [("fall of 2024", "2024-09..2024-11")]),
    (THU, "Sales in Q1 rose 20%.", [("Q1", "~2025-01..2025-03")]),
    (THU, "Demand for chips has soared in the 2020s.", [("the 2020s", "2020..2029")]),
    (THU, "The company targets profitability by year-end 2025.", [("year-end 2025", "2025-10..2025-12")]),
    (THU, "The plant broke ground early this year.", [("early this year", "~2025-01..2025-04")]),
    (THU, "The facility opened in late 2024.", [("late 2024", "2024-09..2024-12")]),
    (THU, "Revenue in the second quarter of this year rose.",
     [("the second quarter of this year", "~2025-04..2025-06")]),
    (THU, "The company's first-half results disappointed.", [("first-half", "~2025-01..2025-06")]),
    (THU, "Bookings jumped in the final quarter of 2025.", [("the final quarter of 2025", "2025-10..2025-12")]),
    (THU, "The contract starts in the last quarter of 2026.",
     [("starts in the last quarter of 2026", "T 2026-10..")]),
    (THU, "Its second-quarter profit doubled.", [("second-quarter", "~2025-04..2025-06")]),
    (THU, "Volumes will rise in the back half of 2026.", [("the back half of 2026", "2026-07..2026-12")]),
    (THU, "The line will be finished by end of 2027.", [("end of 2027", "2027-10..2027-12")]),
    (THU, "The product launches in spring 2027.", [("spring 2027", "2027-03..2027-05")]),
    (THU, "Sales in Q2 of 2026 are forecast to grow.", [("Q2 of 2026", "2026-04..2026-06")]),
    (THU, "The fab opens in the third quarter of next year.",
     [("the third quarter of next year", "~2026-07..2026-09")]),
    (THU, "The startup boom of the early 2000s ended badly.", [("the early 2000s", "2000..2003")]),
    (THU, "Cloud spending took off in the mid-2010s.", [("the mid-2010s", "2014..2016")]),
    (THU, "The outlook for FY 2025 was cut.", [("FY 2025", "2025..2025")]),
    (THU, "The company expects the deal to close in the fourth quarter.",
     [("the fourth quarter", "~2025-10..2025-12")]),
    (None, "The deal should close in the first half of next year.", [("the first half of next year", "~..")]),
    (None, "The project should finish by the end of the decade.", [("the end of the decade", "~..")]),
    (None, "Deliveries are expected in Q3 2026.", [("Q3 2026", "2026-07..2026-09")]),
    (THU, "The campus opens at the end of September.", [("the end of September", "~2025-09-21..2025-09-30")]),
]

TERMS = [
    (THU, "Meta will rent capacity from CoreWeave from 2027 through 2032.",
     [("from 2027 through 2032", "T 2027..2032 P6Y")]),
    (THU, "The contract covers 2027-2032.", [("2027-2032", "T 2027..2032 P6Y")]),
    (THU, "Payments are spread over 2027 to 2032.", [("2027 to 2032", "T 2027..2032 P6Y")]),
    (THU, "The chips will be delivered between 2027 and 2032.",
     [("between 2027 and 2032", "T 2027..2032 P6Y")]),
    (THU, "The lease runs until 2031.", [("runs until 2031", "T ..2031")]),
    (THU, "The supply contract lasts till 2031.", [("lasts till 2031", "T ..2031")]),
    (THU, "The deal includes capacity running through 2030.", [("running through 2030", "T ..2030")]),
    (THU, "The supply pact extends through 2030.", [("extends through 2030", "T ..2030")]),
    (THU, "Nvidia will supply chips through 2030.", [("through 2030", "T ..2030")]),
    (THU, "Payments begin under the deal until 2031.", [("until 2031", "T ..2031")]),
    (THU, "Deliveries of the accelerators will be made starting in 2026.",
     [("starting in 2026", "T 2026..")]),
    (THU, "The agreement takes effect beginning next year.", [("beginning next year", "~T 2026..")]),
    (THU, "Service commencing in 2027 will cover four sites.", [("commencing in 2027", "T 2027..")]),
    (THU, "Google will pay $10 billion over five years.", [("over five years", "T P5Y")]),
    (THU, "The firm will buy power for five years.", [("for five years", "T P5Y")]),
    (THU, "Oracle signed a five-year deal with OpenAI.", [("five-year", "T P5Y")]),
    (THU, "Microsoft agreed a 6-year contract with Nebius.", [("6-year", "T P6Y")]),
    (THU, "The five-year agreement is worth $17.4 billion.", [("five-year", "T P5Y")]),
    (THU, "It signed an 18-month extension.", [("18-month", "T P18M")]),
    (THU, "Amazon took a 10-year lease on the site.", [("10-year", "T P10Y")]),
    (THU, "The companies signed a multi-year agreement.", [("multi-year", "T open")]),
    (THU, "It is a multiyear partnership.", [("multiyear", "T open")]),
    (THU, "The two signed a long-term supply agreement.", [("long-term", "T open")]),
    (THU, "AMD will supply chips over the next five years.", [("over the next five years", "T P5Y")]),
    (THU, "The capacity is reserved for a period of 18 months.",
     [("for a period of 18 months", "T P18M")]),
    (THU, "The decade-long partnership covers power and cooling.", [("decade-long", "T P10Y")]),
    (THU, "It agreed a two-and-a-half-year contract.", [("two-and-a-half-year", "T P30M")]),
    (THU, "It agreed a 2.5-year deal.", [("2.5-year", "T P30M")]),
    (THU, "The company will invest over 10 years.", [("over 10 years", "T P10Y")]),
    (THU, "It won a seven-year, $10 billion contract.", [("seven-year", "T P7Y")]),
    (THU, "Capacity is leased from January 2026 through June 2027.",
     [("from January 2026 through June 2027", "T 2026-01..2027-06 P18M")]),
    (THU, "Shipments run from Q3 2026 to Q2 2028.", [("from Q3 2026 to Q2 2028", "T 2026-07..2028-06 P2Y")]),
    (THU, "The pact runs from 2026 until 2030.", [("from 2026 until 2030", "T 2026..2030 P5Y")]),
    (THU, "The 2025-2030 plan calls for new fabs.", [("2025-2030", "T 2025..2030 P6Y")]),
    (THU, "The contract covers 2027-32.", [("2027-32", "T 2027..2032 P6Y")]),
    (THU, "The deal is valid until the end of 2030.", [("valid until the end of 2030", "T ..2030")]),
    (THU, "Power is contracted through the end of the decade.",
     [("through the end of the decade", "~T ..2030")]),
    (THU, "The contract expires in 2031.", [("expires in 2031", "T ..2031")]),
    (THU, "The lease, ending in 2029, can be renewed.", [("ending in 2029", "T ..2029")]),
    (THU, "The price applies effective Jan. 1, 2026.", [("effective Jan. 1, 2026", "T 2026-01-01..")]),
    (THU, "Shipments under the deal start in the second half of 2026.",
     [("start in the second half of 2026", "T 2026-07..")]),
    (THU, "Revenue will be recognized beginning in fiscal 2027.", [("beginning in fiscal 2027", "T 2027..")]),
    (THU, "The lease runs from March 1, 2026 to Feb. 28, 2031.",
     [("from March 1, 2026 to Feb. 28, 2031", "T 2026-03-01..2031-02-28 P5Y")]),
    (THU, "Google will rent the capacity from 2027 at a fixed price.", [("2027", "2027")]),
    (THU, "The utility signed a 20-year power purchase agreement.", [("20-year", "T P20Y")]),
    (THU, "The lease has an initial term of ten years.", [("term of ten years", "T P10Y")]),
    (THU, "The option extends the lease for another five years.", [("for another five years", "T P5Y")]),
    (THU, "The parties agreed a one-year extension.", [("one-year", "T P1Y")]),
    (THU, "The 12-week pilot ends soon.", [("12-week", "T P12W")]),
    (THU, "The alliance will run over two decades.", [("over two decades", "T P20Y")]),
    (THU, "The grid operator secured power for a decade.", [("for a decade", "T P10Y")]),
    (THU, "It began a year-long trial.", [("year-long", "T P1Y")]),
    (THU, "Deliveries are planned from late 2026 to 2028.", [("from late 2026 to 2028", "T 2026-09..2028")]),
    (THU, "The contract runs from next year through 2030.", [("from next year through 2030", "~T 2026..2030 P5Y")]),
    (THU, "Talks took place between March and June.", [("between March and June", "~T 2025-03..2025-06 P4M")]),
    (THU, "The agreement runs to 2030.", [("runs to 2030", "T ..2030")]),
    (THU, "The deal was extended to 2035.", [("extended to 2035", "T ..2035")]),
    (THU, "It signed a 15-year deal starting in 2027.",
     [("15-year", "T P15Y"), ("starting in 2027", "T 2027..")]),
    (THU, "The five-year, $9.7 billion deal was announced Monday.",
     [("five-year", "T P5Y"), ("Monday", "~2025-11-10")]),
    (THU, "The supply arrangement will keep lasting through fiscal 2028.",
     [("lasting through fiscal 2028", "T ..2028")]),
    (THU, "The term begins in April 2026.", [("begins in April 2026", "T 2026-04..")]),
    (THU, "It is a multi-decade partnership.", [("multi-decade", "T open")]),
    (THU, "The buyer committed to the capacity for at least five years.",
     [("for at least five years", "T P5Y")]),
    (THU, "Prices were fixed from 2024 to 2025.", [("from 2024 to 2025", "T 2024..2025 P2Y")]),
    (THU, "It signed a twenty-five-year lease.", [("twenty-five-year", "T P25Y")]),
    (THU, "The offtake runs through Sept. 30, 2030.", [("runs through Sept. 30, 2030", "T ..2030-09-30")]),
    (THU, "The 10 year agreement includes an option to extend.", [("10 year", "T P10Y")]),
    (None, "The deal runs until next year.", [("runs until next year", "~T")]),
    (None, "Meta will rent capacity from 2027 through 2032.", [("from 2027 through 2032", "T 2027..2032 P6Y")]),
    (THU, "The capacity deal spans 2026/2027.", [("2026/2027", "T 2026..2027 P2Y")]),
    (THU, "The leases run from 2032 to 2027, the filing said by mistake.", [("2032", "2032"), ("2027", "2027")]),
]

WIRE_COPY = [
    ("1987-03-05", "The company said on March 3 it agreed to acquire the unit.", [("March 3", "~1987-03-03")]),
    ("1987-03-05", "Net income in fiscal 1987 is expected to rise.", [("fiscal 1987", "1987..1987")]),
    ("1987-03-05", "It said it expects the transaction to be completed by June 30.", [("June 30", "~1987-06-30")]),
    ("1987-03-05", "Shr profit 1.10 dlrs for the year ended Dec 31, 1986.", [("Dec 31, 1986", "1986-12-31")]),
    ("1987-03-05", "Qtr ended Feb 28 net profit 4.2 mln dlrs.", [("Feb 28", "~1987-02-28")]),
    ("1987-03-05", "The offer expires April 17.", [("expires April 17", "~T ..1987-04-17")]),
    ("1987-03-05", "The company was founded in 1952.", [("1952", "1952")]),
    ("1987-03-05", "Earnings for the first quarter of 1987 are expected to be flat.",
     [("the first quarter of 1987", "1987-01..1987-03")]),
    ("1987-03-05", "It said the merger would be completed in the second quarter.",
     [("the second quarter", "~1987-04..1987-06")]),
    ("1987-03-05", "Payments will be made over five years.", [("over five years", "T P5Y")]),
    ("1987-03-05", "The company said yesterday that talks had ended.", [("yesterday", "~1987-03-04")]),
    ("1987-03-05", "The stock closed at 25 dlrs on Monday.", [("Monday", "~1987-03-02")]),
    ("1987-03-05", "The accord runs through 1990.", [("runs through 1990", "T ..1990")]),
    ("1987-03-05", "The company posted a loss of 1.2 mln dlrs in 1986.", [("1986", "1986")]),
    ("1987-01-15", "Sales for the nine months ended Sept 30 rose 12 pct.", [("Sept 30", "~1986-09-30")]),
    ("1987-03-05", "The dividend is payable April 1 to holders of record March 13.",
     [("April 1", "~1987-04-01"), ("March 13", "~1987-03-13")]),
    ("1987-03-05", "The company said it would begin production in 1988.", [("1988", "1988")]),
    ("1987-03-05", "The agreement, which expires in 1991, covers ten plants.", [("expires in 1991", "T ..1991")]),
    ("1987-03-05", "It said the sale is expected to close by mid-1987.", [("mid-1987", "1987-05..1987-08")]),
    ("1987-03-05", "Operating profit fell in the third quarter of 1986.",
     [("the third quarter of 1986", "1986-07..1986-09")]),
    ("1987-03-05", "The five-year contract is valued at 120 mln dlrs.", [("five-year", "T P5Y")]),
    ("1987-03-05", "The company said on Feb 27 that it had received an offer.", [("Feb 27", "~1987-02-27")]),
    ("1987-10-25", "Stocks fell sharply on Oct 19.", [("Oct 19", "~1987-10-19")]),
    ("1987-03-05", "The company lost money in 1985 and 1986.", [("1985", "1985"), ("1986", "1986")]),
    ("1987-03-05", "The debentures mature in 2012.", [("mature in 2012", "T ..2012")]),
    ("1987-03-05", "The plant will be completed by 1989.", [("1989", "1989")]),
    ("1987-03-05", "The company said last month it would sell the division.", [("last month", "~1987-02")]),
    ("1987-03-05", "Year 1986 net profit rose 12 pct.", [("Year 1986", "1986")]),
    ("1987-03-05", "Sales for fiscal 1986 ended June 30 rose 8 pct.",
     [("fiscal 1986", "1986..1986"), ("June 30", "~1986-06-30")]),
    ("1987-03-05", "It said talks would resume next week.", [("next week", "~-")]),
    ("1987-03-05", "The acquisition was completed in January.", [("January", "~1987-01")]),
    ("1987-03-05", "It plans to sell 2,000,000 shares in April.", [("April", "~1987-04")]),
    ("1987-03-05", "The company earlier said it expected 1987 revenue to rise.", []),
    ("1987-03-05", "The unit had sales of about 200 mln dlrs last year.", [("last year", "~1986")]),
]

TRAPS = [
    (THU, "The company paid $2,027 for each server.", []),
    (THU, "It ordered GB300 and H100 systems.", []),
    (THU, "The cluster has 4,608 GPUs.", []),
    (THU, "The PCs still run Windows 2000.", []),
    (THU, "The board approved a 3-for-1 stock split.", []),
    (THU, "Call 555-2027 for details.", []),
    (THU, "The plant can generate 1,999 megawatts.", []),
    (THU, "Executives sold 2000 shares.", []),
    (THU, "The index closed at 2030.45.", []),
    (THU, "Model 2026X is sold out.", []),
    (THU, "Its phone number is +1 212 555 2027.", []),
    (THU, "The company employs 2,000 people.", []),
    (THU, "The order covers 1900 servers.", []),
    (THU, "In total, 2025 engineers joined.", []),
    (THU, "It shipped to 2030 customers.", []),
    (THU, "The building has 2024 rooms.", []),
    (THU, "The March on Washington drew crowds.", []),
    (THU, "The chipmaker may sign the contract.", []),
    (THU, "Analysts say shares may fall.", []),
    (THU, "The firm holds a 30-year-old patent.", []),
    (THU, "The 10-year Treasury yield rose.", []),
    (THU, "Shares hit a five-year high.", []),
    (THU, "It trades at 20 times earnings.", []),
    (THU, "The firm's 2020 Fund raised cash.", []),
    (THU, "AMD's MI300X shipped in volume.", []),
    (THU, "The 1990 Act requires disclosure.", []),
    (THU, "He is 55 years old.", []),
    (THU, "The company has operated for years.", []),
    (THU, "For decades, Intel led the market.", []),
    (THU, "See page 2027 of the filing.", []),
    (THU, "The deal covers 2,000 to 2,500 GPUs.", []),
    (THU, "The price target is $2,030.", []),
    (THU, "It owns 1,999,000 shares.", []),
    (THU, "The chip has 2048 cores.", []),
    (THU, "Theresa May said the plan was sound.", []),
    (THU, "The vote was 3-2 in favor.", []),
    (THU, "Boeing delivered its 787 Dreamliner.", []),
    (THU, "Section 2030 of the tax code applies.", []),
    (THU, "It offers 24/7 support.", []),
    (THU, "Revenue rose to $2.03 billion.", []),
    (THU, "It ordered 1,024 H200 chips and 2,048 B200 chips.", []),
    (THU, "Up 20% from 2,027 units a year earlier.", []),
    (THU, "The stock fell 2.5% to $20.25.", []),
    (THU, "The firm's 2025 Capital Markets Day is upcoming.", []),
    (THU, "Raise the fund to 2000 dlrs.", []),
    (THU, "The contract number is 2027-1234.", []),
    (THU, "The company may march ahead with its plan.", []),
    (THU, "Meta's long term plans remain unclear.", []),
]

XFAIL = [
    (THU, "The Sunday Times reported the deal.", []),  # weekday inside a newspaper's name
    ("1987-03-05", "1986 net profit rose 12 pct.", [("1986", "1986")]),  # bare year opens sentence
    (THU, "The lease runs 15 years.", [("runs 15 years", "T P15Y")]),  # duration without a cue word
    (THU, "The capacity is reserved for a year and a half.",
     [("for a year and a half", "T P18M")]),  # "a year and a half" reads as "a year"
    ("1987-10-25", "STOCKS PLUNGE ON OCT 19", [("OCT 19", "~1987-10-19")]),  # all-caps headline
]

GROUPS = {"explicit": EXPLICIT, "relative": RELATIVE, "periods": PERIODS, "terms": TERMS,
          "wire_copy": WIRE_COPY, "traps": TRAPS}
CASES = [pytest.param(*case, id=f"{group}-{i}") for group, cases in GROUPS.items()
         for i, case in enumerate(cases)]
XFAIL_CASES = [pytest.param(*case, id=f"xfail-{i}", marks=pytest.mark.xfail(strict=True))
               for i, case in enumerate(XFAIL)]


def _run(published: str | None, sentence: str):
    date = dt.date.fromisoformat(published) if published else None
    return find_times(sentence, date)


def _check_invariants(text: str, mentions) -> None:
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end
        assert m.kind in ("date", "period", "term")
        previous_end = m.end


@pytest.mark.parametrize("published, sentence, expected", CASES + XFAIL_CASES)
def test_cases(published, sentence, expected):
    mentions = _run(published, sentence)
    _check_invariants(sentence, mentions)
    assert [(m.text, describe(m)) for m in mentions] == expected


def test_table_size():
    assert len(CASES) >= 260


def test_offsets_in_longer_text():
    text = "Intro. " * 50 + "Meta will pay from 2027 through 2032, it said Thursday."
    mentions = find_times(text, dt.date(2025, 11, 13))
    _check_invariants(text, mentions)
    assert [m.text for m in mentions] == ["from 2027 through 2032", "Thursday"]


@pytest.mark.parametrize("text", [
    "1" * 100_000,
    "1," * 50_000,
    "Word " * 100_000,
    "from " * 20_000 + "2027",
    "May " * 20_000,
    "the end of " * 10_000,
    "2027-" * 20_000,
    "five-year-" * 10_000,
    "Q3 " * 20_000,
])
def test_adversarial_inputs_finish(text):
    _check_invariants(text, find_times(text, dt.date(2025, 11, 13)))


_TOKENS = ["2027", "2032", "1999", "March", "Sept.", "30", "3", ",", " ", "-", "/", "$",
           "from", "through", "to", "between", "and", "in", "the", "end", "of", "decade",
           "Q3", "H2", "fiscal", "FY27", "five-year", "years", "over", "for", "next", "last",
           "year", "quarter", "first", "half", "Thursday", "multi-year", "until", "runs",
           "starting", "early", "mid-", "late", "'26", "ago", "two", ".", "\n", "é", "٣"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=40), st.sampled_from([None, THU]))
def test_random_token_strings(tokens, published):
    text = "".join(tokens)
    date = dt.date.fromisoformat(published) if published else None
    _check_invariants(text, find_times(text, date))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_text(text):
    _check_invariants(text, find_times(text, None))
