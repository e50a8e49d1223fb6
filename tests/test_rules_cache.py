"""The cache of validated rule sets: used when nothing changed, rebuilt when anything did, never trusted."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import bosetting.obligations.rules_context as rules_context
from bosetting.engine.problems import Problem
from bosetting.engine.repository import RuleRepository
from bosetting.engine.schemas import DocumentSchema
from bosetting.engine.yamlload import LoadedYaml
from bosetting.obligations import cache
from bosetting.obligations.data import referat
from bosetting.obligations.paths import RULES_DIR

FIXTURE = Path(__file__).parent / "fixtures" / "rules" / "valid" / "eksempel.yaml"


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(folder))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    return folder


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times the rule files are really loaded and validated."""
    counted: list[int] = []
    real = rules_context._build_rules

    def counting(paths: list[Path]) -> RuleRepository:
        counted.append(1)
        return real(paths)

    monkeypatch.setattr(rules_context, "_build_rules", counting)
    return counted


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "eksempel.yaml")
    return folder


def _same(a: RuleRepository, b: RuleRepository) -> None:
    assert a.problems == b.problems
    assert a.files == b.files
    assert a.rulesets == b.rulesets
    assert [r.positions for r in a.rulesets] == [r.positions for r in b.rulesets]


def _entry(folder: Path) -> Path:
    entries = list(folder.glob("rules-*.pickle"))
    assert len(entries) == 1
    return entries[0]


def test_the_second_load_comes_from_the_cache_and_equals_a_fresh_one(cache_folder: Path, builds: list[int],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    first = rules_context.load_rules([RULES_DIR], today=dt.date(2027, 12, 31))
    second = rules_context.load_rules([RULES_DIR], today=dt.date(2027, 12, 31))
    assert len(builds) == 1
    assert second is not first
    _same(first, second)
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    _same(rules_context.load_rules([RULES_DIR], today=dt.date(2027, 12, 31)), second)
    assert len(builds) == 2


def test_freshness_is_judged_for_each_days_review_not_cached(cache_folder: Path, builds: list[int],
                                                            rules: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    early = rules_context.load_rules([rules], today=dt.date(2026, 7, 1))
    late = rules_context.load_rules([rules], today=dt.date(2029, 6, 1))
    assert len(builds) == 1
    assert not early.warnings
    assert any("last reviewed" in p.message for p in late.warnings)
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    assert rules_context.load_rules([rules], today=dt.date(2029, 6, 1)).problems == late.problems


def test_a_changed_rule_file_is_read_again(cache_folder: Path, builds: list[int], rules: Path) -> None:
    before = rules_context.load_rules([rules])
    path = rules / "eksempel.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Eksempelavtale for tester", "Endret tittel"),
                    encoding="utf-8")
    after = rules_context.load_rules([rules])
    assert len(builds) == 2
    assert before.rulesets[0].title["nb"] == "Eksempelavtale for tester"
    assert after.rulesets[0].title["nb"] == "Endret tittel"
    (rules / "tillegg.yaml").write_text(path.read_text(encoding="utf-8").replace('version: "1.0"', 'version: "9.0"'),
                                        encoding="utf-8")
    assert [r.version for r in rules_context.load_rules([rules]).rulesets] == ["1.0", "9.0"]
    assert len(builds) == 3


def test_another_code_version_or_schema_is_not_trusted(cache_folder: Path, builds: list[int], rules: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    rules_context.load_rules([rules])
    monkeypatch.setattr(rules_context, "code_version", lambda: "another version of the program")
    rules_context.load_rules([rules])
    assert len(builds) == 2
    schemas = rules.parent / "schema"
    shutil.copytree(rules_context.SCHEMA_DIR, schemas)
    monkeypatch.setattr(rules_context, "SCHEMA_DIR", schemas)
    rules_context.load_rules([rules])
    rules_context.load_rules([rules])
    assert len(builds) == 3
    common = schemas / "common.schema.json"
    common.write_text(common.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    rules_context.load_rules([rules])
    assert len(builds) == 4


def _rewrite_payload(entry: Path, payload: bytes, fix_digest: bool) -> None:
    content = entry.read_bytes()
    header = content[:len(content) - len(content.split(b"\n", 3)[3])]
    magic, key, old_digest = header.split(b"\n")[:3]
    new_digest = hashlib.sha256(payload).hexdigest().encode() if fix_digest else old_digest
    entry.write_bytes(b"\n".join([magic, key, new_digest]) + b"\n" + payload)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "flipped byte", "another type",
                                    "not a pickle"])
