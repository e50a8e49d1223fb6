"""The review's content, built once and rendered by every writer (Markdown, HTML, JSON, CSV, XLSX).

Everything here is ordered deterministically and carries no clock time, so the same
inputs always give the same report. Statuses are ordered, counted and explained from
engine.findings.STATUS_TABLE alone. What a finding is comes from its `role`: an
assessment judges a party's obligation or a goal; an indicator describes a kommune, a
fylke or a national figure as context and is never counted as a breach.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bosetting.engine.conditions import fields_read
from bosetting.engine.facts import Scalar
from bosetting.engine.findings import STATUS, STATUS_TABLE, STATUSES, Finding
from bosetting.engine.ruleset import Rule, RuleSet
from bosetting.obligations.data.crosscheck import Contradiction, TotalDifference, contradictions
from bosetting.obligations.data.facts import vedtak_kategori
from bosetting.obligations.data.records import Dataset, NumberMapping
from bosetting.obligations.facts import fact_types
from bosetting.obligations.review.deviation import (
    Deviation,
    GroupOutcome,
    outcomes_by_group,
    settlement_deviation,
    settlement_deviation_by_fylke,
    settlement_deviation_em,
)
from bosetting.obligations.review.missing import (
    MissingInput,
    missing_inputs,
    year_number_mappings,
    year_total_differences,
)
from bosetting.obligations.review.referat import ReferatView, referat_view
from bosetting.obligations.system import YearResult

SEVERITY = tuple(info.key for info in STATUS_TABLE)
# Assessments a list of kommuner or fylker names first when there is no figure to order them by.
FLAGGED = ("not_met", "partly_met", "pending", "insufficient_data")
# A year folder in a cited path (data/2027/registre/tiltak.yaml).
_YEAR_FOLDER = re.compile(r"(?<![\w-])(\d{4})/")


@dataclass(frozen=True)
class RuleRef:
    """Where a rule stands: its rule file (relative to the rules folder) and line."""

    ruleset_id: str
    rule_id: str
    title: dict[str, str]
    file: str
    line: int

    @property
    def anchor(self) -> str:
        return "regel-" + "".join(c if c.isalnum() else "-" for c in f"{self.ruleset_id}-{self.rule_id}")


@dataclass(frozen=True)
class ContextItem:
    """One indicator finding with the figures it is ordered by: how far its subject is from the reference."""

    finding: Finding
    figure: int | None  # the subject's own figure (vedtak, or bosatt)
    reference: int | None  # what it is measured against (anmodning, or vedtak)
    shortfall: int  # reference - figure; negative when above


@dataclass
class FindingGroup:
    """The findings of one rule that gives one per kommune or fylke: their counts, and the items worst first.

    An indicator rule's groups count categories (never breaches); an assessment rule's count statuses.
    """

    rule: RuleRef
    role: str
    subject_kind: str
    measure: str  # "vedtak_mot_anmodning", "bosatt_mot_vedtak", or "" (a rule on other figures: by status)
    counts: list[tuple[str, dict[str, str], int]]  # (category key, label, count) in the file's order
    items: list[ContextItem]

    @property
    def main_category(self) -> str | None:
        """The category most subjects fall in (the first declared of equals): what the list need not repeat."""
        if not self.counts:
            return None
        return max(self.counts, key=lambda c: c[2])[0]

    @property
    def outside_main(self) -> list[ContextItem]:
        """The subjects in any other category than the main one, named one by one (4.3: fylker without tilråding)."""
        main = self.main_category
        return [i for i in self.items if i.finding.status != main]

    @property
    def below(self) -> list[ContextItem]:
        """The items off the reference (or, without one, the assessments that are not met, partly or unsettled)."""
        if self.measure:
            return [i for i in self.items if i.shortfall > 0]
        if self.role == "indicator":
            return []
        return [i for i in self.items if i.finding.status in FLAGGED]


@dataclass
class ProvisionView:
    id: str
    title: dict[str, str]
    text: str
    party: str
    carried_by: list[str]
    status: str
    findings: list[Finding]  # the assessments of rules that give one finding (shown one by one)
    binds: list[str] = field(default_factory=list)
    involved: list[str] = field(default_factory=list)
    obligation: dict[str, Any] | None = None  # type (effort|act), words, reading
    assessment: dict[str, str] | None = None  # the method, in nb/en
    footnotes: list[str] = field(default_factory=list)
    rules: dict[str, RuleRef] = field(default_factory=dict)  # rule id -> where it stands
    groups: list[FindingGroup] = field(default_factory=list)  # rules that give a finding per kommune or fylke
    line: int = 0
    file: str = ""
    ruleset_id: str = ""
    # Findings of one national or agency figure shown as context beside the assessment (never deciding it).
    context: list[Finding] = field(default_factory=list)
    # The status is «utilstrekkelig grunnlag» only because the tool's rule files lack what the rule reads.
    rule_file_gap: bool = False

    @property
    def indicators(self) -> list[FindingGroup]:
        return [g for g in self.groups if g.role == "indicator"]


@dataclass(frozen=True)
class KeyFigures:
    """The first questions: the need, requested, decided and settled, and how many waited long."""

    need: int | None
    requested: int | None
    decided: int | None
    settled: int | None
    long_waiting: int | None
    waiting: int | None
    long_waiting_share: float | None
    limits_months: tuple[int, int, int] | None  # EM, families, adults

    def share(self, value: int | None) -> float | None:
        if value is None or not self.need:
            return None
        return round(100 * value / self.need, 1)


@dataclass
class ReviewModel:
    year: int
    synthetic: bool
    goals: list[ProvisionView]
    parties: list[tuple[str, list[ProvisionView]]]
    status_counts: dict[str, int]  # assessments only
    indicator_counts: int  # every indicator: per kommune, per fylke, and national or agency context figures
    deviation: Deviation
    deviation_em: Deviation
    deviation_by_fylke: list[Deviation]
    groups: list[GroupOutcome]
    late_notices: list[dict[str, Any]]
    kommuner: list[dict[str, Any]]
    fylker: list[dict[str, Any]]
    long_waits_by_month: list[tuple[str, int]]
    period: list[dict[str, Any]]
    rulesets: list[RuleSet]
    inputs: dict[str, str]
    findings: list[Finding]
    key_figures: KeyFigures
    rule_files: dict[str, str] = field(default_factory=dict)  # rule set key -> path relative to the rules folder
    rule_refs: list[RuleRef] = field(default_factory=list)
    # Which input file each kind of figure comes from (key of texts.FIGURE_SOURCES, files), and where two
    # files give one figure differently.
    figure_sources: list[tuple[str, list[str]]] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    referat: ReferatView | None = None  # the parties' conclusions for the year before
    # What the data did not have, and the published totals that differ from the rows (obligations.review.missing).
    missing_inputs: list[MissingInput] = field(default_factory=list)
    total_differences: list[TotalDifference] = field(default_factory=list)
    number_mappings: list[tuple[str, NumberMapping]] = field(default_factory=list)
    capacity_changes_given: bool = True  # whether the year has kapasitet_endringer (late notices are counted)

    def provisions(self) -> list[ProvisionView]:
        return [p for _, provisions in self.parties for p in provisions]

    def provision_index(self) -> list[tuple[str, ProvisionView]]:
        """Every provision of the goals and obligations with its rule set's id, in report order."""
        return [(view.ruleset_id, view) for view in [*self.goals, *self.provisions()]]

    def with_status(self, status: str) -> list[ProvisionView]:
        return [p for p in self.provisions() if p.status == status]

    def later_registers(self) -> list[tuple[ProvisionView, Finding, list[str]]]:
        """The findings that read a register of a year after the one reviewed (1.2 reads next year's tiltak).

        Such a finding can change when that register is updated after the report was made.
        """
        found = []
        for _, view in self.provision_index():
            for finding in [*view.findings, *view.context]:
                files = sorted({e.source.split(":")[0] for e in finding.evidence if e.source
                                for year in _YEAR_FOLDER.findall(e.source) if int(year) > self.year})
                if files:
                    found.append((view, finding, files))
        return found

    def pending(self) -> list[tuple[ProvisionView, Finding]]:
        return [(view, f) for _, view in self.provision_index() for f in view.findings if f.status == "pending"]

    def rule_file_gaps(self) -> list[ProvisionView]:
        """The provisions without enough data only because the tool's own rule files lack it."""
        return [p for p in self.provisions() if p.rule_file_gap]

    def indicator_count_by_kind(self) -> dict[str, int]:
        """Indicators per subject kind: kommune, fylke, and the rest (national or agency figures as context)."""
        counts = Counter(f.subject.kind if f.subject.kind in ("kommune", "fylke") else "context"
                         for f in self.findings if f.is_indicator)
        return {kind: counts.get(kind, 0) for kind in ("kommune", "fylke", "context")}

    def provisions_with_several_assessments(self) -> list[ProvisionView]:
        """The goals and provisions judged by more than one finding, so that the counts can say why they differ."""
        counts = Counter(f.provision or f.rule_id for f in self.assessments())
        return [view for _, view in self.provision_index() if counts.get(view.id, 0) > 1]

    def category_label(self, key: str, lang: str) -> str:
        """An indicator category's words, as the rule file that declares it gives them."""
        for ruleset in self.rulesets:
            if key in ruleset.categories:
                return ruleset.categories[key].label[lang]
        return key

    def not_met(self) -> list[ProvisionView]:
        return self.with_status("not_met")

    def insufficient(self) -> list[ProvisionView]:
        return self.with_status("insufficient_data")

    def assessments(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_indicator]

    def rule_file(self, ruleset: RuleSet) -> str:
        return self.rule_files.get(ruleset.key, Path(ruleset.path).name)


