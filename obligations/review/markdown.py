"""report.md: the review as Markdown, in bokmål or English."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from engine.findings import STATUS_LABELS, Finding
from engine.render import format_value
from obligations.review.model import ProvisionView, ReviewModel
from obligations.review.texts import BASIS_LABELS, CAUSES, GROUP_LABELS, t


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    def cell(value: object) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines + [""]


def _status(status: str, lang: str) -> str:
    return STATUS_LABELS[status][lang]


def _finding_lines(finding: Finding, lang: str) -> list[str]:
    subject = finding.subject.name or finding.subject.id
    lines = [f"- **{finding.rule_id}** ({subject}): *{finding.status_label(lang)}* — {finding.explanation[lang]}"]
    for evidence in finding.evidence:
        lines.append(f"  - {evidence.name} = {format_value(evidence.value, lang)} ({evidence.source})")
    if finding.waiver:
        w = finding.waiver
        lines.append(f"  - {t('waiver', lang)}: {w.get('begrunnelse', '')} ({w.get('avtalt_av', '')}, "
                     f"{w.get('gyldig_fra', '')}–{w.get('gyldig_til', '')})")
    return lines


def _provision_section(view: ProvisionView, lang: str) -> list[str]:
    lines = [f"#### {view.id} {view.title[lang]} — {_status(view.status, lang)}", "", f"> {view.text}", ""]
    if view.carried_by:
        lines += [f"{', '.join(view.carried_by)}", ""]
    for finding in (*view.findings, *view.context):
        lines += _finding_lines(finding, lang)
    if view.kommune_counts:
        counts = ", ".join(f"{label}: {n}" for label, n in view.kommune_counts.items())
        lines += ["", f"{t('kommune_findings', lang)}: {counts}"]
        for finding in view.kommune_flagged[:15]:
            lines.append(f"- {finding.subject.id} {finding.subject.name}: {finding.explanation[lang]}")
        if len(view.kommune_flagged) > 15:
            more = len(view.kommune_flagged) - 15
            lines.append(f"- … {more} {'flere, se findings.csv' if lang == 'nb' else 'more, see findings.csv'}")
    return lines + [""]


def render_markdown(model: ReviewModel, lang: str) -> str:
    out: list[str] = [f"# {t('title', lang, year=model.year)}", ""]
    if model.synthetic:
        out += [f"**{t('synthetic', lang)}**", ""]
    out += [f"## {t('summary', lang)}", "", f"### {t('goals', lang)}", ""]
    out += _table([t("provision", lang), t("status", lang)],
                  [[f"{g.id} {g.title[lang]}", _status(g.status, lang)] for g in model.goals])
    out += [f"### {t('not_met_obligations', lang)}", ""]
    not_met = model.not_met()
    out += [f"- {p.id} {p.title[lang]} ({p.party})" for p in not_met] or [t("none", lang)]
    out += ["", f"### {t('insufficient_obligations', lang)}", ""]
    out += [f"- {p.id} {p.title[lang]} ({p.party})" for p in model.insufficient()] or [t("none", lang)]
    out += ["", f"### {t('status_counts', lang)}", ""]
    out += _table([t("status", lang), "#"], [[_status(s, lang), n] for s, n in model.status_counts.items() if n])

    out += [f"## {t('goals', lang)}", ""]
    for goal in model.goals:
        out += _provision_section(goal, lang)
    out += [f"## {t('obligations', lang)}", ""]
    for party, provisions in model.parties:
        out += [f"### {party}", ""]
        for view in provisions:
            out += _provision_section(view, lang)

    out += [f"## {t('deviation', lang)}", "", t("deviation_intro", lang), ""]
    for key, deviation in (("settlement_goal", model.deviation), ("settlement_goal_em", model.deviation_em)):
        out += [f"### {t(key, lang)}", ""]
        out += _table([t("target", lang), t("realised", lang), t("gap", lang)],
                      [[format_value(deviation.target, lang), format_value(deviation.realised, lang),
                        format_value(deviation.gap, lang)]])
        out += _table([t("cause", lang), t("size", lang)],
                      [[CAUSES[c.key][lang], format_value(c.size, lang)] for c in deviation.causes])
    out += [f"### {t('by_fylke', lang)}", ""]
    fylke_names = {f["fylkesnummer"]: f["fylke"] for f in model.fylker}
    rows = []
    for d in model.deviation_by_fylke:
        main = d.causes[0] if d.causes else None
        rows.append([f"{d.scope} {fylke_names.get(d.scope, '')}", format_value(d.target, lang),
                     format_value(d.realised, lang), format_value(d.gap, lang),
                     f"{CAUSES[main.key][lang]} ({format_value(main.size, lang)})" if main else ""])
    out += _table([t("fylke", lang), t("target", lang), t("realised", lang), t("gap", lang), t("cause", lang)], rows)
    out += [f"### {t('by_group', lang)}", ""]
    out += _table([t("group", lang), t("ready", lang), t("settled", lang), t("waiting", lang), t("median_wait", lang)],
                  [[GROUP_LABELS[g.group][lang], format_value(g.bosettingsklare, lang), format_value(g.bosatt, lang),
                    format_value(g.venter_ved_aarsslutt, lang), format_value(g.median_ventetid_mnd, lang)]
                   for g in sorted(model.groups, key=lambda g: -g.venter_ved_aarsslutt)])
    out += [f"### {t('mottak_goal', lang)}", "", f"{t('late_notices', lang)}: {len(model.late_notices)}", ""]
    out += _table(["ID", "Mottak", t("kommune", lang), "Endring", "Plasser", "Varsel (dager)", t("source", lang)],
                  [[c["endring_id"], c["navn"], c["kommunenummer"], c["endring"], c["plasser"],
                    format_value(c["varsel_dager"], lang), c["source"]] for c in model.late_notices])

    out += [f"## {t('kommuner', lang)}", ""]
    out += _table([t("kommune", lang), t("fylke", lang), t("anmodning", lang), t("vedtak", lang), t("bosatt", lang),
                   t("category", lang)],
                  [[f"{k['kommunenummer']} {k['navn']}", k["fylke"], format_value(k["anmodning"], lang),
                    format_value(k["vedtak"], lang), format_value(k["bosatt"], lang),
                    model.category_label(k["kategori"], lang)] for k in model.kommuner])

    out += [f"## {t('period', lang)}", ""]
    out += _table([t("year", lang), t("need", lang), t("anmodning", lang), t("vedtak", lang), t("bosatt", lang),
                   t("share_settled", lang), _status("not_met", lang), t("trend", lang)], _period_rows(model, lang))

    out += [f"## {t('provenance', lang)}", "", f"### {t('rulesets', lang)}", ""]
    out += _table(["id", "version", t("status", lang), t("hash", lang), t("file", lang)],
                  [[r.id, r.version, r.status, r.hash, Path(r.path).name] for r in model.rulesets])
    out += [f"### {t('assumptions', lang)}", ""]
    out += _table([t("parameter", lang), t("value", lang), t("basis", lang), t("citation", lang)],
                  [[f"{r.id}: {p.name}", format_value(p.value, lang), BASIS_LABELS[p.basis][lang], p.citation]
                   for r in model.rulesets for p in r.assumptions()])
    out += [f"### {t('inputs', lang)}", ""]
    out += _table([t("file", lang), "SHA-256"], [[name, digest] for name, digest in model.inputs.items()])
    if model.synthetic:
        out += [f"*{t('synthetic', lang)}*", ""]
    return "\n".join(out).rstrip() + "\n"


def _period_rows(model: ReviewModel, lang: str) -> list[list[str]]:
    rows = []
    previous = None
    for row in model.period:
        share = row["share_settled_pct"]
        trend = ""
        if previous is not None and share is not None:
            trend = "↑" if share > previous else "↓" if share < previous else "→"
        previous = share
        rows.append([str(row["year"]), format_value(row["need"], lang), format_value(row["anmodning"], lang),
                     format_value(row["vedtak"], lang), format_value(row["bosatt"], lang),
                     f"{format_value(share, lang)} %" if share is not None else "",
                     str(row["status_counts"]["not_met"]), trend])
    return rows
