"""Causes of deviation: what the data shows, and what rests on the parties' own explanations.

What the data shows is of two kinds. The components of the settlement gap along the chain need → anmodning →
vedtak → bosatt are arithmetic (obligations.review.deviation): they say where the gap arose, not why, and are
called components. The state-side links are measured: the time from permit to bosettingsklar (kartlegging,
5.5 and 6.3), the time from bosettingsklar to settlement (per group), how many became bosettingsklare against
the forecast, the revisions of the need during the year, and how many had waited long at the year end. Every
figure is read from the facts and the review model the yearly review already built for the year.

Why the gap arose is not in the data: the parties' explanations are quoted from the referat register, which records
them per point, for the goals and for the obligations alike (the agreed assessment and each party's remarks), with
the themes the issue names found by their words (a reading aid, shown as such: the themes do not weigh anything).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bosetting.engine.facts import Fact, Scalar
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.data.records import Dataset, Referat
from bosetting.obligations.data.spec import MAAL
from bosetting.obligations.facts import WAIT_LIMIT_PARAMETERS
from bosetting.obligations.review.deviation import Cause, Deviation, GroupOutcome

# The themes the issue names, and the words (lower case, beginnings of words) that mark them in a party's text.
THEMES: dict[str, tuple[str, ...]] = {
    "bolig": ("bolig", "botilbud", "husbank"),
    "okonomi": ("økonomi", "rammebeting", "tilskudd", "kostnad", "budsjett", "finansier"),
    "ankomster": ("ankomst", "ankom"),
    "ekstraordinaere_endringer": ("ekstraordinær", "masseankomst"),
    "anmodningstidspunkt": ("anmodningene kom sent", "sent på året"),
}


@dataclass(frozen=True)
class Link:
    """One measured state-side link in one year: a key (texts.LINKS) and its figures (None: not in the data)."""

    key: str
    values: dict[str, Scalar]


@dataclass(frozen=True)
class Explanation:
    """A party's explanation (or the parties' agreed assessment) on a goal or an obligation, from a year's referat."""

    year: int
    point: str
    kind: str  # "goal" or "obligation"
    party: str  # "" for the agreed assessment
    text: str
    dissent: bool
    meeting: date
    source: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class YearCauses:
    year: int
    deviation: Deviation
    deviation_em: Deviation
    links: tuple[Link, ...]
    referat_state: str  # "minuted", "not_held" (the file holds only reports), "none" (no referat for the year)
    explanations: tuple[Explanation, ...]

    def component(self, key: str) -> Cause | None:
        return next((c for c in self.deviation.causes if c.key == key), None)


def _national(facts: Sequence[Fact], fact_type: str, subject: str = "NO") -> dict[str, Scalar]:
    for fact in facts:
        if fact.type == fact_type and fact.subject.id == subject:
            return dict(fact.values)
    return {}


def themes_of(text: str) -> tuple[str, ...]:
    lowered = text.lower()
    return tuple(key for key, words in THEMES.items() if any(w in lowered for w in words))


def explanations(referat: Referat | None) -> tuple[Explanation, ...]:
    """The agreed assessments and the parties' remarks on the goals, then on the obligations, each in the referat's
    order."""
    if referat is None or referat.moete_dato is None:
        return ()
    found = []
    for point in referat.punkter:
        kind = "goal" if point.punkt in MAAL else "obligation"
        if point.omforent_vurdering:
            found.append(Explanation(referat.aar, point.punkt, kind, "", point.omforent_vurdering, False,
                                     referat.moete_dato, point.source, themes_of(point.omforent_vurdering)))
        for remark in point.merknader:
            found.append(Explanation(referat.aar, point.punkt, kind, remark.part, remark.tekst, remark.dissens,
                                     referat.moete_dato, point.source, themes_of(remark.tekst)))
    return tuple(sorted(found, key=lambda e: e.kind != "goal"))  # stable: the referat's order within each kind


