"""The agreement's own text: its numbered obligations and goals, read from the source file.

Rule files quote the agreement verbatim; this module reads the agreement so that
tests and the validator can check the quotes and the obligation numbers against it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bosetting.obligations.paths import AGREEMENT_FILE

_OBLIGATION = re.compile(r"^(?:-\s*)?([1-8]\.[1-9])\s+(\S.*)$")
_MAIN_GOAL = re.compile(r"^-\s*([1-3])\)\s+(\S.*)$")
_SECTION_END = re.compile(r"^(KS vil:|Arbeids- og|Justis- og|Barne- og|Kommunal- og|Andre berørte|IMDi, fylkeskommuner|"
                          r"Nasjonalt utvalg|Så lenge|[¹²³])")
RESULT_GOALS = {"resultatmaal-bosetting": "Bosetting:", "resultatmaal-mottak": "Mottak og omsorgssentre:"}


def normalise_whitespace(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=4)
def agreement_provisions(path: Path = AGREEMENT_FILE) -> dict[str, str]:
    """Every numbered obligation ('1.1'..'8.2'), main goal ('hovedmaal-1'..) and result goal, by id.

    Texts are whitespace-normalised: the source file breaks lines at page ends.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = raw.strip()
        match = _OBLIGATION.match(line) or None
        goal = _MAIN_GOAL.match(line)
        if match:
            current = found.setdefault(match.group(1), [match.group(2)])
            continue
        if goal:
            current = found.setdefault(f"hovedmaal-{goal.group(1)}", [goal.group(2)])
            continue
        result = next((key for key, prefix in RESULT_GOALS.items() if line.startswith(prefix)), None)
        if result:
            current = found.setdefault(result, [line[len(RESULT_GOALS[result]):].strip()])
            continue
        if not line:
            continue
        if current is not None and not _SECTION_END.match(line) and not line.endswith(":") \
                and not line[0].isupper():
            current.append(line)
        else:
            current = None
    return {key: normalise_whitespace(" ".join(parts)) for key, parts in found.items()}
