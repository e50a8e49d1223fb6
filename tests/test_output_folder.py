"""`review --out` and `docs --out` replace only a folder the command wrote itself (issue 13).

Pointed at the data folder, a folder of documents, `.`, a file or a link, the command exits 2 with a
message saying what is there, and every file is byte for byte as it was. Every folder the tool makes
honours the umask.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from small_data import write_small_data

from bosetting.obligations import atomic
from bosetting.obligations.cli import main
from bosetting.obligations.paths import RULES_DIR
from bosetting.obligations.review.run import LEGACY_REPORT_FILES, WRITER, output_files


@pytest.fixture(scope="module")
def small_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_data(tmp_path_factory.mktemp("out") / "data")


@pytest.fixture(scope="module")
def rules_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rules = tmp_path_factory.mktemp("out-rules") / "rules"
    shutil.copytree(RULES_DIR, rules)
    return rules


def _digests(root: Path) -> dict[str, str]:
    """Every entry under `root`: files by content, folders and links by what they are."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        key = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[key] = "link -> " + os.readlink(path)
        elif path.is_dir():
            found[key] = "folder"
        else:
            found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture
def inputs_intact(small_data: Path, rules_copy: Path) -> Iterator[None]:
    before = (_digests(small_data), _digests(rules_copy))
    yield
    assert (_digests(small_data), _digests(rules_copy)) == before, "the data and the rules must be untouched"


def _review(small_data: Path, rules: Path, out: Path | str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["review", "--year", "2026", "--data", str(small_data), "--rules", str(rules),
                                       "--out", str(out)])
    return result.exit_code, result.output


def _documents(folder: Path) -> Path:
    (folder / "brev").mkdir(parents=True)
    (folder / "referat-2026.docx").write_bytes(b"PK\x03\x04 not really a document")
    (folder / "brev" / "til-kommunen.txt").write_text("Hei\n", encoding="utf-8")
    return folder


def test_the_data_folder_is_refused(small_data: Path, rules_copy: Path, inputs_intact: None) -> None:
    code, output = _review(small_data, rules_copy, small_data)
    assert code == 2, output
    assert "is the data folder" in output and "Nothing was moved or deleted" in output


def test_a_folder_inside_the_data_folder_is_refused(small_data: Path, rules_copy: Path, inputs_intact: None) -> None:
    code, output = _review(small_data, rules_copy, small_data / "2026" / "rapport")
    assert code == 2, output
    assert "is inside the data folder" in output
    assert not (small_data / "2026" / "rapport").exists()


def test_the_rules_folder_is_refused(small_data: Path, rules_copy: Path, inputs_intact: None) -> None:
    code, output = _review(small_data, rules_copy, rules_copy / "obligations")
    assert code == 2, output
    assert "is inside the rules folder" in output


def test_a_folder_of_documents_is_refused(small_data: Path, rules_copy: Path, inputs_intact: None,
                                          tmp_path: Path) -> None:
    documents = _documents(tmp_path / "Dokumenter")
    before = _digests(documents)
    code, output = _review(small_data, rules_copy, documents)
    assert code == 2, output
    assert "was not written by bosetting review: it holds brev/, referat-2026.docx" in output
    assert _digests(documents) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dokumenter"], "nothing may be left beside it"


def test_the_current_folder_is_refused(small_data: Path, rules_copy: Path, inputs_intact: None, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _documents(tmp_path / "arbeid")
    before = _digests(tmp_path)
    monkeypatch.chdir(documents)
    code, output = _review(small_data, rules_copy, ".")
    assert code == 2, output
    assert "the folder . was not written by bosetting review" in output
    assert _digests(tmp_path) == before


def test_a_file_is_refused(small_data: Path, rules_copy: Path, inputs_intact: None, tmp_path: Path) -> None:
    notes = tmp_path / "notater.txt"
    notes.write_text("mine notater\n", encoding="utf-8")
    code, output = _review(small_data, rules_copy, notes)
    assert code == 2, output
    assert "is a file" in output
    assert notes.read_text(encoding="utf-8") == "mine notater\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notater.txt"], "the file must not be hidden under a new name"