def _links(facts: Sequence[Fact], deviation: Deviation, groups: Sequence[GroupOutcome],
           limits: Mapping[str, Scalar], ready_split: tuple[int, int] | None) -> tuple[Link, ...]:
    kartlegging_udi = _national(facts, "kartlegging", "UDI")
    kartlegging_bufdir = _national(facts, "kartlegging", "Bufdir")
    goals = _national(facts, "maaloppnaaelse")
    fordeling = _national(facts, "fordeling")
    waits = _national(facts, "lang_ventetid")
    forecast = next((c for c in deviation.causes if c.key == "faerre_bosettingsklare_enn_prognose"), None)
    by_group = {g.group: g for g in groups}
    links = [
        Link("kartlegging", {"kartlagt_mottak": kartlegging_udi.get("kartlagt"),
                             "median_dager_mottak": kartlegging_udi.get("median_dager"),
                             "kartlagt_omsorgssenter": kartlegging_bufdir.get("kartlagt"),
                             "median_dager_omsorgssenter": kartlegging_bufdir.get("median_dager")}),
        # The share within the limit is counted from the permit (the goals' figure); the medians from bosettingsklar.
        Link("matching", {"andel_innen_frist": goals.get("andel_innen_frist"),
                          **{name: limits.get(name) for name in WAIT_LIMIT_PARAMETERS},
                          **{f"median_mnd_{g}": by_group[g].median_ventetid_mnd if g in by_group else None
                             for g in ("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn")}}),
        # The forecast is set against everyone in the year's person file: those who became bosettingsklare in
        # the year and those bosettingsklare before it who waited or were settled in it (ready_split says how many).
        Link("prognose", {"prognose": forecast.detail.get("prognose") if forecast else None,
                          "bosettingsklare": forecast.detail.get("bosettingsklare") if forecast else None,
                          "faerre": forecast.size if forecast else None,
                          "i_aaret": ready_split[0] if ready_split else None,
                          "fra_foer": ready_split[1] if ready_split else None}),
        Link("behov_justert", {"justert": fordeling.get("behov_justert"),
                               "opprinnelig": fordeling.get("bosettingsbehov_opprinnelig"),
                               "justert_til": fordeling.get("bosettingsbehov_justert"),
                               "dato": fordeling.get("behov_justert_dato"),
                               "endring": fordeling.get("behov_endring"),
                               "ny_fordeling_utlost": fordeling.get("ny_fordeling_utlost")}),
        Link("lang_ventetid", {"lang_ventende_slutt": waits.get("lang_ventende_slutt"),
                               "ventende_slutt": waits.get("ventende_slutt"),
                               "andel": waits.get("andel_lang_ventende_slutt")}),
    ]
    return tuple(links)


def year_causes(dataset: Dataset, year: int, facts: Sequence[Fact], deviation: Deviation, deviation_em: Deviation,
                groups: Sequence[GroupOutcome], rulesets: Sequence[RuleSet] = ()) -> YearCauses:
    """The year's components, measured links and the parties' explanations; `rulesets` in force give the waiting
    limits (assumptions) the share settled within the limit was counted with."""
    declared = next((r.parameters for r in rulesets if r.kind == "goals"), {})
    limits: dict[str, Scalar] = {name: declared[name].value for name in WAIT_LIMIT_PARAMETERS if name in declared}
    referat = dataset.referat.get(year)
    state = "none" if referat is None else "minuted" if referat.moete_dato is not None else "not_held"
    persons = dataset.persons.get(year)
    split = None if persons is None else (sum(1 for p in persons if p.bosettingsklar_dato.year == year),
                                          sum(1 for p in persons if p.bosettingsklar_dato.year < year))
    return YearCauses(year, deviation, deviation_em, _links(facts, deviation, groups, limits, split), state,
                      explanations(referat))


def explained_themes(causes: Mapping[int, YearCauses]) -> list[tuple[str, list[Explanation]]]:
    """The themes the parties' explanations name over the period, in THEMES' order, each with the explanations that
    name it."""
    found = [(key, [e for c in causes.values() for e in c.explanations if key in e.themes]) for key in THEMES]
    return [(key, named) for key, named in found if named]
