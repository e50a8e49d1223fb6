"""Steps for the request criteria (anmodningskriterier): which version is in force, and what it says of a kommune."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pytest_bdd import given, parsers, then, when
from steps_common import World, assert_statuses, describe, kommune_by_name, norwegian_date, number, table_rows

from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.criteria.allocation import Allocation, KommuneAllocation
from bosetting.obligations.criteria.context import allocate_for, allocation_rules
from bosetting.obligations.criteria.evaluate import CriteriaVersion, KommuneEvaluation, evaluate_kommuner
from bosetting.obligations.criteria.facts import criteria_facts
from bosetting.obligations.criteria.redistribution import Redistribution, redistribute
from bosetting.obligations.criteria.spec import CRITERIA_ID
from bosetting.obligations.feature_branches import NO_ADOPTED_ONLY_DRAFT, NO_CRITERIA
from bosetting.obligations.feature_steps import columns

DRAFT_WORDS = {"vedtatt": "adopted", "utkast": "draft"}


def criteria_in_force(world: World, day: dt.date, include_drafts: bool = False) -> RuleSet | None:
    return world.repo.in_force(CRITERIA_ID, day, include_drafts=include_drafts)


def evaluate_criteria(world: World, ruleset: RuleSet) -> list[KommuneEvaluation]:
    """Judge the scenario's kommuner under a criteria version, with the criteria's own facts and evaluation."""
    version = CriteriaVersion.of(ruleset)
    evaluations = evaluate_kommuner(version, criteria_facts(world.dataset(), world.year), str(world.year))
    world.rulesets = [ruleset]
    world.evaluated([c.finding for e in evaluations for c in e.criteria])
    world.result = evaluations
    assert world.findings, "the engine judged no kommune"
    for finding in world.findings:
        world.assert_evaluated(finding)
    return evaluations


def evaluation_of(world: World, name: str) -> KommuneEvaluation:
    found = [e for e in world.result if e.navn == name]
    assert len(found) == 1, f"no criteria evaluation for {name}"
    return found[0]


@when(parsers.parse("anmodningskriteriene for {year:d} vurderes"))
def when_criteria(world: World, year: int) -> None:
    """Vurderer kommunene i scenariet etter de vedtatte anmodningskriteriene som gjelder 1. januar i året, kriterium
    for kriterium.
    """
    ruleset = criteria_in_force(world, dt.date(year, 1, 1))
    assert ruleset is not None, f"no adopted criteria in force on 1 January {year}"
    evaluate_criteria(world, ruleset)


@when(parsers.parse("utkastet til anmodningskriterier for {year:d} vurderes"))
def when_draft_criteria(world: World, year: int) -> None:
    """Vurderer kommunene i scenariet etter utkastet til anmodningskriterier for året (ikke vedtatt)."""
    ruleset = criteria_in_force(world, dt.date(year, 1, 1), include_drafts=True)
    assert ruleset is not None and ruleset.status == "draft", f"no draft criteria for {year}"
    evaluate_criteria(world, ruleset)


# How a scenario says whether a kommune meets a criterion: the words of the review, not a fulfilment status.
CRITERION_WORDS = {"innfridd": "oppfylt", "ikke innfridd": "ikke oppfylt",
                   "utilstrekkelig grunnlag": "utilstrekkelig grunnlag"}


@then(parsers.parse("er kriteriet «{title}» «{label}» for {subject}"))
def then_criterion(world: World, title: str, label: str, subject: str, record: bool = True) -> None:
    """Kontrollerer motorens vurdering av ett anmodningskriterium, ved kriteriets tittel, for en kommune."""
    found = [f for f in world.findings_for(subject=subject) if f.title["nb"] == title]
    titles = sorted({f.title["nb"] for f in world.findings})
    assert found, f"no criterion titled «{title}»; the criteria are: {', '.join(titles)}"
    assert label in CRITERION_WORDS, (f"a criterion is «{'» or «'.join(CRITERION_WORDS)}» for a kommune, never "
                                      f"«{label}»: kommuner are not parties, and nothing they do is «oppfylt»")
    assert_statuses(world, found, CRITERION_WORDS[label], f"kriteriet «{title}» for {subject}", record)


# ---------------------------------------------------------------------------------------------
# Which version is in force


DAY = r"(?P<day>\d{1,2}\. \w+ \d{4})"


@when(parsers.re(rf"vi spør hvilke anmodningskriterier som gjelder {DAY}"))
def when_which_version(world: World, day: str) -> None:
    """Spør hvilken vedtatt versjon av anmodningskriteriene som gjelder på datoen."""
    world.result = criteria_in_force(world, norwegian_date(day))
    world.asked = (norwegian_date(day), False)


@when(parsers.re(rf"vi spør hvilke anmodningskriterier som gjelder {DAY}, utkast medregnet"))
def when_which_version_with_drafts(world: World, day: str) -> None:
    """Spør hvilken versjon av anmodningskriteriene som gjelder på datoen når utkast regnes med."""
    world.result = criteria_in_force(world, norwegian_date(day), include_drafts=True)
    world.asked = (norwegian_date(day), True)


@then(parsers.parse("gjelder versjon «{version}» ({state})"))
def then_version(world: World, version: str, state: str) -> None:
    """Kontrollerer hvilken versjon av anmodningskriteriene som ble valgt, og om den er vedtatt eller et utkast."""
    chosen = world.result
    assert chosen is not None, "no criteria version was chosen"
    assert (chosen.version, chosen.status) == (version, DRAFT_WORDS[state]), \
        f"chosen: {chosen.version} ({chosen.status}) from {chosen.path}"
    assert chosen.hash in {r.hash for r in world.repo.rulesets}
    assert world.asked is not None
    day, drafts = world.asked
    world.recorder.noted("kriterievalg", f"{day.year}{' med utkast' if drafts else ''}",
                         f"{chosen.version} {chosen.status}")


@then("gjelder ingen vedtatte anmodningskriterier")
def then_no_version(world: World) -> None:
    """Kontrollerer at ingen vedtatt versjon av anmodningskriteriene gjelder på datoen."""
    assert world.result is None, f"chosen: {world.result.version} ({world.result.status})"
    assert world.asked is not None
    day, _drafts = world.asked
    if criteria_in_force(world, day, include_drafts=True) is not None:  # a draft, not yet adopted
        world.recorder.noted("kriterievalg", str(day.year), NO_ADOPTED_ONLY_DRAFT)
    else:
        world.recorder.noted(*NO_CRITERIA)


@then(parsers.parse("har kommunen {subject} fått en vurdering for hvert kriterium"))
def then_every_criterion(world: World, subject: str) -> None:
    """Kontrollerer at kommunen fikk en vurdering for hvert kriterium i kriteriene som ble brukt."""
    ruleset = world.rulesets[0]
    judged = {f.rule_id for f in world.findings_for(subject=subject)}
    assert judged == {rule.id for rule in ruleset.rules}, describe(world.findings_for(subject=subject))
    world.recorder.noted("kriterier", "vurdering", "hvert kriterium for kommunen")


@then(parsers.parse("kan {subject} anmodes om å bosette flyktninger"))
def then_eligible(world: World, subject: str) -> None:
    """Kontrollerer at kommunen oppfyller kriteriene for å bli anmodet om å bosette flyktninger."""
    evaluation = evaluation_of(world, subject)
    assert evaluation.eligible, f"{subject} is not eligible: {describe([c.finding for c in evaluation.criteria])}"
    world.recorder.noted("kriterier", "kvalifisert", "anmodes")


@then(parsers.parse("kan {subject} anmodes om å bosette enslige mindreårige"))
def then_em_eligible(world: World, subject: str) -> None:
    """Kontrollerer at kommunen også kan anmodes om å bosette enslige mindreårige."""
    assert evaluation_of(world, subject).em_eligible
    world.recorder.noted("kriterier", "kvalifisert", "enslige mindreårige")


@then(parsers.parse("anmodes {subject} ikke om å bosette enslige mindreårige"))
def then_not_em_eligible(world: World, subject: str) -> None:
    """Kontrollerer at kommunen ikke anmodes om å bosette enslige mindreårige."""
    assert not evaluation_of(world, subject).em_eligible
    world.recorder.noted("kriterier", "ikke kvalifisert", "enslige mindreårige")


# ---------------------------------------------------------------------------------------------
# How the criteria came about (1.3 and 3.4): the process a criteria file records


_D = r"\d{1,2}\. \w+ \d{4}"


@given(parsers.re(rf"kriteriefilen for (?P<year>\d{{4}}) oppgir at kriteriene ble foreslått av (?P<proposer>.+) "
                  rf"(?P<proposed>{_D}), anbefalt av (?P<recommender>.+) (?P<recommended>{_D}) "
                  rf"og fastsatt av (?P<adopter>.+) (?P<adopted>{_D})"))
def given_criteria_process(world: World, year: str, proposer: str, proposed: str, recommender: str,
                           recommended: str, adopter: str, adopted: str) -> None:
    """Kriteriefilen for året slik den ville lyde med prosessen fylt ut og vedtatt: hvem som foreslo, anbefalte og
    fastsatte kriteriene, og når (punkt 1.3 og 3.4).

    The criteria file for the year as it would read with its `process:` filled in and adopted (the rest
    unchanged); where the project has only a draft for the year, the draft as adopted."""
    process = {"proposed_by": proposer, "proposed_on": norwegian_date(proposed).isoformat(),
               "recommendation_by": recommender, "recommendation_on": norwegian_date(recommended).isoformat(),
               "recommendation_reference": f"Nasjonalt utvalg, sak {int(year) - 1}/07"}
    _change_criteria(world, int(year), process, status="adopted", adopted_by=adopter,
                     adopted_on=norwegian_date(adopted).isoformat())


@given(parsers.re(rf"utkastet til anmodningskriterier for (?P<year>\d{{4}}) oppgir at det ble foreslått av "
                  rf"(?P<proposer>.+) (?P<proposed>{_D})"))
def given_draft_proposal(world: World, year: str, proposer: str, proposed: str) -> None:
    """Utkastet til anmodningskriterier for året slik det ville lyde når det oppgir hvem som foreslo det, og når (punkt
    1.3).

    The draft for the year as it would read when it records who prepared it: the parties' proposal (1.3)."""
    process = {"proposed_by": proposer, "proposed_on": norwegian_date(proposed).isoformat()}
    _change_criteria(world, int(year), process, status="draft", adopted_by="", adopted_on="")


