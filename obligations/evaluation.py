"""Evaluating one year: every obligation and goal rule set in force, against the year's facts.

This is the API the yearly review, the command line and the feature steps call:

    evaluation = evaluate_year(dataset, repo, 2026)
    evaluation.findings   # sorted: rule set, provision in agreement order, rule, subject kind, subject id

The evaluation date is the year's last day: it selects the rule set versions in force and
decides which waivers apply. Each rule set derives its facts with its own parameters (see
obligations.derive), so a threshold always comes from the file that states and cites it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from bosetting.engine.evaluate import Evaluator, Evaluators
from bosetting.engine.facts import Fact
from bosetting.engine.findings import Finding
from bosetting.engine.problems import InputError, Problem
from bosetting.engine.repository import RuleRepository
from bosetting.engine.ruleset import RuleSet
from bosetting.engine.schemas import did_you_mean
from bosetting.obligations.agreement import agreement_provisions
from bosetting.obligations.data.records import Dataset, Waiver
from bosetting.obligations.derive import CriteriaProcess, DeriveSettings, YearCriteria, derive_facts, subjects_of
from bosetting.obligations.waivers import apply_whole_year_waivers, excusals_for, fact_excusals, merge_excused

EVALUATED_KINDS = ("obligations", "goals")
SUBJECT_KIND_ORDER = {"national": 0, "agency": 1, "fylke": 2, "kommune": 3}


@dataclass
class YearEvaluation:
    """The findings of one year, with everything needed to explain and reproduce them."""

    year: int
    evaluation_date: dt.date
    findings: Sequence[Finding]
    rulesets: Sequence[RuleSet]
    facts: list[Fact]
    synthetic: bool
    data_files: dict[str, str] = field(default_factory=dict)  # input path -> sha256
    criteria: Sequence[RuleSet] = field(default_factory=list)  # in force in the year, and for the next (1.3, 3.4)

    def by_status(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.status] = counts.get(finding.status, 0) + 1
        return dict(sorted(counts.items()))

    def for_provision(self, provision: str) -> list[Finding]:
        return [f for f in self.findings if f.provision == provision]

    def for_rule(self, rule_id: str) -> list[Finding]:
        return [f for f in self.findings if f.rule_id == rule_id]


def evaluation_date(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def provision_order() -> dict[str, int]:
    """The agreement's order: obligations 1.1..8.2, then the main goals, then the result goals."""
    ids = list(agreement_provisions())
    goals = [i for i in ids if not i[0].isdigit()]
    obligations = sorted((i for i in ids if i[0].isdigit()), key=lambda i: tuple(int(p) for p in i.split(".")))
    return {pid: index for index, pid in enumerate([*obligations, *goals])}


def sort_findings(findings: list[Finding]) -> list[Finding]:
    order = provision_order()
    return sorted(findings, key=lambda f: (f.ruleset_id, order.get(f.provision, len(order)), f.provision, f.rule_id,
                                           SUBJECT_KIND_ORDER.get(f.subject.kind, 9), f.subject.id))


def missing_rule_sets(repo: RuleRepository, year: int, include_drafts: bool = False) -> list[Problem]:
    """Why `year` cannot be evaluated with `repo`: an obligations or a goals rule set that is not in force.

    The one place that decides which years can be assessed. A year before the agreement (or after it)
    has no rule set in force and is refused for now; an explicit analysis of such a year would start here.
    """
    day = evaluation_date(year)
    where = ", ".join(repo.roots) or "the rules"
    problems = []
    for kind in EVALUATED_KINDS:
        if repo.all_in_force(kind, day, include_drafts):
            continue
        versions = sorted((r for r in repo.rulesets if r.kind == kind), key=lambda r: r.valid_from)
        status = "adopted or draft" if include_drafts else "adopted"
        if versions:
            valid = "; ".join(f"{r.key} ({r.status}) is valid {r.valid_from} to {r.valid_to}" for r in versions)
            detail = (f"no {status} {kind} rule set is in force on {day}: {valid}. {year} is outside their "
                      f"validity, so there is nothing to assess {year} against")
        else:
            detail = (f"no {kind} rule set in {where}: a review or evaluation assesses the obligations and "
                      "the goals, so both must be there (is it the rules folder?)")
        problems.append(Problem(where, message=detail))
    return problems


