"""Steps for the evaluation of the agreement period: several years side by side, the referat of each, and what
the evaluation concludes (obligations.period).

A scenario builds each year with the ordinary steps, then hands it to the period («året 2026 legges til
perioden»), which keeps that year's data and starts the next afresh (the kommuner stay). The referat steps write
the parties' minutes of a year. «avtaleperioden evalueres» evaluates every year with the real rule files and the
real engine, as `bosetting evaluate-period` does, and the Så-steps compare what the evaluation concludes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when
from steps_common import World, norwegian_date, number, status_of, table_rows

from bosetting.engine.findings import STATUS
from bosetting.engine.render import format_date
from bosetting.obligations.data.records import (
    Dataset,
    FollowUp,
    FollowUpReport,
    PartyRemark,
    PartyStatement,
    Referat,
    ReferatPoint,
)
from bosetting.obligations.feature_steps import columns
from bosetting.obligations.period.content import act_state_text, causes_summary, goal_conclusion
from bosetting.obligations.period.model import PeriodModel
from bosetting.obligations.period.texts import t
from bosetting.obligations.review.texts import CAUSES

AGREEMENT_PERIOD = (2026, 2029)
# The world's fields a new year starts without; the rest (the rules, the recorder, the kommuner) carry over.
CARRIED = {"repo", "recorder", "kommuner"}
POINTS = {"bosetting": "resultatmaal-bosetting", "mottak og omsorgssentre": "resultatmaal-mottak"}
FOLLOW_UP_STATES = {t(f"state_{key}", "nb"): key for key in ("done", "not_done", "pending", "not_reported")}
PARTIES = ("KS", "AID", "JD", "BFD", "KDD")
# The parties' acts under "Varighet og oppsigelse" as a scenario names them.
ACTS = {"en parts erklæring om at vilkårene ikke er til stede": "vilkaar_ikke_til_stede", "oppsigelse": "oppsigelse"}
ACT_OUTCOMES = {"vilkårene ikke til stede": "vilkaar_ikke_til_stede", "oppsigelse": "oppsigelse"}
THEME_WORDS = {t(f"theme_{key}", "nb"): key for key in
               ("bolig", "okonomi", "ankomster", "ekstraordinaere_endringer", "anmodningstidspunkt")}


@dataclass
class ReferatDraft:
    """What the scenario has minuted for one year so far."""

    meeting: dt.date | None = None
    points: dict[str, ReferatPoint] = field(default_factory=dict)
    reports: list[FollowUpReport] = field(default_factory=list)
    statements: list[PartyStatement] = field(default_factory=list)

    def point(self, point_id: str) -> ReferatPoint:
        return self.points.setdefault(point_id, ReferatPoint(point_id, None, source=f"scenario:referat {point_id}"))

    def referat(self, year: int) -> Referat:
        return Referat(year, self.meeting, (), tuple(self.points.values()) if self.meeting else (),
                       tuple(self.reports), synthetic=True, source=f"scenario:referat {year}",
                       erklaeringer=tuple(self.statements))


@dataclass
class Period:
    """The years the scenario has handed to the period, and the referat of each year."""

    years: dict[int, Dataset] = field(default_factory=dict)
    referat: dict[int, ReferatDraft] = field(default_factory=dict)

    def draft(self, year: int) -> ReferatDraft:
        return self.referat.setdefault(year, ReferatDraft())

    def dataset(self) -> Dataset:
        """The years together, as the data readers would give a data folder with each year's files."""
        assert self.years, "no year was added to the period («året ... legges til perioden»)"
        merged: dict[str, Any] = {}
        for name in ("kommune_years", "national", "persons", "capacity_changes", "occupancy", "deliveries",
                     "measures", "activities", "reports", "waivers"):
            combined: dict[int, Any] = {}
            for year in sorted(self.years):
                for key, value in getattr(self.years[year], name).items():
                    combined.setdefault(key, value)  # a year's own data before another year's copy of it
            merged[name] = combined
        kommuner = {k: v for ds in self.years.values() for k, v in ds.kommuner.items()}
        return Dataset(data_dir="scenario", synthetic=True, files={}, kommuner=kommuner,
                       referat={year: draft.referat(year) for year, draft in sorted(self.referat.items())}, **merged)


