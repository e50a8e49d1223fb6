"""The review's content, built once and rendered by every writer (Markdown, HTML, JSON, CSV).

Everything here is ordered deterministically and carries no clock time, so the same
inputs always give the same report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from engine.findings import STATUSES, Finding
from engine.ruleset import RuleSet
from obligations.data.facts import vedtak_kategori
from obligations.data.records import Dataset
from obligations.derive import DeriveSettings, long_waits_of_year
from obligations.metrics.capacity import notice_days, notice_summary
from obligations.review.deviation import (
    Deviation,
    GroupOutcome,
    outcomes_by_group,
    settlement_deviation,
    settlement_deviation_by_fylke,
    settlement_deviation_em,
)

# Which status speaks for a provision with several findings: the most serious one (the status table's order).
SEVERITY = STATUSES


class Evaluation(Protocol):
    findings: Sequence[Finding]
    rulesets: Sequence[RuleSet]


@dataclass
class ProvisionView:
    id: str
    title: dict[str, str]
    text: str
    party: str
    carried_by: list[str]
    status: str
    findings: list[Finding]  # the assessments of the party's obligation or the goal
    context: list[Finding] = field(default_factory=list)  # national and agency indicators beside them
    kommune_counts: dict[str, int] = field(default_factory=dict)  # kommune and fylke indicators, by category words
    kommune_flagged: list[Finding] = field(default_factory=list)


@dataclass
class ReviewModel:
    year: int
    synthetic: bool
    goals: list[ProvisionView]
    parties: list[tuple[str, list[ProvisionView]]]
    status_counts: dict[str, int]
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

    def category_label(self, key: str, lang: str) -> str:
        """An indicator category's words, as the rule file that declares it gives them."""
        for ruleset in self.rulesets:
            if key in ruleset.categories:
                return ruleset.categories[key].label[lang]
        return key

    def not_met(self) -> list[ProvisionView]:
        return [p for _, provisions in self.parties for p in provisions if p.status == "not_met"]

    def insufficient(self) -> list[ProvisionView]:
        return [p for _, provisions in self.parties for p in provisions if p.status == "insufficient_data"]


def worst(statuses: Sequence[str]) -> str:
    present = [s for s in SEVERITY if s in statuses]
    return present[0] if present else "insufficient_data"


def _provision_views(ruleset: RuleSet, findings: Sequence[Finding]) -> list[ProvisionView]:
    by_provision: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.ruleset_id == ruleset.id:
            by_provision[finding.provision or finding.rule_id].append(finding)
    views = []
    for provision in ruleset.provisions:
        own = by_provision.get(provision["id"], [])
        assessed = [f for f in own if not f.is_indicator]
        context = [f for f in own if f.is_indicator and f.subject.kind in ("national", "agency")]
        kommune = [f for f in own if f.is_indicator and f.subject.kind in ("kommune", "fylke")]
        views.append(ProvisionView(
            id=provision["id"], title=provision["title"], text=provision["text"],
            party=provision.get("party", ""), carried_by=list(provision.get("carried_by", [])),
            status=worst([f.status for f in assessed]), findings=assessed, context=context,
            kommune_counts=dict(sorted(Counter(f.status_label("nb") for f in kommune).items())),
            kommune_flagged=[f for f in kommune if f.status in ("vedtak_null", "under_anmodning", "ikke_vedtatt",
                                                                 "bosatt_faerre_enn_vedtatt")]))
    return views


def kommune_rows(dataset: Dataset, year: int) -> list[dict[str, Any]]:
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
                     "bosatt_em": record.bosatt_em, "kategori": vedtak_kategori(record), "source": record.source})
    return rows


