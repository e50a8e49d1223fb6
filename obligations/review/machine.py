"""The machine-readable outputs: findings.json (with a published schema) and findings.csv.

Rule files are named by their path relative to the rules folder, so the same inputs give the same
bytes on any machine. People who open findings in a spreadsheet get findings.xlsx (workbook.py).
"""

from __future__ import annotations

import json
from typing import Any

from engine.findings import Finding
from obligations.paths import PROJECT_ROOT
from obligations.review.model import ReviewModel
from obligations.review.referat import referat_document
from obligations.safe_text import spreadsheet_csv

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
    text = json.dumps(findings_document(model), ensure_ascii=False, indent=2, sort_keys=False)
    return (text + "\n").encode("utf-8")


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
