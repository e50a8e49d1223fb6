"""Running the yearly review: read, evaluate every year present, build, write atomically."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bosetting.engine.collector import no_cyclic_gc_then_frozen
from bosetting.engine.findings import STATUS
from bosetting.engine.problems import InputError, Problem
from bosetting.engine.render import format_value
from bosetting.obligations.atomic import TargetRefused, check_target, write_folder_atomically
from bosetting.obligations.paths import DATA_DIR, RULES_DIR
from bosetting.obligations.review.content import build_document
from bosetting.obligations.review.html import render_document_html
from bosetting.obligations.review.machine import findings_csv, findings_json
from bosetting.obligations.review.markdown import render_document_markdown
from bosetting.obligations.review.missing import terminal_lines
from bosetting.obligations.review.model import ReviewModel, build_review
from bosetting.obligations.review.referat import template_file, template_name
from bosetting.obligations.review.texts import CAUSES, t
from bosetting.obligations.review.workbook import findings_xlsx
from bosetting.obligations.system import AgreementSystem

# The files every review writes into its folder, beside the referat template named for its year
# (output_files): the one list the writers, the command line and the folder check use.
OUTPUT_FILES = ("report.md", "report.html", "findings.json", "findings.csv", "findings.xlsx")
# What a review folder held before the marker file existed: such a folder is recognised by holding exactly these.
LEGACY_REPORT_FILES = ("report.md", "report.html", "findings.json", "findings.csv")
WRITER = "bosetting review"


def output_files(year: int) -> tuple[str, ...]:
    return (*OUTPUT_FILES, template_name(year))


@dataclass
class ReviewResult:
    model: ReviewModel
    out_dir: Path
    files: dict[str, bytes]
    summary: str


def render_outputs(model: ReviewModel, lang: str) -> dict[str, bytes]:
    document = build_document(model, lang)  # one document, written as Markdown and as HTML
    files = {
        "report.md": render_document_markdown(document).encode("utf-8"),
        "report.html": render_document_html(document).encode("utf-8"),
        "findings.json": findings_json(model),
        "findings.csv": findings_csv(model),
        "findings.xlsx": findings_xlsx(model, lang),
        template_name(model.year): template_file(model, lang),
    }
    if tuple(files) != output_files(model.year):
        raise RuntimeError(f"the review renders {sorted(files)} but output_files lists "
                           f"{sorted(output_files(model.year))}")
    return files


def check_output_folder(target: Path, data_dir: Path, rules_dir: Path, writer: str = WRITER,
                        legacy_files: tuple[str, ...] = LEGACY_REPORT_FILES) -> None:
    """Refuse, before any work, an output folder that is not ours to replace or that lies among the inputs.

    `writer` and `legacy_files`: whose earlier output may be replaced (another command's, such as the period
    evaluation's, passes its own)."""
    where = target.resolve()
    for role, folder in (("data", data_dir), ("rules", rules_dir)):
        inputs = folder.resolve()
        if where == inputs or inputs in where.parents or where in inputs.parents:
            relation = ("is the" if where == inputs else "is inside the" if inputs in where.parents else "holds the")
            raise TargetRefused(f"{target} {relation} {role} folder ({folder}): the report cannot be written "
                                "among its own inputs. Nothing was moved or deleted. Give --out a folder outside "
                                f"the {role} folder.")
    check_target(target, writer, legacy_files)


def run_review(year: int | None = None, data_dir: Path | None = None, rules_dir: Path | None = None,
               out_dir: Path | None = None, lang: str = "nb",
               progress: Callable[[str], None] = lambda _message: None) -> ReviewResult:
    data_dir = data_dir or DATA_DIR
    rules_dir = rules_dir or RULES_DIR
    if out_dir is not None:
        check_output_folder(out_dir, data_dir, rules_dir)
    progress(t("progress_data", lang, path=data_dir))
    system = AgreementSystem(rules_dir, data_dir)
    # The records read live until the review is written and hold no reference cycles: frozen, the cyclic
    # collector stops walking them at every collection while the rules load and the facts are derived
    # (at 1.6 million person records, about a second). Unfrozen when the review is done.
    with no_cyclic_gc_then_frozen():
        dataset = system.dataset
    try:
        for note in dataset.notes:
            progress(note.format())
        return _review(system, year, out_dir, lang, progress)
    finally:
        gc.unfreeze()


def _review(system: AgreementSystem, year: int | None, out_dir: Path | None, lang: str,
            progress: Callable[[str], None]) -> ReviewResult:
    dataset, data_dir, rules_dir = system.dataset, system.data_dir, system.rules_dir
    years = sorted(dataset.national)
    if not years:
        raise InputError([Problem(str(data_dir), 0, 0, t("error_no_year", lang))])
    year = year or years[-1]
    if year not in dataset.national:
        known = ", ".join(map(str, years))
        raise InputError([Problem(str(data_dir), 0, 0, t("error_unknown_year", lang, year=year, known=known))])
    progress(t("progress_rules", lang, path=rules_dir))
    system.today = dt.date(year, 12, 31)
    with no_cyclic_gc_then_frozen():  # the rule sets too live to the end
        repo = system.repository
    first = min((r.valid_from.year for r in repo.rulesets if r.kind == "obligations"), default=None)
    if first is not None and year < first and (problems := system.why_not_assessable(year)):
        raise InputError([*problems, Problem(str(data_dir / str(year)), 0, 0, (
            f"the agreement's obligations are not assessed for {year}: its rule sets are in force from {first}. "
            f"The indicators that do not depend on the agreement (request against need, vedtak against request, "
            f"settled against decided) are shown by `bosetting data indicators --year {year}`"))])
    # Earlier years join the period table when there are rules to assess them against; the reviewed year must.
    assessed = [y for y in years if y < year and not system.why_not_assessable(y)] + [year]
    progress(t("progress_evaluate", lang, years=", ".join(map(str, assessed))))
    model = build_review(dataset, year, system.period(assessed), rules_dir)
    target = out_dir or Path(f"review-{year}")
    check_output_folder(target, data_dir, rules_dir)
    progress(t("progress_write", lang, path=target))
    files = render_outputs(model, lang)
    write_folder_atomically(target, files, WRITER, unmarked_names=LEGACY_REPORT_FILES)
    return ReviewResult(model, target, files, summary(model, target, lang))


def summary(model: ReviewModel, target: Path, lang: str) -> str:
    """What the terminal shows: the goals and obligations not met by number and title, and where the report is."""
    lines = [t("title", lang, year=model.year), ""]
    if model.synthetic:
        lines += [t("synthetic", lang), ""]
    lines += terminal_lines(model.missing_inputs, lang)  # what the data lacked, first
    kf = model.key_figures
    if kf.need and kf.settled is not None:
        lines.append(f"{t('kf_settled', lang)} {format_value(kf.settled, lang)} "
                     f"{'av behovet' if lang == 'nb' else 'of the need'} {format_value(kf.need, lang)} "
                     f"({format_value(kf.share(kf.settled), lang)} %)")
        lines.append("")
    for key, status in (("goals_not_met", "not_met"), ("goals_partly_met", "partly_met")):
        goals = [g for g in model.goals if g.status == status]
        if goals:
            lines.append(f"{STATUS[status].mark} {t(key, lang)}:")
            lines += [f"    {g.title[lang]}" for g in goals]
    for key, status in (("not_met_obligations", "not_met"), ("partly_met_obligations", "partly_met")):
        views = model.with_status(status)
        if views:
            lines.append(f"{STATUS[status].mark} {t(key, lang)}:")
            lines += [f"    {v.id} {v.title[lang]}" for v in views]
    lines += ["", t("status_counts", lang) + ":"]
    for info in STATUS.values():
        count = model.status_counts.get(info.key, 0)
        if count:
            lines.append(f"  {info.mark} {info.label(lang):<26} {count:>5}")
    d = model.deviation
    lines += ["", f"{t('largest_deviations', lang)} ({t('settlement_goal', lang)}: {t('target', lang).lower()} "
                  f"{format_value(d.target, lang)}, {t('realised', lang).lower()} {format_value(d.realised, lang)}, "
                  f"{t('gap', lang).lower()} {format_value(d.gap, lang)}):"]
    for cause in [c for c in d.causes if c.size > 0][:3]:
        lines.append(f"  {format_value(cause.size, lang):>8}  {CAUSES[cause.key][lang]}")
    report = (target / "report.html").resolve()
    lines += ["", f"{t('written_to', lang)} {target.resolve()}/ ({', '.join(output_files(model.year))})",
              f"{t('open_report', lang)}: {report.as_uri()}"]
    return "\n".join(lines)