@pytest.fixture
def period() -> Period:
    return Period()


def point_id(text: str) -> str:
    """«hovedmål 1», «resultatmålet for bosetting» or «forpliktelse 1.2» as the referat names the point."""
    text = text.strip()
    if match := re.fullmatch(r"hovedmål (\d)", text):
        return f"hovedmaal-{match.group(1)}"
    if text.startswith("resultatmålet for ") and text.removeprefix("resultatmålet for ") in POINTS:
        return POINTS[text.removeprefix("resultatmålet for ")]
    if match := re.fullmatch(r"forpliktelse (\d\.\d)", text):
        return match.group(1)
    raise AssertionError(f"unknown point «{text}»: write «hovedmål 1», «resultatmålet for bosetting» or "
                         "«forpliktelse 1.2»")


def period_of(world: World) -> PeriodModel:
    assert isinstance(world.result, PeriodModel), "the period has not been evaluated («avtaleperioden evalueres»)"
    return world.result


# ---------------------------------------------------------------------------------------------
# Gitt: the years of the period and their referat


@given(parsers.parse("året {year:d} legges til perioden"))
def given_year_added(world: World, period: Period, year: int) -> None:
    """Året, slik stegene foran har beskrevet det, blir ett av periodens år; neste år begynner uten data (kommunene
    blir med). Et år uten egne kommunetall får kommunene uten anmodning, vedtak eller bosatte.
    """
    assert year not in period.years, f"{year} was added to the period twice"
    world.year = year
    if not world.kommune_years:
        for kommune in world.kommuner.values():
            world.kommune_year(kommune.navn)
    world.kommune_years = {k: replace(row, year=year) for k, row in world.kommune_years.items()}
    period.years[year] = world.dataset()
    for spec in fields(World):
        if spec.name not in CARRIED:
            default = spec.default_factory() if callable(spec.default_factory) else spec.default  # type: ignore[misc]
            setattr(world, spec.name, default)


@given(parsers.parse("referatet for {year:d} er fra konsultasjonsmøtet {day}"))
def given_referat_meeting(period: Period, year: int, day: str) -> None:
    """Referatet fra konsultasjonsmøtet som gjennomgikk året, og datoen for møtet."""
    period.draft(year).meeting = norwegian_date(day)


@given(parsers.parse("partene vurderte {point} slik i referatet for {year:d}: «{text}»"))
def given_agreed(period: Period, point: str, year: int, text: str) -> None:
    """Partenes omforente vurdering av et mål eller en forpliktelse i referatet for året."""
    draft = period.draft(year)
    pid = point_id(point)
    draft.points[pid] = replace(draft.point(pid), omforent_vurdering=text)


@given(parsers.parse("{party} forklarte {point} slik i referatet for {year:d}: «{text}»"))
def given_remark(period: Period, party: str, point: str, year: int, text: str) -> None:
    """En parts egen merknad til et mål eller en forpliktelse i referatet for året (KS, AID, JD, BFD eller KDD)."""
    assert party in ("KS", "AID", "JD", "BFD", "KDD"), f"«{party}» is not a party: KS, AID, JD, BFD or KDD"
    draft = period.draft(year)
    pid = point_id(point)
    current = draft.point(pid)
    draft.points[pid] = replace(current, merknader=(*current.merknader, PartyRemark(party, text)))


@given(parsers.parse("partene avtalte i referatet for {year:d} oppfølgingen «{text}» av {point}, med {owner} som "
                     "ansvarlig og frist {day}"))