def _change_criteria(world: World, year: int, process: dict[str, str], **changes: str) -> None:
    day = dt.date(year, 1, 1)
    ruleset = criteria_in_force(world, day) or criteria_in_force(world, day, include_drafts=True)
    assert ruleset is not None, f"the project has no criteria file for {year}"
    changed = replace(ruleset, data={**ruleset.data, "process": process}, **changes)
    world.repo = replace(world.repo, rulesets=[changed if r is ruleset else r for r in world.repo.rulesets])


# ---------------------------------------------------------------------------------------------
# Distribution of the need among the kommuner (fordeling)


def _version(world: World, year: int) -> CriteriaVersion:
    ruleset = criteria_in_force(world, dt.date(year, 1, 1))
    assert ruleset is not None, f"no adopted criteria for {year}"
    return CriteriaVersion.of(ruleset)


@when(parsers.parse("behovet på {need} personer, av dem {need_em} enslige mindreårige, fordeles etter "
                    "anmodningskriteriene for {year:d}"))
def when_allocate(world: World, need: str, need_em: str, year: int) -> None:
    """Fordeler behovet på kommunene i scenariet etter anmodningskriteriene for året: hvem som kvalifiserer, vekten,
    minsteanmodningen og taket.
    """
    version = _version(world, year)
    evaluations = evaluate_criteria(world, version.ruleset)
    world.allocation = allocate_for(version, evaluations, int(number(need) or 0), int(number(need_em) or 0))


