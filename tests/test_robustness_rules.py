"""Hostile rule files (issue 9): refused quickly, with a clear message and bounded memory; nothing executed.

Memory is measured with tracemalloc as a sanity bound only; no test asserts on time.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.engine.problems import InputError
from bosetting.engine.yamlload import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NODES,
    MAX_NUMBER_DIGITS,
    load_yaml_file,
    load_yaml_text,
)
from bosetting.obligations.cli import main

EXAMPLE = Path(__file__).parent / "fixtures" / "rules" / "valid" / "eksempel.yaml"
MEGABYTE = 1024 * 1024


def _refused(text: str, memory_limit_mb: float = 64) -> InputError:
    """Load text that must be refused; check it was, and that the loader's memory stayed bounded."""
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            load_yaml_text(text, "hostile.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < memory_limit_mb * MEGABYTE, f"peak {peak / MEGABYTE:.0f} MB"
    return caught.value


def _messages(error: InputError) -> list[str]:
    return [p.format() for p in error.problems]


def billion_laughs(levels: int = 9) -> str:
    """Each anchor holds ten aliases of the one before: 10**levels values once expanded."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused() -> None:
    error = _refused(billion_laughs(), memory_limit_mb=8)
    [problem] = error.problems
    assert problem.file == "hostile.yaml"
    assert problem.line > 1
    assert f"expands to more than {MAX_NODES} values (alias bomb?)" in problem.message


def test_an_alias_bomb_of_mappings_is_refused() -> None:
    lines = ["m0: &m0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x}"]
    for level in range(1, 12):
        lines.append(f"m{level}: &m{level} {{" + ", ".join(f"k{i}: *m{level - 1}" for i in range(8)) + "}")
    error = _refused("\n".join(lines) + "\n", memory_limit_mb=8)
    assert "alias bomb" in _messages(error)[0]


def test_a_few_aliases_are_still_fine() -> None:
    loaded = load_yaml_text("a: &a [1, 2]\nb: *a\n", "ok.yaml")
    assert loaded.data == {"a": [1, 2], "b": [1, 2]}


def test_a_recursive_alias_is_refused() -> None:
    error = _refused("a: &a [1, *a]\n")
    assert f"nested deeper than {MAX_DEPTH} levels" in _messages(error)[0]


@pytest.mark.parametrize("text", [
    "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5),
    "".join(f"{'  ' * i}k{i}:\n" for i in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 5) + "x\n",
    "- " * (MAX_DEPTH + 5) + "x\n",
], ids=["flow", "block-mappings", "block-lists"])
def test_a_deeply_nested_document_is_refused(text: str) -> None:
    error = _refused(text)
    [problem] = error.problems
    assert f"nested deeper than {MAX_DEPTH} levels" in problem.message
    assert problem.line >= 1


def test_a_very_deeply_nested_document_is_refused_without_recursion_error() -> None:
    error = _refused("[" * 100_000 + "]" * 100_000, memory_limit_mb=16)
    assert "nest" in _messages(error)[0]


def test_nesting_up_to_the_limit_is_fine() -> None:
    loaded = load_yaml_text("[" * MAX_DEPTH + "]" * MAX_DEPTH, "ok.yaml")
    assert loaded.data == [] or isinstance(loaded.data, list)


def test_too_many_values_are_refused_before_the_node_tree_is_built() -> None:
    """A file under the size limit holding millions of values; composing them all would cost a gigabyte."""
    text = "a: [" + ",".join(["1"] * (MAX_FILE_BYTES // 2 - 10)) + "]\n"
    assert len(text) < MAX_FILE_BYTES
    error = _refused(text, memory_limit_mb=32)
    [problem] = error.problems
    assert f"more than {MAX_NODES} values" in problem.message
    assert problem.line == 1


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no need to write megabytes
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            load_yaml_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEGABYTE
    [problem] = caught.value.problems
    assert problem.message == f"the file is {MAX_FILE_BYTES + 1} bytes; the limit is {MAX_FILE_BYTES} bytes"


def test_the_size_limit_through_the_command(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}: error: the file is" in result.output
    assert "Traceback" not in result.output


# --- nothing is ever executed or constructed ----------------------------------------------------

TAG_PLACES = [
    "a: !!python/object/apply:os.system [\"touch {marker}\"]\n",
    "!!python/object/apply:os.system [\"touch {marker}\"]\n",
    "--- !!python/object/apply:os.system\nargs: [\"touch {marker}\"]\n",
    "a: !!python/object/new:subprocess.Popen [[\"touch\", \"{marker}\"]]\n",
    "? !!python/object/apply:os.system [\"touch {marker}\"]\n: 1\n",
    "%TAG !p! tag:yaml.org,2002:python/object/apply:\n---\na: !p!os.system [\"touch {marker}\"]\n",
    "a: !!python/name:os.system\nb: touch {marker}\n",
    "a: [1, &x !!python/object/apply:os.system [\"touch {marker}\"], *x]\n",
]


@pytest.mark.parametrize("template", TAG_PLACES, ids=[str(i) for i in range(len(TAG_PLACES))])
def test_python_tags_are_never_executed(tmp_path: Path, runner: CliRunner, template: str) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "hostile.yaml"
    path.write_text(template.format(marker=marker), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_yaml_file(path)
    result = runner.invoke(main, ["validate", str(path)])
    assert not marker.exists()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert any("is not allowed" in p.message for p in caught.value.problems)
    assert all(p.line >= 1 for p in caught.value.problems)


@pytest.mark.parametrize("tag", ["!!str", "!!int", "!!binary", "!!set", "!!omap", "!include", "!Ref",
                                 "!<tag:x.org,2000:y>"])
def test_every_explicit_tag_is_refused(tag: str) -> None:
    error = _refused(f"key: {tag} value\n")
    [problem] = error.problems
    assert (problem.line, problem.column) == (1, 6)
    assert "is not allowed" in problem.message


# --- absurd numbers -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "message"), [
    ("1" * 40, f"more than {MAX_NUMBER_DIGITS} digits"),
    ("-" + "9" * 31, f"more than {MAX_NUMBER_DIGITS} digits"),
    ("0." + "1" * 40, f"more than {MAX_NUMBER_DIGITS} digits"),
    ("1e400", "a number in a form we do not read"),
    ("1.0e+400", "a number in a form we do not read"),
    ("-1e-400", "a number in a form we do not read"),
    (".inf", "a number in a form we do not read"),
    ("-.Inf", "a number in a form we do not read"),
    (".nan", "a number in a form we do not read"),
    (".NaN", "a number in a form we do not read"),
    ("0x" + "f" * 1000, "a number in a form we do not read"),
    ("1_000_000", "a number in a form we do not read"),
    ("0b1010", "a number in a form we do not read"),
])
def test_absurd_numbers_are_refused_in_the_loader(text: str, message: str) -> None:
    error = _refused(f"value: {text}\n")
    [problem] = error.problems
    assert (problem.line, problem.column, problem.json_path) == (1, 8, "$.value")
    assert message in problem.message


@pytest.mark.parametrize(("value", "message"), [
    ("1000000000000001", "larger than the engine accepts"),
    ("-1000000000000001", "larger than the engine accepts"),
    ("0.00009", "closer to zero than the engine can compare"),
    ("123456789012345678901234567.5", "larger than the engine accepts"),
])
def test_numbers_the_engine_cannot_compare_are_refused_by_validate(runner: CliRunner, tmp_path: Path,
                                                                  value: str, message: str) -> None:
    path = tmp_path / "numbers.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace("value: 0.9\n", f"value: {value}\n"), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:19:12: error: " in result.output
    assert message in result.output


def test_quoted_numbers_stay_text() -> None:
    loaded = load_yaml_text('a: "0301"\nb: "1e400"\nc: ".nan"\nd: "no"\ne: \'12:30\'\n', "ok.yaml")
    assert loaded.data == {"a": "0301", "b": "1e400", "c": ".nan", "d": "no", "e": "12:30"}


def test_plain_numbers_are_numbers() -> None:
    loaded = load_yaml_text("a: 301\nb: -0.25\nc: 0\nd: true\ne: ~\nf: 2026-01-01\n", "ok.yaml")
    assert loaded.data == {"a": 301, "b": -0.25, "c": 0, "d": True, "e": None, "f": "2026-01-01"}


# --- broken files: every one named with its line, never a traceback ------------------------------

BROKEN: list[tuple[str, bytes, int, str]] = [
    ("tabs.yaml", b"a:\n\tb: 1\n", 2, "a tab character cannot indent YAML"),
    ("syntax.yaml", b"a: [1, 2\nb: 3\n", 2, "YAML syntax error"),
    ("two-documents.yaml", b"a: 1\n---\nb: 2\n", 2, "YAML syntax error: but found another document"),
    ("bad-escape.yaml", b'a: "\\q"\n', 1, "YAML syntax error"),
    ("control.yaml", b"a: \x07bell\n", 1, "the character U+0007 is not allowed in YAML"),
    ("bom-then-garbage.yaml", b"\xef\xbb\xbfa: 1\n\xff\xfe", 2, "not valid UTF-8 (byte 0xff)"),
    ("utf16.yaml", "a: Tromsø\n".encode("utf-16"), 0, "binary"),
    ("undefined-alias.yaml", b"a: *nope\n", 1, "undefined alias"),
    ("empty.yaml", b"", 1, "the file is empty"),
    ("whitespace.yaml", b"   \n\n  \n", 1, "the file is empty"),
]


@pytest.mark.parametrize(("name", "raw", "line", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_files_are_located_and_never_crash(runner: CliRunner, tmp_path: Path, name: str, raw: bytes,
                                                  line: int, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "Internal error" not in result.output
    prefix = f"{path}:{line}:" if line else f"{path}: error:"
    assert any(text.startswith(prefix) and message in text for text in result.output.splitlines()), result.output


def test_a_folder_of_hostile_files_reports_each(runner: CliRunner, tmp_path: Path,
                                                write_rules: Callable[[str, str], Path]) -> None:
    write_rules("bomb.yaml", billion_laughs())
    write_rules("deep.yaml", "a: " + "[" * 100 + "]" * 100)
    write_rules("tag.yaml", "a: !!python/object/apply:os.system [\"true\"]\n")
    (tmp_path / "binary.yml").write_bytes(bytes(range(256)))
    (tmp_path / "notes.txt").write_text("not a rule file", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    # one per file, and one for the folder: none of them is a rule file
    assert f"{tmp_path}: error: this is not a rules folder: none of its 4 YAML file(s)" in result.output
    assert "5 error(s), 0 warning(s) in 4 file(s)." in result.output


def test_a_rule_file_has_a_tighter_value_bound_than_a_data_register(tmp_path: Path) -> None:
    from bosetting.engine.yamlload import MAX_RULE_FILE_VALUES

    entries = "".join(f"  v{i}: {i}\n" for i in range(MAX_RULE_FILE_VALUES + 10))
    path = tmp_path / "huge.yaml"
    path.write_text("kind: obligations\nextra:\n" + entries, encoding="utf-8")
    assert load_yaml_file(path).data["extra"]["v5"] == 5  # within the register bound
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"the document has more than {MAX_RULE_FILE_VALUES} values" in result.output