def test_a_symbolic_link_is_refused(small_data: Path, rules_copy: Path, inputs_intact: None, tmp_path: Path) -> None:
    documents = _documents(tmp_path / "Dokumenter")
    link = tmp_path / "lenke"
    link.symlink_to(documents, target_is_directory=True)
    before = _digests(tmp_path)
    code, output = _review(small_data, rules_copy, link)
    assert code == 2, output
    assert "is a symbolic link" in output
    assert _digests(tmp_path) == before


def test_an_earlier_report_is_replaced_and_one_with_a_foreign_file_is_refused(
        small_data: Path, rules_copy: Path, inputs_intact: None, tmp_path: Path) -> None:
    out = tmp_path / "review-2026"
    assert _review(small_data, rules_copy, out)[0] == 0
    marker = json.loads((out / atomic.MARKER_NAME).read_text(encoding="utf-8"))
    assert marker == {"written_by": WRITER, "files": sorted(output_files(2026))}
    (out / "report.md").write_text("an older report\n", encoding="utf-8")
    code, output = _review(small_data, rules_copy, out)
    assert code == 0, output
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# ")
    (out / "mine kommentarer.txt").write_text("viktig\n", encoding="utf-8")
    before = _digests(out)
    code, output = _review(small_data, rules_copy, out)
    assert code == 2, output
    assert "also holds mine kommentarer.txt, which bosetting review did not write" in output
    assert _digests(out) == before


def test_a_report_written_before_the_marker_is_recognised_once_by_its_files(
        small_data: Path, rules_copy: Path, inputs_intact: None, tmp_path: Path) -> None:
    legacy = tmp_path / "review-2026"
    legacy.mkdir()
    for name in LEGACY_REPORT_FILES:
        (legacy / name).write_text("written by an older version\n", encoding="utf-8")
    assert _review(small_data, rules_copy, legacy)[0] == 0
    assert (legacy / atomic.MARKER_NAME).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review-2026"]

    almost = tmp_path / "almost"
    almost.mkdir()
    for name in (*LEGACY_REPORT_FILES, "extra.txt"):
        (almost / name).write_text("x\n", encoding="utf-8")
    before = _digests(almost)
    assert _review(small_data, rules_copy, almost)[0] == 2
    assert _digests(almost) == before


def test_a_marker_of_another_writer_does_not_count(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    atomic.write_folder_atomically(docs, {"index.html": b"<p>docs</p>"}, "bosetting docs", exact=False)
    with pytest.raises(atomic.TargetRefused):
        atomic.write_folder_atomically(docs, {name: b"" for name in output_files(2026)}, WRITER)
    assert (docs / "index.html").read_bytes() == b"<p>docs</p>"


def test_docs_refuses_a_folder_it_did_not_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _documents(tmp_path / "arbeid")
    (documents / "index.html").write_text("<p>min egen side</p>", encoding="utf-8")
    before = _digests(tmp_path)
    monkeypatch.chdir(documents)
    result = CliRunner().invoke(main, ["docs", "--out", ".", "--results", str(tmp_path / "none.json")])
    assert result.exit_code == 2, result.output
    assert "was not written by bosetting docs" in result.output
    assert _digests(tmp_path) == before


@pytest.mark.parametrize("umask, mode", [(0o022, 0o755), (0o002, 0o775), (0o077, 0o700)])
def test_the_output_folder_honours_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    previous = os.umask(umask)
    try:
        target = tmp_path / "ny" / "review"
        atomic.write_folder_atomically(target, {"report.md": b"# x\n"})
    finally:
        os.umask(previous)
    assert target.stat().st_mode & 0o777 == mode
    assert target.parent.stat().st_mode & 0o777 == mode
    assert (target / "report.md").stat().st_mode & 0o777 == 0o666 & ~umask