def fylke_rows(kommuner: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    sums: dict[str, dict[str, Any]] = {}
    for row in kommuner:
        entry = sums.setdefault(row["fylkesnummer"], {"fylkesnummer": row["fylkesnummer"], "fylke": row["fylke"],
                                                      "anmodning": 0, "vedtak": 0, "bosatt": 0})
        entry["anmodning"] += row["anmodning"]
        entry["vedtak"] += row["vedtak"] or 0
        entry["bosatt"] += row["bosatt"]
    return [sums[k] for k in sorted(sums)]


def _late_notices(dataset: Dataset, year: int, settings: DeriveSettings) -> list[dict[str, Any]]:
    if settings.large_change_places is None or settings.notice_days is None:
        return []
    summary = notice_summary(dataset.capacity_changes.get(year, ()), year, settings.large_change_places,
                             settings.notice_days)
    late = [{"endring_id": c.endring_id, "navn": c.navn, "mottakstype": c.mottakstype,
             "kommunenummer": c.kommunenummer, "endring": c.endring, "plasser": c.plasser,
             "varsel_dager": notice_days(c), "source": c.source} for c in (*summary.late, *summary.never)]
    return sorted(late, key=lambda c: (c["varsel_dager"] if c["varsel_dager"] is not None else -10**6, c["endring_id"]))


def _long_waits(dataset: Dataset, year: int, settings: DeriveSettings) -> list[tuple[str, int]]:
    if settings.limits is None:
        return []
    months = long_waits_of_year(dataset.persons.get(year, ()), year, settings.limits)
    return [(m.month, m.long_waiting) for m in months]


def period_rows(dataset: Dataset, evaluations: Mapping[int, Evaluation]) -> list[dict[str, Any]]:
    rows = []
    for year in sorted(evaluations):
        national = dataset.national.get(year)
        records = dataset.kommune_years.get(year, {}).values()
        need = (national.bosettingsbehov_justert or national.bosettingsbehov) if national else None
        bosatt = sum(r.bosatt for r in records)
        counts = Counter(f.status for f in evaluations[year].findings if not f.is_indicator)
        rows.append({"year": year, "need": need, "anmodning": sum(r.anmodning for r in records),
                     "vedtak": sum(r.vedtak or 0 for r in records), "bosatt": bosatt,
                     "share_settled_pct": round(100 * bosatt / need, 1) if need else None,
                     "status_counts": {s: counts.get(s, 0) for s in STATUSES}})
    return rows


def build_review(dataset: Dataset, year: int, evaluations: Mapping[int, Evaluation]) -> ReviewModel:
    evaluation = evaluations[year]
    findings = list(evaluation.findings)
    rulesets = sorted(evaluation.rulesets, key=lambda r: (r.kind, r.id))
    goals = [view for r in rulesets if r.kind == "goals" for view in _provision_views(r, findings)]
    parties: dict[str, list[ProvisionView]] = {}
    for ruleset in rulesets:
        if ruleset.kind != "obligations":
            continue
        for view in _provision_views(ruleset, findings):
            parties.setdefault(view.party, []).append(view)
    kommuner = kommune_rows(dataset, year)
    obligations = [r for r in rulesets if r.kind == "obligations"]
    settings = DeriveSettings.for_ruleset(obligations[0]) if obligations else DeriveSettings()
    return ReviewModel(
        year=year, synthetic=dataset.synthetic, goals=goals, parties=list(parties.items()),
        status_counts={s: sum(1 for f in findings if f.status == s and not f.is_indicator) for s in STATUSES},
        deviation=settlement_deviation(dataset, year), deviation_em=settlement_deviation_em(dataset, year),
        deviation_by_fylke=settlement_deviation_by_fylke(dataset, year),
        groups=outcomes_by_group(dataset.persons.get(year, ()), date(year, 12, 31)),
        late_notices=_late_notices(dataset, year, settings),
        kommuner=kommuner, fylker=fylke_rows(kommuner),
        long_waits_by_month=_long_waits(dataset, year, settings),
        period=period_rows(dataset, evaluations), rulesets=rulesets, inputs=dict(sorted(dataset.files.items())),
        findings=findings)
