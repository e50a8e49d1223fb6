"""The living documentation as a site: every page built from the feature files, the results and the rule
files, and written atomically."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from bosetting.engine.repository import RuleRepository
from bosetting.obligations.atomic import write_folder_atomically
from bosetting.obligations.docs_site.branches import branches_page
from bosetting.obligations.docs_site.features import ScenarioDoc, parse_features
from bosetting.obligations.docs_site.html import (
    GLOSSARY_PAGE,
    counts_of,
    feature_page,
    html_page,
    index_page,
    provisions_html,
)
from bosetting.obligations.docs_site.results import ScenarioRun, read_results, scenario_runs
from bosetting.obligations.docs_site.tags import known_tags, required_tags
from bosetting.obligations.feature_branches import (
    read_branch_record,
)


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
        rows.append((name, feature.name, counts_of(runs)))
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
        pages[GLOSSARY_PAGE] = html_page("Ordliste over stegene", glossary)
        branches += (f"<p>Stegene et nytt scenario kan skrives med, og hva hvert av dem gjør: "
                     f"<a href=\"{GLOSSARY_PAGE}\">Ordliste over stegene</a>.</p>")
    pages["index.html"] = index_page(rows, results, root).replace(
        "</main>", branches + provisions_html(order, targets, by_tag) + "</main>", 1)
    return pages


DOCS_WRITER = "bosetting docs"


def write_site(pages: Mapping[str, str], out_dir: Path) -> None:
    """Replace `out_dir` with the pages, all at once; a folder the docs did not write is refused, never replaced."""
    write_folder_atomically(out_dir, {name: text.encode("utf-8") for name, text in pages.items()}, DOCS_WRITER,
                            exact=False)
