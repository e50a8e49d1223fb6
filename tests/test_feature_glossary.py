"""The step glossary comes from the step definitions, and what they declare matches what their code does."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from bosetting.obligations.feature_catalogue import (
    PLACEHOLDER_LABELS,
    StepCatalogue,
    load_catalogue,
)
from bosetting.obligations.feature_check import check_files, feature_files
from bosetting.obligations.feature_glossary import current_section, glossary_markdown
from bosetting.obligations.feature_steps import TableColumns, TableColumnsError
from bosetting.obligations.paths import FEATURES_DIR, PROJECT_ROOT


@pytest.fixture(scope="module")
def catalogue() -> StepCatalogue:
    return load_catalogue(features=sorted(FEATURES_DIR.glob("**/*.feature")))


def test_every_step_is_found_with_its_phrases_and_a_bokmal_text(catalogue: StepCatalogue) -> None:
    assert {d.kind for d in catalogue.definitions} == {"given", "when", "then"}
    assert len(catalogue.definitions) >= 70
    missing = [d.key for d in catalogue.definitions if not d.text]
    assert not missing, f"step functions without a docstring (its first paragraph is the glossary text): {missing}"
    # The glossary text is bokmål: no step describes itself in the developers' English opening words.
    english = [d.key for d in catalogue.definitions
               if d.text.split()[0] in {"The", "A", "An", "As", "What", "Every", "Kommuner"}]
    assert not english, english


def test_every_placeholder_is_named_in_bokmal_and_no_pattern_syntax_is_shown(catalogue: StepCatalogue) -> None:
    for definition in catalogue.definitions:
        for phrase in definition.phrases:
            unnamed = [p for p in phrase.placeholders if p not in PLACEHOLDER_LABELS]
            assert not unnamed, f"{definition.key}: add {unnamed} to PLACEHOLDER_LABELS"
            for syntax in ("(?P<", "\\", ":d}", "(.+)", "\\d"):
                assert syntax not in phrase.shown, (definition.key, phrase.shown)


def test_a_regex_pattern_is_shown_with_its_groups_as_placeholders(catalogue: StepCatalogue) -> None:
    shown = {p.shown for d in catalogue.definitions for p in d.phrases}
    assert "{IMDi eller UDI} sendte statistikk til {mottaker} for hver måned i {år} unntatt {måneder}" in shown
    assert "vi spør hvilke anmodningskriterier som gjelder {dato}, utkast medregnet" in shown


def _columns_read(function: object) -> set[str]:
    """The headings a table step's code reads from its rows (`row`, as the steps name a row of `table_rows`):
    row["x"], row.get("x", …), row.pop("x", …)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(inspect.unwrap(function))))  # type: ignore[arg-type]

    def is_row(node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id == "row"

    read: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and is_row(node.value) and isinstance(node.slice, ast.Constant) \
                and isinstance(node.slice.value, str):
            read.add(node.slice.value)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and is_row(node.func.value) \
                and node.func.attr in ("get", "pop") and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            read.add(node.args[0].value)
    return read


def test_every_table_step_declares_the_columns_its_code_reads(catalogue: StepCatalogue) -> None:
    table_steps = [d for d in catalogue.definitions if d.takes_table]
    assert len(table_steps) >= 8
    for definition in table_steps:
        assert definition.columns is not None, f"{definition.key} takes a table: declare it with @columns(...)"
        if definition.columns.headerless:
            continue
        undeclared = _columns_read(definition.function) - set(definition.columns.known)
        assert not undeclared, f"{definition.key} reads columns its @columns does not declare: {undeclared}"


def test_a_table_step_refuses_columns_it_does_not_declare_when_it_runs(catalogue: StepCatalogue) -> None:
    import steps_common  # type: ignore[import-not-found]  # on sys.path since load_catalogue

    with pytest.raises(TableColumnsError, match="ukjent kolonne «vedtatt»; mente du «vedtak»"):
        steps_common.given_kommuner(world=None, datatable=[["kommune", "vedtatt"], ["Hamar", "1"]])


def test_table_columns_name_what_is_wrong_and_what_is_expected() -> None:
    declared = TableColumns(required=("gruppe", "tillatelse"), optional=("bosatt",))
    assert declared.problems([["gruppe", "tillatelse", "bosatt"], ["barnefamilie", "01.01.2026", ""]]) == []
    assert declared.problems([["gruppe", "bosatt"]]) == [
        "kolonnen «tillatelse» mangler; forventet kolonner: gruppe (påkrevd), tillatelse (påkrevd), bosatt"]
    assert declared.problems([["Gruppe", "tillatelse", "bosat"]]) == [
        "ukjent kolonne «bosat»; mente du «bosatt»? forventet kolonner: gruppe (påkrevd), tillatelse (påkrevd), bosatt"]
    assert TableColumns(headerless=True).problems([["a", "b"]]) == [
        "tabellen skal ha én kolonne uten overskrift, én verdi per rad"]


def test_the_project_feature_files_use_only_known_steps(catalogue: StepCatalogue) -> None:
    assert check_files(feature_files([FEATURES_DIR]), catalogue) == []


def test_most_steps_have_an_example_from_the_feature_files(catalogue: StepCatalogue) -> None:
    without = [d.key for d in catalogue.definitions if d.example() is None]
    assert len(without) <= 3, without
    for definition in catalogue.definitions:
        for use in definition.uses:
            assert catalogue.matching(use.kind, use.text), use


def test_the_glossary_lists_every_phrase(catalogue: StepCatalogue) -> None:
    text = glossary_markdown(catalogue)
    for definition in catalogue.definitions:
        for phrase in definition.phrases:
            assert f"`{definition.keyword} {phrase.shown}`" in text
        assert definition.text in text


def test_the_glossary_in_docs_features_md_is_up_to_date(catalogue: StepCatalogue) -> None:
    document = (PROJECT_ROOT / "docs" / "features.md").read_text(encoding="utf-8")
    assert current_section(document) == glossary_markdown(catalogue), \
        "docs/features.md's step glossary is out of date: run python scripts/update_step_glossary.py"
