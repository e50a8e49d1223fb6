"""The agreement's own triggers ("Varighet og oppsigelse"), year by year, each with its date.

- "Videre skal avtalen drøftes dersom det estimerte antallet som skal bosettes ikke kan håndteres innenfor
  gjeldende ordning": an indicator, never a finding. The tool's reading, itself an assumption the parties have not
  agreed: the estimated number is the year's settlement need (as revised); what the current arrangement handles is
  what the kommuner decided (Σ vedtak, each kommune decides for itself). The vedtak are shown against what the
  kommuner were actually asked (Σ anmodning) too, since a need raised during the year may never have been asked.
  The agreement states no threshold, so the share is compared with a named parameter of the obligations rule file
  whose basis is an assumption (HANDLING_PARAMETER), and the report says so. A revision of the need beyond the
  threshold for a new distribution is shown beside it, with its date and where the threshold is from.
- "Dersom en av partene i løpet av perioden mener at vilkårene for å oppfylle avtalen ikke er til stede" and a
  notice of termination ("Oppsigelse ... med minst en måneds varsel"): acts of a party, recorded with party and
  date in the referat register of the year (`erklaeringer`, docs/schema/referat.schema.json). A year with a referat
  and none recorded is "none recorded"; a year without a referat is "no data", never "none".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bosetting.engine.facts import Fact, Scalar
from bosetting.engine.ruleset import Parameter, RuleSet
from bosetting.obligations.data.records import Dataset, PartyStatement
from bosetting.obligations.data.spec import ERKLAERINGER
from bosetting.obligations.facts import REDISTRIBUTION_PARAMETERS

# The parameter of the agreement's rule file (rules/obligations/, under the commitment "Videre skal avtalen drøftes
# dersom ...") with which the share of the need the kommuner decided is compared: an assumption, never a requirement.
HANDLING_PARAMETER = "haandterbar_andel_behov_vedtatt"


def handling_parameter(rulesets: Sequence[RuleSet]) -> Parameter | None:
    """The parameter in the obligations rule set in force in the year; None when the rule files do not give it."""
    return next((r.parameters[HANDLING_PARAMETER] for r in rulesets
                 if r.kind == "obligations" and HANDLING_PARAMETER in r.parameters), None)




def redistribution_reference(rulesets: Sequence[RuleSet]) -> tuple[Parameter, ...]:
    """The obligations rule set's reference values for a new distribution, used when no adopted criteria with a
    threshold apply for the year (assumptions, never the criteria), in REDISTRIBUTION_PARAMETERS' order."""
    declared = next((r.parameters for r in rulesets if r.kind == "obligations"), {})
    return tuple(declared[name] for name in REDISTRIBUTION_PARAMETERS if name in declared)


@dataclass(frozen=True)
class HandlingYear:
    """The indicator for one year: the need, the vedtak, their share against the assumption, and any revision."""

    year: int
    need: int | None
    decided: int | None
    share: float | None
    revised: bool | None
    original_need: int | None
    revision_date: str | None  # ISO date of the revision, as the data gives it
    change: int | None
    new_distribution: bool | None  # the revision went beyond the threshold for a new distribution
    threshold: Parameter | None  # the assumption the share is compared with (None: the rule files give none)
    requested: int | None = None  # Σ anmodning: what the kommuner were actually asked to settle
    share_of_requested: float | None = None  # Σ vedtak / Σ anmodning, per cent
    # The threshold for a new distribution came from adopted criteria (True) or from the rule set's reference values,
    # an assumption (False); None: no threshold, or the need not revised.
    threshold_from_criteria: bool | None = None
    redistribution_reference: tuple[Parameter, ...] = ()

    @property
    def triggered(self) -> bool | None:
        if self.share is None or self.threshold is None or not isinstance(self.threshold.value, (int, float)):
            return None
        return self.share < float(self.threshold.value)


def _int(value: Scalar) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Scalar) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _bool(value: Scalar) -> bool | None:
    return value if isinstance(value, bool) else None


def handling_year(year: int, facts: Sequence[Fact], rulesets: Sequence[RuleSet]) -> HandlingYear:
    fordeling = next((dict(f.values) for f in facts if f.type == "fordeling" and f.subject.kind == "national"), {})
    date_value = fordeling.get("behov_justert_dato")
    return HandlingYear(year, _int(fordeling.get("bosettingsbehov")), _int(fordeling.get("sum_vedtak")),
                        _float(fordeling.get("andel_behov_vedtatt")),
                        _bool(fordeling.get("behov_justert")), _int(fordeling.get("bosettingsbehov_opprinnelig")),
                        date_value if isinstance(date_value, str) else None, _int(fordeling.get("behov_endring")),
                        _bool(fordeling.get("ny_fordeling_utlost")), handling_parameter(rulesets),
                        _int(fordeling.get("sum_anmodning")), _float(fordeling.get("andel_anmodning_vedtatt")),
                        _bool(fordeling.get("terskel_fra_kriterier")), redistribution_reference(rulesets))


@dataclass(frozen=True)
class PartyActYear:
    """One of the parties' acts the agreement names (spec.ERKLAERINGER), in one year, as its referat records it."""

    act: str
    year: int
    register: str  # "minuted", "not_held" (the file holds no meeting yet), "none" (no referat for the year)
    statements: tuple[PartyStatement, ...]  # in the register's order; empty: none recorded (or no register)


def party_acts(dataset: Dataset, years: Sequence[int]) -> list[PartyActYear]:
    """Each act for each year, act by act in the agreement's order."""
    found = []
    for act in ERKLAERINGER:
        for year in years:
            referat = dataset.referat.get(year)
            if referat is None:
                found.append(PartyActYear(act, year, "none", ()))
                continue
            state = "minuted" if referat.moete_dato is not None else "not_held"
            found.append(PartyActYear(act, year, state, tuple(s for s in referat.erklaeringer if s.gjelder == act)))
    return found