def given_follow_up(period: Period, year: int, text: str, point: str, owner: str, day: str) -> None:
    """En oppfølging partene avtalte i referatet for året, med ansvarlig og frist; den får id-en
    <år>-<punkt>-<løpenummer>, som 2026-1.2-1.
    """
    draft = period.draft(year)
    pid = point_id(point)
    current = draft.point(pid)
    follow_up = FollowUp(f"{year}-{pid}-{len(current.oppfolging) + 1}", pid, text, owner, norwegian_date(day),
                         source=f"scenario:referat {year}")
    draft.points[pid] = replace(current, oppfolging=(*current.oppfolging, follow_up))


@given(parsers.parse("referatet for {year:d} rapporterer at oppfølging {follow_up:S} er utført {day}"))
def given_follow_up_done(period: Period, year: int, follow_up: str, day: str) -> None:
    """Rapporten i referatet for året om at en oppfølging fra et tidligere år er utført."""
    period.draft(year).reports.append(FollowUpReport(follow_up, True, norwegian_date(day),
                                                     source=f"scenario:referat {year}"))


@given(parsers.parse("referatet for {year:d} rapporterer at oppfølging {follow_up:S} ikke er utført {day}: «{text}»"))
def given_follow_up_not_done(period: Period, year: int, follow_up: str, day: str, text: str) -> None:
    """Rapporten i referatet for året om at en oppfølging fra et tidligere år ikke er utført, og hvorfor."""
    period.draft(year).reports.append(FollowUpReport(follow_up, False, norwegian_date(day), text,
                                                     source=f"scenario:referat {year}"))


def _statement(period: Period, act: str, party: str, day: str, year: int, text: str) -> None:
    assert party in PARTIES, f"«{party}» is not a party: {', '.join(PARTIES)}"
    period.draft(year).statements.append(PartyStatement(act, party, norwegian_date(day), text,
                                                        source=f"scenario:referat {year}"))


@given(parsers.parse("{party} erklærte {day} i referatet for {year:d} at vilkårene for å oppfylle avtalen ikke er til "
                     "stede: «{text}»"))
def given_conditions_not_present(period: Period, party: str, day: str, year: int, text: str) -> None:
    """En parts erklæring, ført i referatet for året med dato, om at vilkårene for å oppfylle avtalen ikke er til
    stede (avtalens punkt «Varighet og oppsigelse»).
    """
    _statement(period, "vilkaar_ikke_til_stede", party, day, year, text)


@given(parsers.parse("{party} sa opp avtalen {day} i referatet for {year:d}: «{text}»"))
def given_termination(period: Period, party: str, day: str, year: int, text: str) -> None:
    """En parts oppsigelse av avtalen, ført i referatet for året med dato («Oppsigelse av avtalen skal gis med minst en
    måneds varsel»).
    """
    _statement(period, "oppsigelse", party, day, year, text)


# ---------------------------------------------------------------------------------------------
# Når


@when("avtaleperioden evalueres")
def when_period(world: World, period: Period) -> None:
    """Evaluerer hvert av periodens år med regelfilene og motoren, slik den årlige gjennomgangen gjør det, og setter
    årene ved siden av hverandre, slik `bosetting evaluate-period` gjør.
    """
    from bosetting.obligations.period.run import evaluate_period
    from bosetting.obligations.system import AgreementSystem

    system = AgreementSystem(repository=world.repo, dataset=period.dataset())
    model = evaluate_period(system, sorted(period.years), *AGREEMENT_PERIOD)
    world.evaluated([f for review in model.reviews.values() for f in review.findings])
    world.result = model


# ---------------------------------------------------------------------------------------------
# Så: goals against results


@then(parsers.parse("viser evalueringen disse statusene for {point}:"))
@columns(required=("år", "status"))
def then_goal_statuses(world: World, point: str, datatable: list[list[str]]) -> None:
    """Kontrollerer målets (eller forpliktelsens) status år for år i evalueringen av perioden."""
    model = period_of(world)
    pid = point_id(point)
    goal = next((g for g in model.goals if g.id == pid), None)
    assert goal is not None, f"the evaluation shows no goal {pid}"
    shown = {y.year: y for y in goal.years}
    for row in table_rows(datatable):
        year = int(row["år"])
        assert year in shown, f"{pid}: no status for {year}; the evaluation has {sorted(shown)}"
        entry = shown[year]
        expected = status_of(row["status"])
        assert entry.status == expected, \
            f"{pid} {year}: «{STATUS[entry.status].label('nb')}», expected «{row['status']}»"
        assert entry.finding is not None
        world.recorder.asserted([entry.finding])
    if goal.years_reached() and goal.years_missed() and min(goal.years_reached()) < max(goal.years_missed()):
        world.recorder.noted("periode", "mål", "nådd ett år, ikke det neste")


