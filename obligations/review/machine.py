"""The machine-readable outputs: findings.json (with a published schema) and findings.csv.

Rule files are named by their path relative to the rules folder, so the same inputs give the same
bytes on any machine. People who open findings in a spreadsheet get findings.xlsx (workbook.py).
"""

from __future__ import annotations

import json
from typing import Any

from bosetting.engine.findings import Finding
from bosetting.obligations.paths import PROJECT_ROOT
from bosetting.obligations.review.model import ReviewModel
from bosetting.obligations.review.referat import referat_document
from bosetting.obligations.safe_text import spreadsheet_csv

FINDINGS_SCHEMA = PROJECT_ROOT / "docs" / "schema" / "findings.schema.json"
FORMAT_VERSION = "1.0"

# `syntetiske_data` is on every row: a row copied out of the file still says the figures are not real.
CSV_COLUMNS = ("finding_id", "aar", "regelsett", "versjon", "regel", "punkt", "rolle", "status", "status_nb",
               "gjelder_type", "gjelder_id", "gjelder_navn", "vurdering_nb", "assessment_en", "grunnlag", "unntak",
               "syntetiske_data")


def findings_document(model: ReviewModel) -> dict[str, Any]:
    return {
        "format_version": FORMAT_VERSION,
        "year": model.year,
        "synthetic_data": model.synthetic,
        "rulesets": [{"id": r.id, "version": r.version, "status": r.status, "hash": r.hash, "kind": r.kind,
                      "path": model.rule_file(r)} for r in model.rulesets],
        "inputs": [{"file": name, "sha256": digest} for name, digest in model.inputs.items()],
        "provisions": [{"ruleset": ruleset_id, "id": view.id, "title": dict(view.title)}
                       for ruleset_id, view in model.provision_index()],
        "status_counts": model.status_counts,
        "findings": [f.as_dict() for f in model.findings],
        "previous_referat": referat_document(model.referat),
    }


def findings_json(model: ReviewModel) -> bytes:
    return (indented_json(findings_document(model)) + "\n").encode("utf-8")


def indented_json(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, character for character, about twice as fast.

    With an indent the standard library encodes in Python, one generator per container; this does the
    same with one list of pieces. Anything other than dicts with text keys, lists, tuples, text,
    numbers, true/false and null is left to json.dumps, which then gives the same text it always did.
    """
    pieces: list[str] = []
    try:
        _encode(value, pieces, "\n")
    except (_NotPlain, RecursionError):  # json.dumps says what is wrong with a value it cannot write
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(pieces)


class _NotPlain(Exception):
    """A value indented_json leaves to json.dumps."""


_text = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False
_INFINITY = float("inf")


def _encode(value: Any, pieces: list[str], newline: str) -> None:
    kind = type(value)
    if kind is str:
        pieces.append(_text(value))
    elif value is None:
        pieces.append("null")
    elif value is True:
        pieces.append("true")
    elif value is False:
        pieces.append("false")
    elif kind is int:
        pieces.append(int.__repr__(value))
    elif kind is float:  # as json.dumps writes them
        if value != value:
            pieces.append("NaN")
        elif value in (_INFINITY, -_INFINITY):
            pieces.append("Infinity" if value > 0 else "-Infinity")
        else:
            pieces.append(float.__repr__(value))
    elif kind is dict:
        if not value:
            pieces.append("{}")
            return
        inner = newline + "  "
        separator = "{"
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            # Text, the commonest value, written here rather than by a call of its own.
            if type(item) is str:
                pieces.append(f"{separator}{inner}{_text(key)}: {_text(item)}")
            else:
                pieces.append(separator + inner + _text(key) + ": ")
                _encode(item, pieces, inner)
            separator = ","
        pieces.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            pieces.append("[]")
            return
        inner = newline + "  "
        separator = "["
        for item in value:
            if type(item) is str:
                pieces.append(f"{separator}{inner}{_text(item)}")
            else:
                pieces.append(separator + inner)
                _encode(item, pieces, inner)
            separator = ","
        pieces.append(newline + "]")
    else:
        raise _NotPlain


def _evidence_text(finding: Finding) -> str:
    return "; ".join(f"{e.name}={'' if e.value is None else e.value} ({e.source})" for e in finding.evidence)


def findings_csv(model: ReviewModel) -> bytes:
    """UTF-8 with BOM and ';' so that Norwegian Excel opens it with æøå and columns intact; no cell runs as a
    formula (obligations.safe_text.spreadsheet_csv). Every row says whether the data is synthetic."""
    rows = ([f.finding_id, f.period, f.ruleset_id, f.ruleset_version, f.rule_id, f.provision, f.role, f.status,
             f.status_label("nb"), f.subject.kind, f.subject.id, f.subject.name, f.explanation.get("nb", ""),
             f.explanation.get("en", ""), _evidence_text(f), (f.waiver or {}).get("begrunnelse", ""),
             "ja" if model.synthetic else "nei"] for f in model.findings)
    return spreadsheet_csv(CSV_COLUMNS, rows).encode("utf-8")