@when(parsers.parse("behovet på {need} personer, av dem {need_em} enslige mindreårige, endres til {adjusted} "
                    "personer, av dem {adjusted_em} enslige mindreårige, under anmodningskriteriene for {year:d}"))
def when_redistribute(world: World, need: str, need_em: str, adjusted: str, adjusted_em: str, year: int) -> None:
    """Vurderer om en endring i behovet i løpet av året gjør at behovet skal fordeles på nytt, og hvordan anmodningene
    da endres.
    """
    version = _version(world, year)
    evaluations = evaluate_criteria(world, version.ruleset)
    before, before_em, after, after_em = (int(number(v) or 0) for v in (need, need_em, adjusted, adjusted_em))
    world.allocation = redistribute([e.unit() for e in evaluations], allocation_rules(version), before, before_em,
                                    after, after_em, version.spec.redistribution)


def _allocation(world: World) -> Allocation:
    assert isinstance(world.allocation, Allocation), "the need has not been distributed"
    return world.allocation


def _row(world: World, name: str) -> KommuneAllocation:
    knr = kommune_by_name(name).kommunenummer
    return _allocation(world).rows[knr]


@then(parsers.parse("er summen av anmodningene {need} personer, av dem {need_em} enslige mindreårige"))
def then_sum(world: World, need: str, need_em: str) -> None:
    """Kontrollerer at summen av anmodningene i fordelingen er lik det oppgitte tallet, også for enslige mindreårige.
    """
    rows = _allocation(world).rows.values()
    assert (sum(r.total for r in rows), sum(r.em for r in rows)) == (number(need), number(need_em))
    world.recorder.noted("fordeling", "sum", "lik behovet")


