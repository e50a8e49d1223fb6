"""The machine-readable outputs: findings.json (with a published schema) and findings.csv."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from engine.findings import Finding
from obligations.paths import PROJECT_ROOT, shown_path
from obligations.review.model import ReviewModel
from obligations.review.referat import referat_document

FINDINGS_SCHEMA = PROJECT_ROOT / "docs" / "schema" / "findings.schema.json"
FORMAT_VERSION = "1.0"

CSV_COLUMNS = ("finding_id", "aar", "regelsett", "versjon", "regel", "punkt", "status", "gjelder_type", "gjelder_id",
               "gjelder_navn", "vurdering_nb", "assessment_en", "grunnlag", "unntak")


def findings_document(model: ReviewModel) -> dict[str, Any]:
    return {
        "format_version": FORMAT_VERSION,
        "year": model.year,
        "synthetic_data": model.synthetic,
        "rulesets": [{"id": r.id, "version": r.version, "status": r.status, "hash": r.hash, "kind": r.kind,
                      "path": shown_path(r.path)} for r in model.rulesets],
        "inputs": [{"file": name, "sha256": digest} for name, digest in model.inputs.items()],
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
    """UTF-8 with BOM and ';' so that Norwegian Excel opens it with æøå and columns intact."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for f in model.findings:
        waiver = f.waiver or {}
        writer.writerow([f.finding_id, f.period, f.ruleset_id, f.ruleset_version, f.rule_id, f.provision, f.status,
                         f.subject.kind, f.subject.id, f.subject.name, f.explanation.get("nb", ""),
                         f.explanation.get("en", ""), _evidence_text(f),
                         waiver.get("begrunnelse", "") if waiver else ""])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
