"""The living documentation's pages in HTML: one per feature file, the index, and the parts they share."""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from bosetting.obligations.docs_site.features import FeatureDoc, ScenarioDoc, Step
from bosetting.obligations.docs_site.results import (
    FAILED,
    NOT_RUN,
    PASSED,
    RESULT_LABELS,
    Results,
    ScenarioRun,
    scenario_runs,
)
from bosetting.obligations.docs_site.tags import (
    CRITERIA_VERSION_TAG,
    CRITERION_TAG,
    GOAL_TAG,
    OBLIGATION_TAG,
    TagTarget,
)

GLOSSARY_PAGE = "ordliste.html"


CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:62rem;margin:2rem auto;
padding:0 1rem;color:#1b1b1b;line-height:1.5}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
h3{font-size:1.05rem;margin:0 0 .4rem 0}
.scenario{border:1px solid #d0d0d0;border-left:6px solid #999;border-radius:4px;padding:.8rem 1rem;margin:1rem 0}
.scenario.passed{border-left-color:#1a7f37}.scenario.failed{border-left-color:#cf222e}
.scenario.not_run{border-left-color:#9a6700}
.badge{display:inline-block;font-size:.8rem;font-weight:600;padding:.05rem .5rem;border-radius:1rem;color:#fff;
margin-left:.4rem;vertical-align:middle}
.badge.passed{background:#1a7f37}.badge.failed{background:#cf222e}.badge.not_run{background:#9a6700}
.steps{list-style:none;padding-left:0;margin:.4rem 0}.steps li{margin:.1rem 0}
.kw{font-weight:700;color:#0550ae}
table{border-collapse:collapse;margin:.3rem 0 .6rem 1.5rem;font-size:.92rem}
td,th{border:1px solid #ccc;padding:.15rem .5rem;text-align:left}th{background:#f3f3f3}
.tags{font-size:.85rem;color:#555}.tags code{background:#f3f3f3;padding:0 .3rem;border-radius:3px}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid #8c959f;background:#f6f8fa;font-style:italic}
.refs{font-size:.9rem;margin-top:.5rem}.error{color:#cf222e;font-size:.85rem;white-space:pre-wrap}
.summary td{text-align:right}.summary td:first-child{text-align:left}
.muted{color:#555;font-size:.9rem}
@media print{.scenario{break-inside:avoid}}
"""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def html_page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n"
            "</html>\n")


def badge_html(status: str) -> str:
    return f"<span class=\"badge {status}\">{esc(RESULT_LABELS[status])}</span>"


def _steps_html(steps: Iterable[Step]) -> str:
    items = []
    for step in steps:
        extra = ""
        if step.table:
            head, *body = step.table
            extra = "<table><tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>" + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in body) + "</table>"
        if step.docstring is not None:
            extra += f"<pre>{esc(step.docstring)}</pre>"
        items.append(f"<li><span class=\"kw\">{esc(step.keyword)}</span> {esc(step.text)}{extra}</li>")
    return "<ul class=\"steps\">" + "".join(items) + "</ul>"


def _overall(runs: Sequence[ScenarioRun]) -> str:
    if any(run.status == FAILED for run in runs):
        return FAILED
    if runs and all(run.status == PASSED for run in runs):
        return PASSED
    return NOT_RUN


def _refs_html(scenario: ScenarioDoc, targets: Mapping[str, TagTarget], out_dir: Path, root: Path) -> str:
    parts = []
    for tag in scenario.tags:
        target = targets.get(tag)
        if target is None:
            continue
        links = []
        for path, rule_id in target.rules:
            href = os.path.relpath(root / path if not Path(path).is_absolute() else Path(path), out_dir)
            shown = _display_path(path, root)
            label = f"{shown}, regel {rule_id}" if rule_id else shown
            links.append(f"<a href=\"{esc(Path(href).as_posix())}\">{esc(label)}</a>")
        quote = f"<blockquote>{esc(target.agreement_text)}</blockquote>" if target.agreement_text else ""
        parts.append(f"<div><strong>{esc(_tag_heading(tag))}</strong>: {esc(target.title)}"
                     f"{' &middot; ' + ', '.join(links) if links else ''}{quote}</div>")
    return f"<div class=\"refs\">{''.join(parts)}</div>" if parts else ""


def _display_path(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _tag_heading(tag: str) -> str:
    if tag.startswith(OBLIGATION_TAG):
        return f"Forpliktelse {tag[len(OBLIGATION_TAG):]}"
    if tag.startswith(GOAL_TAG):
        goal = tag[len(GOAL_TAG):]
        if goal.startswith("hovedmaal-"):
            return f"Hovedmål {goal.rsplit('-', 1)[1]}"
        return "Resultatmål " + goal.removeprefix("resultatmaal-").replace("mottak", "mottak og omsorgssentre")
    if tag.startswith(CRITERIA_VERSION_TAG):
        return f"Anmodningskriterier for {tag[len(CRITERIA_VERSION_TAG):]}"
    if tag.startswith(CRITERION_TAG):
        year, _, rule = tag[len(CRITERION_TAG):].partition("-")
        return f"Kriterium {rule} ({year})"
    return tag


def _scenario_html(feature: FeatureDoc, scenario: ScenarioDoc, results: Results,
                   targets: Mapping[str, TagTarget], out_dir: Path, root: Path) -> tuple[str, list[ScenarioRun]]:
    runs = scenario_runs(feature, scenario, results)
    status = _overall([run for _ex, _cells, run in runs])
    body = [f"<h3>{esc(scenario.keyword)}: {esc(scenario.name)}{badge_html(status)}</h3>"]
    if scenario.description:
        body.append(f"<p>{esc(scenario.description)}</p>")
    body.append(_steps_html(scenario.steps))
    for examples in scenario.examples:
        rows = [(cells, run) for ex, cells, run in runs if ex is examples]
        tags = " ".join(f"<code>@{esc(tag)}</code>" for tag in examples.tags)
        body.append(f"<div class=\"muted\">{esc(examples.name or 'Eksempler')}:{' ' + tags if tags else ''}</div>")
        head = "".join(f"<th>{esc(c)}</th>" for c in examples.header)
        body.append(f"<table><tr>{head}<th>siste testkjøring</th></tr>"
                    + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells)
                              + f"<td>{badge_html(run.status)}</td></tr>" for cells, run in rows) + "</table>")
    for _ex, cells, run in runs:
        if run.status == FAILED:
            where = f" (eksempel: {', '.join(cells)})" if cells else ""
            body.append(f"<div class=\"error\">Feilet i steget «{esc(run.failed_step)}»{esc(where)}: "
                        f"{esc(run.message)}</div>")
    shown_tags = " ".join(f"<code>@{esc(tag)}</code>" for tag in scenario.own_tags)
    if shown_tags:
        body.append(f"<div class=\"tags\">Merker: {shown_tags}</div>")
    body.append(_refs_html(scenario, targets, out_dir, root))
    anchor = f"linje-{scenario.line}"
    return (f"<section class=\"scenario {status}\" id=\"{anchor}\">{''.join(body)}</section>",
            [run for _ex, _cells, run in runs])


def feature_page(feature: FeatureDoc, results: Results, targets: Mapping[str, TagTarget], out_dir: Path,
                 root: Path) -> tuple[str, list[ScenarioRun]]:
    """One feature file as an HTML page, and the runs of all its scenarios."""
    sections: list[str] = []
    all_runs: list[ScenarioRun] = []
    current_rule = None
    for scenario in feature.scenarios:
        if scenario.rule != current_rule and scenario.rule:
            sections.append(f"<h2>Regel: {esc(scenario.rule)}</h2>")
            if scenario.rule_background:
                sections.append(f"<p class=\"muted\">Bakgrunn for eksemplene under denne regelen:</p>"
                                f"{_steps_html(scenario.rule_background)}")
        current_rule = scenario.rule
        text, runs = _scenario_html(feature, scenario, results, targets, out_dir, root)
        sections.append(text)
        all_runs += runs
    counts = counts_of(all_runs)
    background = (f"<h2>Bakgrunn</h2>{_steps_html(feature.background)}" if feature.background else "")
    source = _display_path(str(feature.path), root)
    body = (f"<p class=\"muted\"><a href=\"index.html\">Alle egenskaper</a></p>"
            f"<h1>{esc(feature.name)}</h1>"
            f"<p class=\"muted\">Fra <code>{esc(source)}</code>. {_counts_sentence(counts)}</p>"
            + "".join(f"<p>{esc(par)}</p>" for par in feature.description.split("\n\n") if par.strip())
            + background + "".join(sections))
    return html_page(feature.name, body), all_runs


def counts_of(runs: Iterable[ScenarioRun]) -> dict[str, int]:
    counts = {PASSED: 0, FAILED: 0, NOT_RUN: 0}
    for run in runs:
        counts[run.status] += 1
    return counts


def _counts_sentence(counts: Mapping[str, int]) -> str:
    total = sum(counts.values())
    return (f"{counts[PASSED]} av {total} eksempler er bekreftet av siste testkjøring, {counts[FAILED]} feilet, "
            f"{counts[NOT_RUN]} er ikke kjørt.")


def index_page(rows: Sequence[tuple[str, str, dict[str, int]]], results: Results, root: Path) -> str:
    total = counts_of([])
    for _file, _name, counts in rows:
        for key, value in counts.items():
            total[key] += value
    source = (f"Resultatene er lest fra <code>{esc(_display_path(results.source, root))}</code>."
              if results.source else
              "Ingen testresultater ble funnet: alle eksempler vises som «ikke kjørt». Kjør testene med "
              "<code>pytest tests/features --cucumberjson=build/cucumber.json</code> først.")
    table = ("<table class=\"summary\"><tr><th>Egenskap</th><th>bekreftet</th><th>feilet</th><th>ikke kjørt</th></tr>"
             + "".join(f"<tr><td><a href=\"{esc(file)}\">{esc(name)}</a></td><td>{c[PASSED]}</td><td>{c[FAILED]}</td>"
                       f"<td>{c[NOT_RUN]}</td></tr>" for file, name, c in rows)
             + f"<tr><th>Sum</th><th>{total[PASSED]}</th><th>{total[FAILED]}</th><th>{total[NOT_RUN]}</th></tr>"
               "</table>")
    body = ("<h1>Samarbeidsavtalen om mottak og bosetting 2026–2029: levende dokumentasjon</h1>"
            "<p>Hver side viser én egenskapsfil: utsagn på norsk om hva avtalen krever og hvordan reglene vurderer "
            "det, med eksempler. Hvert eksempel kjøres som en test mot de virkelige regelfilene og regelmotoren. "
            "Merket ved hvert eksempel viser resultatet fra siste testkjøring: <em>bekreftet</em> (testen gikk "
            "gjennom), <em>feilet</em> eller <em>ikke kjørt</em>.</p>"
            f"<p class=\"muted\">{source} {_counts_sentence(total)}</p>" + table)
    return html_page("Levende dokumentasjon", body)


def provisions_html(order: Sequence[str], targets: Mapping[str, TagTarget],
                     by_tag: Mapping[str, list[tuple[str, ScenarioDoc, list[ScenarioRun]]]]) -> str:
    """Per obligation, goal and criterion: its scenarios, where they are, and whether they are verified."""
    rows = []
    for tag in order:
        found = by_tag.get(tag, [])
        counts = counts_of(run for _page, _scenario, runs in found for run in runs)
        status = _overall([run for _page, _scenario, runs in found for run in runs])
        links = ", ".join(f"<a href=\"{esc(page)}#linje-{scenario.line}\">{esc(scenario.name)}</a>"
                          for page, scenario, _runs in found) or "<em>ingen eksempler</em>"
        title = targets[tag].title if tag in targets else ""
        rows.append(f"<tr><td>{esc(_tag_heading(tag))}</td><td>{esc(title)}</td><td>{badge_html(status)} "
                    f"{counts[PASSED]}/{sum(counts.values())}</td><td>{links}</td></tr>")
    return ("<h2>Avtalens punkter og anmodningskriteriene</h2>"
            "<p>Hver forpliktelse, hvert mål og hvert kriterium med eksemplene som viser hvordan det vurderes, "
            "og hvor mange av eksemplene som er bekreftet av siste testkjøring.</p>"
            "<table><tr><th>Punkt</th><th>Regel</th><th>Bekreftet</th><th>Eksempler</th></tr>"
            + "".join(rows) + "</table>")