def unknown_waivers(waivers: Sequence[Waiver], rulesets: Sequence[RuleSet], day: dt.date) -> list[Problem]:
    """A waiver naming neither a provision nor a rule of the rule sets in force, or valid wholly outside their
    period, waives nothing: say where it is. The parties agree deviations from the agreement while it runs."""
    known = {p["id"] for r in rulesets for p in r.provisions} | {rule.id for r in rulesets for rule in r.rules}
    problems = []
    for waiver in waivers:
        file, _, line = waiver.source.rpartition(":line ")
        where = (file or waiver.source, int(line) if line.isdigit() else 0, 0)
        if waiver.forpliktelse not in known:
            hint = did_you_mean(waiver.forpliktelse, sorted(known))
            problems.append(Problem(*where, f"the waiver names '{waiver.forpliktelse}', which is neither a provision "
                                            f"nor a rule of the rule sets in force on {day}{hint}; it would waive "
                                            "nothing", column_name="forpliktelse"))
            continue
        governing = [r for r in rulesets if waiver.forpliktelse in {p["id"] for p in r.provisions}
                     | {rule.id for rule in r.rules}]
        start, end = min(r.valid_from for r in governing), max(r.valid_to for r in governing)
        if waiver.gyldig_fra < start or waiver.gyldig_til > end:
            problems.append(Problem(*where, f"the waiver is valid {waiver.gyldig_fra} to {waiver.gyldig_til}, "
                                            f"beyond the agreement period of '{waiver.forpliktelse}' ({start} to "
                                            f"{end}): the parties agree deviations from the agreement while it "
                                            "runs, so the period must lie inside it",
                                    column_name="gyldig_fra" if waiver.gyldig_fra < start else "gyldig_til"))
    return problems


def evaluate_year(dataset: Dataset, repo: RuleRepository, year: int, include_drafts: bool = False,
                  evaluators: Evaluators | None = None) -> YearEvaluation:
    """Evaluate every obligations and goals rule set in force on 31 December of `year`.

    `repo` must be free of errors (see RuleRepository.raise_for_errors). Criteria rule sets in the
    same repository are read for 1.7 (those in force: their threshold for a new distribution) and for
    1.3 and 3.4 (those for the next year, drafts included: the criteria work of a year is about the
    next year's criteria). Waivers from the year's register are applied last. A rule no fact reaches
    gives insufficient_data, never silence.
    Raises InputError when no obligations or no goals rule set is in force (see missing_rule_sets).
    With `evaluators`, a rule set is compiled once for every year and variant of its structure.
    """
    if problems := missing_rule_sets(repo, year, include_drafts):
        raise InputError(problems)
    day = evaluation_date(year)
    rulesets = [r for kind in EVALUATED_KINDS for r in repo.all_in_force(kind, day, include_drafts)]
    waivers = dataset.waivers.get(year, ())
    if problems := unknown_waivers(waivers, rulesets, day):
        raise InputError(problems)
    in_force = repo.all_in_force("criteria", day, include_drafts)
    next_year = criteria_for(repo, year + 1)
    criteria = YearCriteria(in_force=[CriteriaProcess.from_ruleset(r) for r in in_force],
                            next_year=[CriteriaProcess.from_ruleset(r) for r in next_year])
    evaluator_of = evaluators or Evaluator
    findings: list[Finding] = []
    facts: list[Fact] = []
    event_rules: list[str] = []
    for ruleset in rulesets:
        settings = DeriveSettings.for_ruleset(ruleset)
        subjects = subjects_of(ruleset)
        ruleset_facts = derive_facts(dataset, year, settings, subjects, criteria)
        ruleset_findings = evaluator_of(ruleset).evaluate(ruleset_facts, str(year))
        per_rule = excusals_for(ruleset, waivers)
        if excusals := fact_excusals(per_rule):
            # The rules a waiver names are judged again on the events no waiver covers.
            wanted = {fact: [s for s in subjects[fact] if (fact, s.id) in excusals] for fact, _ in excusals}
            replaced = {(f.type, f.subject.id): f for f in
                        derive_facts(dataset, year, settings, wanted, criteria, excusals)}
            on_uncovered = evaluator_of(ruleset).evaluate([replaced.get((f.type, f.subject.id), f)
                                                        for f in ruleset_facts], str(year))
            ruleset_findings = merge_excused(ruleset_findings, on_uncovered, per_rule,
                                             {key: fact.values for key, fact in replaced.items()})
            event_rules += per_rule
        findings += ruleset_findings
        facts += ruleset_facts
    findings = apply_whole_year_waivers(findings, waivers, event_rules)
    return YearEvaluation(year=year, evaluation_date=day, findings=sort_findings(findings), rulesets=rulesets,
                          facts=facts, synthetic=dataset.synthetic, data_files=dict(dataset.files),
                          criteria=[*in_force, *(r for r in next_year if r not in in_force)])


def criteria_for(repo: RuleRepository, year: int) -> list[RuleSet]:
    """Every criteria rule set for `year`: the adopted version in force on 1 January, and the newest draft."""
    first_day = dt.date(year, 1, 1)
    found: list[RuleSet] = []
    for ruleset_id in repo.ids("criteria"):
        for include_drafts in (False, True):
            ruleset = repo.in_force(ruleset_id, first_day, include_drafts)
            if ruleset is not None and ruleset not in found:
                found.append(ruleset)
    return found