@then(parsers.parse("sier evalueringen om {point}: «{text}»"))
def then_goal_conclusion(world: World, point: str, text: str) -> None:
    """Kontrollerer hva evalueringen konkluderer om målet for perioden (status hvert år, nådd eller ikke, og
    endringene fra år til år).
    """
    pid = point_id(point)
    goal = next((g for g in period_of(world).goals if g.id == pid), None)
    assert goal is not None, f"the evaluation shows no goal {pid}"
    conclusion = goal_conclusion(goal, "nb")
    assert text in conclusion, f"the evaluation says: {conclusion}"


# ---------------------------------------------------------------------------------------------
# Så: causes


@then(parsers.parse("viser dataene for {year:d} at den største komponenten av avviket er «{text}» med {count} "
                    "personer"))
def then_largest_component(world: World, year: int, text: str, count: str) -> None:
    """Kontrollerer den største komponenten av avviket fra bosettingsbehovet i året, slik dataene viser den (et ledd i
    kjeden, ikke en årsak).
    """
    causes = period_of(world).causes[year]
    largest = next((c for c in causes.deviation.causes if c.size > 0), None)
    assert largest is not None, f"{year}: no component with persons in it"
    assert (CAUSES[largest.key]["nb"], largest.size) == (text, number(count)), \
        f"{year}: the largest component is «{CAUSES[largest.key]['nb']}» with {largest.size}"
    shown, _ = causes_summary(period_of(world), "nb")
    assert any(text in line for line in shown), shown
    world.recorder.noted("periode", "årsak", "vist i dataene")


@then(parsers.parse("viser dataene for {year:d} komponenten «{text}» med {count} personer, som trekker avviket ned"))
def then_reducing_component(world: World, year: int, text: str, count: str) -> None:
    """Kontrollerer en komponent som trekker avviket ned (en kommune vedtok flere enn anmodet, eller bosatte flere enn
    den vedtok), med antall personer den trekker ned.
    """
    causes = period_of(world).causes[year].deviation.causes
    found = {CAUSES[c.key]["nb"]: c.size for c in causes if c.size < 0}
    assert found.get(text) == -number(count), f"{year}: the components that reduce the gap are {found}"
    world.recorder.noted("periode", "årsak", "trekker avviket ned")


@then(parsers.parse("går komponentene av avviket for {year:d} til sammen opp i avviket på {count} personer"))
def then_components_add_up(world: World, year: int, count: str) -> None:
    """Kontrollerer at komponentene av avviket, med dem som trekker det ned, går opp i avviket fra behovet."""
    deviation = period_of(world).causes[year].deviation
    assert deviation.gap == number(count), f"{year}: the gap is {deviation.gap}"
    chain = sum(c.size for c in deviation.causes if c.key != "faerre_bosettingsklare_enn_prognose")
    assert chain == deviation.gap, f"{year}: the components add up to {chain}, the gap is {deviation.gap}"


@then(parsers.parse("forklarer {party} {point} i referatet for {year:d} med «{text}», med temaet «{theme}»"))
def then_explained(world: World, party: str, point: str, year: int, text: str, theme: str) -> None:
    """Kontrollerer en parts forklaring på et mål i referatet for året, og temaet evalueringen finner i den."""
    pid = point_id(point)
    found = [e for e in period_of(world).causes[year].explanations if e.party == party and e.point == pid]
    assert found, f"{year}: no explanation by {party} on {pid}"
    assert any(text in e.text and THEME_WORDS.get(theme) in e.themes for e in found), \
        [(e.text, e.themes) for e in found]
    if any(e.kind == "obligation" for e in found):
        world.recorder.noted("periode", "forklaring", "ved en forpliktelse")


