"""Each indicator through the real rule files and the real engine, on small constructed datasets.

A `good` dataset meets every indicator; each test changes what one indicator reads and checks
the finding's status and its evidence (down to file and row).
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_metrics_waiting import person

from engine.findings import Finding
from obligations.data.records import (
    Activity,
    BeregningsutvalgetReport,
    CapacityChange,
    Dataset,
    Kommune,
    KommuneYear,
    Measure,
    NationalYear,
    Occupancy,
    SettlementRecord,
    StatisticsDelivery,
    Waiver,
)
from obligations.data.spec import FORPLIKTELSER
from obligations.evaluation import YearEvaluation, evaluate_year
from obligations.paths import RULES_DIR
from obligations.rules_context import load_rules

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


def rising_long_waits() -> tuple[SettlementRecord, ...]:
    """Adults who never get settled, with permits spread so more pass six months every month."""
    return tuple(person(f"p{100 + i}", "voksen_uten_barn", date(YEAR - 1, 7, 1) + timedelta(days=12 * i))
                 for i in range(25))


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
    activities = [Activity(f"A-{i}", number, "IMDi", date(YEAR, 5, 1), "arbeid", f"doc-{number}",
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


def evidence(f: Finding, name: str) -> tuple[object, str]:
    item = next(e for e in f.evidence if e.name == name)
    return item.value, item.source


def test_the_good_dataset_meets_every_data_indicator(repo) -> None:  # type: ignore[no-untyped-def]
    evaluation = evaluate(repo, good())
    expected = {"1.1": "met", "1.2": "not_applicable", "1.7": "met", "1.8": "met", "2.3": "met", "3.2": "met",
                "4.1": "met", "4.4": "met", "4.5": "met", "5.1": "met", "5.3": "met", "5.4": "met", "6.1": "met",
                "6.4": "met", "hovedmaal-1": "met", "hovedmaal-2": "met", "hovedmaal-3": "met",
                "resultatmaal-bosetting": "met", "resultatmaal-mottak": "met", "7.2": "met"}
    assert {rule: finding(evaluation, rule).status for rule in expected} == expected
    per_subject = ("1.7/kommune", "4.4/kommune", "1.7/fylke")
    assert {f.status for f in evaluation.findings if f.rule_id in per_subject} == {"met"}


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
    dataset = replace(dataset, persons={YEAR: dataset.persons[YEAR] + rising_long_waits()})
    f = finding(evaluate(repo, dataset), "1.2")
    assert f.status == "not_met"
    assert evidence(f, "okende")[0] is True
    assert evidence(f, "tiltak_innen_frist") == (False, f"data/{YEAR}/registre/tiltak.yaml: no tiltak for 1.2")
    value, source = evidence(f, "lang_ventende_slutt")
    assert value == 25 and source == "data/2026/personer.csv: 25 rows"


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
    assert finding(evaluation, "1.7/kommune", "0301").status == "not_met"
    f = finding(evaluation, "1.7/kommune", "4601")
    assert f.status == "insufficient_data" and evidence(f, "vedtak") == (None, "data/2026/kommune_aar.csv:row 3")
    assert finding(evaluation, "1.7/kommune", "1103").status == "partly_met"
    assert finding(evaluation, "4.4/kommune", "1103").status == "not_met"
    assert finding(evaluation, "4.4/kommune", "0301").status == "not_applicable"
    assert finding(evaluation, "4.3/fylke", "46").status == "insufficient_data"
    assert finding(evaluation, "1.7/fylke", "11").status == "not_met"
    assert finding(evaluation, "2.3").status == "not_met"
    national = finding(evaluation, "4.4")
    assert national.status == "not_met" and evidence(national, "andel_behov_bosatt")[0] == pytest.approx(38.3)


def test_requests_below_the_need_are_not_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    national = replace(dataset.national[YEAR], bosettingsbehov=400)
    f = finding(evaluate(repo, replace(dataset, national={YEAR: national})), "1.7")
    assert f.status == "not_met"
    value, source = evidence(f, "andel_behov_anmodet")
    assert value == 75.0 and "data/2026/nasjonalt.yaml:line 3" in source


# ---------------------------------------------------------------------------- 4.1, 5.3

def test_a_missing_statistics_delivery_is_not_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    kept = tuple(d for d in dataset.deliveries[YEAR] if not (d.til == "fylkeskommune:46" and d.maaned == "2026-09"))
    evaluation = evaluate(repo, replace(dataset, deliveries={YEAR: kept}))
    f = finding(evaluation, "4.1")
    assert f.status == "not_met" and evidence(f, "mangler")[0] == "fylkeskommune:46 2026-09"
    assert "statistikkleveranser.yaml" in evidence(f, "manglende")[1]
    assert finding(evaluation, "5.3").status == "met"
    assert finding(evaluation, "hovedmaal-2").status == "partly_met"


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
    assert finding(evaluation, "1.1").status == "partly_met"
    assert finding(evaluation, "resultatmaal-mottak").status == "not_met"


# ---------------------------------------------------------------------------- 5.1, 6.1

def test_occupancy_outside_the_band_is_not_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    rows = tuple(replace(r, beboere=30) if (r.maaned, r.mottakstype) == ("2026-09", "omsorgssenter") else r
                 for r in dataset.occupancy[YEAR])
    evaluation = evaluate(repo, replace(dataset, occupancy={YEAR: rows}))
    f = finding(evaluation, "6.1")
    assert f.status == "not_met"
    assert evidence(f, "laveste_maaned")[0] == "2026-09"
    assert evidence(f, "laveste_belegg")[1].startswith("data/2026/belegg.csv:row")
    assert finding(evaluation, "5.1").status == "met"


# ---------------------------------------------------------------------------- 4.5, 4.6, 6.4, 6.5

def test_slow_settlement_of_children_and_long_waiters_is_not_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    slow = tuple(replace(p, bosatt_dato=p.tillatelse_dato + timedelta(days=200)) for p in dataset.persons[YEAR][:12])
    stuck = tuple(person(f"p{300 + i}", "enslig_mindreaarig", date(YEAR, 1, 5), ventested="omsorgssenter")
                  for i in range(20))
    evaluation = evaluate(repo, replace(dataset, persons={YEAR: slow + stuck}))
    assert finding(evaluation, "4.5").status == "not_met"
    assert finding(evaluation, "6.4").status == "not_met"
    six_five = finding(evaluation, "6.5")
    assert six_five.status == "not_met" and evidence(six_five, "em_omsorgssenter_lang_venter")[0] == 20
    assert "personer.csv" in evidence(six_five, "andel_em_omsorgssenter_lang_bosatt")[1]
    assert finding(evaluation, "4.6").status == "not_met"


# ---------------------------------------------------------------------------- 1.8, 3.2

def test_beregningsutvalget_report_and_coverage(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    assert finding(evaluate(repo, replace(dataset, reports={YEAR: ()})), "1.8").status == "not_met"
    assert finding(evaluate(repo, replace(dataset, reports={})), "1.8").status == "insufficient_data"
    low = replace(dataset.reports[YEAR][0], dekningsgrad_pct=80.0)
    f = finding(evaluate(repo, replace(dataset, reports={YEAR: (low,)})), "3.2")
    assert f.status == "not_met"
    assert evidence(f, "dekningsgrad_pct") == (80.0, f"data/{YEAR}/registre/beregningsutvalget.yaml:line 3")


# ---------------------------------------------------------------------------- documentation only

def test_nothing_documented_is_insufficient_data_never_met(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    kept = tuple(a for a in dataset.activities[YEAR] if a.forpliktelse != "7.2")
    evaluation = evaluate(repo, replace(dataset, activities={YEAR: kept}))
    f = finding(evaluation, "7.2")
    assert f.status == "insufficient_data" and f.subject.id == "Husbanken"
    assert evidence(f, "dokumentert_7_2") == (0, f"data/{YEAR}/registre/aktiviteter.yaml: nothing documented for 7.2")
    documented = finding(evaluation, "7.1")
    assert documented.status == "met" and evidence(documented, "dokumentert_7_1")[1].endswith(":line 207")
    no_register = evaluate(repo, replace(dataset, activities={}, measures={}))
    assert finding(no_register, "4.2").status == "insufficient_data"
    assert finding(no_register, "hovedmaal-3").status == "insufficient_data"


def test_an_activity_dated_in_another_year_documents_nothing_for_this_year(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    moved = tuple(replace(a, dato=date(YEAR - 1, 6, 1)) if a.forpliktelse == "7.2" else a
                  for a in dataset.activities[YEAR])
    assert finding(evaluate(repo, dataset), "7.2").status == "met"
    f = finding(evaluate(repo, replace(dataset, activities={YEAR: moved})), "7.2")
    assert f.status == "insufficient_data"
    assert evidence(f, "dokumentert_7_2")[0] == 0


def test_no_vedtak_registered_anywhere_is_insufficient_data_not_a_shortfall(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    undecided = {knr: replace(row, vedtak=None, vedtak_em=None) for knr, row in dataset.kommune_years[YEAR].items()}
    evaluation = evaluate(repo, replace(dataset, kommune_years={YEAR: undecided}))
    f = finding(evaluation, "2.3")
    assert f.status == "insufficient_data"
    assert evidence(f, "kommuner_ingen")[0] == len(undecided)


# ---------------------------------------------------------------------------- 1.3, 3.4

def _rules_with_criteria(tmp_path: Path, process: str, adopted_on: str = "2025-12-15") -> Path:
    rules = tmp_path / "rules"
    for folder in ("obligations", "goals"):
        shutil.copytree(RULES_DIR / folder, rules / folder)
    criteria = (RULES_DIR / "criteria" / "anmodningskriterier-2026.yaml").read_text(encoding="utf-8")
    assert "\nprocess:\n" in criteria and "\nadopted_by: " in criteria
    criteria = criteria.replace("\nprocess:\n", "\nprocess:\n" + process)
    criteria = criteria.replace("\nadopted_by: ", f"\nadopted_on: {adopted_on}\nadopted_by: ", 1)
    (rules / "criteria").mkdir()
    (rules / "criteria" / "anmodningskriterier-2026.yaml").write_text(criteria, encoding="utf-8")
    return rules


PROCESS = ("  proposed_by: IMDi\n  proposed_on: 2025-09-01\n"
           "  recommendation_by: {by}\n  recommendation_on: 2025-10-01\n  recommendation_reference: NU-sak 12/2025\n")


def test_criteria_proposed_and_adopted_on_the_committees_recommendation(tmp_path: Path) -> None:
    by_committee = load_rules([_rules_with_criteria(tmp_path / "a", PROCESS.format(by="Nasjonalt utvalg for mottak "
                                                                                      "og bosetting av flyktninger"))])
    by_committee.raise_for_errors()
    evaluation = evaluate_year(good(), by_committee, YEAR)
    assert finding(evaluation, "1.3").status == "met"
    f = finding(evaluation, "3.4")
    assert f.status == "met" and "anmodningskriterier-2026.yaml" in evidence(f, "anbefalt_av_nasjonalt_utvalg")[1]
    by_ministry = load_rules([_rules_with_criteria(tmp_path / "b", PROCESS.format(by="Arbeids- og "
                                                                                    "inkluderingsdepartementet"))])
    assert finding(evaluate_year(good(), by_ministry, YEAR), "3.4").status == "not_met"


def test_no_criteria_rule_set_is_insufficient_data(repo) -> None:  # type: ignore[no-untyped-def]
    evaluation = evaluate(repo, good())
    for rule_id in ("1.3", "3.4"):
        f = finding(evaluation, rule_id)
        assert f.status == "insufficient_data" and evidence(f, "kriterier_funnet")[0] is False


# ---------------------------------------------------------------------------- waivers

def test_a_valid_waiver_turns_the_finding_waived_and_an_expired_one_says_so(repo) -> None:  # type: ignore[no-untyped-def]
    dataset = good()
    kept = tuple(d for d in dataset.deliveries[YEAR] if d.maaned != "2026-09" or d.fra != "IMDi")
    valid = Waiver("1.7", "0301", "IMDi og KS", "Nytt ankomstsenter", date(YEAR, 1, 1), date(YEAR, 12, 31),
                   source=f"data/{YEAR}/registre/unntak.yaml:line 12")
    expired = Waiver("4.1", "IMDi", "AID og KS", "Omlegging", date(YEAR - 1, 1, 1), date(YEAR - 1, 12, 31),
                     source=f"data/{YEAR}/registre/unntak.yaml:line 5")
    years = dict(dataset.kommune_years[YEAR])
    years["0301"] = replace(years["0301"], vedtak=None, vedtak_em=None)
    evaluation = evaluate(repo, replace(dataset, deliveries={YEAR: kept}, waivers={YEAR: (valid, expired)},
                                        kommune_years={YEAR: years}))
    waived = finding(evaluation, "1.7/kommune", "0301")
    assert waived.status == "waived"
    assert waived.waiver is not None and waived.waiver["original_status"] == "insufficient_data"
    assert {k: waived.waiver[k] for k in ("avtalt_av", "begrunnelse", "gyldig_fra", "gyldig_til")} == {
        "avtalt_av": "IMDi og KS", "begrunnelse": "Nytt ankomstsenter", "gyldig_fra": "2026-01-01",
        "gyldig_til": "2026-12-31"}
    assert "Nytt ankomstsenter" in waived.explanation["nb"]
    assert finding(evaluation, "4.4/kommune", "0301").status == "insufficient_data"  # 4.4 was not waived
    still = finding(evaluation, "4.1")
    assert still.status == "not_met" and still.waiver is None
    assert "2025-12-31" in still.explanation["nb"] and "not applied" in still.explanation["en"]
