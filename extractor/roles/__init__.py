"""Reading one sentence for deal assembly: its triggers, its parties and their roles.

Where each rule lives (a module imports only the ones listed before it):

- ``view``: ``View`` (one sentence and its mentions), ``Trigger``, ``narrowed``; the words
  around a mention (``last_word``, ``prep_before``, ``is_contrasted``); pattern helpers.
- ``triggers``: finding triggers (``views``), the one that tells the deal (``best_trigger``),
  tests on a trigger (hypothetical, negated, holding, rival bid, definite, background,
  coordinated, a holder's own stake, a vague object).
- ``money``: which amounts may be a deal's value (``eligible_money``, ``outside_asides``,
  ``is_valuation``, ``amount_of_other_deal``, ``gapped_value``, ``amounts_before``).
- ``parties``: who may be a party (``parties``), the subject, a deal noun's owner and "with"
  party, companies joined by "and", an order's customer, a round's leader.
- ``goods``: the deal type (``deal_type``), the provider's side (``is_provider``, ``orient``),
  sites (``is_site``, ``site_place``, ``site_owner``, ``site_landlord``).
- ``status``: status cues (``status_of``, ``final_status``, ``verb_status``, ``others_deal``)
  and dates (``announcement_date``, ``is_dateline``, ``closing_date``, ``begins_at``).
- ``clauses``: how a sentence stands to the story (a new one, a continuation, a part, an
  earlier deal, a headline) and the trigger's clause (``clause_of``).
- ``owners``: whose is what, for ``roles`` (owned stakes, units and parents, groups, the
  "with" counterparty).
- ``sides``: ``roles``, the buyer, seller and target around a trigger; competing bidders
  (``rival_bidders``, ``is_offer``).

``assemble.py`` reads this package as ``r``: the names below are the ones it and the tests use.
"""
from __future__ import annotations

from ..lexicon import deals as lex
from .view import Trigger, View, is_contrasted, last_word, narrowed
from .triggers import (
    best_trigger, coordinated, coordinated_noun, coordinated_verb, is_background, is_definite,
    installed_chips, is_holding, is_hypothetical, is_negated, rival_bid, sells_own_stake,
    vague_object, views,
)
from .money import (
    amount_of_other_deal, amounts_before, eligible_money, gapped_value, is_valuation,
    outside_asides,
)
from .parties import (
    conjuncts, joint_subject, order_customer, parties, round_leader, subject, with_party,
)
from .goods import (
    ROUND_WORDS, deal_type, is_site, locates, orient, site_landlord, site_owner, site_place,
)
from .status import (
    NEGATIVE, NEW_DEAL, announcement_date, begins_at, closing_date, final_status, is_cumulative,
    is_dateline, is_negative, open_term_ok, opens_term, others_deal, status_of, verb_status,
)
from .clauses import (
    announces, built_on, clause_of, is_asset_subject, is_capacity_subject, is_continuation,
    is_headline, names_agreement, names_asset_told, opening_it, opens_new, opens_with_pronoun,
    others_clause, part_of_current,
)
from .sides import is_offer, rival_bidders, roles

__all__ = [
    "NEGATIVE", "NEW_DEAL", "ROUND_WORDS", "amount_of_other_deal", "amounts_before",
    "announcement_date", "announces", "begins_at", "best_trigger", "built_on", "clause_of",
    "closing_date", "conjuncts", "coordinated", "coordinated_noun", "coordinated_verb",
    "deal_type", "eligible_money", "final_status", "gapped_value", "installed_chips",
    "is_asset_subject", "is_background", "is_capacity_subject", "is_continuation",
    "is_contrasted", "is_cumulative", "is_dateline", "is_definite", "is_headline", "is_holding",
    "is_hypothetical", "is_negated", "is_negative", "is_offer", "is_site", "is_valuation",
    "joint_subject", "last_word", "lex", "locates", "names_agreement", "names_asset_told",
    "narrowed", "open_term_ok", "opening_it", "opens_new", "opens_term", "opens_with_pronoun",
    "order_customer", "orient", "others_clause", "others_deal", "outside_asides",
    "part_of_current", "parties", "rival_bid", "rival_bidders", "roles", "round_leader",
    "sells_own_stake", "site_landlord", "site_owner", "site_place", "status_of", "subject",
    "Trigger", "vague_object", "verb_status", "View", "views", "with_party",
]
