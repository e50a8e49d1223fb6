"""The page of rule branches: per rule in force, each outcome branch and the scenarios that assert it
(obligations.feature_branches)."""

from __future__ import annotations

from collections.abc import Mapping

from bosetting.engine.repository import RuleRepository
from bosetting.obligations.docs_site.html import badge_html, esc, html_page
from bosetting.obligations.docs_site.results import PASSED
from bosetting.obligations.feature_branches import (
    OTHERWISE,
    BranchRecord,
    branch_key,
    domain_outcomes,
    rule_branches,
    rulesets_in_force,
    split_branch,
)


def _branch_label(outcome: str) -> str:
    return "ellers" if outcome == OTHERWISE else outcome.replace("outcome", "utfall")


def _verified_by(key: str, asserted: Mapping[str, list[str]], exercised: Mapping[str, list[str]],
                 scenario_links: Mapping[str, tuple[str, str]]) -> str:
    scenarios = asserted.get(key, [])
    if scenarios:
        return badge_html(PASSED) + " " + ", ".join(
            f"<a href=\"{esc(scenario_links[s][0])}\">{esc(scenario_links[s][1])}</a>" if s in scenario_links
            else esc(s) for s in scenarios)
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
                head = (f"<td rowspan=\"{len(outcomes)}\">{esc(rule.id)}</td>"
                        f"<td rowspan=\"{len(outcomes)}\">{esc(rule.title.get('nb', ''))}</td>") if index == 0 else ""
                rows.append(f"<tr>{head}<td>{esc(_branch_label(outcome.label))}</td>"
                            f"<td>{esc(ruleset.status_label(outcome.status, 'nb'))}</td>"
                            f"<td>{_verified_by(key, asserted, exercised, scenario_links)}</td></tr>")
        sections.append(f"<h2>{esc(ruleset.title.get('nb', ruleset.id))} (versjon {esc(ruleset.version)})</h2>"
                        "<table><tr><th>Regel</th><th>Tittel</th><th>Gren</th><th>Vurdering</th>"
                        "<th>Bekreftet av</th></tr>" + "".join(rows) + "</table>")
    domain_rows = []
    for key in domain_outcomes(repo):
        area, what, result = split_branch(key)
        domain_rows.append(f"<tr><td>{esc(area)}</td><td>{esc(what)}</td><td>{esc(result)}</td>"
                           f"<td>{_verified_by(key, asserted, exercised, scenario_links)}</td></tr>")
    sections.append("<h2>Utfall utenom reglene: kriterievalg, fordeling, gjennomgang og unntak</h2>"
                    "<table><tr><th>Område</th><th>Hva</th><th>Utfall</th><th>Bekreftet av</th></tr>"
                    + "".join(domain_rows) + "</table>")
    return html_page("Regelgrener", intro + "".join(sections))
