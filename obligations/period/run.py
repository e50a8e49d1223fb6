"""Running the period evaluation: read, evaluate every year of the period the data holds, build, write atomically.

Each year is the evaluation layer's result (obligations.system), exactly as in the yearly review, with the rule sets
in force on its last day; the document is written with the review's atomic folder writing, so a failed run leaves
an earlier evaluation as it was, and the same inputs give the same bytes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bosetting.engine.collector import no_cyclic_gc_then_frozen
from bosetting.engine.problems import InputError, Problem
from bosetting.obligations.atomic import write_folder_atomically
from bosetting.obligations.paths import DATA_DIR, RULES_DIR
from bosetting.obligations.period.content import build_period_document
from bosetting.obligations.period.earlier import corrections
from bosetting.obligations.period.machine import evaluation_json
from bosetting.obligations.period.model import PeriodModel, build_period
from bosetting.obligations.period.texts import t
from bosetting.obligations.review.html import render_document_html
from bosetting.obligations.review.markdown import render_document_markdown
from bosetting.obligations.review.run import check_output_folder
from bosetting.obligations.system import AgreementSystem

OUTPUT_FILES = ("report.md", "report.html", "evaluation.json")
WRITER = "bosetting evaluate-period"


@dataclass
class PeriodResult:
    model: PeriodModel
    out_dir: Path
    files: dict[str, bytes]
    summary: str


def render_outputs(model: PeriodModel, lang: str) -> dict[str, bytes]:
    document = build_period_document(model, lang)
    return {"report.md": render_document_markdown(document).encode("utf-8"),
            "report.html": render_document_html(document).encode("utf-8"),
            "evaluation.json": evaluation_json(model)}


def run_period(data_dir: Path | None = None, rules_dir: Path | None = None, out_dir: Path | None = None,
               lang: str = "nb", first: int | None = None, last: int | None = None, earlier: Path | None = None,
               progress: Callable[[str], None] = lambda _message: None) -> PeriodResult:
    data_dir = data_dir or DATA_DIR
    rules_dir = rules_dir or RULES_DIR
    if out_dir is not None:
        check_output_folder(out_dir, data_dir, rules_dir, WRITER, OUTPUT_FILES)
    system = AgreementSystem(rules_dir, data_dir)
    start, end = system.agreement_years()
    first, last = first or start, last or end
    if first > last:
        raise InputError([Problem(str(rules_dir), 0, 0, f"the first year ({first}) is after the last ({last})")])
    progress(t("progress_data", lang, path=data_dir))
    # As in the review: the records read (and the rule sets) hold no cycles and live to the end, so the collector
    # need not walk them.
    with no_cyclic_gc_then_frozen():
        dataset = system.dataset
    try:
        for note in dataset.notes:
            progress(note.format())
        progress(t("progress_rules", lang, path=rules_dir))
        years = system.assessable_years(first, last)
        if not years:
            known = ", ".join(map(str, sorted(dataset.national))) or "none"
            raise InputError([Problem(str(data_dir), 0, 0, f"the data has no year from {first} to {last} that the "
                                                           f"rules assess (it has {known})")])
        progress(t("progress_evaluate", lang, years=", ".join(map(str, years))))
        model = evaluate_period(system, years, start, end, rules_dir, earlier)
    finally:
        gc.unfreeze()
    target = out_dir or Path(f"evaluering-{years[0]}-{years[-1]}")
    check_output_folder(target, data_dir, rules_dir, WRITER, OUTPUT_FILES)
    progress(t("progress_write", lang, path=target))
    files = render_outputs(model, lang)
    write_folder_atomically(target, files, WRITER)
    return PeriodResult(model, target, files, summary(model, target, lang))


def evaluate_period(system: AgreementSystem, years: Sequence[int], first: int, last: int,
                    rules_dir: Path | None = None, earlier: Path | None = None) -> PeriodModel:
    """Evaluate each of `years` as the yearly review does, and set them beside each other (the feature steps call
    this too). `first` and `last` are the agreement period; `earlier` a folder of earlier reviews."""
    evaluations = system.period(years)
    model = build_period(system, evaluations, first, last, rules_dir)
    if earlier is not None:
        model.earlier_reviews, model.corrections = corrections(
            earlier, {y: list(e.findings) for y, e in evaluations.items()})
    return model


def summary(model: PeriodModel, target: Path, lang: str) -> str:
    """What the terminal shows: each goal's status per year, the triggering years, and where the report is."""
    from bosetting.engine.findings import STATUS

    lines = [t("title", lang, period=model.period_label), t("covered", lang, covered=model.covered_label,
                                                            period=model.period_label,
                                                            day=model.evaluation_day.isoformat()), ""]
    if model.synthetic:
        lines += [t("synthetic", lang), ""]
    for goal in model.goals:
        statuses = ", ".join(f"{y.year} {STATUS[y.status].mark} {STATUS[y.status].label(lang)}" for y in goal.years)
        lines.append(f"{goal.title[lang]}: {statuses}")
    triggered = [str(h.year) for h in model.handling if h.triggered]
    lines += ["", t("handling", lang) + ": " + (", ".join(triggered) if triggered else "–")]
    if model.earlier_reviews is not None:
        lines.append(f"{t('corrections', lang)}: {len(model.corrections)}")
    report = (target / "report.html").resolve()
    lines += ["", f"{t('written_to', lang)} {target.resolve()}/ ({', '.join(OUTPUT_FILES)})",
              f"{t('open_report', lang)}: {report.as_uri()}"]
    return "\n".join(lines)
