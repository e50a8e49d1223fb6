"""`bosetting evaluate`: the findings of one year for every obligation and goal, with their evidence.

The table shows one block per national or agency finding, with its evidence down to input file
and row; rules judged per kommune or fylke are summarised by status, and the subjects whose
finding is neither met nor not applicable are listed. `--format json` gives every finding.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import click

from bosetting.engine.findings import STATUS_LABELS, Finding
from bosetting.engine.render import format_value

PER_SUBJECT_KINDS = ("kommune", "fylke")
QUIET_STATUSES = ("met", "not_applicable")
SYNTHETIC_NOTE = {
    "nb": "SYNTETISKE DATA: ingen tall i denne vurderingen er ekte.",
    "en": "SYNTHETIC DATA: no figure in this evaluation is real.",
}
HEADINGS = {
    "nb": {"title": "Vurdering av samarbeidsavtalen for {year} (per {day})", "evidence": "grunnlag",
           "summary": "Funn etter status", "subjects": "{count} {kind}-funn: {statuses}", "waiver": "unntak"},
    "en": {"title": "Evaluation of the cooperation agreement for {year} (as of {day})", "evidence": "evidence",
           "summary": "Findings by status", "subjects": "{count} {kind} findings: {statuses}", "waiver": "waiver"},
}


def _status(status: str, lang: str) -> str:
    return STATUS_LABELS.get(status, {}).get(lang, status)


def _evidence_lines(finding: Finding, lang: str) -> list[str]:
    return [f"      {e.name} = {format_value(e.value, lang)}  [{e.source or '-'}]" for e in finding.evidence]


def _render_table(evaluation: Any, lang: str) -> str:
    words = HEADINGS[lang]
    lines = [words["title"].format(year=evaluation.year, day=evaluation.evaluation_date.isoformat())]
    if evaluation.synthetic:
        lines.append(SYNTHETIC_NOTE[lang])
    lines.append("")
    per_subject: dict[tuple[str, str], list[Finding]] = {}
    for finding in evaluation.findings:
        if finding.subject.kind in PER_SUBJECT_KINDS:
            per_subject.setdefault((finding.ruleset_id, finding.rule_id), []).append(finding)
    shown: set[tuple[str, str]] = set()
    for finding in evaluation.findings:
        key = (finding.ruleset_id, finding.rule_id)
        if finding.subject.kind in PER_SUBJECT_KINDS:
            if key in shown:
                continue
            shown.add(key)
            group = per_subject[key]
            counts = Counter(f.status_label(lang) for f in group)
            statuses = ", ".join(f"{label} {n}" for label, n in sorted(counts.items()))
            lines.append(f"{finding.rule_id:<24} {finding.title[lang]}")
            summary = words["subjects"].format(count=len(group), kind=finding.subject.kind, statuses=statuses)
            lines.append("    " + summary)
            for item in group:
                if item.status not in QUIET_STATUSES:
                    lines.append(f"    - {item.subject.id} {item.subject.name}: {item.status_label(lang)}. "
                                 f"{item.explanation[lang]}  [{item.evidence[0].source if item.evidence else '-'}]")
            lines.append("")
            continue
        subject = finding.subject.name or finding.subject.id
        status = finding.status_label(lang).upper()
        lines.append(f"{finding.rule_id:<24} {status:<24} {subject}: {finding.title[lang]}")
        lines.append(f"    {finding.explanation[lang]}")
        if finding.evidence:
            lines.append(f"    {words['evidence']}:")
            lines.extend(_evidence_lines(finding, lang))
        if finding.waiver:
            lines.append(f"    {words['waiver']}: {finding.waiver.get('source', '')}")
        lines.append("")
    counts = evaluation.by_status()
    lines.append(words["summary"] + ": " + ", ".join(f"{_status(s, lang)} {n}" for s, n in counts.items()))
    return "\n".join(lines)


def _as_json(evaluation: Any) -> str:
    return json.dumps({
        "year": evaluation.year,
        "evaluation_date": evaluation.evaluation_date.isoformat(),
        "synthetic": evaluation.synthetic,
        "data_files": evaluation.data_files,
        "rulesets": [r.summary() for r in evaluation.rulesets],
        "criteria_rulesets": [r.summary() for r in evaluation.criteria],
        "by_status": evaluation.by_status(),
        "findings": [f.as_dict() for f in evaluation.findings],
    }, ensure_ascii=False, indent=2)


@click.command("evaluate")
@click.option("--year", type=int, required=True, help="The year to evaluate (its 31 December is the evaluation date).")
@click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The data folder (default: the bundled data/).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The rules folder (default: the project's rules/).")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--lang", type=click.Choice(["nb", "en"]), default="nb", show_default=True)
@click.option("--drafts", is_flag=True, help="Evaluate draft rule sets in force instead of adopted ones (what-if).")
def evaluate(year: int, data_dir: Path | None, rules_dir: Path | None, output_format: str, lang: str,
             drafts: bool) -> None:
    """Evaluate a year: one finding per obligation and goal, and per kommune or fylke where a rule judges them.

    Every finding names its evidence down to the input file and row. Exits 0 whatever the
    findings say; 1 when the rule or data files are invalid.
    """
    from bosetting.obligations.system import AgreementSystem

    system = AgreementSystem(rules_dir, data_dir)
    system.repository.raise_for_errors()  # the rule files are checked before the data is read
    dataset = system.dataset
    for note in dataset.notes:
        click.echo(note.format(), err=True)
    if year in dataset.fylke_years and year not in dataset.years:
        raise click.UsageError(f"{year} has a fylke table only (fylke_aar), and the agreement's rules read kommune "
                               f"figures; `bosetting data indicators --year {year}` shows the indicators")
    if year not in dataset.years:
        raise click.UsageError(f"the data has no year {year}; it has {', '.join(map(str, dataset.years)) or 'none'}")
    evaluation = system.year(year, include_drafts=drafts).evaluation
    click.echo(_as_json(evaluation) if output_format == "json" else _render_table(evaluation, lang))
