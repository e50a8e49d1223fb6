"""Running the yearly review: read, evaluate every year present, build, write atomically."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from engine.findings import STATUS_LABELS
from engine.problems import InputError, Problem
from engine.render import format_value
from obligations.data.dataset import load_dataset
from obligations.data.records import Dataset
from obligations.evaluation import evaluate_year
from obligations.paths import DATA_DIR, RULES_DIR
from obligations.review.atomic import write_folder_atomically
from obligations.review.html import render_html
from obligations.review.machine import findings_csv, findings_json
from obligations.review.markdown import render_markdown
from obligations.review.model import ReviewModel, build_review
from obligations.review.texts import CAUSES, t
from obligations.rules_context import load_rules


@dataclass
class ReviewResult:
    model: ReviewModel
    out_dir: Path
    files: dict[str, bytes]
    summary: str


def render_outputs(model: ReviewModel, lang: str) -> dict[str, bytes]:
    markdown = render_markdown(model, lang)
    return {
        "report.md": markdown.encode("utf-8"),
        "report.html": render_html(model, markdown, lang).encode("utf-8"),
        "findings.json": findings_json(model),
        "findings.csv": findings_csv(model),
    }


def run_review(year: int | None = None, data_dir: Path | None = None, rules_dir: Path | None = None,
               out_dir: Path | None = None, lang: str = "nb",
               progress: Callable[[str], None] = lambda _message: None) -> ReviewResult:
    data_dir = data_dir or DATA_DIR
    rules_dir = rules_dir or RULES_DIR
    progress(f"Leser data fra {data_dir} / reading data")
    dataset = load_dataset(data_dir)
    # The records read live until the review is written and hold no reference cycles: frozen, the cyclic
    # collector stops walking them at every collection while the rules load and the facts are derived
    # (at 1.6 million person records, about a second). Unfrozen when the review is done.
    gc.freeze()
    try:
        return _review(dataset, year, data_dir, rules_dir, out_dir, lang, progress)
    finally:
        gc.unfreeze()


def _review(dataset: Dataset, year: int | None, data_dir: Path, rules_dir: Path, out_dir: Path | None, lang: str,
            progress: Callable[[str], None]) -> ReviewResult:
    years = sorted(dataset.national)
    if not years:
        raise InputError([Problem(str(data_dir), 0, 0, "the data folder holds no year to review")])
    year = year or years[-1]
    if year not in dataset.national:
        known = ", ".join(map(str, years))
        raise InputError([Problem(str(data_dir), 0, 0, f"no data for {year}; the data has {known}")])
    progress(f"Leser regler fra {rules_dir} / reading rules")
    repo = load_rules([rules_dir], today=dt.date(year, 12, 31))
    repo.raise_for_errors()
    progress(f"Vurderer {', '.join(str(y) for y in years if y <= year)} / evaluating")
    evaluations = {y: evaluate_year(dataset, repo, y) for y in years if y <= year}
    model = build_review(dataset, year, evaluations)
    target = out_dir or Path(f"review-{year}")
    progress(f"Skriver rapporten til {target} / writing")
    files = render_outputs(model, lang)
    write_folder_atomically(target, files)
    return ReviewResult(model, target, files, _summary(model, target, lang))


def _summary(model: ReviewModel, target: Path, lang: str) -> str:
    lines = [t("title", lang, year=model.year), ""]
    if model.synthetic:
        lines += [t("synthetic", lang), ""]
    lines.append(t("status_counts", lang) + ":")
    for status, count in model.status_counts.items():
        if count:
            lines.append(f"  {STATUS_LABELS[status][lang]:<26} {count:>5}")
    d = model.deviation
    lines += ["", f"{t('largest_deviations', lang)} ({t('settlement_goal', lang)}: {t('target', lang).lower()} "
                  f"{format_value(d.target, lang)}, {t('realised', lang).lower()} {format_value(d.realised, lang)}, "
                  f"{t('gap', lang).lower()} {format_value(d.gap, lang)}):"]
    for cause in d.causes[:3]:
        lines.append(f"  {format_value(cause.size, lang):>8}  {CAUSES[cause.key][lang]}")
    not_met = model.not_met()
    if not_met:
        lines += ["", t("not_met_obligations", lang) + ": " + ", ".join(p.id for p in not_met)]
    lines += ["", f"{t('written_to', lang)} {target}/ (report.md, report.html, findings.json, findings.csv)"]
    return "\n".join(lines)