@then("anmodes kommunene om:")
@columns(required=("kommune", "anmodning", "av dem enslige mindreårige"))
def then_requests(world: World, datatable: list[list[str]]) -> None:
    """Kontrollerer hva hver kommune i tabellen anmodes om å bosette i fordelingen, og hvor mange av dem som er enslige
    mindreårige.
    """
    for row in table_rows(datatable):
        allocated = _row(world, row["kommune"])
        expected = (number(row["anmodning"]), number(row["av dem enslige mindreårige"]))
        assert (allocated.total, allocated.em) == expected, f"{row['kommune']}: {allocated}"
    world.recorder.noted("fordeling", "anmodning", "etter vekten")


@then(parsers.parse("får hver kommune i registeret en rad i fordelingen"))
def then_every_row(world: World) -> None:
    """Kontrollerer at hver kommune i scenariet har en rad i fordelingen, også de som ikke anmodes."""
    assert set(_allocation(world).rows) == set(world.kommuner)
    world.recorder.noted("fordeling", "rader", "hver kommune")


@then(parsers.parse("anmodes {name} ikke, fordi kommunen ikke innfrir kriteriet «{title}»"))
def then_not_asked_because(world: World, name: str, title: str) -> None:
    """Kontrollerer at kommunen ikke anmodes fordi den ikke oppfyller det navngitte kriteriet."""
    allocated = _row(world, name)
    assert not allocated.asked and not allocated.eligible, allocated
    # The criterion is checked as the reason; its branch is verified by anmodningskriterier.feature.
    then_criterion(world, title, "ikke innfridd", name, record=False)
    world.recorder.noted("fordeling", "ikke anmodet", "ikke kvalifisert")


@then(parsers.parse("anmodes {name} ikke, fordi andelen ble under minsteanmodningen"))
def then_below_minimum(world: World, name: str) -> None:
    """Kontrollerer at kommunen kvalifiserer, men ikke anmodes fordi dens andel ble under minsteanmodningen."""
    allocated = _row(world, name)
    assert allocated.eligible and not allocated.asked and allocated.below_minimum, allocated
    world.recorder.noted("fordeling", "ikke anmodet", "under minsteanmodningen")