def test_a_corrupt_cache_is_rebuilt_and_replaced(cache_folder: Path, builds: list[int], rules: Path,
                                                 damage: str) -> None:
    fresh = rules_context.load_rules([rules])
    entry = _entry(cache_folder)
    content = entry.read_bytes()
    if damage == "garbage":
        entry.write_bytes(os.urandom(len(content)))
    elif damage == "truncated":
        entry.write_bytes(content[: len(content) // 2])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "flipped byte":
        entry.write_bytes(content[:-100] + bytes([content[-100] ^ 0xFF]) + content[-99:])
    elif damage == "another type":  # a well-formed entry whose payload is not a rule repository
        _rewrite_payload(entry, pickle.dumps({"rulesets": []}), fix_digest=True)
    else:
        _rewrite_payload(entry, b"\x80\x05not a pickle at all", fix_digest=True)
    rebuilt = rules_context.load_rules([rules])
    assert len(builds) == 2
    _same(rebuilt, fresh)
    again = rules_context.load_rules([rules])  # the entry was written anew and is used again
    assert len(builds) == 2
    _same(again, fresh)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file modes are POSIX")
def test_an_entry_others_may_write_is_not_read(cache_folder: Path, builds: list[int], rules: Path) -> None:
    rules_context.load_rules([rules])
    entry = _entry(cache_folder)
    entry.chmod(0o666)
    rules_context.load_rules([rules])
    assert len(builds) == 2
    assert entry.stat().st_mode & 0o777 == 0o600  # replaced by a private one


def test_turned_off_nothing_is_written(cache_folder: Path, builds: list[int], rules: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    rules_context.load_rules([rules])
    rules_context.load_rules([rules])
    assert len(builds) == 2
    assert not cache_folder.exists()


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path: Path, builds: list[int], rules: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be\n")
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(blocked))
    first = rules_context.load_rules([rules])
    second = rules_context.load_rules([rules])
    assert len(builds) == 2
    _same(first, second)
    assert first.rulesets and not first.errors


def test_where_the_cache_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path / "chosen"))
    assert cache.cache_dir() == tmp_path / "chosen"
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    assert cache.cache_dir() is None
    monkeypatch.setenv(cache.NO_CACHE_ENV, "0")
    assert cache.cache_dir() == tmp_path / "chosen"
    monkeypatch.delenv(cache.CACHE_DIR_ENV)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        assert cache.cache_dir() == tmp_path / "xdg" / "bosetting"
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
        assert cache.cache_dir() == tmp_path / "home" / ".cache" / "bosetting"


def test_the_code_version_follows_each_source_file(tmp_path: Path) -> None:
    package = tmp_path / "pakke"
    (package / "under").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "a.py").write_text("A = 1\n")
    (package / "under" / "b.py").write_text("B = 2\n")
    (package / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"ignored")
    (package / "notes.txt").write_text("not code\n")

    def stamps() -> list[str]:
        return list(cache._source_stamps(str(package), "pakke/"))

    before = stamps()
    assert [line.split()[0] for line in before] == ["pakke/a.py", "pakke/under/b.py"]
    (package / "under" / "b.py").write_text("B = 22\n")  # another size
    assert stamps() != before
    changed = stamps()
    os.utime(package / "a.py", ns=(1, 1))  # the same size, another time
    assert stamps() != changed


# ---- the referat register's schema check --------------------------------------------------------------------

REFERAT = Path(__file__).parent.parent / "data" / "2027" / "registre" / "referat.yaml"


