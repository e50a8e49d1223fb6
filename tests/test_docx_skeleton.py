"""The referat template's default parts, kept in the user's cache: the same parts, and never a stale entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from bosetting.obligations import cache
from bosetting.obligations.referat import docx_skeleton
from bosetting.obligations.referat.docx_skeleton import DocxSkeleton


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    DocxSkeleton.load.cache_clear()
    yield tmp_path
    DocxSkeleton.load.cache_clear()


def test_the_cached_skeleton_is_the_one_built_from_python_docx_files(cache_folder: Path) -> None:
    built = DocxSkeleton._build(docx_skeleton._templates())
    first = DocxSkeleton.load()
    assert list(cache_folder.glob("referat-docx-skeleton.pickle"))
    DocxSkeleton.load.cache_clear()
    second = DocxSkeleton.load()  # from the cache
    assert first == built and second == built


def test_a_skeleton_cached_for_another_lxml_is_built_again(cache_folder: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    DocxSkeleton.load()
    entry = cache_folder / "referat-docx-skeleton.pickle"
    before = entry.read_bytes()
    monkeypatch.setattr(docx_skeleton, "library_stamp", lambda name: "another lxml")
    built: list[Path] = []
    original = DocxSkeleton._build

    def counting(folder: Path) -> DocxSkeleton:
        built.append(folder)
        return original(folder)

    monkeypatch.setattr(DocxSkeleton, "_build", staticmethod(counting))
    DocxSkeleton.load.cache_clear()
    DocxSkeleton.load()
    assert built, "the entry of another key was used"
    assert entry.read_bytes() != before  # written anew for the new key