@then(parsers.parse("anmodes {name} om {count:d}, som er taket på 1 prosent av innbyggerne"))
def then_capped(world: World, name: str, count: int) -> None:
    """Kontrollerer at anmodningen til kommunen er begrenset av taket på 1 prosent av innbyggerne."""
    allocated = _row(world, name)
    assert allocated.capped and allocated.total == count, allocated
    world.recorder.noted("fordeling", "anmodning", "taket")


@then(parsers.parse("anmodes {name} ikke om å bosette enslige mindreårige, "
                    "men om å bosette {count:d} andre flyktninger"))
def then_no_em(world: World, name: str, count: int) -> None:
    """Kontrollerer at kommunen ikke anmodes om å bosette enslige mindreårige, men om det oppgitte antallet andre
    flyktninger.
    """
    allocated = _row(world, name)
    assert allocated.em == 0 and allocated.total == count, allocated
    world.recorder.noted("fordeling", "enslige mindreårige", "ingen")


@then("utløser endringen ny fordeling etter referanseverdiene, fordi:")
@columns(headerless=True)
def then_redistributed(world: World, datatable: list[list[str]]) -> None:
    """Kontrollerer at behovet skal fordeles på nytt, og hvilke terskler endringen gikk over, én per rad."""
    redistribution = world.allocation
    assert isinstance(redistribution, Redistribution)
    reasons = [t.describe("nb") for t in redistribution.triggers]
    assert reasons == [row[0] for row in datatable], reasons
    for trigger in redistribution.triggers:
        world.recorder.noted("omfordeling", "utløst", trigger.kind)


@then(parsers.parse("utløser endringen ny fordeling etter referanseverdiene, fordi {reasons}"))
def then_redistributed_because(world: World, reasons: str) -> None:
    """Kontrollerer at behovet skal fordeles på nytt, og hvilke terskler endringen gikk over, hver skrevet i «».

    The thresholds the change went beyond («…» og «…»), in the words the review uses for them."""
    quoted = re.findall(r"«(.+?)»", reasons)
    assert quoted, f"write each reason in «»: {reasons}"
    then_redistributed(world, [[reason] for reason in quoted])


@then("utløser endringen ikke ny fordeling etter referanseverdiene")
def then_not_redistributed(world: World) -> None:
    """Kontrollerer at endringen i behovet er innenfor tersklene, så behovet ikke fordeles på nytt."""
    redistribution = world.allocation
    assert isinstance(redistribution, Redistribution) and not redistribution.triggered, redistribution.triggers
    world.recorder.noted("omfordeling", "ikke utløst", "innenfor tersklene")


@then("endres anmodningene slik:")
@columns(required=("kommune", "før", "etter"))
def then_changes(world: World, datatable: list[list[str]]) -> None:
    """Kontrollerer hvordan anmodningen til hver kommune i tabellen endres ved ny fordeling: før og etter."""
    redistribution = world.allocation
    assert isinstance(redistribution, Redistribution)
    changes = {c.kommunenummer: c for c in redistribution.changes}
    for row in table_rows(datatable):
        change = changes[kommune_by_name(row["kommune"]).kommunenummer]
        assert (change.total_from, change.total_to) == (number(row["før"]), number(row["etter"])), change
    world.recorder.noted("omfordeling", "endringer", "per kommune")


@given(parsers.re(rf"kriteriefilen for (?P<year>\d{{4}}) er fastsatt av (?P<adopter>.+) (?P<adopted>{_D}), men oppgir "
                  r"ikke hvem som foreslo eller anbefalte kriteriene"))
def given_criteria_without_process(world: World, year: str, adopter: str, adopted: str) -> None:
    """Kriteriefilen for året, vedtatt, men uten opplysninger om hvem som foreslo eller anbefalte kriteriene.

    The criteria file for the year, adopted, with no `process:` recorded: a gap in the tool's rule file."""
    _change_criteria(world, int(year), {}, status="adopted", adopted_by=adopter,
                     adopted_on=norwegian_date(adopted).isoformat())
