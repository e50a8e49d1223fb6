"""`bosetting referat import`: a filled template into data/<year>/registre/referat.yaml, checked and written atomically.

The YAML is built from what the document holds, then read back with the register's own reader (the one
`load_dataset` uses), so a file is written only if the review will accept it. Follow-up reports must name
follow-ups of an earlier year's referat in the same data folder. An existing referat.yaml is replaced
only when asked; the new file appears whole or not at all, and no other file is touched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from bosetting.engine.problems import InputError, Problem
from bosetting.obligations.atomic import staged_file
from bosetting.obligations.data.dataset import REGISTER_DIR, SYNTHETIC_MARKER
from bosetting.obligations.data.records import Referat
from bosetting.obligations.data.referat import (
    REFERAT_STEM,
    check_references,
    parse_referat_text,
    read_referat,
    referat_yaml,
)
from bosetting.obligations.data.registers import REGISTER_SUFFIXES
from bosetting.obligations.referat.reader import read_referat_docx


@dataclass(frozen=True)
class ImportResult:
    target: Path
    referat: Referat
    replaced: bool


def _header(referat: Referat, source_name: str) -> list[str]:
    lines = [f"Referat fra konsultasjonsmøtet om den årlige gjennomgangen for {referat.aar} "
             f"(minutes of the consultation meeting on the review of {referat.aar}).",
             f"Lest inn med `bosetting referat import` fra {source_name}; filen kan også rettes for hånd "
             "(docs/data.md, docs/schema/referat.schema.json)."]
    if referat.synthetic:
        lines.append("SYNTETISKE DATA / SYNTHETIC DATA: invented to show how the tool reads the parties' conclusions; "
                     "no party wrote it.")
    return lines


def _other_referats(data_dir: Path, year: int) -> dict[int, Referat]:
    """The referat of every other year that can be read; a broken one is reported by `bosetting data check`."""
    found: dict[int, Referat] = {}
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir() and p.name.isdigit() and len(p.name) == 4):
        other = int(folder.name)
        if other == year:
            continue
        for suffix in REGISTER_SUFFIXES:
            path = folder / REGISTER_DIR / f"{REFERAT_STEM}{suffix}"
            if path.is_file():
                referat, _synthetic, problems = read_referat(path, str(path), other)
                if referat is not None and not problems:
                    found[other] = referat
    return found


def _write_new(target: Path, text: str, replace_existing: bool) -> bool:
    """Write `text` to `target` atomically; without `replace_existing`, never over an existing file."""
    with staged_file(target, text.encode("utf-8")) as temporary:
        existed = target.exists()
        if replace_existing:
            os.replace(temporary, target)
            return existed
        try:
            os.link(temporary, target)  # fails if the target exists, even if it appeared a moment ago
        except FileExistsError:
            raise _exists(target) from None
        except OSError:  # a file system without hard links: check, then rename
            if target.exists():
                raise _exists(target) from None
            os.replace(temporary, target)
        return False


def _exists(target: Path) -> InputError:
    return InputError([Problem(str(target), message="a referat for this year exists already: give --replace to "
                                                    "replace it; it is left as it is")])


def import_referat(source: Path, data_dir: Path, year: int | None = None, replace_existing: bool = False,
                   display: str | None = None) -> ImportResult:
    """Read a filled referat template and write it as the register of its year in `data_dir`."""
    shown = display or str(source)
    if not data_dir.is_dir():
        raise InputError([Problem(str(data_dir), message="the data folder does not exist")])
    referat = read_referat_docx(source, shown, year)
    folder = data_dir / str(referat.aar)
    if not folder.is_dir():
        raise InputError([Problem(str(folder), message=f"the data folder has no folder for {referat.aar}: the "
                                                       "referat belongs beside that year's data")])
    synthetic = referat.synthetic or (data_dir / SYNTHETIC_MARKER).is_file()
    referat = replace(referat, synthetic=synthetic)
    registre = folder / REGISTER_DIR
    target = registre / f"{REFERAT_STEM}.yaml"
    others = [registre / f"{REFERAT_STEM}{s}" for s in REGISTER_SUFFIXES if s != ".yaml"]
    if any(p.exists() for p in others):
        names = ", ".join(str(p) for p in others if p.exists())
        raise InputError([Problem(names, message=f"a referat for {referat.aar} exists under another name; keep one")])
    text = referat_yaml(referat, _header(referat, source.name))
    checked, problems = parse_referat_text(text, str(target), referat.aar)
    if checked is None:  # the document read, but the register would not: say where in the document to look
        raise InputError([replace(p, message=f"{p.message} (read from {shown})") for p in problems])
    checked = replace(checked, source=str(target))
    problems = [p for p in check_references({**_other_referats(data_dir, referat.aar), referat.aar: checked})
                if p.file == str(target)]
    if problems:
        raise InputError([replace(p, file=shown, line=0) for p in problems])
    replaced = _write_new(target, text, replace_existing)
    return ImportResult(target, checked, replaced)
