"""`bosetting evaluate-period` (issue 20): the evaluation of the agreement period, on the bundled data and on
small variants of it: every goal per year, the causes split into what the data shows and what the parties
explained, each party's work per obligation with its follow-ups, the agreement's triggers, the years before,
and corrections against earlier reviews; with the review's guarantees (atomic, deterministic, both languages).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from small_data import PERSONS_KEPT, write_small_data

from bosetting.obligations.agreement import agreement_provisions
from bosetting.obligations.atomic import MARKER_NAME
from bosetting.obligations.cli import main
from bosetting.obligations.paths import DATA_DIR, RULES_DIR
from bosetting.obligations.period.run import OUTPUT_FILES, PeriodResult, run_period
from bosetting.obligations.review.run import run_review

FIXTURES = Path(__file__).parent / "fixtures" / "data"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> PeriodResult:
    return run_period(out_dir=tmp_path_factory.mktemp("period") / "evaluering")


@pytest.fixture(scope="module")
def document(bundled: PeriodResult) -> dict[str, Any]:
    return dict(json.loads(bundled.files["evaluation.json"]))


def _small_two_years(root: Path) -> Path:
    """The small data folder with 2027 beside 2026 (its person file cut down the same way)."""
    data = write_small_data(root)
    shutil.copytree(DATA_DIR / "2027", data / "2027")
    people = (DATA_DIR / "2027" / "personer.csv").read_text(encoding="utf-8").splitlines()
    (data / "2027" / "personer.csv").write_text("\n".join(people[:PERSONS_KEPT + 1]) + "\n", encoding="utf-8")
    return data


def test_the_outputs_are_written_with_the_marker(bundled: PeriodResult) -> None:
    assert sorted(p.name for p in bundled.out_dir.iterdir()) == sorted([*OUTPUT_FILES, MARKER_NAME])
    assert "Evaluering av avtaleperioden 2026–2029" in bundled.summary
    html = bundled.files["report.html"].decode()
    assert "<svg" in html and "http" not in html.split("<body>", 1)[1].replace("https://", "").split("syntetisk")[0]


def test_every_goal_is_shown_for_every_year_the_data_holds(document: dict[str, Any]) -> None:
    assert document["years"] == [2026, 2027] and document["agreement_period"] == [2026, 2029]
    goals = {g["id"]: g for g in document["goals"]}
    assert list(goals) == [p for p in agreement_provisions() if not p[0].isdigit()]
    for goal in goals.values():
        assert [y["year"] for y in goal["years"]] == [2026, 2027]
        assert all(y["finding_id"] for y in goal["years"])
    # Main goal 2: partly met in 2026 (a late notice, a missing delivery), met in 2027.
    assert goals["hovedmaal-2"]["changes"] == [{"year_from": 2026, "status_from": "partly_met", "year_to": 2027,
                                               "status_to": "met"}]
    settled = {i["name"]: i for i in goals["hovedmaal-1"]["years"][1]["indicators"]}["andel_behov_bosatt"]
    assert settled["value"] == 84.9 and settled["reached"] is False
    assert settled["reference"] == {"parameter": "min_andel_behov_bosatt", "op": "ge", "value": 90,
                                    "basis": "assumption"}
    assert goals["resultatmaal-bosetting"]["period"] == {"need": 26300, "settled": 22070, "gap": 4230}
    assert goals["hovedmaal-3"]["period"] == {"need": None, "settled": None, "gap": None}


def test_a_reference_compared_only_where_the_goal_is_missed_reads_the_right_way(document: dict[str, Any]) -> None:
    """Main goal 2 compares the share delivered with its parameter only in «not met» (`< 90`): 100 % reaches it."""
    goal = next(g for g in document["goals"] if g["id"] == "hovedmaal-2")
    delivered = {i["name"]: i for i in goal["years"][1]["indicators"]}["statistikk_andel_levert"]
    assert delivered["reference"]["op"] == "ge" and delivered["value"] == 100.0 and delivered["reached"] is True


def test_causes_are_split_into_what_the_data_shows_and_what_the_parties_explained(document: dict[str, Any],
                                                                                bundled: PeriodResult) -> None:
    causes = {c["year"]: c for c in document["causes"]}
    shown = causes[2027]["shown_by_data"]
    assert shown["gap"] == 2012
    assert {c["key"]: c["size"] for c in shown["components"]}["anmodning_under_behov"] == 1300
    links = {link["key"]: link["values"] for link in shown["state_side_links"]}
    assert set(links) == {"kartlegging", "matching", "prognose", "behov_justert", "lang_ventetid"}
    assert links["behov_justert"]["endring"] == 1300 and links["behov_justert"]["dato"] == "2027-06-01"
    assert links["kartlegging"]["median_dager_mottak"] == 19.0
    explained = causes[2026]["explained_by_parties"]
    assert explained["referat"] == "minuted"
    ks = [e for e in explained["explanations"] if e["party"] == "KS"]
    assert ks and ks[0]["point"] == "hovedmaal-1" and "anmodningstidspunkt" in ks[0]["themes"]
    assert causes[2027]["explained_by_parties"] == {"referat": "not_held", "explanations": []}
    report = bundled.files["report.md"].decode()
    assert "## Årsaker til avvik" in report and "Komponent (ledd i kjeden)" in report
    assert "**Vist i dataene**" in report and "**Bygger på partenes forklaringer**" in report
    assert "Temaet «tidspunktet for anmodningene» bygger på forklaringer fra KS om Hovedmål 1: rask bosetting i " \
           "samsvar med behovet (2026)." in report
    assert "Dette er komponenter av avviket og målte ledd, ikke årsaker" in report
    assert "Forklaringene er partenes egne ord; dataene viser ikke om de stemmer." in report


def test_the_parties_explanations_of_the_obligations_are_taken_from_the_referat_too(
        document: dict[str, Any], bundled: PeriodResult) -> None:
    explanations = next(c for c in document["causes"] if c["year"] == 2026)["explained_by_parties"]["explanations"]
    kinds = [e["kind"] for e in explanations]
    assert kinds == sorted(kinds, key=lambda k: k != "goal"), "the goals first, then the obligations"
    on_obligations = [(e["point"], e["party"], e["dissent"]) for e in explanations if e["kind"] == "obligation"]
    assert on_obligations == [("1.2", None, False), ("1.2", "AID", False), ("4.1", None, False), ("4.1", "KS", False),
                              ("5.4", None, False), ("5.4", "KS", False), ("5.4", "JD", True), ("7.2", "KDD", False)]
    report = bundled.files["report.md"].decode()
    assert "3 forklaringer fra partene om mål med avvik og 7 om forpliktelser som det året ikke eller bare delvis " \
           "var oppfylt, fra referatene for 2026." in report
    assert "- **5.4 Tidlig varsling ved store endringer i mottakskapasiteten – Merknad fra JD (dissens):** JD mener" \
        in report
    # KDD's remark on 7.2 explains why an activity was not registered, not a deviation (7.2 is «utilstrekkelig
    # grunnlag»): listed with the parties' words, but no cause theme is built on it.
    assert "Temaet «bolig»" not in report and "\\[tema: bolig\\]" not in report
    assert "1 annen forklaring i referatene gjelder et punkt uten avvik det året" in report
    assert "**7.2 Erfaringsutveksling om botilbud – Merknad fra KDD:** KDD viser til" in report
    # KS compares with 2025, a year the data does not have.
    assert "En sammenligning med 2025 kan ikke prøves: dataene har ikke 2025 (forklaringen fra KS om Hovedmål 1: " \
           "rask bosetting i samsvar med behovet, 2026)." in report
    assert "**hovedmaal-1" not in report, "a goal is named by its title, not its id"


def test_each_party_s_work_is_told_per_obligation_with_its_follow_ups(document: dict[str, Any]) -> None:
    obligations = [o for party in document["work"] for o in party["obligations"]]
    assert sorted(o["id"] for o in obligations) == sorted(p for p in agreement_provisions() if p[0].isdigit())
    by_id = {o["id"]: o for o in obligations}
    first = by_id["1.2"]["years"][0]
    assert first["agreed_assessment"].startswith("Lang ventetid økte fra sommeren 2026")
    states = {f["id"]: f["state"] for o in obligations for y in o["years"] for f in y["follow_ups"]}
    assert states == {"2026-1.2-1": "done", "2026-1.2-2": "not_done", "2026-4.1-1": "done",
                      "2026-5.4-1": "not_done", "2026-7.2-1": "pending"}
    assert by_id["1.2"]["years"][1]["tiltak"][0]["id"] == "T-2027-01"
    assert by_id["4.1"]["years"][0]["deliveries"] == {"IMDi": 191}
    assert by_id["7.2"]["years"][0]["activities"] == []


def test_a_follow_up_due_on_the_evaluation_date_is_not_passed_and_not_decided_while_the_meeting_is_not_held(
        document: dict[str, Any], bundled: PeriodResult) -> None:
    follow_ups = {f["id"]: f for party in document["work"] for o in party["obligations"] for y in o["years"]
                  for f in y["follow_ups"]}
    due = follow_ups["2026-7.2-1"]
    assert (due["deadline"], due["state"], due["deadline_is_evaluation_date"], due["meeting_not_held"]) == \
        (document["evaluation_date"], "pending", True, 2027)
    report = bundled.files["report.md"].decode()
    assert "(ansvarlig: Husbanken; frist 31. desember 2027): ingen rapport ennå; fristen er vurderingsdagen, så den " \
           "er ikke passert, og konsultasjonsmøtet om 2027 er ikke holdt; det er ikke avgjort ennå om den er utført." \
        in report
    assert "uten rapport etter fristen 0, frist ikke passert 1." in report
    assert "fristen er passert" not in report


def test_the_work_section_lists_each_activity_once_and_says_once_per_year_what_the_referat_holds(
        bundled: PeriodResult) -> None:
    report = bundled.files["report.md"].decode()
    work = report.split("## Hvordan partene har arbeidet", 1)[1].split("\n## ", 1)[0]
    one = work.split("#### 1.1 ", 1)[1].split("\n#### ", 1)[0]
    assert one.count("24. januar 2026 IMDi: Dokumentert aktivitet for forpliktelse 1.1 (syntetisk)") == 1, one
    assert "**2026:** **✎ innsats dokumentert**\n" in one and "2 dokumenterte aktiviteter: 24. januar 2026 IMDi" in one
    # 7.2 has only KDD's remark: a remark is not the parties' agreed assessment.
    assert "- 2026: referatet fra møtet 11. mars 2027 har partenes omforente vurdering av 1.2, 4.1 og 5.4 og bare en " \
           "merknad fra KDD om 7.2; de andre forpliktelsene har verken en omforent vurdering eller en merknad i " \
           "referatet." in work
    assert "konklusjon" not in work.split("### Forpliktelser uten nummer")[0]
    assert "**Partenes omforente vurdering (referat 11. mars 2027):** Lang ventetid økte" in work
    assert "- 2027: konsultasjonsmøtet om 2027 er ikke holdt ennå" in work
    assert work.count("konsultasjonsmøtet om 2027 er ikke holdt ennå") == 1, "said once, not for every obligation"
    act = work.split("#### 1.2 ", 1)[1].split("\n#### ", 1)[0]
    assert "**2026:** **◐ delvis oppfylt** Lang ventetid økte" in act, "a finding that assesses more is kept"


def test_the_agreement_s_triggers_are_shown_with_their_dates_and_no_data_where_there_is_none(
        document: dict[str, Any], bundled: PeriodResult) -> None:
    handling = document["triggers"]["handling"]
    assert handling["parameter"] == {"name": "haandterbar_andel_behov_vedtatt", "value": 80, "basis": "assumption"}
    years = {y["year"]: y for y in handling["years"]}
    assert years[2026]["triggered"] is False and years[2026]["share"] == 86.0
    assert years[2027]["triggered"] is True and years[2027]["measured_on"] == "2027-12-31"
    assert years[2027]["revision_date"] == "2027-06-01" and years[2027]["new_distribution"] is True
    acts = [(a["act"], a["year"], a["referat"], a["statements"]) for a in document["triggers"]["party_acts"]]
    assert acts == [("vilkaar_ikke_til_stede", 2026, "minuted", []),
                    ("vilkaar_ikke_til_stede", 2027, "not_held", []),
                    ("oppsigelse", 2026, "minuted", []), ("oppsigelse", 2027, "not_held", [])]
    report = bundled.files["report.md"].decode()
    assert report.count("| ingen registrert i referatet for 2026 |") == 2
    # For a year whose meeting is not held, whether a statement will be recorded cannot be decided yet (item 24).
    assert report.count("| kan ikke avgjøres ennå: konsultasjonsmøtet om 2027 er ikke holdt |") == 2
    assert "Referatet for 2026 fører ingen slik erklæring og ingen oppsigelse." in report
    assert "For 2027 er konsultasjonsmøtet ikke holdt, så det kan ikke avgjøres ennå om referatet vil føre en slik " \
           "erklæring eller en oppsigelse." in report
    assert "det er verktøyets ordning, ikke avtalens" in report
    assert "| ingen data" not in report.split("## Avtalens egne vilkår", 1)[1].split("\n## ", 1)[0]
    assert "Indikatoren er under antakelsen i 2027. Det kan tale for at partene drøfter om vilkåret er til stede; " \
           "det er partenes vurdering, ikke et funn om at vilkåret er oppfylt." in report


def test_a_party_s_statements_are_shown_with_their_dates_and_a_year_without_referat_as_no_data(
        tmp_path: Path) -> None:
    data = _small_two_years(tmp_path / "data")
    shutil.copy(DATA_DIR / "2026" / "registre" / "referat.yaml", data / "2026" / "registre" / "referat.yaml")
    first_line = len((data / "2026" / "registre" / "referat.yaml").read_text(encoding="utf-8").splitlines()) + 2
    with (data / "2026" / "registre" / "referat.yaml").open("a", encoding="utf-8") as stream:
        stream.write('erklaeringer:\n'
                     '  - gjelder: "vilkaar_ikke_til_stede"\n    part: "KS"\n    dato: "2026-11-20"\n'
                     '    tekst: "KS mener at de økonomiske rammene ikke er til stede (syntetisk)"\n'
                     '  - gjelder: "oppsigelse"\n    part: "KS"\n    dato: "2027-03-11"\n'
                     '    tekst: "KS sier opp avtalen i brev av samme dato (syntetisk)"\n')
    (data / "2027" / "registre" / "referat.yaml").unlink()
    result = run_period(data_dir=data, out_dir=tmp_path / "out")
    acts = json.loads(result.files["evaluation.json"])["triggers"]["party_acts"]
    assert [(a["act"], a["year"], a["referat"], [(s["party"], s["date"]) for s in a["statements"] or []],
             a["statements"] is None) for a in acts] == [
        ("vilkaar_ikke_til_stede", 2026, "minuted", [("KS", "2026-11-20")], False),
        ("vilkaar_ikke_til_stede", 2027, "none", [], True),
        ("oppsigelse", 2026, "minuted", [("KS", "2027-03-11")], False),
        ("oppsigelse", 2027, "none", [], True)]
    assert acts[0]["statements"][0]["source"].endswith(f"2026/registre/referat.yaml:line {first_line}")
    report = result.files["report.md"].decode()
    assert "| 2026 | 20. november 2026 | KS | KS mener at de økonomiske rammene ikke er til stede (syntetisk) |" \
        in report
    assert report.count("| ingen data: det er ikke lest inn noe referat for 2027 |") == 2
    assert "Referatene fører en parts erklæring om at vilkårene for å oppfylle avtalen ikke er til stede (KS 20. " \
           "november 2026). Etter avtalen skal en videreføring av avtalen da drøftes" in report
    assert "Referatene fører en oppsigelse av avtalen (KS 11. mars 2027)." in report


def test_the_handling_threshold_is_the_rule_file_s_assumption_and_the_report_says_so(
        bundled: PeriodResult, tmp_path: Path) -> None:
    report = bundled.files["report.md"].decode()
    assert "Lesning (antakelse, ikke avtalt mellom partene)" in report
    assert "og 80 % av behovet som grense. Grensen er en antakelse, ikke et krav," in report
    annex = report.split("## Vedlegg A: Antakelser", 1)[1].split("\n## ", 1)[0]
    assert "| Antakelse: kommunenes vedtak dekker minst denne andelen av bosettingsbehovet når antallet kan " \
           "håndteres innenfor gjeldende ordning | 80 % | antakelse | Varighet og oppsigelse |" in annex
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    obligations = rules / "obligations" / "samarbeidsavtale-2026-2029.yaml"
    text = obligations.read_text(encoding="utf-8")
    marker = "  haandterbar_andel_behov_vedtatt:\n    value: 80\n"
    assert marker in text
    obligations.write_text(text.replace(marker, marker.replace("80", "90")), encoding="utf-8")
    raised = run_period(rules_dir=rules, out_dir=tmp_path / "out")
    assert [(h.year, h.share, h.triggered) for h in raised.model.handling] == [(2026, 86.0, True), (2027, 77.2, True)]
    assert "og 90 % av behovet som grense" in raised.files["report.md"].decode()


def test_the_yearly_review_does_not_list_the_period_s_threshold_among_its_assumptions(tmp_path: Path) -> None:
    report = run_review(year=2026, out_dir=tmp_path / "review").files["report.md"].decode()
    assert "når antallet kan håndteres innenfor gjeldende ordning" not in report.split("Vedlegg", 1)[1]


def test_two_runs_give_identical_bytes(bundled: PeriodResult, tmp_path: Path) -> None:
    again = run_period(out_dir=tmp_path / "again")
    assert again.files == bundled.files


def test_english_report_marks_the_parties_norwegian_words(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate-period", "--lang", "en", "--out", str(tmp_path / "en")])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "en" / "report.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Evaluation of the agreement period 2026–2029" in html
    assert '<span lang="nb">KS viser til at kommunene vedtok' in html
    assert "In 2026 not all the indicators measured reached the reference values for «met» (assumptions). In 2027 " \
           "the indicators measured reached the reference values for «met» (assumptions)." in html


def test_the_years_before_the_agreement_are_the_baseline(tmp_path: Path) -> None:
    data = _small_two_years(tmp_path / "data")
    shutil.copytree(FIXTURES / "pre_agreement" / "2016", data / "2016")
    for name in ("fylker.csv", "fylkesendringer.csv"):
        shutil.copy(FIXTURES / "pre_agreement" / name, data / name)
    result = run_period(data_dir=data, out_dir=tmp_path / "out")
    baseline = json.loads(result.files["evaluation.json"])["baseline"]
    assert [(b["year"], b["need"], b["bosatt"]) for b in baseline] == [(2016, 16000, None)]
    assert result.model.years == [2026, 2027]
    assert "| 2016 | 16\u00a0000 |" in result.files["report.md"].decode()


def test_without_years_before_the_period_says_there_is_no_baseline(bundled: PeriodResult) -> None:
    assert "Dataene har ingen år før 2026, så perioden har ingen grunnlinje her." in bundled.files["report.md"].decode()


def test_a_figure_corrected_since_an_earlier_review_is_shown_with_both_values(tmp_path: Path) -> None:
    data = _small_two_years(tmp_path / "data")
    earlier = tmp_path / "tidligere"
    run_review(year=2026, data_dir=data, out_dir=earlier / "review-2026")
    table = data / "2026" / "kommune_aar.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    oslo = lines[1].split(",")
    assert oslo[0] == "0301" and oslo[5] == "1134"
    oslo[5] = "1150"  # a corrected delivery: Oslo settled 1150, not 1134
    table.write_text("\n".join([lines[0], ",".join(oslo), *lines[2:]]) + "\n", encoding="utf-8")
    result = run_period(data_dir=data, out_dir=tmp_path / "out", earlier=earlier)
    corrections = json.loads(result.files["evaluation.json"])["corrections"]
    assert corrections["read"] == [{"file": "tidligere/review-2026/findings.json", "year": 2026, "in_period": True}]
    oslo_bosatt = [c for c in corrections["figures"] if c["subject_id"] == "0301" and c["figure"] == "bosatt"]
    assert [(c["earlier"], c["now"]) for c in oslo_bosatt] == [(1134, 1150)]
    national = [c for c in corrections["figures"] if c["subject_kind"] == "national" and c["figure"] == "sum_bosatt"]
    assert national and national[0]["now"] - national[0]["earlier"] == 16
    report = result.files["report.md"].decode()
    assert "| 2026 | 0301 Oslo | Bosatt | 1\u00a0134 | 1\u00a0150 |" in report
    # the nation and the goals by their names, never by their ids
    assert "| 2026 | Norge | Sum bosatt |" in report and "Hovedmål 1: rask bosetting i samsvar med behovet" in report
    assert "hovedmaal-1" not in report.split("## Rettede tall", 1)[1].split("## Vedlegg A", 1)[0]


def test_without_an_earlier_folder_the_report_says_nothing_was_compared(bundled: PeriodResult) -> None:
    assert json.loads(bundled.files["evaluation.json"])["corrections"] is None
    assert "Tallene er ikke sammenlignet med tidligere gjennomganger: ingen tidligere gjennomganger ble lest inn." \
        in bundled.files["report.md"].decode()


def test_an_out_folder_the_command_did_not_write_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notat.txt").write_text("mitt", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate-period", "--out", str(target)])
    assert result.exit_code == 2 and "was not written by bosetting evaluate-period" in result.output
    assert [p.name for p in target.iterdir()] == ["notat.txt"]


def test_a_period_without_data_is_invalid_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate-period", "--from", "2028", "--to", "2029", "--out",
                                       str(tmp_path / "out")])
    assert result.exit_code == 1 and "the data has no year from 2028 to 2029" in result.output
    assert not (tmp_path / "out").exists()


def test_an_earlier_folder_without_reviews_is_invalid_input(tmp_path: Path) -> None:
    (tmp_path / "tom").mkdir()
    result = CliRunner().invoke(main, ["evaluate-period", "--earlier", str(tmp_path / "tom"), "--out",
                                       str(tmp_path / "out")])
    assert result.exit_code == 1 and "no findings.json here" in result.output
    assert not (tmp_path / "out").exists()


def test_the_deciding_finding_is_shown_whole_with_its_assumptions_exceptions_and_what_is_not_assessed(
        bundled: PeriodResult) -> None:
    work = bundled.files["report.md"].decode().split("## Hvordan partene har arbeidet", 1)[1].split("\n## ", 1)[0]
    for qualification in (
            "ny fordeling utløst: ja, etter regelfilens referanseverdier (10 %, 750 personer eller 150 enslige "
            "mindreårige; antakelse), fordi ingen vedtatte anmodningskriterier med terskel gjelder for 2027.",
            "Bare summen er vurdert; om fordelingen på kommunene fulgte kriteriene og de nasjonale målene, er ikke "
            "vurdert.",
            "Unntaket dekker endringen 30. september 2026; statusen bygger på de andre hendelsene.",
            "minst referanseverdien 90 % (antakelse). Et unntak avtalt av AID og KS",
            "Det er en mangel i verktøyets regelfiler, ikke et funn om partenes arbeid."):
        assert qualification in work, qualification
    assert " …" not in work, "no finding is cut off mid-sentence"


def test_a_revision_of_the_need_names_the_rule_file_s_reference_value_when_no_adopted_criteria_apply(
        document: dict[str, Any], bundled: PeriodResult) -> None:
    year = next(h for h in document["triggers"]["handling"]["years"] if h["year"] == 2027)
    assert (year["new_distribution"], year["threshold_from_criteria"]) == (True, False)
    assert [(p["name"], p["value"], p["basis"]) for p in year["redistribution_reference"]] == [
        ("ny_fordeling_endring_prosent", 10, "assumption"), ("ny_fordeling_endring_personer", 750, "assumption"),
        ("ny_fordeling_endring_em", 150, "assumption")]
    report = bundled.files["report.md"].decode()
    reference = ("mer enn referanseverdien for ny fordeling (10 %, 750 personer eller 150 enslige mindreårige; "
                 "antakelse, ikke fra vedtatte anmodningskriterier – ingen gjelder for 2027)")
    assert f"(+1\u00a0300); {reference}." in report
    assert f"1. juni 2027: +1\u00a0300, {reference} |" in report
    assert "i anmodningskriteriene" not in report


def test_a_revision_judged_by_adopted_criteria_names_the_criteria(document: dict[str, Any]) -> None:
    from dataclasses import replace

    from bosetting.obligations.period.content import revision_words
    from bosetting.obligations.period.triggers import HandlingYear
    year = next(h for h in document["triggers"]["handling"]["years"] if h["year"] == 2027)
    handling = HandlingYear(2027, year["need"], year["decided"], year["share"], True, year["original_need"],
                            year["revision_date"], year["change"], True, None, threshold_from_criteria=True)
    assert revision_words(handling, "nb") == "utover terskelen for ny fordeling i de vedtatte anmodningskriteriene"
    assert revision_words(replace(handling, new_distribution=False), "nb") == \
        "innenfor terskelen for ny fordeling i de vedtatte anmodningskriteriene"
    assert revision_words(replace(handling, new_distribution=None), "nb") == \
        "om det gikk utover terskelen for ny fordeling, kan ikke avgjøres"


def test_the_handling_indicator_states_its_reading_as_an_assumption_and_shows_the_vedtak_against_the_requests(
        document: dict[str, Any], bundled: PeriodResult) -> None:
    years = {y["year"]: y for y in document["triggers"]["handling"]["years"]}
    assert (years[2027]["requested"], years[2027]["share_of_requested"], years[2027]["share"]) == (12000, 85.6, 77.2)
    triggers = bundled.files["report.md"].decode().split("## Avtalens egne vilkår", 1)[1].split("\n## ", 1)[0]
    assert "Lesning (antakelse, ikke avtalt mellom partene): verktøyet bruker årets bosettingsbehov" in triggers
    assert "| 77,2 % | 85,6 % | under antakelsen (se merknad) |" in triggers
    assert "- 2027: vedtakene dekket 77,2 % av behovet (13\u00a0300), men 85,6 % av det kommunene faktisk ble " \
           "anmodet om (12\u00a0000); anmodningene var til sammen 1\u00a0300 lavere enn behovet, som ble justert " \
           "1. juni 2027 uten at anmodningene ble økt tilsvarende." in triggers
    assert "drøfting**" not in triggers and "**under antakelsen" not in triggers


def test_annex_a_lists_every_assumption_the_rules_rest_on_with_the_points_using_it(
        bundled: PeriodResult) -> None:
    annex = bundled.files["report.md"].decode().split("## Vedlegg A: Antakelser", 1)[1].split("\n## ", 1)[0]
    rows = {line.split(" | ")[0].lstrip("| "): line.split(" | ")[1:4] for line in annex.splitlines()
            if line.startswith("| ") and " | antakelse | " in line}
    expected = {
        "Referanseverdi: andel av bosettingsbehovet bosatt som regnes som delvis oppfylt": "75 %",
        "Referanseverdi: ventetid (fra tillatelse) før en voksen uten barn regnes som lenge ventende": "6 måneder",
        "Referanseverdi: dager vertskommunen er varslet før endringen iverksettes": "30 dager",
        "Referanseverdi: minste antall plasser for at en kapasitetsendring regnes som stor": "50 plasser",
        "Referanseverdi: dager etter at økningen ble sett, innen et tiltak regnes som rettidig": "60 dager",
        "Laveste belegg i asylmottak som viser at kapasiteten følger behovet": "85 %",
        "Referanseverdi: andel av bosettingsbehovet som summen av anmodninger dekker, for delvis oppfylt": "95 %",
        "Referanseverdi: endring i behovet i personer som regnes å utløse ny fordeling når ingen kriterier gjelder":
            "750 personer",
    }
    for name, value in expected.items():
        assert name in rows and rows[name][0] == value, name
    assert rows["Referanseverdi: dager etter at økningen ble sett, innen et tiltak regnes som rettidig"][2] == "1.2"
    notice = rows["Referanseverdi: dager vertskommunen er varslet før endringen iverksettes"][2]
    assert "5.4" in notice and "Hovedmål 2: samarbeids- og informasjonsrutiner" in notice
    assert "Hovedmål 3" not in notice, "a goal that reads no notice figure does not rest on the notice period"
    wait = rows["Referanseverdi: ventetid (fra tillatelse) før en voksen uten barn regnes som lenge ventende"][2]
    assert "1.2" in wait and "7.1" not in wait, "a rule counting activities does not rest on the waiting limits"


def test_annex_b_does_not_say_the_parties_adopted_the_tool_s_rule_sets(bundled: PeriodResult) -> None:
    annex = bundled.files["report.md"].decode().split("## Vedlegg B: Regelfiler og inndata", 1)[1]
    assert "Avtalen er vedtatt av partene; regelfilene, og referanseverdiene og tersklene i dem, er det ikke." in annex
    assert annex.count("| i kraft i verktøyet (fastsatt av regeleier, ikke avtalt mellom partene) |") == 2
    assert "| vedtatt |" not in annex


def test_no_goal_is_said_to_be_reached_and_each_names_what_is_not_measured(bundled: PeriodResult) -> None:
    report = bundled.files["report.md"].decode()
    assert "Målet ble nådd" not in report and "Målet ble ikke nådd" not in report
    assert "hovedmålene vurderes ikke av verktøyet" not in report
    assert "Om formålet («i fellesskap skal løse de nasjonale oppgavene») er innfridd, vurderer ikke " \
           "verktøyet" in report
    assert "Målt er bare statistikk hver måned og varsel før store endringer i kapasiteten; rutinene ved drift av " \
           "plasser og ved bosetting er ikke målt." in report
    assert "(se Metode)" not in report and "(referanseverdiene er antakelser, se vedlegg A)" in report


def test_a_reference_that_is_only_the_floor_for_partly_met_says_so_beside_what_gives_met(
        bundled: PeriodResult) -> None:
    report = bundled.files["report.md"].decode()
    goal = report.split("### Hovedmål 2: samarbeids- og informasjonsrutiner", 1)[1].split("\n### ", 1)[0]
    assert "| Varslet i tide (%) | 81,2 | 100 | ≥ 80 % gir «delvis oppfylt» (antakelse) | ↑ opp |" in goal
    assert "| Varslet for sent eller ikke varslet | 3 | 0 | = 0 gir «oppfylt» | ↓ ned |" in goal
    settlement = report.split("### Hovedmål 1: rask bosetting i samsvar med behovet", 1)[1].split("\n### ", 1)[0]
    assert "| ≥ 90 % (antakelse) |" in settlement, "a reference that gives «oppfylt» is shown as it is"


def test_the_share_within_the_waiting_limit_is_said_to_run_from_the_permit_and_the_medians_from_bosettingsklar(
        bundled: PeriodResult) -> None:
    report = bundled.files["report.md"].decode()
    assert "- Fra tillatelse til bosatt: 52,5 % ble bosatt innen referanseverdien for sin gruppe (6 måneder for " \
           "voksne uten barn, 3 for barnefamilier og 3 for enslige mindreårige; antakelse). Fra bosettingsklar til " \
           "bosatt, median ventetid: 2,1 måneder" in report
    assert "#### Målte ledd i kjeden 2026" in report and "leddene på statens side" not in report


def test_an_activity_by_a_body_the_obligation_does_not_bind_is_listed_apart_and_not_counted(
        document: dict[str, Any], bundled: PeriodResult) -> None:
    years = next(o for party in document["work"] for o in party["obligations"] if o["id"] == "8.2")["years"]
    assert [(y["year"], y["activities"], [a["etat"] for a in y["activities_not_counted"]]) for y in years] == \
        [(2026, [], ["AID"]), (2027, [], ["AID"])]
    work = bundled.files["report.md"].decode().split("#### 8.2 KS legger til rette for samarbeid", 1)[1]
    assert "- Ingen aktivitet fra KS er registrert for punktet." in work
    assert "Den gjelder ikke forpliktelsen til KS og er ikke regnet med." in work
    assert "1 dokumentert aktivitet" not in work.split("\n#### ", 1)[0]


def test_the_commitments_without_a_number_are_shown_with_the_reading_of_points_1_to_9(
        bundled: PeriodResult) -> None:
    work = bundled.files["report.md"].decode().split("### Forpliktelser uten nummer", 1)[1].split("\n## ", 1)[0]
    assert "Verktøyet leser henvisningen som alle forpliktelsene, også disse uten nummer" in work
    assert "| I løpet av avtaleperioden vil Arbeids- og inkluderingsdepartementet ha dialog med KS om alternative " \
           "måter å finansiere arbeidet på. | Økonomi |" in work
    assert "| KS vil bli konsultert ved endring av mandatet. |" in work
    assert ".yaml" not in work, "no file names in the Norwegian text"


def test_the_bosettingsklare_against_the_forecast_say_what_the_count_holds(bundled: PeriodResult) -> None:
    """The person file's count holds those bosettingsklare before the year too; the difference has its sign in words
    (review of the period, item 19), never «ikke færre enn»."""
    from bosetting.obligations.period.content import forecast_text

    report = bundled.files["report.md"].decode().replace("\u00a0", " ")
    assert "Bosettingsklare mot prognosen: persongrunnlaget for året har 15 716 bosettingsklare – 12 152 som ble " \
           "bosettingsklare i løpet av året, og 3 564 som var bosettingsklare fra før og ventet eller ble bosatt i " \
           "året. Det er 1 516 flere enn prognosen (14 200)." in report
    assert "ikke færre enn prognosen" not in report
    fewer = forecast_text({"prognose": 100, "bosettingsklare": 90, "faerre": 10, "i_aaret": 80, "fra_foer": 10}, "nb")
    assert fewer.endswith("Det er 10 færre enn prognosen (100).")
    assert forecast_text({"prognose": 90, "bosettingsklare": 90, "faerre": 0, "i_aaret": None, "fra_foer": None},
                         "en").endswith("(everyone who waited or was settled in the year). That is as many as the "
                                        "forecast (90).")


def test_the_norwegian_text_names_things_and_leaves_code_names_and_record_ids_out(bundled: PeriodResult) -> None:
    """No rule-set id, file name, command option or register id outside the annexes (review of the period,
    item 22); the tiltak and the events are named by their dates, the follow-ups by their point and referat."""
    from bosetting.obligations.period.reader import reader_text

    report = bundled.files["report.md"].decode()
    body = report.split("## Vedlegg A", 1)[0].replace("| ---", "|")
    for code in ("@", ".yaml", ".csv", " --", "(--", "rules/", "syntetisk://", "T-2027-01", "E-2026-05", "2026-1.2-2",
                 "(46)", "5530"):
        assert code not in body, code
    assert "tiltak kom først etter 30. oktober 2026 (referanseverdi 60 dager, antakelse): tiltaket 10. mars 2027." \
        in body
    assert "- Oppfølging av 1.2 fra referatet for 2026: Partene avtaler et fast varsel" in body
    assert "Samme verdi og kilde som i regelfilen for forpliktelsene." in report
    assert reader_text("Utkast (anmodningskriterier@2027.1, utkast (rules/criteria/x.yaml)). T-2027-01 (1. mai "
                       "2027); E-2026-05 nedlagt (Senja asylmottak, 5530); Vestland fylkeskommune (46) mai", "nb") \
        == "Utkast. tiltaket 1. mai 2027; nedlagt (Senja asylmottak); Vestland fylkeskommune mai"


def test_annex_a_says_a_newspaper_citation_is_a_secondary_source_and_the_special_needs_use_a_further_assumption(
        bundled: PeriodResult) -> None:
    """Item 28 of the review: no primary source is invented; the annex says what the citation is."""
    annex = bundled.files["report.md"].decode().split("## Vedlegg A", 1)[1].split("\n## ", 1)[0]
    row = next(line for line in annex.splitlines() if line.startswith("| Referanseverdi: andel av alle bosatte"))
    assert "Merk: kilden er en sekundærkilde, en gjengivelse i en avis; primærkilden er ikke oppgitt i regelfilen." \
        in row
    assert "At verdien også brukes for personer med behov for særskilte helse- og omsorgstjenester, er en antakelse " \
           "til: kilden omtaler ikke den gruppen." in row
    others = [line for line in annex.splitlines() if "antakelse til" in line]
    assert others == [row], "only the value the special-needs indicator is compared with"


def test_the_english_report_gives_the_parties_and_what_rose_in_english(tmp_path: Path) -> None:
    """Item 29: no Norwegian fragment where the English report has its own words (the parties' quoted words stay)."""
    report = run_period(out_dir=tmp_path / "en", lang="en").files["report.md"].decode()
    assert "### The parties (KS and the state)" in report and "### Partene (KS og staten)" not in report
    assert "### The Ministry of Justice and Public Security through the Directorate of Immigration (UDI)" in report
    assert "Long waits rose (number and share)" in report and "(antall og andel)" not in report
    assert "Share of the need for unaccompanied minors settled (%)" in report
    assert "enslige mindreårige (%)" not in report
