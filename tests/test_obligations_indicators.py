"""Each indicator through the real rule files and the real engine, on small constructed datasets.

A `good` dataset meets every indicator; each test changes what one indicator reads and checks
the finding's status and its evidence (down to file and row).
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from datetime import date as _date
from pathlib import Path

import pytest
from test_metrics_waiting import person

from bosetting.engine.findings import Finding
from bosetting.obligations.data.records import (
    Activity,
    BeregningsutvalgetReport,
    CapacityChange,
    Dataset,
    Kommune,
    KommuneYear,
    Measure,
    NationalYear,
    Occupancy,
    PersonRecords,
    SettlementRecord,
    StatisticsDelivery,
    Waiver,
)
from bosetting.obligations.data.spec import FORPLIKTELSER
from bosetting.obligations.evaluation import YearEvaluation, evaluate_year
from bosetting.obligations.paths import RULES_DIR
from bosetting.obligations.rules_context import load_rules

YEAR = 2026
KOMMUNER = {"0301": ("Oslo", "03", "Oslo"), "4601": ("Bergen", "46", "Vestland"),
            "1103": ("Stavanger", "11", "Rogaland")}
GROUPS = ("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn")


def quick_settlements() -> tuple[SettlementRecord, ...]:
    """Thirty persons, each settled 20 days after the permit: nobody waits long."""
    records = []
    for i in range(30):
        permit = date(YEAR, 1, 5) + timedelta(days=11 * i)
        records.append(replace(person(f"p{i + 2}", GROUPS[i % 3], permit, settled=permit + timedelta(days=20),
                                      ventested="omsorgssenter" if i % 3 == 0 else "asylmottak"),
                               kommunenummer="0301", bosatt_av="Bufetat" if i % 3 == 0 else "IMDi"))
    return tuple(records)


def in_file(records: tuple[SettlementRecord, ...]) -> PersonRecords:
    """The records as the year's person file would hold them, one row each from row 2."""
    return PersonRecords(records, f"data/{YEAR}/personer.csv", range(2, len(records) + 2))


def rising_long_waits() -> tuple[SettlementRecord, ...]:
    """Adults who never get settled, with permits spread so more pass six months every month."""
    return tuple(person(f"p{100 + i}", "voksen_uten_barn", date(YEAR - 1, 7, 1) + timedelta(days=12 * i))
                 for i in range(25))


# Who does each section's work in the good dataset: an activity counts only for a party the provision binds,
# the body carrying it, or a bound ministry's directorate.
CARRIED_BY = {"1": "IMDi", "2": "KS", "3": "AID", "4": "IMDi", "5": "UDI", "6": "Bufdir", "7": "Husbanken", "8": "KS"}


def good() -> Dataset:
    kommuner = {knr: Kommune(knr, navn, fnr, fylke, 10_000, source=f"data/kommuner.csv:row {i + 2}")
                for i, (knr, (navn, fnr, fylke)) in enumerate(KOMMUNER.items())}
    years = {knr: KommuneYear(YEAR, knr, 100, 5, 100, 5, 95, 5, fylkeskommune_anbefaling=100,
                              source=f"data/{YEAR}/kommune_aar.csv:row {i + 2}") for i, knr in enumerate(KOMMUNER)}
    months = [f"{YEAR}-{m:02d}" for m in range(1, 13)]
    recipients = ["KS", "fylkeskommune:03", "fylkeskommune:46", "fylkeskommune:11"]
    deliveries = [StatisticsDelivery("IMDi", til, date(YEAR, 12, 31), "statistikk", m, source=f"reg:line {i}")
                  for i, (til, m) in enumerate((t, m) for t in recipients for m in months)]
    deliveries += [StatisticsDelivery("UDI", "KS", date(YEAR, 12, 31), "mottak", m) for m in months]
    occupancy = [Occupancy(m, kind, 100, 90 if kind == "asylmottak" else 80, 5,
                           source=f"data/{YEAR}/belegg.csv:row {i}")
                 for i, (m, kind) in enumerate((m, k) for m in months for k in ("asylmottak", "omsorgssenter"))]
    activities = [Activity(f"A-{i}", number, CARRIED_BY[number.split(".")[0]] if number != "8.1" else "AID",
                           date(YEAR, 5, 1), "arbeid", f"doc-{number}",
                           source=f"data/{YEAR}/registre/aktiviteter.yaml:line {i * 6 + 3}")
                  for i, number in enumerate(FORPLIKTELSER)]
    return Dataset(
        data_dir="data", synthetic=True, files={}, kommuner=kommuner,
        kommune_years={YEAR: years},
        national={YEAR: NationalYear(YEAR, 300, 15, 320, source=f"data/{YEAR}/nasjonalt.yaml:line 3")},
        persons={YEAR: quick_settlements()},
        capacity_changes={YEAR: (CapacityChange("E-1", "asylmottak", "Mottak", "4601", "nedlagt", 200, date(YEAR, 1, 2),
                                                date(YEAR, 3, 1), date(YEAR, 6, 1),
                                                source=f"data/{YEAR}/kapasitet_endringer.csv:row 2"),)},
        occupancy={YEAR: tuple(occupancy)}, deliveries={YEAR: tuple(deliveries)}, measures={YEAR: ()},
        activities={YEAR: tuple(activities)},
        reports={YEAR: (BeregningsutvalgetReport(YEAR - 1, date(YEAR, 6, 15), "Rapport", 96.4, "ref",
                                                 source=f"data/{YEAR}/registre/beregningsutvalget.yaml:line 3"),)},
        waivers={YEAR: ()},
    )


