"""The agreement's own triggers ("Varighet og oppsigelse"), year by year, each with its date.

- "Videre skal avtalen drøftes dersom det estimerte antallet som skal bosettes ikke kan håndteres innenfor
  gjeldende ordning": an indicator, never a finding. The estimated number is the year's settlement need (as
  revised); what the current arrangement handles is what the kommuner decided (Σ vedtak, each kommune decides
  for itself). The agreement states no threshold, so the share is compared with a named parameter whose basis is
  an assumption (HANDLING_SHARE), and the report says so. A revision of the need beyond the criteria's threshold
  for a new distribution is shown beside it, with its date.
- "Dersom en av partene i løpet av perioden mener at vilkårene for å oppfylle avtalen ikke er til stede" and a
  notice of termination ("Oppsigelse ... med minst en måneds varsel"): acts of a party. The referat register has no
  place for either (docs/schema/referat.schema.json), so the evaluation shows "ingen data", never "none".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bosetting.engine.facts import Fact, Scalar
from bosetting.engine.ruleset import Parameter

HANDLING_SHARE = Parameter(
    name="haandterbar_andel_behov_vedtatt",
    value=80,
    basis="assumption",
    citation="Avtalen, Varighet og oppsigelse, sier ikke når antallet «ikke kan håndteres innenfor gjeldende "
             "ordning»; satt for evalueringen av avtaleperioden, ikke avtalt mellom partene.",
    description={"nb": "Antakelse: kommunenes vedtak dekker minst denne andelen av bosettingsbehovet når antallet "
                       "kan håndteres innenfor gjeldende ordning",
                 "en": "Assumption: the kommuner's vedtak cover at least this share of the settlement need when the "
                       "number can be handled within the current arrangement"},
    unit="prosent",
)


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
    new_distribution: bool | None  # the revision went beyond the criteria's threshold for a new distribution

    @property
    def triggered(self) -> bool | None:
        if self.share is None:
            return None
        return self.share < float(HANDLING_SHARE.value)


def _int(value: Scalar) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bool(value: Scalar) -> bool | None:
    return value if isinstance(value, bool) else None


def handling_year(year: int, facts: Sequence[Fact]) -> HandlingYear:
    fordeling = next((dict(f.values) for f in facts if f.type == "fordeling" and f.subject.kind == "national"), {})
    share = fordeling.get("andel_behov_vedtatt")
    date_value = fordeling.get("behov_justert_dato")
    return HandlingYear(year, _int(fordeling.get("bosettingsbehov")), _int(fordeling.get("sum_vedtak")),
                        float(share) if isinstance(share, (int, float)) and not isinstance(share, bool) else None,
                        _bool(fordeling.get("behov_justert")), _int(fordeling.get("bosettingsbehov_opprinnelig")),
                        date_value if isinstance(date_value, str) else None, _int(fordeling.get("behov_endring")),
                        _bool(fordeling.get("ny_fordeling_utlost")))


# The parties' acts the agreement names, which the data has no place for: the evaluation says "ingen data".
PARTY_ACTS = ("vilkaar_ikke_til_stede", "oppsigelse")
