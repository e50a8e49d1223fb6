"""How each party worked, obligation by obligation and year by year: the registers' own entries, the tool's
status, the parties' agreed conclusion in that year's referat, and the follow-ups agreed with whether they were
reported done.

The status is the yearly review's (obligations.review.model.ProvisionView); the registers are read as they are
(activities and tiltak dated in the year, statistics deliveries by their sender). A follow-up's report may come in
any later year's referat; without one, a follow-up whose deadline runs to or past the evaluation date is pending,
not missed (a deadline on the evaluation date has not passed on that date).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.data.records import Activity, Dataset, FollowUp, FollowUpReport, Measure, ReferatPoint
from bosetting.obligations.metrics.documentation import activities_by_obligation, measures_for
from bosetting.obligations.parties import provision_actors
from bosetting.obligations.review.model import ProvisionView

DELIVERY_FACT = "statistikkleveranser"
# The fact of the rules that count the activity register's entries: their finding restates the activities the
# evaluation lists from the register itself.
DOCUMENTATION_FACT = "dokumentasjon"


@dataclass(frozen=True)
class FollowUpState:
    """A follow-up agreed in a referat, and the report on it in a later year's referat, if any."""

    follow_up: FollowUp
    report: FollowUpReport | None
    report_year: int | None
    state: str  # "done", "not_done", "pending" (no report, deadline not passed), "not_reported" (deadline passed)
    # A deadline on the evaluation date has not passed on that date.
    due_on_day: bool = False
    # Without a report: the year whose consultation meeting, where reports are minuted, is not held yet.
    meeting_not_held: int | None = None


@dataclass(frozen=True)
class ObligationYear:
    year: int
    view: ProvisionView  # the yearly review's view of the provision: its status and findings
    activities: tuple[Activity, ...] | None  # None: no activity register for the year
    measures: tuple[Measure, ...] | None  # None: no tiltak register for the year
    deliveries: dict[str, int] | None  # sender -> deliveries registered; None: not a delivery obligation or no register
    referat_state: str  # "minuted", "not_held", "none"
    meeting: date | None
    point: ReferatPoint | None
    follow_ups: tuple[FollowUpState, ...]
    basis_is_register: bool = False  # the deciding finding only counts the activities listed from the register
    # Activities registered for the point by a body it neither binds nor is carried by: they document nothing for
    # it (the yearly review does not count them either), so they are listed apart.
    uncounted: tuple[Activity, ...] = ()


@dataclass(frozen=True)
class ObligationWork:
    id: str
    title: dict[str, str]
    party: str
    kind: str  # "effort" or "act" (from the rule file), "" when it does not say
    words: str
    years: tuple[ObligationYear, ...]

    def follow_ups(self) -> list[FollowUpState]:
        return [f for y in self.years for f in y.follow_ups]


def follow_up_state(dataset: Dataset, follow_up: FollowUp, day: date) -> FollowUpState:
    """The report on a follow-up in any referat of a later year (the earliest); pending while its deadline runs."""
    agreed_in = int(follow_up.id[:4])
    for year in sorted(y for y in dataset.referat if y > agreed_in):
        report = next((r for r in dataset.referat[year].rapporter if r.oppfolging == follow_up.id), None)
        if report is not None:
            return FollowUpState(follow_up, report, year, "done" if report.utfort else "not_done")
    deadline_year = dataset.referat.get(follow_up.frist.year)
    not_held = follow_up.frist.year if deadline_year is None or deadline_year.moete_dato is None else None
    return FollowUpState(follow_up, None, None, "pending" if follow_up.frist >= day else "not_reported",
                         due_on_day=follow_up.frist == day, meeting_not_held=not_held)


def _deliveries(dataset: Dataset, year: int, view: ProvisionView, rulesets: Sequence[RuleSet]) -> dict[str, int] | None:
    rules = [rule for r in rulesets if r.id == view.ruleset_id for rule in r.rules
             if rule.provision == view.id and rule.fact == DELIVERY_FACT]
    if not rules or year not in dataset.deliveries:
        return None
    senders = sorted({f.subject.id for f in view.findings if f.subject.kind == "agency"})
    registered = dataset.deliveries[year]
    return {sender: sum(1 for d in registered if d.fra == sender) for sender in senders}


def _basis_is_register(view: ProvisionView, rulesets: Sequence[RuleSet]) -> bool:
    """Whether the finding that decides the year's status is a rule counting the activity register."""
    deciding = next((f for f in view.findings if f.status == view.status), view.findings[0] if view.findings else None)
    if deciding is None:
        return False
    return any(rule.fact == DOCUMENTATION_FACT for r in rulesets if r.id == deciding.ruleset_id for rule in r.rules
               if rule.id == deciding.rule_id)


def obligation_work(dataset: Dataset, parties_by_year: Mapping[int, Sequence[tuple[str, Sequence[ProvisionView]]]],
                    rulesets: Mapping[int, Sequence[RuleSet]], day: date) -> list[tuple[str, list[ObligationWork]]]:
    """Per party (in the review's order), each obligation with its years side by side."""
    years = sorted(parties_by_year)
    order: dict[str, dict[str, ProvisionView]] = {}
    for year in years:
        for party, views in parties_by_year[year]:
            for view in views:
                order.setdefault(party, {}).setdefault(view.id, view)
    result = []
    for party, provisions in order.items():
        works = []
        for pid, first in provisions.items():
            entries = []
            for year in years:
                found = next((v for p, vs in parties_by_year[year] if p == party for v in vs if v.id == pid), None)
                if found is None:
                    continue
                view = found
                activities = dataset.activities.get(year)
                measures = dataset.measures.get(year)
                referat = dataset.referat.get(year)
                state = "none" if referat is None else "minuted" if referat.moete_dato is not None else "not_held"
                point = referat.point(pid) if referat is not None and referat.moete_dato is not None else None
                registered = [] if activities is None else activities_by_obligation(activities, year).get(pid, [])
                actors = provision_actors({"binds": view.binds, "carried_by": view.carried_by}) \
                    if view.binds else None
                counted = tuple(a for a in registered if actors is None or a.etat in actors)
                entries.append(ObligationYear(
                    year, view,
                    None if activities is None else counted,
                    None if measures is None else tuple(m for m in measures_for(measures, pid) if m.dato.year == year),
                    _deliveries(dataset, year, view, rulesets[year]), state,
                    referat.moete_dato if referat is not None else None, point,
                    tuple(follow_up_state(dataset, f, day) for f in (point.oppfolging if point else ())),
                    _basis_is_register(view, rulesets[year]),
                    tuple(a for a in registered if a not in counted)))
            obligation = first.obligation or {}
            works.append(ObligationWork(pid, dict(first.title), party, str(obligation.get("type", "")),
                                        str(obligation.get("words", "")), tuple(entries)))
        result.append((party, works))
    return result