@pytest.fixture(scope="module")
def repo():  # type: ignore[no-untyped-def]
    loaded = load_rules([RULES_DIR / "obligations", RULES_DIR / "goals"])
    loaded.raise_for_errors()
    return loaded


def evaluate(repo, dataset: Dataset) -> YearEvaluation:  # type: ignore[no-untyped-def]
    return evaluate_year(dataset, repo, YEAR)


def finding(evaluation: YearEvaluation, rule_id: str, subject_id: str | None = None) -> Finding:
    found = [f for f in evaluation.findings
             if f.rule_id == rule_id and (subject_id is None or f.subject.id == subject_id)]
    assert len(found) == 1, [(f.rule_id, f.subject.id) for f in found]
    return found[0]


def dt_date(text: str) -> _date:
    return _date.fromisoformat(text)


def evidence(f: Finding, name: str) -> tuple[object, str]:
    item = next(e for e in f.evidence if e.name == name)
    return item.value, item.source


def test_the_good_dataset_meets_every_data_indicator(repo) -> None:  # type: ignore[no-untyped-def]
    evaluation = evaluate(repo, good())
    # Obligations of act or result are met; obligations of effort show documented effort, never "met";
    # the figures beside them are context indicators within their reference values.
    expected = {"1.1": "documented", "1.1/varsling": "innenfor_referanse", "1.2": "not_applicable", "1.7": "met",
                "1.8": "documented", "1.8/rapport": "rapport_publisert", "2.3": "documented",
                "2.3/vedtak": "lik_anmodning", "3.2": "documented", "3.2/dekningsgrad": "innenfor_referanse",
                "4.1": "met", "4.4": "documented", "4.4/behov": "innenfor_referanse", "4.5": "documented",
                "4.5/ventetid": "innenfor_referanse", "4.6": "not_applicable", "5.1": "met", "5.3": "met",
                "5.4": "met", "5.5": "documented", "5.5/tid": "innenfor_referanse", "6.1": "met",
                "6.3": "documented", "6.3/tid": "innenfor_referanse", "6.4": "documented", "6.5": "not_applicable",
                "hovedmaal-1": "met", "hovedmaal-2": "met", "hovedmaal-3": "insufficient_data",
                "resultatmaal-bosetting": "met", "resultatmaal-mottak": "met", "7.2": "documented"}
    assert {rule: finding(evaluation, rule).status for rule in expected} == expected
    assert {f.status for f in evaluation.findings if f.rule_id in ("1.7/kommune", "1.7/fylke")} == {"lik_anmodning"}
    assert {f.status for f in evaluation.findings if f.rule_id == "4.4/kommune"} == {"bosatt_faerre_enn_vedtatt"}


def test_at_least_one_national_or_agency_finding_per_provision(repo) -> None:  # type: ignore[no-untyped-def]
    evaluation = evaluate(repo, good())
    top = [f for f in evaluation.findings if f.subject.kind in ("national", "agency")]
    assert len({f.provision for f in top}) == 43 and len(top) >= 43