@then(parsers.parse("bygger temaet «{theme}» på partenes forklaringer, ikke på dataene"))
def then_theme_explained(world: World, theme: str) -> None:
    """Kontrollerer at evalueringen fører temaet under det som bygger på partenes forklaringer, og ikke under det
    dataene viser.
    """
    shown, explained = causes_summary(period_of(world), "nb")
    assert any(theme in line for line in explained), explained
    assert not any(theme in line for line in shown), shown
    world.recorder.noted("periode", "årsak", "forklart av partene")


@then(parsers.parse("bygger evalueringen ingen årsak på temaet «{theme}», for punktet har ikke noe avvik det året"))
def then_theme_not_built(world: World, theme: str) -> None:
    """Kontrollerer at en forklaring på et punkt uten avvik det året ikke gir noe tema under det som bygger på
    partenes forklaringer: den forklarer noe annet enn et avvik.
    """
    shown, explained = causes_summary(period_of(world), "nb")
    assert not any(f"«{theme}»" in line for line in [*shown, *explained]), explained
    assert any("gjelder et punkt uten avvik det året" in line or "gjelder punkter uten avvik det året" in line
               for line in explained), explained
    world.recorder.noted("periode", "forklaring", "uten avvik")


@then(parsers.parse("står det blant partenes forklaringer: «{text}»"))
def then_explained_says(world: World, text: str) -> None:
    """Kontrollerer en setning under det som bygger på partenes forklaringer."""
    _, explained = causes_summary(period_of(world), "nb")
    assert any(text in line for line in explained), explained
    if "kan ikke prøves" in text:
        world.recorder.noted("periode", "forklaring", "år som dataene ikke har")


# ---------------------------------------------------------------------------------------------
# Så: the parties' work and the follow-ups


@then(parsers.parse("viser evalueringen oppfølgingen av {point} slik:"))
@columns(required=("oppfølging", "status"))
def then_follow_ups(world: World, point: str, datatable: list[list[str]]) -> None:
    """Kontrollerer oppfølgingen partene avtalte for forpliktelsen, og om den er rapportert utført, rapportert ikke
    utført, uten rapport etter fristen eller med fristen ikke passert.
    """
    pid = point_id(point)
    works = [w for _, party in period_of(world).work for w in party if w.id == pid]
    assert works, f"the evaluation shows no work on {pid}"
    states = {s.follow_up.id: s.state for w in works for s in w.follow_ups()}
    expected = {row["oppfølging"]: row["status"] for row in table_rows(datatable)}
    for follow_up, words in expected.items():
        assert words in FOLLOW_UP_STATES, f"unknown status «{words}»; known: {', '.join(FOLLOW_UP_STATES)}"
        assert states.get(follow_up) == FOLLOW_UP_STATES[words], f"{follow_up}: {states.get(follow_up)}"
        world.recorder.noted("periode", "oppfølging", words)
    assert set(states) == set(expected), f"the evaluation shows the follow-ups {sorted(states)}"


# ---------------------------------------------------------------------------------------------
# Så: the agreement's own triggers


@then(parsers.parse("er indikatoren for om antallet kan håndteres innenfor gjeldende ordning «{label}» i {year:d}"))
def then_handling(world: World, label: str, year: int) -> None:
    """Kontrollerer indikatoren for avtalens vilkår for drøfting («det estimerte antallet som skal bosettes ikke kan
    håndteres innenfor gjeldende ordning»): kommunenes vedtak mot behovet, målt mot antakelsen.
    """
    entry = next((h for h in period_of(world).handling if h.year == year), None)
    assert entry is not None, f"no indicator for {year}"
    words = {t("triggered", "nb"): True, t("not_triggered", "nb"): False, t("no_figure", "nb"): None}
    assert label in words, f"unknown «{label}»; known: {', '.join(words)}"
    assert entry.triggered is words[label], f"{year}: share {entry.share}, triggered {entry.triggered}"
    world.recorder.noted("periode", "utløser", label)


