"""The deal record contract of SPEC.md as pydantic models: the single source of truth.

``Deal`` is what ``extractor extract`` writes, one JSON object per line. ``GoldDeal`` is the
same record as annotated in ``fixtures/``: offsets optional, parties may list aliases.
"""
from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
Duration = Annotated[str, StringConstraints(pattern=r"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")]
SpanT = tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=0)]]


class DealType(str, Enum):
    cloud_capacity = "cloud_capacity"
    chip_supply = "chip_supply"
    acquisition = "acquisition"
    merger = "merger"
    investment = "investment"
    data_center = "data_center"
    partnership = "partnership"
    power = "power"
    other = "other"


class Status(str, Enum):
    announced = "announced"
    signed = "signed"
    completed = "completed"
    planned = "planned"
    reported = "reported"
    terminated = "terminated"


class Qualifier(str, Enum):
    exact = "exact"
    about = "about"
    up_to = "up_to"
    at_least = "at_least"
    more_than = "more_than"
    less_than = "less_than"
    undisclosed = "undisclosed"
    vague = "vague"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True)


class _Grounded(_Model):
    """A value located in the text: its ``span`` must not end before it starts."""

    @model_validator(mode="after")
    def _span_order(self):
        span = getattr(self, "span", None)
        if span is not None and span[0] > span[1]:
            raise ValueError(f"span start {span[0]} is after its end {span[1]}")
        return self


class Party(_Grounded):
    name: str = Field(min_length=1, description="canonical company name, legal suffix dropped")
    mention: str = Field(description="the first mention that supports the role, as written")
    span: SpanT = Field(description="[start, end] of the mention in the text as read")


class Money(_Grounded):
    amount: float | None = Field(description="whole currency units, scale applied; null when vague")
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO 4217")
    qualifier: Qualifier = Qualifier.exact
    min: float | None = Field(default=None, description="lower end of a range")
    max: float | None = Field(default=None, description="upper end of a range")
    text: str
    span: SpanT


class Term(_Grounded):
    start: PartialDate | None = None
    end: PartialDate | None = None
    duration: Duration | None = None
    text: str
    span: SpanT


class DateRef(_Grounded):
    date: PartialDate | None = None
    text: str
    span: SpanT


class Hardware(_Grounded):
    vendor: str | None = None
    category: str | None = None
    model: str | None = None
    quantity: float | None = None
    text: str
    span: SpanT


class Quantity(_Model):
    amount: float | None
    unit: str
    text: str | None = None
    span: SpanT | None = None


class Deal(_Model):
    """One deal, as SPEC.md describes it."""

    doc_id: str
    deal_id: str
    deal_type: DealType
    status: Status | None = None
    buyer: Party | None = None
    seller: Party | None = None
    target: Party | None = None
    value: Money | None = None
    term: Term | None = None
    announced: DateRef | None = None
    hardware: list[Hardware] = Field(default_factory=list)
    capacity: Quantity | None = None
    location: str | None = None
    evidence: list[SpanT] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)


# Gold records: the same fields, offsets optional, aliases allowed on parties.


class GoldParty(Party):
    span: SpanT | None = None
    aliases: list[str] = Field(default_factory=list)


class GoldMoney(Money):
    span: SpanT | None = None


class GoldTerm(Term):
    span: SpanT | None = None


class GoldDateRef(DateRef):
    span: SpanT | None = None


class GoldHardware(Hardware):
    span: SpanT | None = None


class GoldDeal(_Model):
    deal_type: DealType
    status: Status | None = None
    buyer: GoldParty | None = None
    seller: GoldParty | None = None
    target: GoldParty | None = None
    value: GoldMoney | None = None
    term: GoldTerm | None = None
    announced: GoldDateRef | None = None
    hardware: list[GoldHardware] = Field(default_factory=list)
    capacity: Quantity | None = None
    location: str | None = None
    optional: bool = False


class Fixture(_Model):
    """One annotated article in ``fixtures/``."""

    article: str
    published: PartialDate | None = None
    split: str = Field(pattern=r"^(dev|test)$")
    notes: str | None = None
    deals: list[GoldDeal]


def deal_schema() -> dict:
    """The JSON Schema of a deal record."""
    return Deal.model_json_schema()