def test_findings_are_sorted_by_ruleset_provision_rule_and_subject(repo) -> None:  # type: ignore[no-untyped-def]
    evaluation = evaluate(repo, good())
    obligations = [f.provision for f in evaluation.findings if f.ruleset_id == "samarbeidsavtale-2026-2029"]
    assert obligations[0] == "1.1" and obligations[-1] == "8.2"
    assert obligations.index("1.9") < obligations.index("1.10") if "1.10" in obligations else True
    kommune = [f.subject.id for f in evaluation.findings if f.rule_id == "1.7/kommune"]
    assert kommune == sorted(kommune)


# ---------------------------------------------------------------------------- 1.2

def test_rising_long_waits_without_tiltak_are_not_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    dataset = replace(dataset, persons={YEAR: in_file(dataset.persons[YEAR] + rising_long_waits())})
    f = finding(evaluate(repo, dataset), "1.2")
    assert f.status == "not_met"
    assert evidence(f, "okende")[0] is True and evidence(f, "frist_utlopt")[0] is True
    assert evidence(f, "tiltak_innen_frist") == (False, f"data/{YEAR}/registre/tiltak.yaml: ingen tiltak for 1.2")
    value, source = evidence(f, "lang_ventende_slutt")
    assert value == 25 and source == "data/2026/personer.csv: 25 rows"


