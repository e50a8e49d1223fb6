"""The review as the parties read it: first screen, language, worst first, indicators, spreadsheets, diff.

The tests run the real review on the bundled data and the project's rules.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import openpyxl
import pytest
from click.testing import CliRunner

from bosetting.engine.findings import STATUS_TABLE, Subject
from bosetting.obligations.cli import main
from bosetting.obligations.field_labels import FIELD_LABELS
from bosetting.obligations.review.run import ReviewResult, run_review
from bosetting.obligations.review.workbook import findings_xlsx


@pytest.fixture(scope="module")
def nb(tmp_path_factory: pytest.TempPathFactory) -> ReviewResult:
    return run_review(out_dir=tmp_path_factory.mktemp("nb") / "review")


@pytest.fixture(scope="module")
def nb_2026(tmp_path_factory: pytest.TempPathFactory) -> ReviewResult:
    return run_review(year=2026, out_dir=tmp_path_factory.mktemp("nb2026") / "review")


@pytest.fixture(scope="module")
def en(tmp_path_factory: pytest.TempPathFactory) -> ReviewResult:
    return run_review(out_dir=tmp_path_factory.mktemp("en") / "review", lang="en")


def text(result: ReviewResult, name: str) -> str:
    return result.files[name].decode("utf-8")


def test_the_document_is_a_draft_basis_not_the_review(nb: ReviewResult, en: ReviewResult) -> None:
    report = text(nb, "report.md")
    assert report.startswith("# Grunnlag for den årlige gjennomgangen 2027 (utkast)\n")
    assert "Sammendrag for referat" not in report and "referat" in report
    assert text(en, "report.md").startswith("# Basis for the yearly review 2027 (draft)\n")
    assert "## Partenes konklusjoner for 2026" in report


def test_the_first_part_has_the_key_figures_the_goals_and_the_legend(nb: ReviewResult) -> None:
    report = text(nb, "report.md")
    first = report[:report.index("**Innhold**")]
    kf = nb.model.key_figures
    assert (kf.need, kf.requested, kf.decided, kf.settled) == (13300, 12000, 10272, 11288)
    for figure in ("13\u00a0300", "12\u00a0000", "10\u00a0272", "11\u00a0288", "84,9 %", "90,2 %", "77,2 %"):
        assert figure in first, figure
    assert f"Har ventet lenge ved årsslutt: {kf.long_waiting}" in first
    for goal in nb.model.goals:
        assert goal.title["nb"] in first
    for info in STATUS_TABLE:
        assert f"**{info.mark} {info.nb}**: {info.meaning_nb}" in first
    assert "aldri et brudd" in first


def test_every_status_is_told_apart_by_mark_word_and_colour_in_html(nb: ReviewResult) -> None:
    html = text(nb, "report.html")
    for info in STATUS_TABLE:
        assert f".status-{info.key}{{" in html, info.key
    mark = '<span class="mark" aria-hidden="true">✗</span>'
    assert f'<span class="status status-not_met">{mark} ikke oppfylt</span>' in html
    assert html.count("<main>") == 1 and "<nav " in html and "<header" in html and "<footer>" in html


def test_no_code_names_english_fragments_or_private_notes_in_the_norwegian_report(nb: ReviewResult) -> None:
    report = text(nb, "report.md")
    running = report[:report.index("## Vedlegg A")]
    for name in FIELD_LABELS:
        if "_" in name:
            assert not re.search(rf"(?<![\w/.]){re.escape(name)}(?![\w.])", running), name
    for fragment in (" rows", ":line", " entries", "no report published", "domain.md", "(Norge)"):
        assert fragment not in report, fragment
    assert "hovedmaal-" not in running, "a rule's id is shown only in the annex of rule lines"
    assert not re.search(r"(?<![\w/-])\d{4}-\d{2}-\d{2}(?![\w/-])", running), "ISO dates in the running text"
    assert "8. juni 2027" in report


def test_file_and_row_citations_are_in_the_annex_only(nb: ReviewResult) -> None:
    report = text(nb, "report.md")
    annex = report.index("## Vedlegg A")
    assert "kommune_aar.csv" not in report[:annex]
    assert "data/2027/kommune\\_aar.csv" in report[annex:] or "data/2027/kommune_aar.csv" in report[annex:]
    assert ", linje " in report[annex:] and " rader" in report[annex:]


def test_footnotes_the_agreement_marks_are_printed(nb: ReviewResult) -> None:
    report = text(nb, "report.md")
    assert "> ² Anskaffelser av omsorgssentre er unntatt reglene om offentlige anskaffelser." in report
    assert "> ¹ Med bosettingsklare flyktninger menes" in report
    assert "> ³ Som en oppfølging av St.meld. nr. 61" in report


def test_every_list_follows_a_blank_line(nb: ReviewResult, en: ReviewResult) -> None:
    """Pandoc's default Markdown and Python-Markdown need it; GFM does not."""
    for result in (nb, en):
        lines = text(result, "report.md").splitlines()
        for before, line in zip(lines, lines[1:], strict=False):
            if line.startswith("- ") or line.startswith("| "):
                assert before == "" or before[:2] == line[:2], f"{before!r} -> {line!r}"


