"""The fact types this domain derives from data, one module each, and the registry that collects them.

Each module of this package is one fact type, named as rule files name it under `fact:`, and declares
`FACT_TYPE`: its fields (what each means and what kind of value it holds), the subjects it is about,
the rule set parameters its derivation reads and the function that derives it. Everything else is
built from them: the catalogue that `validate` checks rules against (obligations.catalogue), the
dispatch of obligations.derive, the subjects a rule may apply to and the metric parameters that rule
sets in force together must agree on (obligations.rules_context), the facts whose events a waiver can
excuse (obligations.waivers) and those the review reads from the rule files (obligations.review.model).
A new fact type is one new module here (its fields' reader labels included, `Field.label`); tests/test_fact_types.py and
tests/test_field_labels.py fail if a list elsewhere disagrees.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bosetting.engine.facts import Fact
    from bosetting.engine.ruleset import Parameter, Rule
    from bosetting.obligations.derive import Derivation

# The subjects of a fact about the parties' work: the nation as a whole, or an agency (whose facts are the same
# figures, judged for that agency, unless the fact type says otherwise).
NATION_OR_AGENCY = ("national", "agency")


@dataclass(frozen=True)
class Field:
    """One value a fact carries: what it means, for rule authors, and its kind (engine.comparison_types).

    `label` is what a reader sees for it (bokmål, English). A field whose name another fact type shares takes its
    label from obligations.field_labels, the table of the shared names; a field of its own may bring its label
    here, so that a new fact type is declared in its module alone. A name labelled in both places is an error
    (tests/test_field_labels.py)."""

    meaning: str
    kind: str = "number"
    label: tuple[str, str] | None = None


# The rule set parameters that shape a metric, in the groups the fact types declare they read (the period
# evaluation names them too, for its annex of assumptions).
WAIT_LIMIT_PARAMETERS = ("frist_em_maaneder", "frist_familier_maaneder", "frist_voksne_maaneder")
RISE_PARAMETERS = ("okning_antall_maaneder", "okning_vindu_maaneder", "okning_vesentlig_prosent",
                   "tiltak_frist_dager")
NOTICE_PARAMETERS = ("stor_endring_plasser", "varsel_dager")
OCCUPANCY_PARAMETERS = ("belegg_min_asylmottak", "belegg_min_omsorgssenter", "belegg_maks")
REDISTRIBUTION_PARAMETERS = ("ny_fordeling_endring_prosent", "ny_fordeling_endring_personer",
                             "ny_fordeling_endring_em")

# The kommune table's figures summed, as the fylke and the national facts both carry them (in this order).
SUMMED_KOMMUNE_FIELDS = {
    "anmodning": Field("sum of anmodning over the kommuner"),
    "anmodning_em": Field("of which enslige mindreårige"),
    "vedtak": Field("sum of registered vedtak (missing: none registered)"),
    "vedtak_em": Field("of which enslige mindreårige"),
    "bosatt": Field("sum of bosatt"),
    "bosatt_em": Field("of which enslige mindreårige"),
    "fylkeskommune_anbefaling": Field("sum of the fylkeskommune's recommendations (missing: none given)"),
    "fylkeskommune_anbefaling_em": Field("of which enslige mindreårige"),
}


@dataclass(frozen=True)
class FactType:
    """What one kind of fact is and how it is made.

    `subjects` are the subject kinds (engine.facts.SUBJECT_KINDS) a rule of it may apply to; for agency
    subjects, `agencies` are those it is derived for (empty: any agency); `validate` refuses a rule for any
    other. `parameters` are the rule set parameters the derivation reads (through
    obligations.derive.DeriveSettings); without them it derives nothing, or leaves empty the figures they
    shape, and its rules say insufficient_data. `waivable_events` marks a fact whose dated events an agreed
    waiver excuses one by one (its `unntatt` field lists those excused). `reads_rule_files` marks a fact read
    from the tool's own rule files rather than from the parties' data: data missing there is a gap in the rule
    files, not in the parties' basis (the review says so).
    """

    fields: Mapping[str, Field]
    subjects: tuple[str, ...]
    derive: Callable[[Derivation], list[Fact]]
    parameters: tuple[str, ...] = ()
    # The fields each of `parameters` shapes, where it shapes only some: a rule reading none of them does not rest
    # on the parameter (a parameter not named here shapes every field).
    parameter_fields: Mapping[str, tuple[str, ...]] = dataclass_field(default_factory=dict)
    agencies: tuple[str, ...] = ()
    waivable_events: bool = False
    reads_rule_files: bool = False


@functools.cache
def fact_types() -> dict[str, FactType]:
    """Every fact type, by name (its module's), in name order. The modules are imported when first asked for,
    so that they may import obligations.derive, which asks for them."""
    found = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        found[module.name] = importlib.import_module(f"{__name__}.{module.name}").FACT_TYPE
    return found


def metric_parameters() -> tuple[str, ...]:
    """The rule set parameters some fact type's derivation reads, each once, in the order first declared."""
    return tuple(dict.fromkeys(name for fact_type in fact_types().values() for name in fact_type.parameters))


_TEMPLATE_NAME = re.compile(r"\{(\w+)")


def rule_parameters(rule: Rule, declared: Mapping[str, Parameter]) -> list[str]:
    """The rule set parameters a rule's status or text rests on, in the order found: those its conditions compare
    with, those its explanations show, and those the derivation of its fact reads to make a field the rule reads or
    shows (a waiting limit, a notice period, a threshold for a new distribution)."""
    names = dict.fromkeys(rule.parameters())
    shown: dict[str, None] = dict.fromkeys(rule.fields())
    for outcome in (*rule.outcomes, rule.otherwise):
        for text in outcome.explanation.values():
            shown.update(dict.fromkeys(_TEMPLATE_NAME.findall(text)))
    names.update(dict.fromkeys(name for name in shown if name in declared))
    fact_type = fact_types().get(rule.fact)
    if fact_type is not None:
        for name in fact_type.parameters:
            shaped = fact_type.parameter_fields.get(name)
            if shaped is None or any(f in shown for f in shaped):
                names.setdefault(name, None)
    return [name for name in names if name in declared]
