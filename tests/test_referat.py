"""The referat loop: the review's template, filled as a secretariat would, read back into the register, and shown
in the next year's review."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn
from jsonschema import Draft202012Validator
from referat_fill import fill_template
from small_data import write_small_data

from bosetting.engine.problems import InputError
from bosetting.obligations.cli import main
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.records import (
    FollowUp,
    FollowUpReport,
    Participant,
    PartyRemark,
    PartyStatement,
    Referat,
    ReferatPoint,
)
from bosetting.obligations.data.referat import REFERAT_SCHEMA
from bosetting.obligations.data.spec import FORPLIKTELSER, MAAL, OPPFOLGING_ANSVARLIGE, PARTER, REFERAT_PUNKTER
from bosetting.obligations.paths import DATA_DIR, RULES_DIR
from bosetting.obligations.referat import docx_skeleton
from bosetting.obligations.referat.docx_skeleton import DocxSkeleton
from bosetting.obligations.review.run import run_review
from bosetting.obligations.rules_context import load_rules

FIXTURE = Path(__file__).parent / "fixtures" / "referat" / "referat-2026-utfylt.docx"
BUNDLED_2026 = DATA_DIR / "2026" / "registre" / "referat.yaml"

FILLED = Referat(
    aar=2026,
    moete_dato=date(2027, 3, 11),
    deltakere=tuple(Participant(f"Deltaker {n} (syntetisk)", org)
                    for n, org in enumerate(("KS", "AID", "JD", "BFD", "KDD", "IMDi", "UDI", "Bufdir", "KS", "AID"),
                                            start=1)),  # more than the template's empty rows
    punkter=(
        ReferatPoint("hovedmaal-1", "Ikke nådd. (syntetisk)\nEt andre avsnitt i samme felt.",
                     (PartyRemark("KS", "KS viser til sene anmodninger. (syntetisk)"),)),
        ReferatPoint("1.2", "Ikke oppfylt. (syntetisk)",
                     (PartyRemark("KS", "Enig. (syntetisk)"),
                      PartyRemark("AID", "AID deler ikke vurderingen. (syntetisk)", dissens=True)),
                     (FollowUp("2026-1.2-1", "1.2", "En plan (syntetisk)", "IMDi", date(2027, 6, 30)),
                      FollowUp("2026-1.2-2", "1.2", "Et varsel (syntetisk)", "Partene", date(2027, 9, 1)),
                      FollowUp("2026-1.2-3", "1.2", "En tredje, i en rad lagt til (syntetisk)", "Nasjonalt utvalg",
                               date(2027, 12, 31)))),
        ReferatPoint("7.2", None, (), (FollowUp("2026-7.2-1", "7.2", "Registrere (syntetisk)", "Husbanken",
                                                date(2028, 1, 15)),)),
    ),
    rapporter=(),
    synthetic=True,
    erklaeringer=(  # more than the template's empty rows, in both kinds
        PartyStatement("vilkaar_ikke_til_stede", "KS", date(2026, 11, 2),
                       "KS mener at vilkårene ikke er til stede. (syntetisk)"),
        PartyStatement("vilkaar_ikke_til_stede", "KDD", date(2027, 1, 15), "KDD mener det samme. (syntetisk)"),
        PartyStatement("oppsigelse", "KS", date(2027, 3, 11), "KS sier opp avtalen, brev av samme dato. (syntetisk)"),
    ),
)


def _without_sources(referat: Referat) -> Referat:
    points = tuple(replace(p, source="", oppfolging=tuple(replace(f, source="") for f in p.oppfolging))
                   for p in referat.punkter)
    reports = tuple(replace(r, source="") for r in referat.rapporter)
    statements = tuple(replace(s, source="") for s in referat.erklaeringer)
    return replace(referat, source="", punkter=points, rapporter=reports, erklaeringer=statements)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = write_small_data(tmp_path_factory.mktemp("referat") / "data")
    (data / "2026" / "registre" / "referat.yaml").unlink()  # start without a referat
    return data


@pytest.fixture(scope="module")
def reviews(small: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    return {lang: run_review(year=2026, data_dir=small, out_dir=tmp_path_factory.mktemp(lang) / "review",
                             lang=lang).files for lang in ("nb", "en")}


@pytest.fixture(scope="module")
def templates(reviews: dict[str, dict[str, bytes]]) -> dict[str, bytes]:
    return {lang: files["referat-mal-2026.docx"] for lang, files in reviews.items()}


@pytest.fixture
def data(small: Path, tmp_path: Path) -> Path:
    copy_ = tmp_path / "data"
    shutil.copytree(small, copy_)
    return copy_


def _import(runner: CliRunner, docx: bytes, data: Path, tmp_path: Path, *extra: str) -> tuple[int, str]:
    path = tmp_path / "utfylt.docx"
    path.write_bytes(docx)
    result = runner.invoke(main, ["referat", "import", str(path), "--data", str(data), *extra])
    return result.exit_code, result.output


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_filled_template_reads_back_to_what_was_filled(lang: str, templates: dict[str, bytes], data: Path,
                                                         runner: CliRunner, tmp_path: Path) -> None:
    code, output = _import(runner, fill_template(templates[lang], FILLED), data, tmp_path)
    assert code == 0, output
    assert "10 participant(s), 3 point(s) minuted, 4 follow-up(s)" in output
    assert "3 party statement(s) under 'Varighet og oppsigelse'" in output
    read = load_dataset(data).referat[2026]
    assert _without_sources(read) == FILLED
    assert read.punkter[1].source.endswith("referat.yaml:line 35")


def test_the_template_marks_itself_a_draft_on_synthetic_data(templates: dict[str, bytes],
                                                             reviews: dict[str, dict[str, bytes]]) -> None:
    doc = Document(io.BytesIO(templates["nb"]))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "SYNTETISKE DATA" in text and "(utkast)" in text
    assert doc.sections[0].header.paragraphs[0].text == "UTKAST – mal til referat – SYNTETISKE DATA"
    ids = [i for i in (t.rows[0].cells[0].text for t in doc.tables) if i in REFERAT_PUNKTER]
    report = reviews["nb"]["report.md"].decode("utf-8")
    in_report = re.findall(r"^### (\d\.\d) ", report, flags=re.MULTILINE)
    assert sorted(in_report) == sorted(FORPLIKTELSER)
    assert ids == [*MAAL, *in_report], "the goals, then every obligation in the order the report shows it"
    basis = next(t for t in doc.tables if t.rows[0].cells[0].text == "1.2").rows[1].cells[1].text
    assert re.match(r"^(Oppfylt|Ikke oppfylt|Ikke relevant|Delvis oppfylt|Utilstrekkelig grunnlag) – \S", basis)
    assert "\n" not in basis


def _point_table(doc: object, point: str) -> object:
    return next(t for t in doc.tables if t.rows[0].cells[0].text == point)  # type: ignore[attr-defined]


def _edited(template: bytes, edit: object) -> bytes:
    doc = Document(io.BytesIO(fill_template(template, FILLED)))
    edit(doc)  # type: ignore[operator]
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _errors(runner: CliRunner, docx: bytes, data: Path, tmp_path: Path) -> str:
    code, output = _import(runner, docx, data, tmp_path)
    assert code == 1, output
    assert not (data / "2026" / "registre" / "referat.yaml").exists(), "nothing may be written"
    return output


def test_a_missing_point_id_names_the_table_and_the_field(templates: dict[str, bytes], data: Path, runner: CliRunner,
                                                          tmp_path: Path) -> None:
    def blank_id(doc: object) -> None:
        cell = _point_table(doc, "1.2").rows[0].cells[0]
        for mark in list(cell._tc.iter(qn("w:bookmarkStart"))):
            mark.getparent().remove(mark)
        cell.paragraphs[0].runs[0].text = ""

    output = _errors(runner, _edited(templates["nb"], blank_id), data, tmp_path)
    assert "field 'Punkt' (table" in output and ", row 1): the point id is missing ('Tiltak når lang ventetid øker')" \
        in output


def test_an_unreadable_deadline_names_the_point_the_field_the_table_and_the_row(
        templates: dict[str, bytes], data: Path, runner: CliRunner, tmp_path: Path) -> None:
    def bad_date(doc: object) -> None:
        table = _point_table(doc, "1.2")
        row = next(r for r in table.rows if r.cells[1].text == "Et varsel (syntetisk)")
        row.cells[3].paragraphs[0].runs[0].text = "31.13.2027"

    output = _errors(runner, _edited(templates["nb"], bad_date), data, tmp_path)
    tables = Document(io.BytesIO(templates["nb"])).tables
    number = next(i for i, t in enumerate(tables, start=1) if t.rows[0].cells[0].text == "1.2")
    assert f"point 1.2, field 'Frist' (table {number}, row 12): '31.13.2027' is not a real date" in output


def test_an_unknown_party_and_an_unknown_owner_are_named(templates: dict[str, bytes], data: Path, runner: CliRunner,
                                                         tmp_path: Path) -> None:
    def strangers(doc: object) -> None:
        table = _point_table(doc, "1.2")
        ks = next(r for r in table.rows if r.cells[0].text == "KS")
        ks.cells[0].paragraphs[0].runs[0].text = "KF"
        row = next(r for r in table.rows if r.cells[1].text == "En plan (syntetisk)")
        row.cells[2].paragraphs[0].runs[0].text = "Fylkesmannen"

    output = _errors(runner, _edited(templates["nb"], strangers), data, tmp_path)
    assert "point 1.2, field 'Part' (table" in output and "unknown party 'KF': the parties are KS, AID, JD, BFD, KDD" \
        in output
    assert "point 1.2, field 'Ansvarlig'" in output and "unknown owner 'Fylkesmannen'" in output
    assert "2 problem(s) found." in output


def test_a_dissent_without_a_remark_and_a_half_filled_follow_up_are_errors(
        templates: dict[str, bytes], data: Path, runner: CliRunner, tmp_path: Path) -> None:
    def half(doc: object) -> None:
        table = _point_table(doc, "hovedmaal-1")
        jd = next(r for r in table.rows if r.cells[0].text == "JD")
        jd.cells[3].paragraphs[0].add_run("ja")
        follow = table.rows[-1]
        follow.cells[1].paragraphs[0].add_run("Noe skal gjøres (syntetisk)")

    output = _errors(runner, _edited(templates["nb"], half), data, tmp_path)
    assert "point hovedmaal-1, field 'Partens merknad eller dissens'" in output and "JD dissents" in output
    assert "point hovedmaal-1, field 'Ansvarlig'" in output and "point hovedmaal-1, field 'Frist'" in output


def test_a_statement_with_an_unknown_kind_party_or_date_names_the_field_the_table_and_the_row(
        templates: dict[str, bytes], data: Path, runner: CliRunner, tmp_path: Path) -> None:
    def damage(doc: object) -> None:
        table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Gjelder")  # type: ignore[attr-defined]
        table.rows[1].cells[0].paragraphs[0].runs[0].text = "Uenighet"
        table.rows[2].cells[1].paragraphs[0].runs[0].text = "KF"
        table.rows[3].cells[2].paragraphs[0].runs[0].text = "31.02.2027"

    docx = _edited(templates["nb"], damage)
    tables = Document(io.BytesIO(docx)).tables
    number = next(i for i, t in enumerate(tables, start=1) if t.rows[0].cells[0].text == "Gjelder")
    output = _errors(runner, docx, data, tmp_path)
    assert f"field 'Gjelder' (table {number}, row 2): 'Uenighet' is not a statement the agreement names: write one " \
           "of Vilkårene ikke til stede, Oppsigelse" in output
    assert f"field 'Part' (table {number}, row 3): unknown party 'KF'" in output
    assert f"field 'Dato' (table {number}, row 4): '31.02.2027' is not a real date" in output
    assert "3 problem(s) found." in output


def test_a_template_without_the_statements_table_reads_as_no_statement_recorded(
        templates: dict[str, bytes], data: Path, runner: CliRunner, tmp_path: Path) -> None:
    """A template of version 1 had no table for the statements: it still reads, recording none."""
    def without(doc: object) -> None:
        table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Gjelder")  # type: ignore[attr-defined]
        table._tbl.getparent().remove(table._tbl)

    code, output = _import(runner, _edited(templates["nb"], without), data, tmp_path)
    assert code == 0, output
    assert _without_sources(load_dataset(data).referat[2026]) == replace(FILLED, erklaeringer=())


def test_a_point_is_found_by_its_bookmark_or_by_its_visible_id_when_the_other_is_lost(
        templates: dict[str, bytes], data: Path, runner: CliRunner, tmp_path: Path) -> None:
    def damage(doc: object) -> None:
        first = _point_table(doc, "1.2").rows[0].cells[0]
        first.paragraphs[0].runs[0].text = "Punkt 1.2"  # text edited, bookmark kept
        other = _point_table(doc, "7.2").rows[0].cells[0]
        for mark in list(other._tc.iter(qn("w:bookmarkStart"))):  # bookmark lost, text kept
            mark.getparent().remove(mark)

    code, output = _import(runner, _edited(templates["nb"], damage), data, tmp_path)
    assert code == 0, output
    assert _without_sources(load_dataset(data).referat[2026]) == FILLED


def test_an_existing_referat_is_kept_unless_replace_is_given(templates: dict[str, bytes], data: Path,
                                                             runner: CliRunner, tmp_path: Path) -> None:
    filled = fill_template(templates["nb"], FILLED)
    assert _import(runner, filled, data, tmp_path)[0] == 0
    target = data / "2026" / "registre" / "referat.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    before = target.read_bytes()
    code, output = _import(runner, filled, data, tmp_path)
    assert code == 1 and "give --replace" in output and target.read_bytes() == before
    code, output = _import(runner, filled, data, tmp_path, "--replace")
    assert code == 0 and output.startswith("Replaced") and b"edited by hand" not in target.read_bytes()
    assert sorted(p.name for p in target.parent.iterdir() if p.name.startswith(".")) == [], "no temporary file left"


def test_a_year_that_disagrees_with_the_template_is_refused(templates: dict[str, bytes], data: Path,
                                                           runner: CliRunner, tmp_path: Path) -> None:
    code, output = _import(runner, fill_template(templates["nb"], FILLED), data, tmp_path, "--year", "2027")
    assert code == 1 and "the document is the referat for 2026, not 2027 (--year)" in output


def test_a_file_that_is_not_a_docx_is_refused(data: Path, runner: CliRunner, tmp_path: Path) -> None:
    code, output = _import(runner, b"Dette er ikke et Word-dokument", data, tmp_path)
    assert code == 1 and "not a Word document (.docx)" in output


def test_the_bundled_referat_is_the_import_of_the_template_filled_and_saved_in_libreoffice(
        runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "2026").mkdir(parents=True)
    shutil.copy(DATA_DIR / "SYNTHETIC.md", data)
    result = runner.invoke(main, ["referat", "import", str(FIXTURE), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert (data / "2026" / "registre" / "referat.yaml").read_bytes() == BUNDLED_2026.read_bytes()


def test_the_bundled_referat_files_validate_against_the_published_schema() -> None:
    schema = json.loads(REFERAT_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for year in ("2026", "2027"):
        document = yaml.safe_load((DATA_DIR / year / "registre" / "referat.yaml").read_text(encoding="utf-8"))
        assert list(validator.iter_errors(document)) == []
    definitions = schema["$defs"]
    assert definitions["punkt"]["properties"]["punkt"]["enum"] == list(REFERAT_PUNKTER)
    assert definitions["punkt"]["properties"]["merknader"]["items"]["properties"]["part"]["enum"] == list(PARTER)
    owners = definitions["punkt"]["properties"]["oppfolging"]["items"]["properties"]["ansvarlig"]["enum"]
    assert owners == list(OPPFOLGING_ANSVARLIGE)


def test_the_standard_validator_accepts_the_bundled_referat_files_with_the_published_schema(tmp_path: Path) -> None:
    files = [DATA_DIR / year / "registre" / "referat.yaml" for year in ("2026", "2027")]
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile", str(REFERAT_SCHEMA),
                             *map(str, files)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "ok -- validation done" in result.stdout, result.stdout + result.stderr


def test_the_points_are_the_goals_and_obligations_of_the_rule_files() -> None:
    repo = load_rules([RULES_DIR], today=date(2026, 12, 31))
    ids = {p["id"] for r in repo.rulesets if r.kind in ("goals", "obligations") and r.status == "adopted"
           for p in r.provisions}
    assert ids == set(REFERAT_PUNKTER)


HAND_WRITTEN = '''# Skrevet for hånd
aar: 2026
moete:
  dato: "2027-02-01"
  deltakere:
    - navn: "En Person"
      virksomhet: "KS"
punkter:
  - punkt: "5.4"
    omforent_vurdering: "Oppfylt."
    merknader:
      - part: "JD"
        tekst: "Enig."
    oppfolging:
      - id: "2026-5.4-1"
        tiltak: "Ny rutine"
        ansvarlig: "UDI"
        frist: "2027-06-01"
'''


def _with_referat(data: Path, year: int, text: str) -> Path:
    path = data / str(year) / "registre" / "referat.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_hand_written_referat_loads(data: Path) -> None:
    _with_referat(data, 2026, HAND_WRITTEN)
    referat = load_dataset(data).referat[2026]
    assert referat.moete_dato == date(2027, 2, 1) and referat.deltakere == (Participant("En Person", "KS"),)
    point = referat.point("5.4")
    assert point is not None and point.merknader == (PartyRemark("JD", "Enig.", False),)
    assert point.oppfolging[0].frist == date(2027, 6, 1) and point.oppfolging[0].source.endswith("line 15")


@pytest.mark.parametrize(("change", "message"), [
    (("part: \"JD\"", "part: \"JDD\""), "12:15: error: the text 'JDD' is not allowed here; expected one of: KS, AID, "
                                        "JD, BFD, KDD; did you mean 'JD'?"),
    (("dato: \"2027-02-01\"", "dato: \"01.02.2027\""), "4:9: error: '01.02.2027' is not a date in the form "
                                                       "YYYY-MM-DD; write 2027-02-01"),
    (("    omforent_vurdering:", "    omforent_vurdring:"), "error: unknown key 'omforent_vurdring'; did you mean "
                                                            "'omforent_vurdering'?"),
    (("id: \"2026-5.4-1\"", "id: \"2025-5.4-1\""), "error: point 5.4: the follow-up id '2025-5.4-1' must start with "
                                                   "the year of the referat, '2026-'"),
    (("aar: 2026", "aar: 2027"), "error: aar is 2027 but the file is in the folder for 2026"),
])
def test_a_hand_written_referat_with_a_mistake_is_refused_at_its_line(change: tuple[str, str], message: str,
                                                                      data: Path) -> None:
    path = _with_referat(data, 2026, HAND_WRITTEN.replace(*change))
    with pytest.raises(InputError) as raised:
        load_dataset(data)
    formatted = [p.format() for p in raised.value.problems]
    assert any(line.startswith(f"{data.name}/2026/registre/referat.yaml:") and message in line
               for line in formatted), formatted
    assert path.exists()


STATEMENTS = '''erklaeringer:
  - gjelder: "oppsigelse"
    part: "KS"
    dato: "2027-02-01"
    tekst: "Oppsigelse, brev av 1. februar 2027."
'''


def test_a_hand_written_statement_loads_with_its_date_and_line(data: Path) -> None:
    _with_referat(data, 2026, HAND_WRITTEN + STATEMENTS)
    referat = load_dataset(data).referat[2026]
    (statement,) = referat.erklaeringer
    assert (statement.gjelder, statement.part, statement.dato) == ("oppsigelse", "KS", date(2027, 2, 1))
    assert statement.source.endswith("referat.yaml:line 20")


def test_a_referat_may_hold_only_a_statement_before_its_meeting(data: Path) -> None:
    _with_referat(data, 2026, "aar: 2026\n" + STATEMENTS.replace("2027-02-01", "2026-10-01"))
    referat = load_dataset(data).referat[2026]
    assert referat.moete_dato is None and referat.erklaeringer[0].dato == date(2026, 10, 1)


@pytest.mark.parametrize(("change", "message"), [
    (("2027-02-01\"\n    tekst", "2025-12-31\"\n    tekst"),
     "22:11: error: the statement of KS on 2025-12-31 is before 2026"),
    (("2027-02-01\"\n    tekst", "2027-02-02\"\n    tekst"),
     "22:11: error: the statement of KS on 2027-02-02 is after the meeting on 2027-02-01: record it in the referat "
     "for 2027"),
    (("gjelder: \"oppsigelse\"", "gjelder: \"uenighet\""),
     "20:14: error: the text 'uenighet' is not allowed here; expected one of: vilkaar_ikke_til_stede, oppsigelse"),
    (("    tekst: \"Oppsigelse, brev av 1. februar 2027.\"\n", ""),
     "20:5: error: missing required key 'tekst' (What the party stated"),
])
def test_a_hand_written_statement_with_a_mistake_is_refused_at_its_line(change: tuple[str, str], message: str,
                                                                        data: Path) -> None:
    text = (HAND_WRITTEN + STATEMENTS).replace(*change)
    assert text != HAND_WRITTEN + STATEMENTS
    _with_referat(data, 2026, text)
    with pytest.raises(InputError) as raised:
        load_dataset(data)
    formatted = [p.format() for p in raised.value.problems]
    assert any(message in line for line in formatted), formatted


def test_the_same_statement_twice_is_refused(data: Path) -> None:
    _with_referat(data, 2026, HAND_WRITTEN + STATEMENTS + STATEMENTS.removeprefix("erklaeringer:\n"))
    with pytest.raises(InputError) as raised:
        load_dataset(data)
    assert any("the same statement (oppsigelse) of KS on 2027-02-01 is recorded twice (first at line 20)" in p.message
               for p in raised.value.problems)


def test_a_statement_recorded_in_two_years_referat_is_refused(data: Path) -> None:
    _with_referat(data, 2026, HAND_WRITTEN + STATEMENTS.replace("2027-02-01", "2027-01-20"))
    (data / "2027").mkdir(exist_ok=True)
    shutil.copytree(data / "2026", data / "2027", dirs_exist_ok=True, ignore=shutil.ignore_patterns("referat.yaml"))
    for name in ("kommune_aar.csv", "personer.csv", "nasjonalt.yaml"):
        shutil.copy(DATA_DIR / "2027" / name, data / "2027" / name)
    _with_referat(data, 2027, "aar: 2027\n" + STATEMENTS.replace("2027-02-01", "2027-01-20"))
    with pytest.raises(InputError) as raised:
        load_dataset(data)
    assert any(p.file.endswith("2027/registre/referat.yaml") and p.line == 3 and "the statement (oppsigelse) of KS "
               "on 2027-01-20 is recorded already in" in p.message and "2026/registre/referat.yaml:line 20" in p.message
               for p in raised.value.problems), [p.format() for p in raised.value.problems]


def test_a_report_on_an_unknown_follow_up_is_refused(data: Path) -> None:
    _with_referat(data, 2026, HAND_WRITTEN)
    (data / "2027").mkdir(exist_ok=True)
    shutil.copytree(data / "2026", data / "2027", dirs_exist_ok=True, ignore=shutil.ignore_patterns("referat.yaml"))
    for name in ("kommune_aar.csv", "personer.csv", "nasjonalt.yaml"):
        shutil.copy(DATA_DIR / "2027" / name, data / "2027" / name)
    _with_referat(data, 2027, 'aar: 2027\noppfolging_rapportert:\n  - oppfolging: "2026-5.4-9"\n    utfort: true\n')
    with pytest.raises(InputError) as raised:
        load_dataset(data)
    assert any("unknown follow-up '2026-5.4-9': the referat for 2026 has no follow-up by that id" in p.message
               for p in raised.value.problems)


@pytest.fixture(scope="module")
def review_2027(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run_review(year=2027, out_dir=tmp_path_factory.mktemp("r2027") / "review").out_dir


def test_the_2027_review_shows_the_2026_conclusions_beside_its_findings(review_2027: Path) -> None:
    report = (review_2027 / "report.md").read_text(encoding="utf-8")
    assert "## Partenes konklusjoner for 2026" in report
    assert "Referat fra konsultasjonsmøtet 11. mars 2027, med 8 deltakere" in report
    section = report.split("\n### 1.2 ", 1)[1].split("\n### ", 1)[0]
    # this year's finding: the same rise as in 2026, unbroken across the year end, keeps 2026's verdict ...
    this_year = section.index("**◐ delvis oppfylt** Lang ventetid økte")
    assert this_year < section.index("**Partenes konklusjon for 2026** (referat fra 11. mars 2027):")  # ... last year's
    assert "- Omforent vurdering: Lang ventetid økte fra sommeren 2026" in section
    assert "- Merknad fra AID: AID viser til" in section
    assert "Oppfølging 2026-1.2-1: IMDi legger fram en plan" in section and \
        "Rapportert utført 20. juni 2027 – Planen ble lagt fram" in section
    dissent = report.split("\n### 5.4 ", 1)[1].split("\n### ", 1)[0]
    assert "- Merknad fra JD (dissens): JD mener" in dissent
    assert "5 oppfølgingspunkter avtalt: 2 rapportert utført, 2 rapportert ikke utført, 1 uten rapport." in report
    assert "| 2026-7.2-1 | 7.2 | Husbanken registrerer" in report and "| 31. desember 2027 | ingen rapport |" in report
    html = (review_2027 / "report.html").read_text(encoding="utf-8")
    assert "Partenes konklusjoner for 2026</h2>" in html


def test_findings_json_carries_the_previous_conclusions(review_2027: Path) -> None:
    document = json.loads((review_2027 / "findings.json").read_text(encoding="utf-8"))
    previous = document["previous_referat"]
    assert previous["year"] == 2026 and previous["read_in"] and previous["meeting_date"] == "2027-03-11"
    follow_ups = {f["id"]: f["reported"] for p in previous["points"] for f in p["oppfolging"]}
    assert follow_ups == {"2026-1.2-1": "done", "2026-1.2-2": "not_done", "2026-4.1-1": "done",
                          "2026-5.4-1": "not_done", "2026-7.2-1": "not_reported"}


def test_the_2027_template_asks_about_the_2026_follow_ups_and_reads_the_answers_back(
        review_2027: Path, tmp_path: Path, runner: CliRunner) -> None:
    template = (review_2027 / "referat-mal-2027.docx").read_bytes()
    doc = Document(io.BytesIO(template))
    previous = next(t for t in doc.tables if t.rows[0].cells[0].text == "Id")
    assert [r.cells[0].text for r in previous.rows[1:]] == ["2026-1.2-1", "2026-1.2-2", "2026-4.1-1", "2026-5.4-1",
                                                            "2026-7.2-1"]
    assert [r.cells[2].text for r in previous.rows[1:]] == ["ja", "nei", "ja", "nei", ""]  # what is already reported
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("personer.csv"))
    minutes = replace(FILLED, aar=2027, moete_dato=date(2028, 3, 9), punkter=(), erklaeringer=(),
                      rapporter=(FollowUpReport("2026-7.2-1", True, date(2028, 1, 10), "Gjort. (syntetisk)"),))
    path = tmp_path / "referat-2027.docx"
    path.write_bytes(fill_template(template, minutes))
    result = runner.invoke(main, ["referat", "import", str(path), "--data", str(data), "--replace"])
    assert result.exit_code == 0, result.output
    reports = {r.oppfolging: r for r in load_dataset(data).referat[2027].rapporter}
    assert set(reports) == {"2026-1.2-1", "2026-1.2-2", "2026-4.1-1", "2026-5.4-1", "2026-7.2-1"}
    assert reports["2026-7.2-1"].utfort and reports["2026-7.2-1"].dato == date(2028, 1, 10)
    assert not reports["2026-5.4-1"].utfort and reports["2026-5.4-1"].merknad == "Gjennomgangen er utsatt til 2028 " \
        "(syntetisk)"


def test_the_docx_skeleton_comes_from_the_cache_as_built_and_a_changed_default_template_is_built_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOSETTING_CACHE_DIR", str(tmp_path / "cache"))
    load = DocxSkeleton.load.__wrapped__  # without the process's own memo, so that each call asks the cache
    built = load()
    assert (tmp_path / "cache" / "docx-skeleton.pickle").is_file()
    assert load() == built
    changed = tmp_path / "templates"
    shutil.copytree(docx_skeleton._templates(), changed)
    (changed / "default-header.xml").write_bytes(b'<w:hdr xmlns:w="urn:w"/>')
    monkeypatch.setattr(docx_skeleton, "_templates", lambda: changed)
    with pytest.raises(RuntimeError, match="default header is not the one"):
        load()