def test_the_english_report_marks_norwegian_quotes(en: ReviewResult) -> None:
    html = text(en, "report.html")
    assert '<html lang="en">' in html
    assert html.count('<blockquote lang="nb">') >= 43
    assert "Assessments by status" in text(en, "report.md")


def test_print_is_a4_and_never_breaks_a_number(nb: ReviewResult) -> None:
    html = text(nb, "report.html")
    assert "@page{size:A4" in html and "thead{display:table-header-group}" in html
    assert "break-after:avoid" in html and "section.annex{break-before:page" in html
    css = html[html.index("<style>"):html.index("</style>")]
    numeric = css[css.index("td.num{"):].split("}")[0]
    assert "white-space:nowrap" in numeric
    assert "overflow-wrap:anywhere" not in css.split("table.hashes")[0], "cells other than hashes may not break words"


def test_csv_says_synthetic_on_every_row(nb: ReviewResult) -> None:
    rows = list(csv.DictReader(io.StringIO(text(nb, "findings.csv").lstrip("\ufeff")), delimiter=";"))
    assert rows and {row["syntetiske_data"] for row in rows} == {"ja"}
    assert {row["rolle"] for row in rows} <= {"assessment", "indicator"}


def test_findings_json_names_rule_files_relative_to_the_rules_folder(nb: ReviewResult) -> None:
    document = json.loads(nb.files["findings.json"])
    paths = {r["id"]: r["path"] for r in document["rulesets"]}
    assert paths["samarbeidsavtale-2026-2029"] == "obligations/samarbeidsavtale-2026-2029.yaml"
    assert not any(path.startswith("/") for path in paths.values())
    assert {"ruleset": "samarbeidsavtale-2026-2029", "id": "1.1",
            "title": {"nb": "Gode prosesser ved opp- og nedbygging av mottak",
                      "en": "Good processes when reception capacity is built up or down"}} in document["provisions"]


def test_the_workbook_keeps_ids_kommunenummer_and_numbers_as_written(nb: ReviewResult) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(nb.files["findings.xlsx"]))
    assert workbook.sheetnames[0] == "Om dataene"
    about = workbook["Om dataene"]
    assert "syntetiske data" in str(about["A4"].value)
    sheet = workbook["Vurderinger"]
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Punkt", "Regel"] and sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    points = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "1.1" in points and "8.2" in points and all(isinstance(p, str) for p in points)
    kommuner = workbook["Kommuner"]
    rows = {row[0]: row for row in kommuner.iter_rows(min_row=2, values_only=True)}
    oslo = rows["0301"]
    record = next(k for k in nb.model.kommuner if k["kommunenummer"] == "0301")
    assert oslo[1] == "Oslo" and oslo[2] == "03"
    assert (oslo[4], oslo[5], oslo[6]) == (record["anmodning"], record["vedtak"], record["bosatt"])
    assert isinstance(oslo[4], int)
    assert kommuner["A2"].data_type == "s" and kommuner["A2"].number_format == "@"


