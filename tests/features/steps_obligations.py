"""Steps for the agreement's obligations and goals: the records a year's data holds, and the yearly evaluation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pytest_bdd import given, parsers, then, when
from steps_common import (
    World,
    assert_statuses,
    describe,
    kommune_by_name,
    norwegian_date,
    number,
    real_register,
    table_rows,
)

from bosetting.engine.findings import Finding
from bosetting.engine.repository import RuleRepository
from bosetting.obligations.data.records import (
    Activity,
    BeregningsutvalgetReport,
    CapacityChange,
    Measure,
    NationalYear,
    Occupancy,
    SettlementRecord,
    StatisticsDelivery,
    Waiver,
)
from bosetting.obligations.data.registers import agreement_problem
from bosetting.obligations.data.spec import DIREKTORATENES_DEPARTEMENT
from bosetting.obligations.feature_steps import columns

GROUPS = {"enslig mindreårig": "enslig_mindreaarig", "barnefamilie": "familie_med_barn",
          "voksen uten barn": "voksen_uten_barn"}
PLACES = {"asylmottak": "asylmottak", "omsorgssenter": "omsorgssenter", "utlandet": "utlandet"}
CHANGES = {"etablert": "etablert", "oppskalert": "oppskalert", "nedskalert": "nedskalert", "nedlagt": "nedlagt"}
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]
DOCUMENTATION = "dokumentasjon"
YES = {"ja", "j", "x", "sann"}
# Where a settled person lives when the scenario does not say: Askvoll (the kommune has no effect on the rules).
DEFAULT_KOMMUNENUMMER = "4645"


def date_cell(text: str) -> dt.date | None:
    """'15.01.2026', '2026-01-15' or '15. januar 2026'; empty is no date."""
    text = text.strip()
    if not text or text.lower() in {"-", "–", "ingen", "aldri"}:
        return None
    if len(text) == 10 and text[2] == "." and text[5] == ".":
        day, month, year = (int(part) for part in text.split("."))
        return dt.date(year, month, day)
    return norwegian_date(text)


def rule_fact(world: World, finding: Finding) -> str:
    """The fact type the rule that gave a finding reads (to tell documentation rules from the others)."""
    for ruleset in world.rulesets:
        if ruleset.hash == finding.ruleset_hash:
            rule = ruleset.rule(finding.rule_id)
            if rule is not None:
                return rule.fact
    return ""


def obligation_findings(world: World, provision: str, subject: str | None = None,
                        documentation: bool = False) -> list[Finding]:
    """The assessment of a party's obligation (the rule with the provision's own number), or, with
    `documentation`, the assessments of the provision that read the activity register."""
    found = [f for f in world.findings_for(provision=provision, subject=subject) if not f.is_indicator]
    if documentation:
        return [f for f in found if rule_fact(world, f) == DOCUMENTATION]
    return [f for f in found if f.rule_id == provision]


def indicator_findings(world: World, provision: str, subject: str | None = None) -> list[Finding]:
    """The indicators shown as context to a provision: of a kommune or fylke, or the national figures."""
    found = [f for f in world.findings_for(provision=provision, subject=subject) if f.is_indicator]
    if subject is None:
        found = [f for f in found if f.subject.kind in ("national", "agency")]
    return found


# ---------------------------------------------------------------------------------------------
# Gitt: the registers and tables of a year


@given(parsers.parse("disse bosettingsklare flyktningene i {year:d}:"))
@columns(required=("gruppe", "tillatelse"),
          optional=("antall", "bosettingsklar", "bosatt", "kommune", "bosatt av", "venter i", "særskilte behov"))
def given_persons(world: World, year: int, datatable: list[list[str]]) -> None:
    """De bosettingsklare flyktningene i året, én rad per person (eller «antall» like personer): gruppe, datoene for
    tillatelse, bosettingsklar og bosatt, hvor de venter, og kommunen de ble bosatt i.
    """
    world.year = year
    world.persons_year = year
    if world.persons is None:  # a table given anew: no sources of an earlier one
        world.person_sources = []
    persons, sources = world.entries("persons"), world.person_sources
    for index, row in enumerate(table_rows(datatable), start=1):
        given_count = number(row.get("antall", "1"))
        count = 1 if given_count is None else int(given_count)
        tillatelse = date_cell(row["tillatelse"])
        assert tillatelse is not None
        klar = date_cell(row.get("bosettingsklar", "")) or tillatelse
        bosatt = date_cell(row.get("bosatt", ""))
        kommune = row.get("kommune", "")
        knr = kommune_by_name(kommune).kommunenummer if kommune else (DEFAULT_KOMMUNENUMMER if bosatt else None)
        if knr is not None and kommune:
            world.add_kommune(kommune)
        by = row.get("bosatt av", "") or ("IMDi" if bosatt else "")
        place = PLACES[row.get("venter i", "asylmottak").strip()]
        for copy in range(count):
            persons.append(SettlementRecord(
                gruppe=GROUPS[row["gruppe"]],  # type: ignore[arg-type]
                saerskilte_behov=row.get("særskilte behov", "").lower() in YES, tillatelse_dato=tillatelse,
                bosettingsklar_dato=klar, bosatt_dato=bosatt, ventested=place,  # type: ignore[arg-type]
                kommunenummer=knr if bosatt else None, bosatt_av=by or None,  # type: ignore[arg-type]
                overforingsflyktning=place == "utlandet"))
            sources.append(f"scenario:personer row {index}.{copy + 1}")


@given(parsers.parse("at ingen personopplysninger er levert for {year:d}"))
@given(parsers.parse("ingen personopplysninger er levert for {year:d}"))
def given_no_persons(world: World, year: int) -> None:
    """Personopplysningene (personer.csv) for året mangler: det som leses av dem, har utilstrekkelig grunnlag."""
    world.year = year
    world.persons = None


@given(parsers.parse("at tiltaksregisteret for {year:d} er levert"))
@given(parsers.parse("tiltaksregisteret for {year:d} er levert"))
def given_measures_register(world: World, year: int) -> None:
    """Tiltaksregisteret for året er levert, eventuelt tomt: et tiltak som ikke står der, er ikke registrert."""
    world.entries("measures")
    world.measure_years.add(year)


@given(parsers.parse("{etat} registrerte tiltaket «{text}» for forpliktelse {provision} {day}"))
def given_measure(world: World, etat: str, text: str, provision: str, day: str) -> None:
    """Et tiltak etaten har registrert for forpliktelsen på datoen, ved økende lang ventetid (punkt 1.2)."""
    measures = world.entries("measures")
    measures.append(Measure(f"T{len(measures) + 1:03d}", norwegian_date(day), etat, provision,
                            "økende lang ventetid", text, source=f"scenario:tiltak {len(measures) + 1}"))
    world.measure_years.add(norwegian_date(day).year)


@given(parsers.parse("at aktivitetsregisteret for {year:d} er levert"))
@given(parsers.parse("aktivitetsregisteret for {year:d} er levert"))
def given_activity_register(world: World, year: int) -> None:
    """Aktivitetsregisteret for året er levert, eventuelt tomt: arbeid som ikke står der, er ikke dokumentert."""
    world.year = year
    world.entries("activities")


@given(parsers.parse("{etat} har dokumentert arbeid med forpliktelse {provision} {day}: «{text}»"))
def given_activity(world: World, etat: str, provision: str, day: str, text: str) -> None:
    """Dokumentert arbeid en part eller etat har ført opp for forpliktelsen på datoen, med en kort beskrivelse."""
    activities = world.entries("activities")
    index = len(activities) + 1
    activities.append(Activity(f"A{index:03d}", provision, etat, norwegian_date(day), text, f"dokument-{index}.pdf",
                               source=f"scenario:aktivitet {index}"))


@given(parsers.parse("at registeret over Beregningsutvalgets rapporter for {year:d} er levert"))
@given(parsers.parse("registeret over Beregningsutvalgets rapporter for {year:d} er levert"))
def given_report_register(world: World, year: int) -> None:
    """Registeret over Beregningsutvalgets rapporter for året er levert, eventuelt tomt."""
    world.year = year
    world.entries("reports")


@given(parsers.parse("Beregningsutvalget publiserte rapporten «{title}» {day}, med dekningsgrad {coverage}"))
def given_report(world: World, title: str, day: str, coverage: str) -> None:
    """En rapport Beregningsutvalget publiserte på datoen, med dekningsgraden den oppgir."""
    published = norwegian_date(day)
    value = number(coverage)
    reports = world.entries("reports")
    reports.append(BeregningsutvalgetReport(published.year - 1, published, title,
                                            None if value is None else float(value), f"BU-{published.year}",
                                            source=f"scenario:beregningsutvalget {len(reports) + 1}"))


@given(parsers.parse("at registeret over statistikkleveranser for {year:d} er levert"))
@given(parsers.parse("registeret over statistikkleveranser for {year:d} er levert"))
def given_delivery_register(world: World, year: int) -> None:
    """Registeret over statistikkleveranser for året er levert, eventuelt tomt."""
    world.year = year
    world.entries("deliveries")


def _recipient(text: str) -> str:
    if text == "KS":
        return "KS"
    assert text.startswith("fylkeskommunen i "), f"unknown recipient '{text}'"
    fylke = text.removeprefix("fylkeskommunen i ")
    numbers = {k.fylkesnummer for k in real_register().values() if k.fylke == fylke}
    assert len(numbers) == 1, f"unknown fylke '{fylke}'"
    return f"fylkeskommune:{numbers.pop()}"


def _deliver(world: World, sender: str, recipient: str, year: int, skipped: set[int]) -> None:
    deliveries = world.entries("deliveries")
    for month in range(1, 13):
        if month in skipped:
            continue
        label = f"{year}-{month:02d}"
        deliveries.append(StatisticsDelivery(sender, _recipient(recipient), dt.date(year, month, 28) + dt.timedelta(5),
                                             "bosettingsstatistikk", label,
                                             source=f"scenario:leveranse {len(deliveries) + 1}"))
    world.year = year


@given(parsers.re(r"(?P<sender>IMDi|UDI) sendte statistikk til (?P<recipient>.+) for hver måned i (?P<year>\d{4})"))
def given_deliveries(world: World, sender: str, recipient: str, year: str) -> None:
    """IMDi eller UDI sendte bosettingsstatistikk til mottakeren (KS eller en fylkeskommune) hver måned i året."""
    _deliver(world, sender, recipient, int(year), set())


@given(parsers.re(r"(?P<sender>IMDi|UDI) sendte statistikk til (?P<recipient>.+) for hver måned i (?P<year>\d{4}) "
                  r"unntatt (?P<months>.+)"))
def given_deliveries_except(world: World, sender: str, recipient: str, year: str, months: str) -> None:
    """IMDi eller UDI sendte bosettingsstatistikk til mottakeren hver måned i året, unntatt de oppgitte månedene."""
    skipped = {MONTHS.index(m.strip()) + 1 for m in months.replace(" og ", ",").split(",") if m.strip()}
    _deliver(world, sender, recipient, int(year), skipped)


@given(parsers.parse("disse endringene i kapasiteten i {year:d}:"))
@columns(required=("type", "mottak", "vertskommune", "endring", "plasser", "iverksatt"),
          optional=("vedtatt", "varslet", "hastegrunn"))
def given_capacity_changes(world: World, year: int, datatable: list[list[str]]) -> None:
    """Endringer i kapasiteten i mottak og omsorgssentre i året: hvilket mottak, vertskommunen, hva som endres, antall
    plasser og når det ble vedtatt, varslet og iverksatt.
    """
    world.year = year
    changes = world.entries("capacity_changes")
    for row in table_rows(datatable):
        kommune = world.add_kommune(row["vertskommune"])
        iverksatt = date_cell(row["iverksatt"])
        assert iverksatt is not None
        varslet = date_cell(row.get("varslet", ""))
        changes.append(CapacityChange(
            f"E{len(changes) + 1:03d}", row["type"], row["mottak"], kommune.kommunenummer,  # type: ignore[arg-type]
            CHANGES[row["endring"]], int(number(row["plasser"]) or 0),  # type: ignore[arg-type]
            date_cell(row.get("vedtatt", "")) or varslet or iverksatt, varslet, iverksatt,
            hastegrunn=row.get("hastegrunn", "").strip() or None, source=f"scenario:kapasitet {len(changes) + 1}"))


@given(parsers.parse("at ingen endringer i kapasiteten er registrert for {year:d}"))
@given(parsers.parse("ingen endringer i kapasiteten er registrert for {year:d}"))
def given_no_capacity_register(world: World, year: int) -> None:
    """Registeret over endringer i kapasiteten for året mangler."""
    world.year = year
    world.capacity_changes = None


@given(parsers.parse("belegget i {year:d} var:"))
@columns(required=("måned", "type", "plasser", "beboere"), optional=("bosettingsklare",))
def given_occupancy(world: World, year: int, datatable: list[list[str]]) -> None:
    """Belegget i mottak eller omsorgssentre måned for måned: plasser, beboere og hvor mange av dem som er
    bosettingsklare.
    """
    world.year = year
    rows = world.entries("occupancy")
    for row in table_rows(datatable):
        month = MONTHS.index(row["måned"].strip()) + 1
        rows.append(Occupancy(f"{year}-{month:02d}", row["type"], int(number(row["plasser"]) or 0),  # type: ignore[arg-type]
                              int(number(row["beboere"]) or 0), int(number(row.get("bosettingsklare", "0")) or 0),
                              source=f"scenario:belegg {len(rows) + 1}"))


@given(parsers.parse("at partene har avtalt unntak fra forpliktelse {provision} for {subject} "
                     "fra {start} til {end}, fordi «{reason}»"))
@given(parsers.parse("partene har avtalt unntak fra forpliktelse {provision} for {subject} "
                     "fra {start} til {end}, fordi «{reason}»"))
def given_waiver(world: World, provision: str, subject: str, start: str, end: str, reason: str) -> None:
    """Et unntak partene har avtalt fra en forpliktelse for Norge eller en etat, med periode og begrunnelse. Det er
    avtalt av KS og departementet etaten hører under, og står i et referat. En kommune kan aldri ha unntak:
    kommunene er ikke parter.

    An unntak as registre/unntak.yaml holds it, agreed by KS and the ministry the agency answers to.
    """
    waivers = world.entries("waivers")
    if subject == "Norge":
        subject = "national"
    assert subject in ("national", *DIREKTORATENES_DEPARTEMENT), (
        f"an unntak names a party's obligation (Norge or an agency), never '{subject}': kommuner are not parties")
    agreed_by = f"{DIREKTORATENES_DEPARTEMENT.get(subject, 'AID')} og KS"
    assert agreement_problem(agreed_by) is None
    waivers.append(Waiver(provision, subject, agreed_by, reason, norwegian_date(start), norwegian_date(end),
                          referat="referatet i eksemplet", source=f"scenario:unntak {len(waivers) + 1}"))


@given(parsers.parse("at bosettingsbehovet for {year:d} ble justert {day} til {need} personer, "
                     "av dem {need_em} enslige mindreårige"))
@given(parsers.parse("bosettingsbehovet for {year:d} ble justert {day} til {need} personer, "
                     "av dem {need_em} enslige mindreårige"))
def given_adjusted_need(world: World, year: int, day: str, need: str, need_em: str) -> None:
    """Bosettingsbehovet slik det ble justert i løpet av året, og datoen det ble justert. Oppgi behovet først.

    The need as revised during the year, and the day it was (nasjonalt.yaml: bosettingsbehov_justert...)."""
    assert world.national is not None, "state the need before its adjustment"
    world.national = replace(world.national, bosettingsbehov_justert=int(number(need) or 0),
                             bosettingsbehov_em_justert=int(number(need_em) or 0),
                             bosettingsbehov_justert_dato=norwegian_date(day))


@given(parsers.parse("at prognosen var {count} bosettingsklare"))
@given(parsers.parse("prognosen var {count} bosettingsklare"))
def given_forecast(world: World, count: str) -> None:
    """Prognosen for hvor mange som blir bosettingsklare i året. Oppgi behovet først."""
    assert world.national is not None, "state the need before the forecast"
    world.national = replace(world.national, prognose_bosettingsklare=int(number(count) or 0))


def _national(world: World) -> NationalYear:
    return world.national or NationalYear(world.year, 0, 0, 0, source="scenario:nasjonalt")


# ---------------------------------------------------------------------------------------------
# Når: the yearly evaluation of the agreement


def evaluate_obligations(world: World, year: int, repo: RuleRepository | None = None,
                         include_drafts: bool = False) -> None:
    from bosetting.obligations.system import AgreementSystem

    world.year = year
    world.national = _national(world)
    result = AgreementSystem(repository=repo or world.repo, dataset=world.dataset()).year(year, include_drafts)
    world.evaluated(list(result.findings))
    world.rulesets = list(result.rulesets)
    world.result = result
    assert world.rulesets and world.findings, "no obligations or goals rule set was evaluated"
    for finding in world.findings:
        world.assert_evaluated(finding)


@when(parsers.parse("forpliktelsene vurderes for {year:d}"))
@when(parsers.parse("avtalen vurderes for {year:d}"))
def when_obligations(world: World, year: int) -> None:
    """Vurderer alle forpliktelser og mål i avtalen for året, med regelfilene og motoren, på scenariets data."""
    evaluate_obligations(world, year)


@when(parsers.parse("forpliktelsene vurderes for {year:d}, med utkastet til anmodningskriterier"))
def when_obligations_with_draft_criteria(world: World, year: int) -> None:
    """Vurderer avtalen for året som om utkastet til anmodningskriterier gjaldt.

    As `evaluate_year(..., include_drafts=True)`: the draft criteria count as the criteria in force."""
    evaluate_obligations(world, year, include_drafts=True)


# ---------------------------------------------------------------------------------------------
# Så: findings of obligations


@then(parsers.parse("er forpliktelse {provision} «{label}» for {subject}"))
def then_obligation_for(world: World, provision: str, label: str, subject: str) -> None:
    """Kontrollerer motorens vurdering av en forpliktelse for én part eller etat (Norge, KS, IMDi, UDI …), etter
    regelen med forpliktelsens eget nummer.
    """
    found = obligation_findings(world, provision, subject)
    assert_statuses(world, found, label, f"forpliktelse {provision} for {subject}")


@then(parsers.parse("er forpliktelse {provision} «{label}»"))
def then_obligation(world: World, provision: str, label: str) -> None:
    """Kontrollerer motorens vurdering av en forpliktelse, etter regelen med forpliktelsens eget nummer, for alle den
    gjelder.
    """
    found = obligation_findings(world, provision)
    assert_statuses(world, found, label, f"forpliktelse {provision}")


@then(parsers.parse("er det dokumenterte arbeidet med forpliktelse {provision} «{label}»"))
def then_documented(world: World, provision: str, label: str) -> None:
    """Kontrollerer vurderingen av det dokumenterte arbeidet med forpliktelsen (aktivitetsregisteret)."""
    found = obligation_findings(world, provision, documentation=True)
    assert_statuses(world, found, label, f"det dokumenterte arbeidet med forpliktelse {provision}")


@then(parsers.parse("er det dokumenterte arbeidet med hver forpliktelse «{label}»"))
def then_all_documented(world: World, label: str) -> None:
    """Kontrollerer at vurderingen av det dokumenterte arbeidet har samme status for hver forpliktelse som vises med
    dokumentasjon.
    """
    found = [f for f in world.findings if rule_fact(world, f) == DOCUMENTATION]
    assert len({f.provision for f in found}) >= 20, "fewer documentation rules than expected"
    assert_statuses(world, found, label, "det dokumenterte arbeidet med hver forpliktelse")


@then(parsers.parse("er det dokumenterte arbeidet med forpliktelsene {numbers} «{label}»"))
def then_some_documented(world: World, numbers: str, label: str) -> None:
    """Kontrollerer vurderingen av det dokumenterte arbeidet med hver av de oppgitte forpliktelsene."""
    for provision in numbers.replace(" og ", ", ").split(", "):
        then_documented(world, provision.strip(), label)


def assert_evidence(world: World, provision: str, name: str, value: object) -> None:
    """The finding shows, as its evidence, the value the scenario names (read, not computed, here)."""
    found = [e for f in obligation_findings(world, provision) for e in f.evidence if e.name == name]
    assert found, f"no evidence '{name}' for {provision}: {describe(obligation_findings(world, provision))}"
    assert any(e.value == value for e in found), f"{name}: {[e.value for e in found]}, expected {value!r}"


@then(parsers.parse("viser vurderingen at økningen ble sett første gang i {month} {year:d}"))
def then_rise_seen(world: World, month: str, year: int) -> None:
    """Kontrollerer hvilken måned vurderingen av punkt 1.2 sier at økningen i lang ventetid ble sett første gang."""
    assert_evidence(world, "1.2", "okende_fra", f"{year}-{MONTHS.index(month) + 1:02d}")


# ---------------------------------------------------------------------------------------------
# Så: findings of the goals

RESULT_GOALS = {"bosetting": "resultatmaal-bosetting", "mottak og omsorgssentre": "resultatmaal-mottak"}


@then(parsers.parse("er hovedmål {number:d} «{label}»"))
def then_main_goal(world: World, number: int, label: str) -> None:
    """Kontrollerer motorens vurdering av et av avtalens hovedmål."""
    found = world.findings_for(provision=f"hovedmaal-{number}")
    assert_statuses(world, found, label, f"hovedmål {number}")


@then(parsers.parse("er resultatmålet for {goal} «{label}»"))
def then_result_goal(world: World, goal: str, label: str) -> None:
    """Kontrollerer motorens vurdering av resultatmålet for bosetting eller for mottak og omsorgssentre."""
    assert goal in RESULT_GOALS, f"unknown result goal '{goal}'; known: {', '.join(RESULT_GOALS)}"
    found = world.findings_for(provision=RESULT_GOALS[goal])
    assert_statuses(world, found, label, f"resultatmålet for {goal}")


# ---------------------------------------------------------------------------------------------
# Så: what describes a kommune or a fylke, and the figures beside a party's obligation


@then(parsers.parse("beskrives {subject} som «{label}» under forpliktelse {provision}"))
def then_described(world: World, subject: str, label: str, provision: str) -> None:
    """Kontrollerer hvordan en kommune eller et fylke beskrives under forpliktelsen. Kommuner og fylker beskrives, de
    vurderes aldri som oppfylt eller ikke oppfylt.
    """
    found = indicator_findings(world, provision, subject)
    assert_statuses(world, found, label, f"{subject} under forpliktelse {provision}")


@then(parsers.parse("viser tallene ved siden av forpliktelse {provision} «{label}»"))
def then_context(world: World, provision: str, label: str) -> None:
    """Kontrollerer de nasjonale tallene som vises ved siden av en forpliktelse."""
    found = indicator_findings(world, provision)
    assert_statuses(world, found, label, f"tallene ved siden av forpliktelse {provision}")


@then("får ingen kommune og ingen fylke en vurdering av om de har oppfylt noe")
def then_no_kommune_judged(world: World) -> None:
    """Kontrollerer at ingen kommune og intet fylke får en vurdering av om de har oppfylt noe: de er ikke parter i
    avtalen.
    """
    local = [f for f in world.findings if f.subject.kind in ("kommune", "fylke")]
    assert local, "the scenario has no kommune or fylke findings to look at"
    judged = [f for f in local if not f.is_indicator or f.status in ("met", "partly_met", "not_met", "waived")]
    assert not judged, describe(judged)
    world.recorder.noted("avtalen", "kommuner", "beskrevet, ikke vurdert")


@then(parsers.parse("er tiltaket etter økningen i {year:d} «{label}» i gjennomgangen for {review_year:d}"))
def then_carried_rise(world: World, year: int, label: str, review_year: int) -> None:
    """Kontrollerer, i gjennomgangen for et senere år, vurderingen av tiltaket etter en økning i lang ventetid året
    før.
    """
    assert world.year == review_year, f"the scenario evaluated {world.year}, not {review_year}"
    found = [f for f in world.findings if f.rule_id == "1.2/forrige-aar"]
    assert all(any(e.name == "forrige_aar" and e.value == str(year) for e in f.evidence) for f in found)
    assert_statuses(world, found, label, f"tiltaket etter økningen i {year}")


KINDS = {"en innsatsforpliktelse": "effort", "en forpliktelse til handling eller resultat": "act"}


@then(parsers.parse("leses forpliktelse {provision} som {kind}, etter ordene «{words}»"))
def then_kind(world: World, provision: str, kind: str, words: str) -> None:
    """Kontrollerer hva regelfilen sier forpliktelsen er (en innsatsforpliktelse, eller en forpliktelse til handling
    eller resultat), og avtalens ord som avgjør det.

    What the rule file says the provision is, in the words of the agreement's text that decide it."""
    assert kind in KINDS, f"unknown kind '{kind}'; known: {', '.join(KINDS)}"
    ruleset = next(r for r in world.repo.rulesets if r.kind == "obligations" and r.provision(provision))
    stated = ruleset.provision(provision)["obligation"]  # type: ignore[index]
    assert (stated["type"], stated["words"]) == (KINDS[kind], words), stated
    world.recorder.noted("avtalen", "forpliktelsestype", KINDS[kind])


@then(parsers.parse("binder forpliktelse {provision} {parties}"))
def then_binds(world: World, provision: str, parties: str) -> None:
    """Kontrollerer hvem regelfilen sier forpliktelsen binder."""
    ruleset = next(r for r in world.repo.rulesets if r.kind == "obligations" and r.provision(provision))
    binds = ruleset.provision(provision)["binds"]  # type: ignore[index]
    # Party names hold "og" themselves ("Barne- og familiedepartementet"): compare the written list.
    written = binds[0] if len(binds) == 1 else f"{', '.join(binds[:-1])} og {binds[-1]}"
    assert parties == written, f"the rule file says it binds {written}"
    world.recorder.noted("avtalen", "binder", "partene")