def test_a_rise_seen_late_in_the_year_is_pending_until_next_years_register(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    # Adults whose six months run out in September, October and November: the rise is seen at the end of November.
    late = tuple(person(f"p{200 + i}", "voksen_uten_barn", date(YEAR, 3, 15) + timedelta(days=30 * i // 3))
                 for i in range(9))
    rising = replace(dataset, persons={YEAR: dataset.persons[YEAR] + late})
    f = finding(evaluate(repo, rising), "1.2")
    assert f.status == "pending", f.explanation["nb"]
    assert evidence(f, "frist_utlopt")[0] is False and "Neste års gjennomgang avgjør det" in f.explanation["nb"]
    deadline = dt_date(str(evidence(f, "tiltak_frist")[0]))
    assert deadline.year == YEAR + 1
    january = Measure("T-1", date(YEAR + 1, 1, 10), "IMDi", "1.2", "lang ventetid", "tiltak",
                      source=f"data/{YEAR + 1}/registre/tiltak.yaml:line 4")
    settled = replace(rising, measures={YEAR: (), YEAR + 1: (january,)})
    assert finding(evaluate(repo, settled), "1.2").status == "met"
    assert finding(evaluate_year(settled, repo, YEAR + 1), "1.2/forrige-aar").status == "met"
    none_yet = replace(rising, measures={YEAR: (), YEAR + 1: ()})
    assert finding(evaluate(repo, none_yet), "1.2").status == "not_met"
    assert finding(evaluate_year(none_yet, repo, YEAR + 1), "1.2/forrige-aar").status == "not_met"


def test_rising_long_waits_with_a_timely_tiltak_are_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    measure = Measure("T-1", date(YEAR, 2, 10), "IMDi", "1.2", "lang ventetid", "tiltak",
                      source=f"data/{YEAR}/registre/tiltak.yaml:line 4")
    dataset = replace(dataset, persons={YEAR: dataset.persons[YEAR] + rising_long_waits()}, measures={YEAR: (measure,)})
    f = finding(evaluate(repo, dataset), "1.2")
    assert f.status == "met"
    assert evidence(f, "tiltak_innen_frist") == (True, f"data/{YEAR}/registre/tiltak.yaml:line 4")


def test_a_late_tiltak_is_partly_met_and_no_person_file_is_insufficient(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    late = Measure("T-1", date(YEAR, 12, 1), "IMDi", "1.2", "lang ventetid", "tiltak")
    rising = replace(dataset, persons={YEAR: rising_long_waits()}, measures={YEAR: (late,)})
    assert finding(evaluate(repo, rising), "1.2").status == "partly_met"
    f = finding(evaluate(repo, replace(dataset, persons={})), "1.2")
    assert f.status == "insufficient_data"
    assert evidence(f, "personer_i_grunnlag") == (None, "data/2026/personer.csv (not supplied)")


# ---------------------------------------------------------------------------- 1.7, 2.3, 4.3, 4.4

def test_vedtak_against_anmodning_per_kommune_fylke_and_nation(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    years = dict(dataset.kommune_years[YEAR])
    years["0301"] = replace(years["0301"], vedtak=0, vedtak_em=0, bosatt=0)
    years["4601"] = replace(years["4601"], vedtak=None, vedtak_em=None, fylkeskommune_anbefaling=None)
    years["1103"] = replace(years["1103"], vedtak=60, bosatt=20)
    evaluation = evaluate(repo, replace(dataset, kommune_years={YEAR: years}))
    # Kommuner and fylker are described, never judged.
    assert finding(evaluation, "1.7/kommune", "0301").status == "vedtak_null"
    f = finding(evaluation, "1.7/kommune", "4601")
    assert f.status == "ikke_vedtatt" and evidence(f, "vedtak") == (None, "data/2026/kommune_aar.csv:row 3")
    assert f.is_indicator and f.status_label("nb") == "ikke vedtatt"
    assert finding(evaluation, "1.7/kommune", "1103").status == "under_anmodning"
    assert finding(evaluation, "4.4/kommune", "1103").status == "bosatt_faerre_enn_vedtatt"
    assert finding(evaluation, "4.4/kommune", "0301").status == "not_applicable"
    assert finding(evaluation, "4.3/fylke", "03").status == "not_applicable"  # Oslo: one kommune, nothing to split
    assert finding(evaluation, "1.7/fylke", "11").status == "under_anmodning"
    # KS is judged by its documented work, not by the kommuner's vedtak, which are context.
    assert finding(evaluation, "2.3").status == "documented"
    assert finding(evaluation, "2.3/vedtak").status == "under_anmodning"
    context = finding(evaluation, "4.4/behov")
    assert context.status == "utenfor_referanse" and evidence(context, "andel_behov_bosatt")[0] == pytest.approx(38.3)
    assert finding(evaluation, "4.4").status == "documented"
    assert not any(f.status in ("met", "partly_met", "not_met") for f in evaluation.findings
                   if f.subject.kind in ("kommune", "fylke"))


def test_the_fylkeskommunes_recommendation_is_context_per_fylke(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    kommuner = {**dataset.kommuner, "4602": Kommune("4602", "Kinn", "46", "Vestland", 17_000,
                                                     source="data/kommuner.csv:row 5")}
    years = dict(dataset.kommune_years[YEAR])
    years["4602"] = replace(years["4601"], kommunenummer="4602", fylkeskommune_anbefaling=None)
    years["4601"] = replace(years["4601"], fylkeskommune_anbefaling=None)
    evaluation = evaluate(repo, replace(dataset, kommuner=kommuner, kommune_years={YEAR: years}))
    f = finding(evaluation, "4.3/fylke", "46")
    assert f.status == "ingen_tilraading" and f.is_indicator
    assert "IMDis dialog vurderes etter 4.3" in f.explanation["nb"]
    assert finding(evaluation, "4.3/fylke", "11").status == "not_applicable"


def test_requests_below_the_need_are_not_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    national = replace(dataset.national[YEAR], bosettingsbehov=400)
    f = finding(evaluate(repo, replace(dataset, national={YEAR: national})), "1.7")
    assert f.status == "not_met"
    value, source = evidence(f, "andel_behov_anmodet")
    assert value == 75.0 and "data/2026/nasjonalt.yaml:line 3" in source
    assert "under 95 % (referanseverdi, antakelse)" in f.explanation["nb"] and "krav" not in f.explanation["nb"]


def test_requests_just_below_the_need_are_partly_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    national = replace(dataset.national[YEAR], bosettingsbehov=310)  # 300 requested: 96.8 %
    f = finding(evaluate(repo, replace(dataset, national={YEAR: national})), "1.7")
    assert f.status == "partly_met" and evidence(f, "andel_behov_anmodet")[0] == 96.8
    assert "under referanseverdien 100 %, men minst 95 % (begge antakelser)" in f.explanation["nb"]


# ---------------------------------------------------------------------------- 4.1, 5.3

def test_one_missing_statistics_delivery_is_partly_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    kept = tuple(d for d in dataset.deliveries[YEAR] if not (d.til == "fylkeskommune:46" and d.maaned == "2026-09"))
    evaluation = evaluate(repo, replace(dataset, deliveries={YEAR: kept}))
    f = finding(evaluation, "4.1")
    # 47 of 48 recipient months (97.9 %) is above the reference share of 90 %: one month is not a pattern.
    assert f.status == "partly_met" and evidence(f, "mangler")[0] == "Vestland fylkeskommune (46) 2026-09"
    assert evidence(f, "laveste_andel_mottaker")[0] == 91.7 and "97,9 % er levert" in f.explanation["nb"]
    assert evidence(f, "avvik_datoer")[0] == "2026-09"
    assert "statistikkleveranser.yaml" in evidence(f, "manglende")[1]
    assert finding(evaluation, "5.3").status == "met"
    assert finding(evaluation, "hovedmaal-2").status == "partly_met"


def test_missing_deliveries_below_the_reference_share_are_not_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    gone = {"2026-01", "2026-02", "2026-03", "2026-04", "2026-05"}
    kept = tuple(d for d in dataset.deliveries[YEAR] if not (d.til == "fylkeskommune:46" and d.maaned in gone))
    f = finding(evaluate(repo, replace(dataset, deliveries={YEAR: kept})), "4.1")
    # 43 of 48 recipient months (89.6 %) in all, and Vestland got 7 of 12 (58.3 %): the recipient served worst
    # decides, as it would under 5.3, where KS is the only recipient.
    assert f.status == "not_met" and evidence(f, "laveste_andel_mottaker")[0] == 58.3
    assert "under referanseverdien 90 % (antakelse)" in f.explanation["nb"]


def test_two_missing_months_to_one_recipient_are_not_met_though_the_pooled_share_is_high(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    kept = tuple(d for d in dataset.deliveries[YEAR] if not (d.til == "KS" and d.fra == "IMDi"
                                                              and d.maaned in ("2026-01", "2026-02")))
    f = finding(evaluate(repo, replace(dataset, deliveries={YEAR: kept})), "4.1")
    assert f.status == "not_met" and evidence(f, "laveste_andel_mottaker")[0] == 83.3


def test_no_delivery_register_is_insufficient_data(repo) -> None:  # type: ignore[no-untyped-def]
    f = finding(evaluate(repo, replace(good(), deliveries={})), "5.3")
    assert f.status == "insufficient_data"
    assert evidence(f, "leveranseregister")[1] == "data/2026/registre/statistikkleveranser.yaml (not supplied)"


# ---------------------------------------------------------------------------- 5.4, 1.1, result goal mottak

def test_a_late_closure_notice_is_not_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    late = CapacityChange("E-2", "asylmottak", "Mottak", "1103", "nedlagt", 350, date(YEAR, 5, 20), date(YEAR, 6, 5),
                          date(YEAR, 6, 1), source=f"data/{YEAR}/kapasitet_endringer.csv:row 3")
    evaluation = evaluate(repo, replace(dataset, capacity_changes={YEAR: dataset.capacity_changes[YEAR] + (late,)}))
    f = finding(evaluation, "5.4")
    assert f.status == "not_met"
    assert evidence(f, "varslet_for_sent") == (1, f"data/{YEAR}/kapasitet_endringer.csv:row 3")
    assert "E-2" in f.explanation["nb"] and "varslet 4 dager etter" in f.explanation["nb"]
    # 1.1 is the parties' effort to facilitate good processes: the late notice is context there, not its verdict.
    assert finding(evaluation, "1.1").status == "documented"
    assert finding(evaluation, "1.1/varsling").status == "utenfor_referanse"
    assert finding(evaluation, "resultatmaal-mottak").status == "not_met"


def test_a_late_notice_with_a_reason_for_urgency_is_partly_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    urgent = CapacityChange("E-2", "asylmottak", "Mottak", "1103", "etablert", 350, date(YEAR, 5, 20),
                            date(YEAR, 5, 25), date(YEAR, 6, 1), hastegrunn="masseankomst",
                            source=f"data/{YEAR}/kapasitet_endringer.csv:row 3")
    evaluation = evaluate(repo, replace(dataset, capacity_changes={YEAR: dataset.capacity_changes[YEAR] + (urgent,)}))
    f = finding(evaluation, "5.4")
    assert f.status == "partly_met" and "hastegrunn: masseankomst" in f.explanation["nb"]
    assert "raske endringer ofte er nødvendig" in f.explanation["nb"]


# ---------------------------------------------------------------------------- 5.1, 6.1

@pytest.mark.parametrize("months, status", [(("2026-09",), "partly_met"), (("2026-08", "2026-09"), "partly_met"),
                                            (("2026-07", "2026-08", "2026-09"), "not_met")])
def test_occupancy_outside_the_band_for_a_few_months_is_partly_met(repo, months, status) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    rows = tuple(replace(r, beboere=30) if r.mottakstype == "omsorgssenter" and r.maaned in months else r
                 for r in dataset.occupancy[YEAR])
    evaluation = evaluate(repo, replace(dataset, occupancy={YEAR: rows}))
    f = finding(evaluation, "6.1")
    assert f.status == status and evidence(f, "maaneder_utenfor")[0] == len(months)
    assert evidence(f, "laveste_maaned")[0] == months[0]
    assert evidence(f, "laveste_maaned")[1].startswith("data/2026/belegg.csv:row")
    assert finding(evaluation, "5.1").status == "met"


# ---------------------------------------------------------------------------- 4.5, 4.6, 6.4, 6.5

def test_slow_settlement_of_children_and_long_waiters_is_context_for_documented_effort(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    slow = tuple(replace(p, bosatt_dato=p.tillatelse_dato + timedelta(days=200)) for p in dataset.persons[YEAR][:12])
    stuck = tuple(person(f"p{300 + i}", "enslig_mindreaarig", date(YEAR, 1, 5), ventested="omsorgssenter")
                  for i in range(20))
    evaluation = evaluate(repo, replace(dataset, persons={YEAR: slow + stuck}))
    # Effort obligations: the documented work decides; the outcome figures are shown beside it.
    for rule_id in ("4.5", "4.6", "6.4", "6.5"):
        assert finding(evaluation, rule_id).status == "documented", rule_id
    assert finding(evaluation, "4.5/ventetid").status == "utenfor_referanse"
    assert finding(evaluation, "6.4/ventetid").status == "utenfor_referanse"
    six_five = finding(evaluation, "6.5/bosatt")
    assert six_five.status == "utenfor_referanse" and evidence(six_five, "em_omsorgssenter_lang_venter")[0] == 20
    assert "personer.csv" in evidence(six_five, "andel_em_omsorgssenter_lang_bosatt")[1]
    assert finding(evaluation, "4.6/bosatt").status == "utenfor_referanse"


def test_nobody_waiting_long_is_not_applicable_not_missing_data(repo) -> None:  # type: ignore[no-untyped-def]
    evaluation = evaluate(repo, good())
    for rule_id in ("4.6", "6.5", "4.6/bosatt", "6.5/bosatt"):
        f = finding(evaluation, rule_id)
        assert f.status == "not_applicable", (rule_id, f.explanation["nb"])
    no_persons = evaluate(repo, replace(good(), persons={}))
    assert finding(no_persons, "4.6").status == "insufficient_data"


# ---------------------------------------------------------------------------- 1.8, 3.2

def test_beregningsutvalget_report_and_coverage_are_context(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    # A report that slips into January is the committee's matter: the parties' 1.8 is their documented contribution.
    no_report = evaluate(repo, replace(dataset, reports={YEAR: ()}))
    assert finding(no_report, "1.8/rapport").status == "ingen_rapport_i_aaret"
    assert finding(no_report, "1.8").status == "documented"
    assert finding(evaluate(repo, replace(dataset, reports={})), "1.8/rapport").status == "insufficient_data"
    low = replace(dataset.reports[YEAR][0], dekningsgrad_pct=80.0)
    evaluation = evaluate(repo, replace(dataset, reports={YEAR: (low,)}))
    f = finding(evaluation, "3.2/dekningsgrad")
    assert f.status == "utenfor_referanse" and "Stortinget" in f.explanation["nb"]
    assert evidence(f, "dekningsgrad_pct") == (80.0, f"data/{YEAR}/registre/beregningsutvalget.yaml:line 3")
    assert finding(evaluation, "3.2").status == "documented"


# ---------------------------------------------------------------------------- documentation only

def test_nothing_documented_is_insufficient_data_never_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    kept = tuple(a for a in dataset.activities[YEAR] if a.forpliktelse != "7.2")
    evaluation = evaluate(repo, replace(dataset, activities={YEAR: kept}))
    f = finding(evaluation, "7.2")
    assert f.status == "insufficient_data" and f.subject.id == "Husbanken"
    assert evidence(f, "dokumentert_7_2") == (0, f"data/{YEAR}/registre/aktiviteter.yaml: ingenting dokumentert for "
                                                 "7.2")
    documented = finding(evaluation, "7.1")
    assert documented.status == "documented" and evidence(documented, "dokumentert_7_1")[1].endswith(":line 207")
    assert "viser innsats, ikke at forpliktelsen er oppfylt" in documented.explanation["nb"]
    no_register = evaluate(repo, replace(dataset, activities={}, measures={}))
    assert finding(no_register, "4.2").status == "insufficient_data"
    assert finding(no_register, "hovedmaal-3").status == "insufficient_data"


def test_an_activity_dated_in_another_year_documents_nothing_for_this_year(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    moved = tuple(replace(a, dato=date(YEAR - 1, 6, 1)) if a.forpliktelse == "7.2" else a
                  for a in dataset.activities[YEAR])
    assert finding(evaluate(repo, dataset), "7.2").status == "documented"
    f = finding(evaluate(repo, replace(dataset, activities={YEAR: moved})), "7.2")
    assert f.status == "insufficient_data"
    assert evidence(f, "dokumentert_7_2")[0] == 0


def test_no_vedtak_registered_anywhere_is_insufficient_data_not_a_shortfall(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    undecided = {knr: replace(row, vedtak=None, vedtak_em=None) for knr, row in dataset.kommune_years[YEAR].items()}
    evaluation = evaluate(repo, replace(dataset, kommune_years={YEAR: undecided}))
    f = finding(evaluation, "2.3/vedtak")
    assert f.status == "ikke_vedtatt"
    assert evidence(f, "kommuner_ingen")[0] == len(undecided)


# ---------------------------------------------------------------------------- 1.3, 3.4

def _rules_with_criteria(tmp_path: Path, process: str, status: str = "adopted",
                         adopted_on: str = "2026-10-15") -> Path:
    """The project's obligations and goals, with criteria for the year after YEAR: the criteria work of YEAR."""
    rules = tmp_path / "rules"
    for folder in ("obligations", "goals"):
        shutil.copytree(RULES_DIR / folder, rules / folder)
    criteria = (RULES_DIR / "criteria" / "anmodningskriterier-2026.yaml").read_text(encoding="utf-8")
    for before, after in (('version: "2026.1"', f'version: "{YEAR + 1}.1"'),
                          ("valid_from: '2026-01-01'", f"valid_from: '{YEAR + 1}-01-01'"),
                          ("valid_to: '2026-12-31'", f"valid_to: '{YEAR + 1}-12-31'"),
                          ("status: adopted", f"status: {status}"),
                          ("\nprocess:\n", "\nprocess:\n" + process)):
        assert before in criteria
        criteria = criteria.replace(before, after, 1)
    if status == "adopted":
        criteria = criteria.replace("\nadopted_by: ", f"\nadopted_on: '{adopted_on}'\nadopted_by: ", 1)
    else:
        criteria = criteria.replace("\nadopted_by: Arbeids- og inkluderingsdepartementet", "", 1)
    (rules / "criteria").mkdir()
    (rules / "criteria" / f"anmodningskriterier-{YEAR + 1}.yaml").write_text(criteria, encoding="utf-8")
    return rules


PROCESS = ("  proposed_by: IMDi og KS\n  proposed_on: 2026-06-01\n"
           "  recommendation_by: {by}\n  recommendation_on: 2026-09-15\n  recommendation_reference: NU-sak 12/2026\n")


def test_next_years_criteria_proposed_and_adopted_on_the_committees_recommendation(tmp_path: Path) -> None:
    by_committee = load_rules([_rules_with_criteria(tmp_path / "a", PROCESS.format(by="Nasjonalt utvalg for mottak "
                                                                                      "og bosetting av flyktninger"))])
    by_committee.raise_for_errors()
    evaluation = evaluate_year(good(), by_committee, YEAR)
    proposal = finding(evaluation, "1.3")
    assert proposal.status == "met" and f"for {YEAR + 1}" in proposal.explanation["nb"]
    f = finding(evaluation, "3.4")
    source = evidence(f, "anbefalt_av_nasjonalt_utvalg")[1]
    assert f.status == "met" and f"anmodningskriterier-{YEAR + 1}.yaml" in source
    by_ministry = load_rules([_rules_with_criteria(tmp_path / "b", PROCESS.format(by="Arbeids- og "
                                                                                    "inkluderingsdepartementet"))])
    assert finding(evaluate_year(good(), by_ministry, YEAR), "3.4").status == "not_met"
    # The same file is the criteria in force in the next year: that year's work is about the year after it.
    assert finding(evaluate_year(good(), by_committee, YEAR + 1), "1.3").status == "insufficient_data"


def test_a_draft_for_next_year_that_records_its_proposers_is_the_proposal(tmp_path: Path) -> None:
    draft = load_rules([_rules_with_criteria(tmp_path / "a", "  proposed_by: IMDi og KS\n  proposed_on: 2026-06-01\n",
                                             status="draft")])
    draft.raise_for_errors()
    evaluation = evaluate_year(good(), draft, YEAR)
    assert finding(evaluation, "1.3").status == "met"
    setting = finding(evaluation, "3.4")
    assert setting.status == "insufficient_data" and "bare et utkast" in setting.explanation["nb"]
    unsigned = load_rules([_rules_with_criteria(tmp_path / "b", "", status="draft")])
    f = finding(evaluate_year(good(), unsigned, YEAR), "1.3")
    assert f.status == "insufficient_data" and "mangel i verktøyets regelfiler" in f.explanation["nb"]


def test_no_criteria_rule_set_is_insufficient_data(repo) -> None:  # type: ignore[no-untyped-def]
    evaluation = evaluate(repo, good())
    for rule_id in ("1.3", "3.4"):
        f = finding(evaluation, rule_id)
        assert f.status == "insufficient_data" and evidence(f, "kriterier_funnet")[0] is False
        assert "ikke et funn om partenes arbeid" in f.explanation["nb"]


# ---------------------------------------------------------------------------- waivers

def test_a_waiver_covers_the_events_inside_its_period(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    late = CapacityChange("E-2", "asylmottak", "Mottak", "1103", "nedlagt", 350, date(YEAR, 5, 20), date(YEAR, 5, 25),
                          date(YEAR, 6, 1), source=f"data/{YEAR}/kapasitet_endringer.csv:row 3")
    changes = {YEAR: dataset.capacity_changes[YEAR] + (late,)}
    half_year = Waiver("5.4", "UDI", "JD og KS", "masseankomst krevde raske endringer", date(YEAR, 1, 1),
                       date(YEAR, 6, 30), referat="Konsultasjonsmøte 2026, sak 3",
                       source=f"data/{YEAR}/registre/unntak.yaml:line 12")
    waived = finding(evaluate(repo, replace(dataset, capacity_changes=changes, waivers={YEAR: (half_year,)})), "5.4")
    # The closure on 1 June lies inside 1 January - 30 June: the waiver applies, though it ended before 31 December.
    assert waived.status == "waived"
    assert waived.waiver is not None and waived.waiver["original_status"] == "not_met"
    assert {k: waived.waiver[k] for k in ("avtalt_av", "begrunnelse", "gyldig_fra", "gyldig_til", "referat")} == {
        "avtalt_av": "JD og KS", "begrunnelse": "masseankomst krevde raske endringer", "gyldig_fra": "2026-01-01",
        "gyldig_til": "2026-06-30", "referat": "Konsultasjonsmøte 2026, sak 3"}
    assert "masseankomst" in waived.explanation["nb"] and "1. juni 2026" in waived.explanation["nb"]
    too_short = replace(half_year, gyldig_til=date(YEAR, 5, 31))
    unused = finding(evaluate(repo, replace(dataset, capacity_changes=changes, waivers={YEAR: (too_short,)})), "5.4")
    assert unused.status == "not_met" and "dekker ingen av hendelsene som var avvik" in unused.explanation["nb"]


def test_a_waiver_covering_no_event_says_so_and_a_met_finding_needs_none(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    kept = tuple(d for d in dataset.deliveries[YEAR] if d.maaned != "2026-09" or d.fra != "IMDi")
    march = Waiver("4.1", "IMDi", "AID og KS", "Omlegging", date(YEAR, 3, 1), date(YEAR, 3, 31), referat="Møte",
                   source=f"data/{YEAR}/registre/unntak.yaml:line 5")
    for_udi = Waiver("5.3", "UDI", "JD og KS", "Omlegging", date(YEAR, 1, 1), date(YEAR, 12, 31), referat="Møte")
    evaluation = evaluate(repo, replace(dataset, deliveries={YEAR: kept}, waivers={YEAR: (march, for_udi)}))
    still = finding(evaluation, "4.1")
    assert still.status in ("not_met", "partly_met") and still.waiver is None
    assert "31. mars 2026" in still.explanation["nb"] and "dekker ingen av hendelsene" in still.explanation["nb"]
    assert "not applied" in still.explanation["en"]
    assert any(e.name == "unntak_ikke_brukt" for e in still.evidence)
    assert finding(evaluation, "5.3").status == "met"  # nothing to waive