def test_a_text_that_looks_like_a_formula_stays_text(nb: ReviewResult) -> None:
    formula = '=HYPERLINK("https://example.invalid","klikk")'
    model = nb.model
    kommune = dict(model.kommuner[0], navn=formula)
    finding = model.findings[0]
    changed = dataclasses.replace(finding, subject=Subject("kommune", "0301", formula))
    model_copy = type(model)(**{**model.__dict__, "kommuner": [kommune, *model.kommuner[1:]],
                                "findings": [changed, *model.findings[1:]]})
    workbook = openpyxl.load_workbook(io.BytesIO(findings_xlsx(model_copy, "nb")))
    cell = workbook["Kommuner"]["B2"]
    assert (cell.value, cell.data_type) == (formula, "s")
    assert workbook["Vurderinger"]["D2"].value == formula and workbook["Vurderinger"]["D2"].data_type == "s"


def test_the_workbook_keeps_every_text_as_it_was_written(nb: ReviewResult) -> None:
    """The workbook's XML is written by hand: spaces at either end, markup characters, line breaks, letters
    outside ASCII and a text longer than a cell holds read back as they were (the last cut at the cell's limit)."""
    texts = [" space before", "space after ", "a & b < c > d \"e\" 'f'", "line\nbreak\ttab", "Tromsø 😀",
             "x" * 40_000, ""]
    kommuner = [dict(nb.model.kommuner[0], navn=text, vedtak=None, bosatt=1.5) for text in texts]
    model = type(nb.model)(**{**nb.model.__dict__, "kommuner": kommuner})
    sheet = openpyxl.load_workbook(io.BytesIO(findings_xlsx(model, "nb")))["Kommuner"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == [*texts[:5], "x" * 32_767, None]
    assert all(row[5] is None and row[6] == 1.5 for row in rows)
    assert sheet.auto_filter.ref == f"A1:L{len(texts) + 1}"


def test_the_workbook_refuses_a_control_character(nb: ReviewResult) -> None:
    model = type(nb.model)(**{**nb.model.__dict__, "kommuner": [dict(nb.model.kommuner[0], navn="bell\x07")]})
    with pytest.raises(ValueError, match="bell\x07 cannot be used in worksheets"):
        findings_xlsx(model, "nb")


def test_a_control_character_past_the_cell_limit_is_cut_off_with_the_rest(nb: ReviewResult) -> None:
    """A cell holds its first 32,767 characters: what lies past them is not written, so it is not refused either."""
    long = "x" * 32_767 + "\x07"
    model = type(nb.model)(**{**nb.model.__dict__, "kommuner": [dict(nb.model.kommuner[0], navn=long)]})
    sheet = openpyxl.load_workbook(io.BytesIO(findings_xlsx(model, "nb")))["Kommuner"]
    assert sheet["B2"].value == long[:32_767]


def test_the_terminal_summary_names_goals_obligations_and_the_report(nb: ReviewResult, nb_2026: ReviewResult) -> None:
    for result in (nb, nb_2026):
        summary, model = result.summary, result.model
        for status, goals_heading, obligations_heading in (
                ("not_met", "✗ Mål som ikke er nådd:", "✗ Forpliktelser som ikke er oppfylt:"),
                ("partly_met", "◐ Mål som er delvis nådd:", "◐ Forpliktelser som er delvis oppfylt:")):
            goals = [g.title["nb"] for g in model.goals if g.status == status]
            views = [f"{v.id} {v.title['nb']}" for v in model.with_status(status)]
            for heading, names in ((goals_heading, goals), (obligations_heading, views)):
                listed = "\n".join([heading, *(f"    {name}" for name in names)])
                assert (listed in summary) == bool(names), (heading, names)
        report = (result.out_dir / "report.html").resolve()
        assert report.as_uri() in summary and str(result.out_dir.resolve()) in summary
    assert "    4.1 Løpende statistikk til KS og fylkeskommunene" in nb_2026.summary


# ---- indicators ------------------------------------------------------------------------------------------------


def test_indicators_are_never_counted_as_assessments(nb_2026: ReviewResult) -> None:
    model = nb_2026.model
    assert model.indicator_counts >= 357, "every kommune has at least one indicator (1.7)"
    assert sum(model.status_counts.values()) == len(model.findings) - model.indicator_counts
    view = next(p for p in model.provisions() if p.id == "1.7")
    assert [f.subject.kind for f in view.findings] == ["national"]
    assert [g.subject_kind for g in view.indicators] == ["fylke", "kommune"]
    below = next(g for g in view.indicators if g.subject_kind == "kommune").below
    assert below and view.status == "met", "kommuner below their anmodning do not make 1.7 not met"
    document = json.loads(nb_2026.files["findings.json"])
    assert sum(document["status_counts"].values()) == len(model.findings) - model.indicator_counts


def test_each_category_has_its_own_label_worst_first(nb: ReviewResult) -> None:
    view = next(p for p in nb.model.provisions() if p.id == "1.7")
    kommuner = next(g for g in view.indicators if g.subject_kind == "kommune")
    labels = {key: label["nb"] for key, label, _ in kommuner.counts}
    counts = {key: count for key, _, count in kommuner.counts}
    assert labels["vedtak_null"] == "vedtak om å ikke bosette (0)" and labels["ikke_anmodet"] == "ikke anmodet"
    shortfalls = [i.shortfall for i in kommuner.items]
    assert shortfalls == sorted(shortfalls, reverse=True)
    names = [i.finding.subject.name for i in kommuner.below]
    assert names.index("Stavanger") < names.index("Tønsberg") < names.index("Sarpsborg")
    report = text(nb, "report.md")
    section = report[report.index("### 1.7 "):report.index("### 1.8 ")]
    assert f"vedtak om å ikke bosette (0): {counts['vedtak_null']}" in section
    assert f"ikke anmodet: {counts['ikke_anmodet']}" in section
    assert "- Tønsberg vedtok å ikke bosette (0) mot anmodning om 147. Kommunen avgjør selv hvor mange den bosetter." \
        in section
    assert f"{len(kommuner.below) - 10} kommuner til er under anmodningen." in section
    assert "Alle kommunene står i vedlegget «Vedlegg A»." in section


def test_the_html_shows_the_full_list_and_links_kommuner_and_rules(nb: ReviewResult) -> None:
    html = text(nb, "report.html")
    view = next(p for p in nb.model.provisions() if p.id == "1.7")
    below = len(next(g for g in view.indicators if g.subject_kind == "kommune").below)
    assert f"<details><summary>Hele listen: {below} kommuner under anmodningen</summary>" in html
    listed = html[html.index(f"Hele listen: {below} kommuner"):].split("</details>")[0]
    assert listed.count('<tr><td><a href="#kommune-') == below
    assert '<a href="#kommune-3905">Tønsberg</a>' in html and '<tr id="kommune-3905">' in html
    assert '<tr id="regel-samarbeidsavtale-2026-2029-1-7-kommune">' in html
    assert 'href="#regel-samarbeidsavtale-2026-2029-1-7-kommune"' in html
    row = html[html.index('<tr id="kommune-1111">'):].split("</tr>")[0]
    assert "ikke anmodet" in row


def test_provisions_show_whom_they_bind_and_the_kind_of_obligation(nb: ReviewResult) -> None:
    report = text(nb, "report.md")
    section = report[report.index("### 1.7 "):report.index("### 1.8 ")]
    assert "- **Binder:** KS, Arbeids- og inkluderingsdepartementet" in section
    assert "- **Involverer (ikke parter i avtalen):** fylkeskommunene" in section
    assert "- **Type forpliktelse:** forpliktelse til handling eller resultat, avgjørende ord «fordele antall " \
           "flyktninger»" in section
    assert "*Metode:* Summen av anmodningene mot bosettingsbehovet" in section
    assert "*Terskel:* Referanseverdi: andel av bosettingsbehovet som summen av anmodninger dekker: 100 % " \
           "(antakelse)" in section


def test_the_diff_is_written_for_the_parties(nb: ReviewResult, nb_2026: ReviewResult) -> None:
    older = nb_2026
    result = CliRunner().invoke(main, ["review", "diff", str(older.out_dir), str(nb.out_dir)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("\nMål (") < out.index("\nPartenes forpliktelser (") < out.index("\nIndikatorer for kommuner")
    assert "  4.1 Løpende statistikk til KS og fylkeskommunene\n    ✓ Statistikk til KS og fylkeskommunene hver " \
           "måned: delvis oppfylt → oppfylt" in out
    assert re.search(r"\n      Stavanger: \w[^\n]* → under anmodning", out)
    assert "/kommune:" not in out and "not_met" not in out
    assert re.search(r"I alt: \d+ endret status, 0 nye, 0 borte\.", out)
    english = CliRunner().invoke(main, ["review", "diff", "--lang", "en", str(older.out_dir), str(nb.out_dir)])
    assert "The parties' obligations" in english.output and "→ met" in english.output