@pytest.fixture
def schema_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose referat is really checked against its JSON Schema."""
    checked: list[str] = []
    real = DocumentSchema.validate

    def counting(self: DocumentSchema, loaded: LoadedYaml) -> list[Problem]:
        checked.append(loaded.path)
        return real(self, loaded)

    monkeypatch.setattr(DocumentSchema, "validate", counting)
    return checked


def test_a_referat_checked_before_gives_the_same_problems_without_the_check(
        cache_folder: Path, schema_checks: list[str], tmp_path: Path) -> None:
    valid, broken = tmp_path / "valid.yaml", tmp_path / "broken.yaml"
    valid.write_bytes(REFERAT.read_bytes())
    broken.write_text(REFERAT.read_text(encoding="utf-8").replace("    utfort: false\n", "    utfort: nei\n", 1)
                      + "ukjent_felt: 1\n", encoding="utf-8")
    first = [referat.read_referat(path, path.name, 2027) for path in (valid, broken)]
    assert schema_checks == ["valid.yaml", "broken.yaml"]
    assert first[0][2] == [] and first[0][0] is not None
    assert first[1][0] is None and len(first[1][2]) >= 2, "both schema problems are reported"
    again = [referat.read_referat(path, path.name, 2027) for path in (valid, broken)]
    assert schema_checks == ["valid.yaml", "broken.yaml"], "the second reading is not checked again"
    assert again == first


def test_a_referat_is_checked_again_when_its_bytes_its_name_or_the_program_change(
        cache_folder: Path, schema_checks: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "referat.yaml"
    path.write_bytes(REFERAT.read_bytes())
    referat.read_referat(path, "a/referat.yaml", 2027)
    path.write_bytes(REFERAT.read_bytes() + b"ukjent_felt: 1\n")
    changed = referat.read_referat(path, "a/referat.yaml", 2027)
    assert changed[0] is None and "ukjent_felt" in str(changed[2])
    referat.read_referat(path, "b/referat.yaml", 2027)
    monkeypatch.setattr(cache, "code_version", lambda: "another version of the program")
    referat.read_referat(path, "b/referat.yaml", 2027)
    assert schema_checks == ["a/referat.yaml"] * 2 + ["b/referat.yaml"] * 2


def test_a_referat_read_for_another_year_is_checked_for_that_year(
        cache_folder: Path, schema_checks: list[str], tmp_path: Path) -> None:
    path = tmp_path / "referat.yaml"
    path.write_bytes(REFERAT.read_bytes())
    minutes, _synthetic, problems = referat.read_referat(path, "referat.yaml", 2027)
    assert minutes is not None and not problems
    moved, _synthetic, problems = referat.read_referat(path, "referat.yaml", 2028)
    assert moved is None and any("in the folder for 2028" in p.message for p in problems)
    assert schema_checks == ["referat.yaml"] * 2
    again = referat.read_referat(path, "referat.yaml", 2027)
    assert again[0] == minutes and again[2] == []


def test_a_referat_is_checked_every_time_with_the_cache_off(
        cache_folder: Path, schema_checks: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    for _ in range(2):
        referat.read_referat(REFERAT, "referat.yaml", 2027)
    assert schema_checks == ["referat.yaml", "referat.yaml"]
    assert not cache_folder.exists()


# ---- the registers (statistikkleveranser, tiltak, ...): what a file's bytes give -----------------------------

DELIVERIES = Path(__file__).parent.parent / "data" / "2027" / "registre" / "statistikkleveranser.yaml"


@pytest.fixture
def register_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The register files really parsed and checked."""
    from bosetting.obligations.data import registers

    parsed: list[str] = []
    real = registers._register_of

    def counting(raw: bytes, display: str, spec: object) -> object:
        parsed.append(display)
        return real(raw, display, spec)  # type: ignore[arg-type]

    monkeypatch.setattr(registers, "_register_of", counting)
    return parsed


def test_a_register_read_before_gives_the_same_entries_and_problems_without_parsing(
        cache_folder: Path, register_reads: list[str], tmp_path: Path) -> None:
    from bosetting.obligations.data.registers import read_register
    from bosetting.obligations.data.spec import STATISTIKKLEVERANSER

    broken = tmp_path / "statistikkleveranser.yaml"
    broken.write_text(DELIVERIES.read_text(encoding="utf-8").replace("leveranser:", "leveranser: [", 1),
                      encoding="utf-8")
    files = ((DELIVERIES, "good/statistikkleveranser.yaml"), (broken, "broken/statistikkleveranser.yaml"))
    first = [read_register(path, shown, STATISTIKKLEVERANSER) for path, shown in files]
    assert first[0].entries and not first[0].problems and first[1].problems  # one good file, one with a problem
    first[0].entries[0].values.clear()  # what a caller does with its result is not what the next one gets
    again = [read_register(path, shown, STATISTIKKLEVERANSER) for path, shown in files]
    assert again[0].entries[0].values and again[1:] == first[1:] and again[0].entries[1:] == first[0].entries[1:]
    assert [(p.row, p.column_name) for r in again for p in r.problems] == \
        [(p.row, p.column_name) for r in first for p in r.problems]  # what Problem's == leaves out
    assert register_reads == [shown for _, shown in files]  # the second reads came from the cache


