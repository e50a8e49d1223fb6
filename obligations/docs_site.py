"""Living documentation: the feature files as HTML pages, each scenario beside its latest test result.

The feature files in `features/` state in bokmål what the agreement requires and how the rules
judge it. Their scenarios run as tests (tests/features/); pytest-bdd writes each scenario's result
to a cucumber JSON file (`pytest --cucumberjson=build/cucumber.json`). This module reads both and
writes one self-contained HTML page per feature file, plus an index, so that a reader sees which
statements are verified today (passed, failed, not run), the rule that judges each statement, and
the agreement's own words.

Tags link a scenario to what it is about (the scheme is in docs/features.md):

- `@forpliktelse-<n.n>`: an obligation of the agreement, such as `@forpliktelse-5.4`;
- `@maal-<id>`: a main goal or result goal, such as `@maal-hovedmaal-1`, `@maal-resultatmaal-mottak`;
- `@kriterium-<year>-<rule id>`: one criterion (rule) of the request criteria for that request year;
- `@kriterieversjon-<year>`: the criteria version for that request year as a whole.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from engine.repository import RuleRepository
from engine.ruleset import RuleSet
from obligations.agreement import agreement_provisions
from obligations.feature_branches import (
    OTHERWISE,
    BranchRecord,
    branch_key,
    domain_outcomes,
    read_branch_record,
    rule_branches,
    rulesets_in_force,
    split_branch,
)
from obligations.review.atomic import write_folder_atomically

OBLIGATION_TAG = "forpliktelse-"
GOAL_TAG = "maal-"
CRITERION_TAG = "kriterium-"
CRITERIA_VERSION_TAG = "kriterieversjon-"
TAG_PREFIXES = (OBLIGATION_TAG, GOAL_TAG, CRITERION_TAG, CRITERIA_VERSION_TAG)

# The result of a scenario as pytest-bdd's cucumber JSON gives it, and how the pages name it.
PASSED, FAILED, NOT_RUN = "passed", "failed", "not_run"
RESULT_LABELS = {PASSED: "bekreftet", FAILED: "feilet", NOT_RUN: "ikke kjørt"}
GLOSSARY_PAGE = "ordliste.html"


# ---------------------------------------------------------------------------------------------
# Feature files


@dataclass(frozen=True)
class Step:
    keyword: str
    text: str
    line: int
    table: tuple[tuple[str, ...], ...] = ()
    docstring: str | None = None


@dataclass(frozen=True)
class Examples:
    name: str
    line: int
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line, cells)
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScenarioDoc:
    """One scenario (or scenario outline) of a feature file."""

    keyword: str
    name: str
    line: int
    description: str
    own_tags: tuple[str, ...]
    tags: tuple[str, ...]  # with the feature's and the rule's (Regel) tags, and the examples' tags
    steps: tuple[Step, ...]
    examples: tuple[Examples, ...] = ()
    rule: str = ""  # the name of the Regel it stands under, if any
    rule_background: tuple[Step, ...] = ()  # the Regel's own Bakgrunn, run before the scenario's steps

    def tags_of(self, examples: Examples | None) -> tuple[str, ...]:
        """The tags of one run: the scenario's (with its feature's and Regel's), and its examples block's."""
        own = tuple(t for t in self.tags if not any(t in ex.tags for ex in self.examples) or t in self.own_tags)
        return own + (examples.tags if examples is not None else ())

    def example_steps(self, examples: Examples, cells: Sequence[str]) -> tuple[str, ...]:
        """The step texts of one example row: every <name> replaced by the row's value."""
        texts = []
        for step in self.steps:
            text = step.text
            for name, value in zip(examples.header, cells, strict=True):
                text = text.replace(f"<{name}>", value)
            texts.append(text)
        return tuple(texts)


@dataclass(frozen=True)
class FeatureDoc:
    path: Path
    keyword: str
    name: str
    description: str
    tags: tuple[str, ...]
    background: tuple[Step, ...]
    scenarios: tuple[ScenarioDoc, ...]