def _report_text(world: World) -> str:
    from bosetting.obligations.period.content import build_period_document
    from bosetting.obligations.review.markdown import render_document_markdown

    return render_document_markdown(build_period_document(period_of(world), "nb"))


@then("viser evalueringen «ingen data» for en parts erklæring om at vilkårene ikke er til stede, og for oppsigelse")
def then_party_acts(world: World) -> None:
    """Kontrollerer at evalueringen sier «ingen data», ikke «ingen», om partenes egne handlinger etter avtalens punkt
    om varighet og oppsigelse i hvert år uten referat: dataene kan da verken vise en erklæring eller at ingen ble gitt.
    """
    model = period_of(world)
    text = _report_text(world)
    for entry in model.acts:
        assert entry.register == "none" and not entry.statements, f"{entry.year}: a referat is read in"
        assert f"| {act_state_text(entry, 'nb')} |" in text, text[-3000:]
        assert act_state_text(entry, "nb").startswith("ingen data")
    world.recorder.noted("periode", "partshandling", "ingen data")


@then(parsers.parse("viser evalueringen «{words}» for {act} i {year:d}"))
def then_party_act_state(world: World, words: str, act: str, year: int) -> None:
    """Kontrollerer hva evalueringen sier om en parts erklæring om at vilkårene ikke er til stede, eller om oppsigelse,
    i et år der referatet ikke fører noen: «ingen registrert i referatet for …» når året har et referat, «ingen
    data: …» når det ikke har det.
    """
    assert act in ACTS, f"unknown act «{act}»; known: {', '.join(ACTS)}"
    entry = next((a for a in period_of(world).acts if a.act == ACTS[act] and a.year == year), None)
    assert entry is not None, f"the evaluation shows no year {year}"
    assert not entry.statements, f"{year}: the referat records {entry.statements}"
    assert act_state_text(entry, "nb") == words, f"{year}: «{act_state_text(entry, 'nb')}»"
    assert f"| {words} |" in _report_text(world)
    world.recorder.noted("periode", "partshandling", "ingen registrert" if entry.register != "none" else "ingen data")


def _then_statement(world: World, act: str, party: str, day: str) -> None:
    when = norwegian_date(day)
    found = [(a.year, s) for a in period_of(world).acts if a.act == act for s in a.statements
             if s.part == party and s.dato == when]
    assert found, f"no {act} by {party} on {when}: {[a for a in period_of(world).acts if a.statements]}"
    text = _report_text(world)
    for year, statement in found:
        assert f"| {year} | {format_date(when, 'nb')} | {party} | {statement.tekst} |" in text, text[-3000:]
    consequence = t(f"act_{act}_given", "nb", who="").split("()", 1)[1].strip()
    assert consequence in text, consequence
    world.recorder.noted("periode", "partshandling", next(words for words, key in ACT_OUTCOMES.items() if key == act))


@then(parsers.parse("viser evalueringen at {party} erklærte {day} at vilkårene for å oppfylle avtalen ikke er til "
                    "stede, og at en videreføring av avtalen da skal drøftes"))
def then_conditions_not_present(world: World, party: str, day: str) -> None:
    """Kontrollerer at evalueringen viser partens erklæring med datoen, og avtalens følge: «skal en videreføring av
    avtalen drøftes innenfor gjeldende konsultasjonsordning mellom KS og regjeringen».
    """
    _then_statement(world, "vilkaar_ikke_til_stede", party, day)


@then(parsers.parse("viser evalueringen at {party} sa opp avtalen {day}"))
def then_termination(world: World, party: str, day: str) -> None:
    """Kontrollerer at evalueringen viser partens oppsigelse med datoen, og avtalens krav om minst en måneds varsel."""
    _then_statement(world, "oppsigelse", party, day)
