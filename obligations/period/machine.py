"""evaluation.json: the period evaluation for machines, the same content as the report, in a fixed order."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from bosetting.engine.ruleset import Parameter
from bosetting.obligations.period.model import PeriodModel
from bosetting.obligations.review.machine import indented_json

# 1.1: party_acts give what the referat records (the register, the statements), not always no data; each year of
# handling has its threshold, the parameter of the obligations rule file in force in the year.
FORMAT_VERSION = "1.1"


def _goal(goal: Any) -> dict[str, Any]:
    return {
        "id": goal.id, "title": goal.title,
        "years": [{"year": y.year, "status": y.status,
                   "finding_id": y.finding.finding_id if y.finding else None,
                   "indicators": [{"name": i.name, "value": i.value, "source": i.source,
                                   "reference": None if i.reference is None else {
                                       "parameter": i.reference.parameter, "op": i.reference.op,
                                       "value": i.reference.use.value if i.reference.use else None,
                                       "basis": i.reference.use.basis if i.reference.use else None},
                                   "reached": i.reached} for i in y.indicators]} for y in goal.years],
        "changes": [asdict(c) for c in goal.changes()],
        "period": {"need": goal.need, "settled": goal.settled, "gap": goal.gap},
    }


def _causes(model: PeriodModel) -> list[dict[str, Any]]:
    found = []
    for year in model.years:
        c = model.causes[year]
        found.append({
            "year": year,
            "shown_by_data": {
                "target": c.deviation.target, "realised": c.deviation.realised, "gap": c.deviation.gap,
                "components": [{"key": k.key, "size": k.size, "detail": dict(k.detail)} for k in c.deviation.causes],
                "state_side_links": [{"key": link.key, "values": dict(link.values)} for link in c.links]},
            "explained_by_parties": {
                "referat": c.referat_state,
                "explanations": [{"point": e.point, "kind": e.kind, "party": e.party or None, "text": e.text,
                                  "dissent": e.dissent, "meeting_date": e.meeting.isoformat(), "source": e.source,
                                  "themes": list(e.themes)}
                                 for e in c.explanations]},
        })
    return found


def _work(model: PeriodModel) -> list[dict[str, Any]]:
    return [{"party": party, "obligations": [{
        "id": w.id, "title": w.title, "kind": w.kind or None,
        "years": [{
            "year": y.year, "status": y.view.status,
            "activities": None if y.activities is None else [
                {"id": a.aktivitet_id, "date": a.dato.isoformat(), "etat": a.etat, "description": a.beskrivelse,
                 "document": a.dokument, "source": a.source} for a in y.activities],
            "activities_not_counted": [
                {"id": a.aktivitet_id, "date": a.dato.isoformat(), "etat": a.etat, "description": a.beskrivelse,
                 "document": a.dokument, "source": a.source} for a in y.uncounted],
            "tiltak": None if y.measures is None else [
                {"id": m.tiltak_id, "date": m.dato.isoformat(), "etat": m.etat, "description": m.beskrivelse,
                 "source": m.source} for m in y.measures],
            "deliveries": y.deliveries,
            "referat": y.referat_state,
            "agreed_assessment": y.point.omforent_vurdering if y.point else None,
            "remarks": [{"party": r.part, "text": r.tekst, "dissent": r.dissens} for r in y.point.merknader]
            if y.point else [],
            "follow_ups": [{"id": s.follow_up.id, "what": s.follow_up.tiltak, "owner": s.follow_up.ansvarlig,
                            "deadline": s.follow_up.frist.isoformat(), "state": s.state,
                            "deadline_is_evaluation_date": s.due_on_day,
                            "meeting_not_held": s.meeting_not_held,
                            "reported_in": s.report_year,
                            "report_date": s.report.dato.isoformat() if s.report and s.report.dato else None,
                            "report_note": s.report.merknad if s.report else None} for s in y.follow_ups],
        } for y in w.years]} for w in works]} for party, works in model.work]


def _threshold(parameter: Parameter | None) -> dict[str, Any] | None:
    if parameter is None:
        return None
    return {"name": parameter.name, "value": parameter.value, "basis": parameter.basis}


def evaluation_document(model: PeriodModel) -> dict[str, Any]:

    return {
        "format_version": FORMAT_VERSION,
        "agreement_period": [model.first_year, model.last_year],
        "years": model.years,
        "evaluation_date": model.evaluation_day.isoformat(),
        "synthetic_data": model.synthetic,
        "rulesets": [{"id": r.id, "version": r.version, "status": r.status, "hash": r.hash, "kind": r.kind,
                      "path": model.rule_files.get(r.key, "")} for r in model.rulesets],
        "inputs": [{"file": name, "sha256": digest} for name, digest in model.inputs.items()],
        "figures": [{"year": f.year, "need": f.need, "anmodning": f.requested, "vedtak": f.decided,
                     "bosatt": f.settled, "settled_share_pct": f.settled_share} for f in model.figures],
        "goals": [_goal(g) for g in model.goals],
        "causes": _causes(model),
        "work": _work(model),
        "triggers": {
            "handling": {"parameter": _threshold(next((h.threshold for h in model.handling if h.threshold), None)),
                         "years": [{**{k: v for k, v in asdict(h).items()
                                       if k not in ("threshold", "redistribution_reference")},
                                    "threshold": _threshold(h.threshold),
                                    "redistribution_reference": [_threshold(p) for p in h.redistribution_reference],
                                    "measured_on": f"{h.year}-12-31",
                                    "triggered": h.triggered} for h in model.handling]},
            "party_acts": [{"act": a.act, "year": a.year, "referat": a.register,
                            "statements": None if a.register == "none" else [
                                {"party": s.part, "date": s.dato.isoformat(), "text": s.tekst, "source": s.source}
                                for s in a.statements]} for a in model.acts],
        },
        "baseline": [{"year": year, "need": r.need, "anmodning": r.anmodning, "vedtak": r.vedtak, "bosatt": r.bosatt,
                      "source": r.source} for year, r in model.baseline],
        "corrections": None if model.earlier_reviews is None else {
            "read": [asdict(r) for r in model.earlier_reviews],
            "figures": [{**asdict(c), "provisions": list(c.provisions)} for c in model.corrections]},
    }


def evaluation_json(model: PeriodModel) -> bytes:
    return (indented_json(evaluation_document(model)) + "\n").encode("utf-8")