def _tags(node: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(tag["name"].lstrip("@") for tag in node.get("tags", []))


def _steps(node: Mapping[str, Any]) -> tuple[Step, ...]:
    steps = []
    for step in node.get("steps", []):
        rows = step.get("dataTable", {}).get("rows", [])
        table = tuple(tuple(cell["value"] for cell in row["cells"]) for row in rows)
        docstring = step["docString"]["content"] if "docString" in step else None
        steps.append(Step(step["keyword"].strip(), step["text"], step["location"]["line"], table, docstring))
    return tuple(steps)


def _description(node: Mapping[str, Any]) -> str:
    return "\n".join(line.strip() for line in node.get("description", "").splitlines()).strip()


def _scenario(node: Mapping[str, Any], inherited: tuple[str, ...], rule: str,
              rule_background: tuple[Step, ...]) -> ScenarioDoc:
    examples = []
    example_tags: list[str] = []
    for ex in node.get("examples", []):
        header = tuple(cell["value"] for cell in ex.get("tableHeader", {}).get("cells", []))
        rows = tuple((row["location"]["line"], tuple(cell["value"] for cell in row["cells"]))
                     for row in ex.get("tableBody", []))
        examples.append(Examples(ex.get("name", ""), ex["location"]["line"], header, rows, _tags(ex)))
        example_tags += _tags(ex)
    own = _tags(node)
    tags = tuple(dict.fromkeys((*inherited, *own, *example_tags)))
    return ScenarioDoc(node["keyword"], node["name"], node["location"]["line"], _description(node), own, tags,
                       _steps(node), tuple(examples), rule, rule_background)


def parse_feature(path: Path) -> FeatureDoc:
    """Parse a feature file with the official Gherkin parser (the one pytest-bdd uses)."""
    try:
        from gherkin.parser import Parser
    except ImportError as exc:  # pragma: no cover - the test extras install it
        raise RuntimeError("reading feature files needs gherkin-official: pip install -e '.[test]'") from exc
    document = cast(dict[str, Any], Parser().parse(path.read_text(encoding="utf-8")))
    feature: dict[str, Any] = document.get("feature") or {}
    feature_tags = _tags(feature)
    children = feature.get("children", [])
    background = tuple(step for child in children if "background" in child for step in _steps(child["background"]))
    scenarios: list[ScenarioDoc] = []
    for child in children:
        if "scenario" in child:
            scenarios.append(_scenario(child["scenario"], feature_tags, "", ()))
        elif "rule" in child:
            rule = child["rule"]
            rule_children = rule.get("children", [])
            rule_background = tuple(step for c in rule_children if "background" in c
                                    for step in _steps(c["background"]))
            for c in rule_children:
                if "scenario" in c:
                    scenarios.append(_scenario(c["scenario"], (*feature_tags, *_tags(rule)), rule["name"],
                                               rule_background))
    return FeatureDoc(path, feature.get("keyword", ""), feature.get("name", path.stem), _description(feature),
                      feature_tags, background, tuple(scenarios))


def parse_features(folder: Path) -> list[FeatureDoc]:
    return [parse_feature(path) for path in sorted(folder.glob("**/*.feature"))]


# ---------------------------------------------------------------------------------------------
# What tags name: obligations, goals and criteria in the real rule files


@dataclass(frozen=True)
class TagTarget:
    """What a tag names: a rule in a rule file, and the agreement's text where it quotes one."""

    tag: str
    title: str
    rules: tuple[tuple[str, str], ...]  # (rule file path, rule id)
    agreement_text: str = ""


def _criteria_year(ruleset: RuleSet) -> int:
    return ruleset.valid_from.year


def known_tags(repo: RuleRepository, year: int) -> dict[str, TagTarget]:
    """Every tag a feature file may carry, with what it names.

    Obligations and goals: the agreement's provisions that the rule sets in force in `year` judge.
    Criteria: every rule of every criteria version (adopted or draft), by the year its validity starts.
    """
    provisions = agreement_provisions()
    day = dt.date(year, 12, 31)
    by_provision: dict[str, list[tuple[str, str]]] = {}
    titles: dict[str, str] = {}
    for kind in ("obligations", "goals"):
        for ruleset in repo.all_in_force(kind, day):
            for rule in ruleset.rules:
                by_provision.setdefault(rule.provision, []).append((ruleset.path, rule.id))
                titles.setdefault(rule.provision, rule.title.get("nb", ""))
    targets: dict[str, TagTarget] = {}
    for pid, rules in by_provision.items():
        prefix = GOAL_TAG if not pid[0].isdigit() else OBLIGATION_TAG
        tag = f"{prefix}{pid}"
        targets[tag] = TagTarget(tag, titles[pid], tuple(rules), provisions.get(pid, ""))
    for ruleset in (r for r in repo.rulesets if r.kind == "criteria"):
        ryear = _criteria_year(ruleset)
        version_tag = f"{CRITERIA_VERSION_TAG}{ryear}"
        status = "utkast" if ruleset.status == "draft" else "vedtatt"
        targets[version_tag] = TagTarget(version_tag, f"{ruleset.title.get('nb', ruleset.id)} "
                                                      f"(versjon {ruleset.version}, {status})",
                                         ((ruleset.path, ""),))
        for rule in ruleset.rules:
            tag = f"{CRITERION_TAG}{ryear}-{rule.id}"
            targets[tag] = TagTarget(tag, rule.title.get("nb", rule.id), ((ruleset.path, rule.id),))
    return targets


def required_tags(repo: RuleRepository, year: int) -> list[str]:
    """Tags that must have a scenario: obligations 1.1-8.2, every goal, and each criterion in force in `year`."""
    required = [f"{OBLIGATION_TAG}{pid}" if pid[0].isdigit() else f"{GOAL_TAG}{pid}" for pid in agreement_provisions()]
    for ruleset in repo.all_in_force("criteria", dt.date(year, 1, 1)):
        required += [f"{CRITERION_TAG}{_criteria_year(ruleset)}-{rule.id}" for rule in ruleset.rules]
    return required


# ---------------------------------------------------------------------------------------------
# Results from pytest-bdd's cucumber JSON


@dataclass
class ScenarioRun:
    status: str
    failed_step: str = ""
    message: str = ""


@dataclass
class Results:
    """Scenario results by (feature file name, scenario line, step texts)."""

    runs: dict[tuple[str, int, tuple[str, ...]], ScenarioRun] = field(default_factory=dict)
    # Outline rows also by (feature file name, scenario line, pytest's parameter id of the row).
    by_example: dict[tuple[str, int, str], ScenarioRun] = field(default_factory=dict)
    source: str = ""


def _element_run(element: Mapping[str, Any]) -> ScenarioRun:
    steps = element.get("steps", [])
    for step in steps:
        result = step.get("result", {})
        if result.get("status") == FAILED:
            message = str(result.get("error_message", ""))
            return ScenarioRun(FAILED, f"{step.get('keyword', '')} {step.get('name', '')}".strip(),
                               message.strip().splitlines()[-1] if message.strip() else "")
    if steps and all(step.get("result", {}).get("status") == PASSED for step in steps):
        return ScenarioRun(PASSED)
    return ScenarioRun(NOT_RUN)


def read_results(path: Path) -> Results:
    """Read a cucumber JSON file; a missing file means nothing has run."""
    if not path.is_file():
        return Results(source="")
    data = json.loads(path.read_text(encoding="utf-8"))
    results = Results(source=str(path))
    for feature in data if isinstance(data, list) else []:
        name = Path(str(feature.get("uri", ""))).name
        for element in feature.get("elements", []):
            texts = tuple(str(step.get("name", "")) for step in element.get("steps", []))
            run = _element_run(element)
            # A failed step ends the scenario: its later steps are absent (see _match).
            results.runs[(name, int(element.get("line", 0)), texts)] = run
            test_id = str(element.get("id", ""))
            if test_id.endswith("]") and "[" in test_id:
                results.by_example[(name, int(element.get("line", 0)), test_id[test_id.index("[") + 1:-1])] = run
    return results


def scenario_runs(feature: FeatureDoc, scenario: ScenarioDoc,
                  results: Results) -> list[tuple[Examples | None, tuple[str, ...], ScenarioRun]]:
    """The runs of a scenario: one, or one per example row of an outline."""
    background = tuple(step.text for step in (*feature.background, *scenario.rule_background))
    if not scenario.examples:
        steps = (*background, *(step.text for step in scenario.steps))
        return [(None, (), _match(results, feature, scenario, steps))]
    runs: list[tuple[Examples | None, tuple[str, ...], ScenarioRun]] = []
    for examples in scenario.examples:
        for _line, cells in examples.rows:
            run = results.by_example.get((feature.path.name, scenario.line, example_id(cells)))
            if run is None:
                run = _match(results, feature, scenario, (*background, *scenario.example_steps(examples, cells)))
            runs.append((examples, cells, run))
    return runs


def example_id(cells: Sequence[str]) -> str:
    """pytest's id for an example row: pytest-bdd joins the values with '-', pytest escapes non-ASCII."""
    return "-".join(cells).encode("unicode_escape").decode("ascii")


def _match(results: Results, feature: FeatureDoc, scenario: ScenarioDoc, steps: tuple[str, ...]) -> ScenarioRun:
    """The run whose steps are these steps, or, for a failed run that stopped early, a prefix of them."""
    exact = results.runs.get((feature.path.name, scenario.line, steps))
    if exact is not None:
        return exact
    for (name, line, texts), run in results.runs.items():
        if name == feature.path.name and line == scenario.line and run.status == FAILED \
                and steps[:len(texts)] == texts:
            return run
    return ScenarioRun(NOT_RUN)


# ---------------------------------------------------------------------------------------------
# HTML

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


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n"
            "</html>\n")