def worst(statuses: Sequence[str]) -> str:
    present = [s for s in SEVERITY if s in statuses]
    return present[0] if present else "insufficient_data"


def relative_rule_file(path: str, rules_dir: Path | None) -> str:
    """A rule file's path relative to the rules folder, so outputs do not depend on the machine."""
    if rules_dir is not None:
        try:
            return Path(path).resolve().relative_to(rules_dir.resolve()).as_posix()
        except ValueError:
            pass
    return Path(path).name


def _rule_refs(ruleset: RuleSet, file: str) -> dict[str, RuleRef]:
    refs = {}
    for index, rule in enumerate(ruleset.rules):
        line = ruleset.positions.get(("rules", index), (0, 0))[0]
        refs[rule.id] = RuleRef(ruleset.id, rule.id, dict(rule.title), file, line)
    return refs


def _measure(rule: Rule | None) -> str:
    """What a kommune or fylke indicator compares: settled against the vedtak, or the vedtak against the request.

    Read from the fields its conditions compare (not those it only shows): 4.4 compares what was settled.
    """
    fields = {name for outcome in rule.outcomes if outcome.condition is not None
              for name in fields_read(outcome.condition)} if rule is not None else set()
    if fields & {"bosatt", "bosatt_av_vedtak_pct"}:
        return "bosatt_mot_vedtak"
    return "vedtak_mot_anmodning" if fields & {"vedtak", "vedtak_kategori"} else ""