def test_a_register_is_read_again_when_its_bytes_its_name_or_the_program_change(
        cache_folder: Path, register_reads: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bosetting.obligations.data import registers
    from bosetting.obligations.data.spec import TILTAK

    path = tmp_path / "tiltak.yaml"
    path.write_text("synthetic: true\ntiltak: []\n", encoding="utf-8")
    assert registers.read_register(path, "a/tiltak.yaml", TILTAK).synthetic
    path.write_text("synthetic: false\ntiltak: []\n", encoding="utf-8")
    assert not registers.read_register(path, "a/tiltak.yaml", TILTAK).synthetic  # not the cached answer
    registers.read_register(path, "b/tiltak.yaml", TILTAK)
    monkeypatch.setattr(cache, "code_version", lambda: "another version of the program")
    registers.read_register(path, "b/tiltak.yaml", TILTAK)
    registers.read_register(path, "b/tiltak.yaml", replace(TILTAK, description="a spec made at run time"))
    assert register_reads == ["a/tiltak.yaml"] * 2 + ["b/tiltak.yaml"] * 3


def test_a_register_is_parsed_every_time_with_the_cache_off(
        cache_folder: Path, register_reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from bosetting.obligations.data.registers import read_register
    from bosetting.obligations.data.spec import STATISTIKKLEVERANSER

    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    for _ in range(2):
        read_register(DELIVERIES, "statistikkleveranser.yaml", STATISTIKKLEVERANSER)
    assert register_reads == ["statistikkleveranser.yaml"] * 2
    assert not cache_folder.exists()


# ---- the national need (nasjonalt.yaml) ----------------------------------------------------------------------

NATIONAL = Path(__file__).parent.parent / "data" / "2027" / "nasjonalt.yaml"


@pytest.fixture
def national_reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The national files really parsed and checked, with the year they were read for."""
    from bosetting.obligations.data import registers

    parsed: list[tuple[str, int]] = []
    real = registers._nasjonalt_of

    def counting(raw: bytes, display: str, year: int) -> object:
        parsed.append((display, year))
        return real(raw, display, year)

    monkeypatch.setattr(registers, "_nasjonalt_of", counting)
    return parsed


def test_the_national_need_read_before_is_the_same_without_parsing(
        cache_folder: Path, national_reads: list[tuple[str, int]], tmp_path: Path) -> None:
    from bosetting.obligations.data.registers import read_nasjonalt

    first = read_nasjonalt(NATIONAL, "2027/nasjonalt.yaml", 2027)
    assert first[0] is not None and first[0].year == 2027 and not first[2]
    assert read_nasjonalt(NATIONAL, "2027/nasjonalt.yaml", 2027) == first
    assert national_reads == [("2027/nasjonalt.yaml", 2027)]
    aar_line = NATIONAL.read_text(encoding="utf-8").split("\n").index("aar: 2027") + 1
    wrong_year = read_nasjonalt(NATIONAL, "2027/nasjonalt.yaml", 2026)  # the same bytes in another year's folder
    assert wrong_year[0] is None and [(p.line, p.column_name) for p in wrong_year[2]] == [(aar_line, "aar")]
    broken = tmp_path / "nasjonalt.yaml"
    broken.write_text(NATIONAL.read_text(encoding="utf-8").replace("aar: 2027", "aar: 2027\naar: 2027", 1),
                      encoding="utf-8")
    problems = read_nasjonalt(broken, "broken/nasjonalt.yaml", 2027)[2]
    again = read_nasjonalt(broken, "broken/nasjonalt.yaml", 2027)[2]
    assert [(p.line, p.column, p.message) for p in again] == [(p.line, p.column, p.message) for p in problems]
    assert [(p.line, "duplicate key" in p.message) for p in problems] == [(aar_line + 1, True)]
    assert national_reads == [("2027/nasjonalt.yaml", 2027), ("2027/nasjonalt.yaml", 2026),
                              ("broken/nasjonalt.yaml", 2027)]


def test_the_national_need_is_read_again_when_its_bytes_or_the_program_change(
        cache_folder: Path, national_reads: list[tuple[str, int]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bosetting.obligations.data.registers import read_nasjonalt

    path = tmp_path / "nasjonalt.yaml"
    text = NATIONAL.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    before = read_nasjonalt(path, "nasjonalt.yaml", 2027)[0]
    path.write_text(text.replace("synthetic: true", "synthetic: false"), encoding="utf-8")
    assert read_nasjonalt(path, "nasjonalt.yaml", 2027)[1] is False  # not the cached answer
    monkeypatch.setattr(cache, "code_version", lambda: "another version of the program")
    assert read_nasjonalt(path, "nasjonalt.yaml", 2027)[0] == before
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    read_nasjonalt(path, "nasjonalt.yaml", 2027)
    assert len(national_reads) == 4