def _badge(status: str) -> str:
    return f"<span class=\"badge {status}\">{_e(RESULT_LABELS[status])}</span>"


def _steps_html(steps: Iterable[Step]) -> str:
    items = []
    for step in steps:
        extra = ""
        if step.table:
            head, *body = step.table
            extra = "<table><tr>" + "".join(f"<th>{_e(c)}</th>" for c in head) + "</tr>" + "".join(
                "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in body) + "</table>"
        if step.docstring is not None:
            extra += f"<pre>{_e(step.docstring)}</pre>"
        items.append(f"<li><span class=\"kw\">{_e(step.keyword)}</span> {_e(step.text)}{extra}</li>")
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
            links.append(f"<a href=\"{_e(Path(href).as_posix())}\">{_e(label)}</a>")
        quote = f"<blockquote>{_e(target.agreement_text)}</blockquote>" if target.agreement_text else ""
        parts.append(f"<div><strong>{_e(_tag_heading(tag))}</strong>: {_e(target.title)}"
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
    body = [f"<h3>{_e(scenario.keyword)}: {_e(scenario.name)}{_badge(status)}</h3>"]
    if scenario.description:
        body.append(f"<p>{_e(scenario.description)}</p>")
    body.append(_steps_html(scenario.steps))
    for examples in scenario.examples:
        rows = [(cells, run) for ex, cells, run in runs if ex is examples]
        tags = " ".join(f"<code>@{_e(tag)}</code>" for tag in examples.tags)
        body.append(f"<div class=\"muted\">{_e(examples.name or 'Eksempler')}:{' ' + tags if tags else ''}</div>")
        head = "".join(f"<th>{_e(c)}</th>" for c in examples.header)
        body.append(f"<table><tr>{head}<th>siste testkjøring</th></tr>"
                    + "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells)
                              + f"<td>{_badge(run.status)}</td></tr>" for cells, run in rows) + "</table>")
    for _ex, cells, run in runs:
        if run.status == FAILED:
            where = f" (eksempel: {', '.join(cells)})" if cells else ""
            body.append(f"<div class=\"error\">Feilet i steget «{_e(run.failed_step)}»{_e(where)}: "
                        f"{_e(run.message)}</div>")
    shown_tags = " ".join(f"<code>@{_e(tag)}</code>" for tag in scenario.own_tags)
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
            sections.append(f"<h2>Regel: {_e(scenario.rule)}</h2>")
            if scenario.rule_background:
                sections.append(f"<p class=\"muted\">Bakgrunn for eksemplene under denne regelen:</p>"
                                f"{_steps_html(scenario.rule_background)}")
        current_rule = scenario.rule
        text, runs = _scenario_html(feature, scenario, results, targets, out_dir, root)
        sections.append(text)
        all_runs += runs
    counts = _counts(all_runs)
    background = (f"<h2>Bakgrunn</h2>{_steps_html(feature.background)}" if feature.background else "")
    source = _display_path(str(feature.path), root)
    body = (f"<p class=\"muted\"><a href=\"index.html\">Alle egenskaper</a></p>"
            f"<h1>{_e(feature.name)}</h1>"
            f"<p class=\"muted\">Fra <code>{_e(source)}</code>. {_counts_sentence(counts)}</p>"
            + "".join(f"<p>{_e(par)}</p>" for par in feature.description.split("\n\n") if par.strip())
            + background + "".join(sections))
    return _page(feature.name, body), all_runs


def _counts(runs: Iterable[ScenarioRun]) -> dict[str, int]:
    counts = {PASSED: 0, FAILED: 0, NOT_RUN: 0}
    for run in runs:
        counts[run.status] += 1
    return counts


def _counts_sentence(counts: Mapping[str, int]) -> str:
    total = sum(counts.values())
    return (f"{counts[PASSED]} av {total} eksempler er bekreftet av siste testkjøring, {counts[FAILED]} feilet, "
            f"{counts[NOT_RUN]} er ikke kjørt.")


def index_page(rows: Sequence[tuple[str, str, dict[str, int]]], results: Results, root: Path) -> str:
    total = _counts([])
    for _file, _name, counts in rows:
        for key, value in counts.items():
            total[key] += value
    source = (f"Resultatene er lest fra <code>{_e(_display_path(results.source, root))}</code>."
              if results.source else
              "Ingen testresultater ble funnet: alle eksempler vises som «ikke kjørt». Kjør testene med "
              "<code>pytest tests/features --cucumberjson=build/cucumber.json</code> først.")
    table = ("<table class=\"summary\"><tr><th>Egenskap</th><th>bekreftet</th><th>feilet</th><th>ikke kjørt</th></tr>"
             + "".join(f"<tr><td><a href=\"{_e(file)}\">{_e(name)}</a></td><td>{c[PASSED]}</td><td>{c[FAILED]}</td>"
                       f"<td>{c[NOT_RUN]}</td></tr>" for file, name, c in rows)
             + f"<tr><th>Sum</th><th>{total[PASSED]}</th><th>{total[FAILED]}</th><th>{total[NOT_RUN]}</th></tr>"
               "</table>")
    body = ("<h1>Samarbeidsavtalen om mottak og bosetting 2026–2029: levende dokumentasjon</h1>"
            "<p>Hver side viser én egenskapsfil: utsagn på norsk om hva avtalen krever og hvordan reglene vurderer "
            "det, med eksempler. Hvert eksempel kjøres som en test mot de virkelige regelfilene og regelmotoren. "
            "Merket ved hvert eksempel viser resultatet fra siste testkjøring: <em>bekreftet</em> (testen gikk "
            "gjennom), <em>feilet</em> eller <em>ikke kjørt</em>.</p>"
            f"<p class=\"muted\">{source} {_counts_sentence(total)}</p>" + table)
    return _page("Levende dokumentasjon", body)


def build_site(features_dir: Path, results_file: Path, out_dir: Path, repo: RuleRepository, year: int,
               root: Path, branches_file: Path | None = None, glossary: str | None = None) -> dict[str, str]:
    """Every page, by file name: one per feature file, index.html, grener.html when `branches_file`
    (the feature suite's branch record, build/feature-branches.json) exists, and ordliste.html when
    `glossary` (the step glossary's body, obligations.feature_glossary.glossary_html) is given."""
    results = read_results(results_file)
    scenario_links: dict[str, tuple[str, str]] = {}
    targets = known_tags(repo, year)
    pages: dict[str, str] = {}
    rows = []
    by_tag: dict[str, list[tuple[str, ScenarioDoc, list[ScenarioRun]]]] = {}
    for feature in parse_features(features_dir):
        name = f"{feature.path.stem}.html"
        text, runs = feature_page(feature, results, targets, out_dir, root)
        pages[name] = text
        rows.append((name, feature.name, _counts(runs)))
        for scenario in feature.scenarios:
            scenario_links[f"{feature.path.name}:{scenario.line}"] = (f"{name}#linje-{scenario.line}", scenario.name)
            tagged: dict[str, list[ScenarioRun]] = {}
            for examples, _cells, run in scenario_runs(feature, scenario, results):
                for tag in scenario.tags_of(examples):
                    tagged.setdefault(tag, []).append(run)
            for tag, tag_runs in tagged.items():
                by_tag.setdefault(tag, []).append((name, scenario, tag_runs))
    required = required_tags(repo, year)
    order = [*required, *sorted(set(by_tag) - set(required))]
    branches = ""
    if branches_file is not None and branches_file.is_file():
        pages["grener.html"] = branches_page(read_branch_record(branches_file), repo, year, scenario_links)
        branches = ("<p>Hvilke utfall av hver regel eksemplene bekrefter, gren for gren: "
                    "<a href=\"grener.html\">Regelgrener</a>.</p>")
    if glossary is not None:
        pages[GLOSSARY_PAGE] = _page("Ordliste over stegene", glossary)
        branches += (f"<p>Stegene et nytt scenario kan skrives med, og hva hvert av dem gjør: "
                     f"<a href=\"{GLOSSARY_PAGE}\">Ordliste over stegene</a>.</p>")
    pages["index.html"] = index_page(rows, results, root).replace(
        "</main>", branches + _provisions_html(order, targets, by_tag) + "</main>", 1)
    return pages


def _provisions_html(order: Sequence[str], targets: Mapping[str, TagTarget],
                     by_tag: Mapping[str, list[tuple[str, ScenarioDoc, list[ScenarioRun]]]]) -> str:
    """Per obligation, goal and criterion: its scenarios, where they are, and whether they are verified."""
    rows = []
    for tag in order:
        found = by_tag.get(tag, [])
        counts = _counts(run for _page, _scenario, runs in found for run in runs)
        status = _overall([run for _page, _scenario, runs in found for run in runs])
        links = ", ".join(f"<a href=\"{_e(page)}#linje-{scenario.line}\">{_e(scenario.name)}</a>"
                          for page, scenario, _runs in found) or "<em>ingen eksempler</em>"
        title = targets[tag].title if tag in targets else ""
        rows.append(f"<tr><td>{_e(_tag_heading(tag))}</td><td>{_e(title)}</td><td>{_badge(status)} "
                    f"{counts[PASSED]}/{sum(counts.values())}</td><td>{links}</td></tr>")
    return ("<h2>Avtalens punkter og anmodningskriteriene</h2>"
            "<p>Hver forpliktelse, hvert mål og hvert kriterium med eksemplene som viser hvordan det vurderes, "
            "og hvor mange av eksemplene som er bekreftet av siste testkjøring.</p>"
            "<table><tr><th>Punkt</th><th>Regel</th><th>Bekreftet</th><th>Eksempler</th></tr>"
            + "".join(rows) + "</table>")


DOCS_WRITER = "bosetting docs"


def write_site(pages: Mapping[str, str], out_dir: Path) -> None:
    """Replace `out_dir` with the pages, all at once; a folder the docs did not write is refused, never replaced."""
    write_folder_atomically(out_dir, {name: text.encode("utf-8") for name, text in pages.items()}, DOCS_WRITER,
                            exact=False)


# ---------------------------------------------------------------------------------------------
# Which outcome branch of each rule a scenario verifies (obligations.feature_branches)


def _branch_label(outcome: str) -> str:
    return "ellers" if outcome == OTHERWISE else outcome.replace("outcome", "utfall")


def _verified_by(key: str, asserted: Mapping[str, list[str]], exercised: Mapping[str, list[str]],
                 scenario_links: Mapping[str, tuple[str, str]]) -> str:
    scenarios = asserted.get(key, [])
    if scenarios:
        return _badge(PASSED) + " " + ", ".join(
            f"<a href=\"{_e(scenario_links[s][0])}\">{_e(scenario_links[s][1])}</a>" if s in scenario_links
            else _e(s) for s in scenarios)
    if key in exercised:
        return "<em>nådd, men ikke kontrollert av noe eksempel</em>"
    return "<em>ikke nådd</em>"


def branches_page(record: BranchRecord, repo: RuleRepository, year: int,
                  scenario_links: Mapping[str, tuple[str, str]]) -> str:
    """Per rule in force, each outcome branch and the scenarios that assert it (grener.html).

    `record` is the feature suite's branch record (build/feature-branches.json); `scenario_links` maps a
    scenario (`<file>:<line>`) to its page anchor and name.
    """
    intro = ("<p class=\"muted\"><a href=\"index.html\">Alle egenskaper</a></p>"
             "<h1>Regelgrener som eksemplene bekrefter</h1>"
             "<p>En regel vurderer etter det første utfallet hvis vilkår er oppfylt, ellers etter «ellers». "
             "En gren er bekreftet når et eksempel sammenligner en vurdering som kom fra den, med det "
             "eksemplet sier. Tabellene viser, regel for regel, hvilke eksempler som gjør det.</p>")
    asserted = record.by_branch("asserted")
    exercised = record.by_branch("exercised")
    rules = rule_branches(repo, year)
    verified = sum(1 for b in rules if b in asserted)
    sections = [f"<p class=\"muted\">{verified} av {len(rules)} regelgrener er bekreftet av et eksempel. Grener "
                "som ingen gyldige data kan nå, står med begrunnelse i <code>UNREACHABLE</code> i "
                "<code>tests/test_feature_coverage.py</code>.</p>"]
    for ruleset in rulesets_in_force(repo, year):
        rows = []
        for rule in ruleset.rules:
            outcomes = [*rule.outcomes, rule.otherwise]
            for index, outcome in enumerate(outcomes):
                key = branch_key(ruleset.id, ruleset.version, rule.id, outcome.label)
                head = (f"<td rowspan=\"{len(outcomes)}\">{_e(rule.id)}</td>"
                        f"<td rowspan=\"{len(outcomes)}\">{_e(rule.title.get('nb', ''))}</td>") if index == 0 else ""
                rows.append(f"<tr>{head}<td>{_e(_branch_label(outcome.label))}</td>"
                            f"<td>{_e(ruleset.status_label(outcome.status, 'nb'))}</td>"
                            f"<td>{_verified_by(key, asserted, exercised, scenario_links)}</td></tr>")
        sections.append(f"<h2>{_e(ruleset.title.get('nb', ruleset.id))} (versjon {_e(ruleset.version)})</h2>"
                        "<table><tr><th>Regel</th><th>Tittel</th><th>Gren</th><th>Vurdering</th>"
                        "<th>Bekreftet av</th></tr>" + "".join(rows) + "</table>")
    domain_rows = []
    for key in domain_outcomes(repo):
        area, what, result = split_branch(key)
        domain_rows.append(f"<tr><td>{_e(area)}</td><td>{_e(what)}</td><td>{_e(result)}</td>"
                           f"<td>{_verified_by(key, asserted, exercised, scenario_links)}</td></tr>")
    sections.append("<h2>Utfall utenom reglene: kriterievalg, fordeling, gjennomgang og unntak</h2>"
                    "<table><tr><th>Område</th><th>Hva</th><th>Utfall</th><th>Bekreftet av</th></tr>"
                    + "".join(domain_rows) + "</table>")
    return _page("Regelgrener", intro + "".join(sections))