def _context_item(finding: Finding, measure: str, rows: Mapping[str, Mapping[str, Any]]) -> ContextItem:
    row = rows.get(finding.subject.id, {})
    if not measure:
        return ContextItem(finding, None, None, 0)
    if measure == "bosatt_mot_vedtak":
        figure, reference = row.get("bosatt"), row.get("vedtak")
    else:
        figure, reference = row.get("vedtak"), row.get("anmodning")
    shortfall = (reference or 0) - (figure or 0) if reference is not None else 0
    return ContextItem(finding, figure, reference, shortfall)


def _finding_groups(ruleset: RuleSet, by_rule: Mapping[str, list[Finding]], refs: Mapping[str, RuleRef],
                    rows_by_kind: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> list[FindingGroup]:
    groups = []
    for rule_id, own in by_rule.items():
        rule = ruleset.rule(rule_id)
        measure = _measure(rule)
        kind = own[0].subject.kind
        counted = Counter(f.status for f in own)
        labels = {f.status: f.label or {lang: f.status_label(lang) for lang in ("nb", "en")} for f in own}
        order = [*ruleset.categories, *(s for s in STATUSES if s not in ruleset.categories)]
        order += sorted(k for k in counted if k not in order)
        items = [_context_item(f, measure, rows_by_kind.get(kind, {})) for f in own]
        items.sort(key=lambda i: (-i.shortfall, (i.figure or 0) / i.reference if i.reference else 1.0,
                                  order.index(i.finding.status), i.finding.subject.id))
        counts = [(key, labels[key], counted[key]) for key in order if counted.get(key)]
        role = "indicator" if own[0].is_indicator else "assessment"
        groups.append(FindingGroup(refs[rule_id], role, kind, measure, counts, items))
    return groups


def _provision_views(ruleset: RuleSet, findings: Sequence[Finding], file: str,
                     rows_by_kind: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> list[ProvisionView]:
    by_provision: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.ruleset_id == ruleset.id:
            by_provision[finding.provision or finding.rule_id].append(finding)
    refs = _rule_refs(ruleset, file)
    # `ruleset.rule` for every id, looked up once: the first rule of each id, as `rule` finds it.
    rule_of: dict[str, Rule] = {}
    for rule in ruleset.rules:
        rule_of.setdefault(rule.id, rule)
    views = []
    for index, provision in enumerate(ruleset.provisions):
        own = by_provision.get(provision["id"], [])
        assessments = [f for f in own if not f.is_indicator]
        by_rule: dict[str, list[Finding]] = defaultdict(list)
        for finding in own:
            by_rule[finding.rule_id].append(finding)
        grouped = {rule_id: found for rule_id, found in by_rule.items() if len(found) > 1}
        obligation = provision.get("obligation")
        status = worst([f.status for f in assessments])
        insufficient = [f for f in assessments if f.status == "insufficient_data"]
        gap = status == "insufficient_data" and all(
            (judging := rule_of.get(f.rule_id)) is not None and fact_types()[judging.fact].reads_rule_files
            for f in insufficient)
        views.append(ProvisionView(
            id=provision["id"], title=provision["title"], text=provision["text"],
            party=provision.get("party", ""), carried_by=list(provision.get("carried_by", [])),
            status=status, rule_file_gap=gap,
            findings=[f for f in assessments if f.rule_id not in grouped],
            context=[f for f in own if f.is_indicator and f.rule_id not in grouped],
            binds=list(provision.get("binds", [])), involved=list(provision.get("involved", [])),
            obligation=dict(obligation) if isinstance(obligation, Mapping) else None,
            assessment=provision.get("assessment"), footnotes=list(provision.get("footnotes", [])),
            rules={rule_id: ref for rule_id, ref in refs.items()
                   if (own_rule := rule_of.get(rule_id)) is not None and own_rule.provision == provision["id"]},
            groups=_finding_groups(ruleset, grouped, refs, rows_by_kind),
            line=ruleset.positions.get(("provisions", index), (0, 0))[0], file=file, ruleset_id=ruleset.id))
    return views


def kommune_category(record: Any) -> str:
    """The vedtak category the kommune table shows: the indicator categories' keys (obligations.data.facts)."""
    return vedtak_kategori(record)


def kommune_rows(dataset: Dataset, year: int) -> list[dict[str, Any]]:
    """Every kommune of the year, furthest below its request first (the annex table)."""
    register = dataset.register(year)
    rows = []
    for knr in sorted(register):
        kommune = register[knr]
        record = dataset.kommune_years.get(year, {}).get(knr)
        if record is None:
            continue
        rows.append({"kommunenummer": knr, "navn": kommune.navn, "fylkesnummer": kommune.fylkesnummer,
                     "fylke": kommune.fylke, "anmodning": record.anmodning, "vedtak": record.vedtak,
                     "bosatt": record.bosatt, "anmodning_em": record.anmodning_em, "vedtak_em": record.vedtak_em,
                     "bosatt_em": record.bosatt_em, "kategori": kommune_category(record), "source": record.source,
                     "under_anmodning": record.anmodning - (record.vedtak or 0),
                     "under_vedtak": (record.vedtak - record.bosatt)
                     if record.vedtak is not None and record.bosatt is not None else None})
    return sorted(rows, key=lambda r: (-r["under_anmodning"], -(r["under_vedtak"] or 0), r["kommunenummer"]))


def fylke_rows(kommuner: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    sums: dict[str, dict[str, Any]] = {}
    for row in kommuner:
        entry = sums.setdefault(row["fylkesnummer"], {"fylkesnummer": row["fylkesnummer"], "fylke": row["fylke"],
                                                      "anmodning": 0, "vedtak": None, "bosatt": 0})
        entry["anmodning"] += row["anmodning"]
        if row["vedtak"] is not None:  # the vedtak registered; a fylke where none is has no sum, not 0
            entry["vedtak"] = (entry["vedtak"] or 0) + row["vedtak"]
        # bosatt None: the kommune table has no bosatt column, and no sum is made of it
        entry["bosatt"] = None if entry["bosatt"] is None or row["bosatt"] is None else entry["bosatt"] + row["bosatt"]
    return [sums[k] for k in sorted(sums)]


def period_rows(dataset: Dataset, evaluations: Mapping[int, YearResult]) -> list[dict[str, Any]]:
    rows = []
    for year in sorted(evaluations):
        national = dataset.national.get(year)
        records = dataset.kommune_years.get(year, {}).values()
        need = (national.bosettingsbehov_justert or national.bosettingsbehov) if national else None
        settled = [r.bosatt for r in records]
        bosatt = None if None in settled else sum(settled)  # type: ignore[arg-type]
        counts = Counter(f.status for f in evaluations[year].findings if not f.is_indicator)
        rows.append({"year": year, "need": need, "anmodning": sum(r.anmodning for r in records),
                     "vedtak": sum(r.vedtak or 0 for r in records), "bosatt": bosatt,
                     "share_settled_pct": round(100 * bosatt / need, 1) if need and bosatt is not None else None,
                     "status_counts": {s: counts.get(s, 0) for s in STATUSES}})
    return rows


_FIGURE_FILES = ("kommune_aar", "nasjonalt", "personer", "belegg", "kapasitet_endringer", "kommuner")


def figure_sources(dataset: Dataset, year: int) -> list[tuple[str, list[str]]]:
    """Per kind of figure, the input files of `year` it is read from (the register may be the data folder's)."""
    sources = []
    for stem in _FIGURE_FILES:
        of_year = [name for name in dataset.files if name.split("/")[-2:-1] == [str(year)]
                   and name.rsplit("/", 1)[-1].rsplit(".", 1)[0] == stem]
        if stem == "kommuner" and not of_year:
            of_year = [name for name in dataset.files if name.count("/") == 1
                       and name.rsplit("/", 1)[-1].rsplit(".", 1)[0] == stem]
        if of_year:
            sources.append((stem, of_year))
    return sources


def _national_values(result: YearResult, fact_type: str) -> dict[str, Scalar]:
    for fact in result.facts:
        if fact.type == fact_type and fact.subject.kind == "national":
            return dict(fact.values)
    return {}


def _int(value: Scalar) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def key_figures(result: YearResult) -> KeyFigures:
    """From the facts the evaluation already derived (the distribution and the long waits), not recomputed."""
    fordeling = _national_values(result, "fordeling")
    waits = _national_values(result, "lang_ventetid")
    share = waits.get("andel_lang_ventende_slutt")
    limits = result.settings.limits
    return KeyFigures(
        need=_int(fordeling.get("bosettingsbehov")), requested=_int(fordeling.get("sum_anmodning")),
        decided=_int(fordeling.get("sum_vedtak")), settled=_int(fordeling.get("sum_bosatt")),
        long_waiting=_int(waits.get("lang_ventende_slutt")), waiting=_int(waits.get("ventende_slutt")),
        long_waiting_share=float(share) if isinstance(share, (int, float)) and not isinstance(share, bool) else None,
        limits_months=((limits.enslig_mindreaarig, limits.familie_med_barn, limits.voksen_uten_barn)
                       if limits is not None else None))


def build_review(dataset: Dataset, year: int, evaluations: Mapping[int, YearResult],
                 rules_dir: Path | None = None) -> ReviewModel:
    """The review of `year` from the results of the evaluation layer (obligations.system): every figure it shows
    is either in a year's result or read from the dataset as it stands."""
    evaluation = evaluations[year]
    findings = list(evaluation.findings)
    rulesets = sorted(evaluation.rulesets, key=lambda r: (r.kind, r.id))
    files = {r.key: relative_rule_file(r.path, rules_dir) for r in rulesets}
    kommuner = kommune_rows(dataset, year)
    fylker = fylke_rows(kommuner)
    rows_by_kind = {"kommune": {k["kommunenummer"]: k for k in kommuner},
                    "fylke": {f["fylkesnummer"]: f for f in fylker}}
    goals = [view for r in rulesets if r.kind == "goals"
             for view in _provision_views(r, findings, files[r.key], rows_by_kind)]
    parties: dict[str, list[ProvisionView]] = {}
    for ruleset in rulesets:
        if ruleset.kind != "obligations":
            continue
        for view in _provision_views(ruleset, findings, files[ruleset.key], rows_by_kind):
            parties.setdefault(view.party, []).append(view)
    assessments = [f for f in findings if not f.is_indicator]
    refs = [ref for r in rulesets if r.kind in ("obligations", "goals")
            for ref in _rule_refs(r, files[r.key]).values()]
    return ReviewModel(
        year=year, synthetic=dataset.synthetic, goals=goals, parties=list(parties.items()),
        status_counts={s: sum(1 for f in assessments if f.status == s) for s in STATUSES},
        indicator_counts=len(findings) - len(assessments),
        deviation=settlement_deviation(dataset, year), deviation_em=settlement_deviation_em(dataset, year),
        deviation_by_fylke=settlement_deviation_by_fylke(dataset, year),
        # Without a person file there are no groups to count: no rows of zeros.
        groups=outcomes_by_group(dataset.persons[year], date(year, 12, 31)) if year in dataset.persons else [],
        late_notices=list(evaluation.late_notices),
        kommuner=kommuner, fylker=fylker,
        long_waits_by_month=list(evaluation.long_waits_by_month),
        period=period_rows(dataset, evaluations), rulesets=rulesets, inputs=dict(sorted(dataset.files.items())),
        findings=findings, key_figures=key_figures(evaluation), rule_files=files, rule_refs=refs,
        figure_sources=figure_sources(dataset, year), contradictions=contradictions(dataset, year),
        referat=referat_view(dataset, year), missing_inputs=missing_inputs(dataset, year, findings),
        total_differences=year_total_differences(dataset, year), number_mappings=year_number_mappings(dataset, year),
        capacity_changes_given=year in dataset.capacity_changes)


__all__ = ["STATUS", "ContextItem", "FindingGroup", "KeyFigures", "ProvisionView", "ReviewModel", "RuleRef",
           "build_review", "worst"]
