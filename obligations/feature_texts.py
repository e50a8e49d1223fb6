"""A feature run's results as `bosetting features run` prints them, in bokmål."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bosetting.obligations.feature_branches import OTHERWISE
from bosetting.obligations.feature_run import FAILED, ScenarioResult
from bosetting.obligations.feature_steps import ComparedFindings

# How many findings of one comparison are shown one by one; the rest are counted.
SHOWN_FINDINGS = 3


def shown_file(path: str) -> str:
    """A feature file as the user named it: relative to the current folder when it is inside it."""
    resolved = Path(path)
    try:
        return resolved.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return resolved.as_posix()


def _branch(outcome: str) -> str:
    return "ellers" if outcome == OTHERWISE else outcome.replace("outcome", "utfall")


def _finding(finding: Any) -> str:
    """`«ikke oppfylt» for Hamar (regel 4.4/kommune, utfall 2): «Hamar bosatte …»`."""
    who = finding.subject.name or finding.subject.id
    rule = f"regel {finding.rule_id}, {_branch(finding.outcome)}" if finding.outcome else f"regel {finding.rule_id}"
    text = finding.explanation.get("nb", "")
    return f"«{finding.status_label('nb')}» for {who} ({rule})" + (f": {text}" if text else "")


def _findings(findings: Sequence[Any], indent: str) -> list[str]:
    lines = [f"{indent}{_finding(f)}" for f in findings[:SHOWN_FINDINGS]]
    if len(findings) > SHOWN_FINDINGS:
        rest = findings[SHOWN_FINDINGS:]
        labels = sorted({f.status_label("nb") for f in rest})
        lines.append(f"{indent}… og {len(rest)} vurderinger til ({', '.join(f'«{label}»' for label in labels)})")
    return lines


def _confirmed(comparison: ComparedFindings) -> list[str]:
    return [f"  Bekreftet: {comparison.what} er «{comparison.expected}»", *_findings(comparison.findings, "    ")]


def _failed(result: ScenarioResult) -> list[str]:
    step = result.failed
    if step is None:
        return [f"  Scenarioet kunne ikke kjøres: {result.error}"]
    lines = [f"  Steget som feilet, linje {step.line}: {step.keyword} {step.text}"]
    if step.table_problem:
        return [*lines, f"  Tabellen passer ikke til steget: {step.message}"]
    if step.comparisons:
        failing = step.comparisons[-1]
        lines.append(f"  Forventet: {failing.what} «{failing.expected}»")
        if failing.findings:
            wrong = [f for f in failing.findings if f.status_label("nb") != failing.expected] or list(failing.findings)
            lines.append("  Fikk:")
            lines += _findings(wrong, "    ")
        else:
            lines.append(f"  Fikk: ingen vurdering av {failing.what}")
        return lines
    what = "Steget holdt ikke" if step.kind == "then" else "Steget kunne ikke utføres"
    if step.related:
        named = step.provision.replace("hovedmaal-", "hovedmål ") if step.provision.startswith("hovedmaal-") \
            else f"forpliktelse {step.provision}"
        return [*lines, f"  {what}. Motorens vurderinger av {named}:", *_findings(step.related, "    ")]
    return [*lines, f"  {what}. Melding fra stegkoden (på engelsk, for utviklere): {step.message}"]


def describe_result(result: ScenarioResult) -> str:
    """One scenario: its result, where it is, and what it confirmed or where it failed."""
    where = f"{shown_file(result.file)}:{result.line}"
    example = ""
    if result.example:
        example = " (eksempel: " + ", ".join(f"{key} = {value}" for key, value in result.example.items()) + ")"
    lines = [f"{result.status.upper()}  {where}  {result.keyword}: {result.name}{example}"]
    for comparison in result.confirmed:
        lines += _confirmed(comparison)
    if result.status == FAILED:
        lines += _failed(result)
    return "\n".join(lines)


def summary(results: Sequence[ScenarioResult]) -> str:
    failed = sum(1 for r in results if r.status == FAILED)
    return (f"{len(results)} scenario(er) kjørt mot regelfilene og regelmotoren: {len(results) - failed} bekreftet, "
            f"{failed} feilet.")
