"""The criteria commands' outputs: a table for people, CSV for Excel, JSON for programs.

Each output states the criteria version (id, version, status, content hash), the request
and data years, the need and the method, and says when the data is synthetic. CSV is
UTF-8 with BOM, ';' and CRLF, as Norwegian Excel expects.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bosetting.obligations.criteria.compare import Comparison
from bosetting.obligations.criteria.context import Scenario
from bosetting.obligations.criteria.evaluate import CriteriaVersion
from bosetting.obligations.criteria.redistribution import Redistribution
from bosetting.obligations.criteria.texts import (
    DRAFT_BANNER,
    LEVELS,
    ROLE_LABELS,
    RULESET_STATUS,
    STATUS_CHANGE_LABELS,
    STATUS_MARKS,
    SYNTHETIC_BANNER,
    explain_kommune,
    method_label,
    number,
    status_label,
    yes_no,
)
from bosetting.obligations.paths import shown_path
from bosetting.obligations.safe_text import spreadsheet_csv

FORMAT_VERSION = "1.0"
FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Names:
    """Names of kommuner and fylker for display, from the data's register."""

    kommuner: dict[str, str]
    fylker: dict[str, str]

    def kommune(self, knr: str) -> str:
        return self.kommuner.get(knr, knr)

    def fylke(self, fnr: str) -> str:
        return self.fylker.get(fnr, fnr)


def version_info(version: CriteriaVersion) -> dict[str, Any]:
    r = version.ruleset
    return {"id": r.id, "version": r.version, "status": r.status, "hash": r.hash, "path": shown_path(r.path),
            "title": dict(r.title), "valid_from": r.valid_from.isoformat(), "valid_to": r.valid_to.isoformat()}


def scenario_info(scenario: Scenario) -> dict[str, Any]:
    a = scenario.allocation
    return {"criteria": version_info(scenario.version), "request_year": scenario.version.ruleset.valid_from.year,
            "data_year": scenario.data_year, "need": a.need, "need_em": a.need_em, "method": a.rules.method,
            "levels": list(scenario.version.spec.levels), "minimum_request": a.rules.minimum_request,
            "kommuner_asked": a.asked}


def to_json(document: dict[str, Any]) -> str:
    return json.dumps({"format_version": FORMAT_VERSION, **document}, ensure_ascii=False, indent=2)


def to_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """For Norwegian Excel, and no cell runs as a formula (obligations.safe_text.spreadsheet_csv)."""
    return spreadsheet_csv(header, rows)


def to_table(header: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[int] = ()) -> str:
    """Aligned columns; the columns whose index is in `right` (numbers) are right-aligned."""
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: list[str]) -> str:
        padded = (c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths).rstrip()
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])])


def banner(version: CriteriaVersion | None, synthetic: bool, lang: str) -> list[str]:
    lines = []
    if synthetic:
        lines.append(f"*** {SYNTHETIC_BANNER[lang]} ***")
    if version is not None and version.is_draft:
        lines.append(f"*** {DRAFT_BANNER[lang]}: {version.key} ***")
    return lines


def heading(scenario: Scenario, lang: str) -> list[str]:
    v, a = scenario.version, scenario.allocation
    levels = LEVELS[v.spec.levels][lang]
    minimum = number(a.rules.minimum_request, lang) if a.rules.minimum_request else "–"
    if lang == "nb":
        return [f"{v.ruleset.title['nb']} ({v.key}, {RULESET_STATUS[v.ruleset.status]['nb']})",
                f"Data for {scenario.data_year}; behov {number(a.need, lang)}, herav {number(a.need_em, lang)} EM; "
                f"{method_label(a.rules.method, lang)}, {levels}; minsteanmodning {minimum}; "
                f"{a.asked} kommuner anmodet."]
    return [f"{v.ruleset.title['en']} ({v.key}, {RULESET_STATUS[v.ruleset.status]['en']})",
            f"Data for {scenario.data_year}; need {number(a.need, lang)}, of which {number(a.need_em, lang)} EM; "
            f"{method_label(a.rules.method, lang)}, {levels}; minimum request {minimum}; {a.asked} kommuner asked."]


# evaluate ---------------------------------------------------------------------------------

def evaluate_output(scenario: Scenario, names: Names, synthetic: bool, output_format: str, lang: str,
                    only: Sequence[str] = ()) -> str:
    spec = scenario.version.spec
    evaluations = [e for e in scenario.evaluations if not only or e.kommunenummer in only]
    rows: list[dict[str, Any]] = []
    for e in evaluations:
        row = scenario.allocation.rows.get(e.kommunenummer)
        rows.append({
            "kommunenummer": e.kommunenummer, "kommune": e.navn, "fylkesnummer": e.fylkesnummer,
            "fylke": names.fylke(e.fylkesnummer), "innbyggere": e.innbyggere,
            "asked": bool(row and row.asked), "anmodning": row.total if row else 0,
            "anmodning_em": row.em if row else 0,
            "meets_mandatory": e.eligible, "meets_em_criteria": e.em_eligible,
            "score": float(e.score), "weight": float(e.weight),
            "below_minimum": bool(row and row.below_minimum), "capped": bool(row and row.capped),
            "criteria": [{"rule": c.rule_id, "role": c.role, "status": c.status, "score": float(c.score),
                          "title": c.title, "explanation": c.explanation,
                          "evidence": [ev.as_dict() for ev in c.finding.evidence]} for c in e.criteria],
            "explanation": {lang_: explain_kommune(e, row, spec, lang_) for lang_ in ("nb", "en")},
        })
    if output_format == "json":
        return to_json({"command": "criteria evaluate", "synthetic_data": synthetic, **scenario_info(scenario),
                        "kommuner": rows})
    rules = [r.id for r in scenario.version.ruleset.rules]
    if output_format == "csv":
        header = ["kommunenummer", "kommune", "fylke", "innbyggere", "anmodet", "anmodning", "anmodning_em",
                  "obligatoriske_innfridd", "em_kriterier_innfridd", "poeng", *rules, "forklaring_nb", "explanation_en",
                  "versjon", "syntetiske_data"]
        body = [[r["kommunenummer"], r["kommune"], r["fylke"], r["innbyggere"], yes_no(r["asked"], "nb"),
                 r["anmodning"], r["anmodning_em"], yes_no(r["meets_mandatory"], "nb"),
                 yes_no(r["meets_em_criteria"], "nb"), number(r["score"], "nb"),
                 *[c["status"] for c in r["criteria"]], r["explanation"]["nb"], r["explanation"]["en"],
                 scenario.version.key, yes_no(synthetic, "nb")] for r in rows]
        return to_csv(header, body)
    lines = [*banner(scenario.version, synthetic, lang), *heading(scenario, lang), ""]
    legend = [f"  {i + 1}. {r.title[lang]} [{r.id}; {ROLE_LABELS[spec.role(r.id)][lang]}]"
              for i, r in enumerate(scenario.version.ruleset.rules)]
    marks = "+ " + ("innfridd" if lang == "nb" else "met") + ", - " + ("ikke innfridd" if lang == "nb" else "not met") \
        + ", ? " + ("utilstrekkelig grunnlag" if lang == "nb" else "insufficient data")
    lines += [("Kriterier" if lang == "nb" else "Criteria") + f" ({marks}):", *legend, ""]
    header = ["Knr", "Kommune", "Fylke", "Anmodet" if lang == "nb" else "Asked", "Antall" if lang == "nb" else "Number",
              "EM", "Poeng" if lang == "nb" else "Score", "Kriterier" if lang == "nb" else "Criteria"]
    table_rows = [[r["kommunenummer"], r["kommune"], r["fylke"], yes_no(r["asked"], lang), number(r["anmodning"], lang),
                   number(r["anmodning_em"], lang), number(r["score"], lang),
                   "".join(STATUS_MARKS.get(c["status"], "?") for c in r["criteria"])] for r in rows]
    lines.append(to_table(header, table_rows, right=(4, 5, 6)))
    if only:
        for r, e in zip(rows, evaluations, strict=True):
            lines += ["", f"{r['kommunenummer']} {r['kommune']}: {r['explanation'][lang]}"]
            for c in e.criteria:
                lines.append(f"  {STATUS_MARKS.get(c.status, '?')} {c.title[lang]} ({status_label(c.status, lang)}; "
                             f"{ROLE_LABELS[c.role][lang]}): {c.explanation[lang]}")
    return "\n".join(lines)


# allocate ---------------------------------------------------------------------------------

def _note(scenario: Scenario, knr: str, lang: str) -> str:
    row = scenario.allocation.rows[knr]
    if not row.eligible:
        return "innfrir ikke obligatoriske kriterier" if lang == "nb" else "fails a mandatory criterion"
    notes = []
    if row.below_minimum:
        notes.append("under minsteanmodningen" if lang == "nb" else "below the minimum request")
    if row.capped:
        notes.append("tak etter innbyggertall" if lang == "nb" else "capped by population")
    if row.by_recommendation and row.total:
        notes.append("etter fylkeskommunens anbefaling" if lang == "nb" else "by the fylkeskommune's recommendation")
    return "; ".join(notes)


def allocate_output(scenario: Scenario, names: Names, synthetic: bool, output_format: str, lang: str) -> str:
    a = scenario.allocation
    kommuner: list[dict[str, Any]] = [{"kommunenummer": k, "kommune": names.kommune(k), "fylkesnummer": r.fylkesnummer,
                 "fylke": names.fylke(r.fylkesnummer), "asked": r.asked, "anmodning": r.total, "anmodning_em": r.em,
                 "meets_mandatory": r.eligible, "below_minimum": r.below_minimum, "capped": r.capped,
                 "by_recommendation": r.by_recommendation, "note": {lg: _note(scenario, k, lg) for lg in ("nb", "en")}}
                for k, r in sorted(a.rows.items())]
    asked_in = {f: sum(1 for r in a.rows.values() if r.fylkesnummer == f and r.asked) for f in a.fylker()}
    fylker: list[dict[str, Any]] = [{"fylkesnummer": f, "fylke": names.fylke(f), "anmodning": t, "anmodning_em": em,
               "kommuner_asked": asked_in[f]} for f, (t, em) in a.fylker().items()]
    if output_format == "json":
        return to_json({"command": "criteria allocate", "synthetic_data": synthetic, **scenario_info(scenario),
                        "fylker": fylker, "kommuner": kommuner})
    if output_format == "csv":
        header = ["niva", "nummer", "navn", "fylke", "anmodet", "anmodning", "anmodning_em", "merknad", "note",
                  "versjon", "metode", "syntetiske_data"]
        body = [["fylke", f["fylkesnummer"], f["fylke"], f["fylke"], f["kommuner_asked"], f["anmodning"],
                 f["anmodning_em"], "", "", scenario.version.key, a.rules.method, yes_no(synthetic, "nb")]
                for f in fylker]
        body += [["kommune", k["kommunenummer"], k["kommune"], k["fylke"], yes_no(k["asked"], "nb"), k["anmodning"],
                  k["anmodning_em"], k["note"]["nb"], k["note"]["en"], scenario.version.key, a.rules.method,
                  yes_no(synthetic, "nb")] for k in kommuner]
        return to_csv(header, body)
    nb = lang == "nb"
    lines = [*banner(scenario.version, synthetic, lang), *heading(scenario, lang), ""]
    lines.append("Per fylke:" if nb else "Per fylke:")
    lines.append(to_table(["Fnr", "Fylke", "Antall" if nb else "Number", "EM",
                           "Kommuner anmodet" if nb else "Kommuner asked"],
                          [[f["fylkesnummer"], f["fylke"], number(f["anmodning"], lang),
                            number(f["anmodning_em"], lang), f["kommuner_asked"]] for f in fylker]
                          + [["", "Sum", number(a.need, lang), number(a.need_em, lang), a.asked]], right=(2, 3, 4)))
    lines += ["", "Per kommune:"]
    lines.append(to_table(["Knr", "Kommune", "Fylke", "Antall" if nb else "Number", "EM", "Merknad" if nb else "Note"],
                          [[k["kommunenummer"], k["kommune"], k["fylke"], number(k["anmodning"], lang),
                            number(k["anmodning_em"], lang), k["note"][lang]] for k in kommuner], right=(3, 4)))
    return "\n".join(lines)


# compare ----------------------------------------------------------------------------------

def compare_output(first: Scenario, second: Scenario, comparison: Comparison, names: Names, synthetic: bool,
                   output_format: str, lang: str) -> str:
    kommuner: list[dict[str, Any]] = [{"kommunenummer": k.kommunenummer, "kommune": names.kommune(k.kommunenummer),
                 "fylkesnummer": k.fylkesnummer, "fylke": names.fylke(k.fylkesnummer),
                 "status_change": k.status_change,
                 "from": {"asked": k.asked_from, "anmodning": k.total_from, "anmodning_em": k.em_from},
                 "to": {"asked": k.asked_to, "anmodning": k.total_to, "anmodning_em": k.em_to},
                 "difference": k.difference, "difference_em": k.difference_em} for k in comparison.kommuner]
    fylker: list[dict[str, Any]] = [{"fylkesnummer": f.fylkesnummer, "fylke": names.fylke(f.fylkesnummer),
               "from": {"anmodning": f.total_from, "anmodning_em": f.em_from, "kommuner_asked": f.asked_from},
               "to": {"anmodning": f.total_to, "anmodning_em": f.em_to, "kommuner_asked": f.asked_to},
               "difference": f.difference, "difference_em": f.difference_em} for f in comparison.fylker]
    if output_format == "json":
        return to_json({"command": "criteria compare", "synthetic_data": synthetic, "from": scenario_info(first),
                        "to": scenario_info(second), "status_changes": len(comparison.status_changes),
                        "kommuner": kommuner, "fylker": fylker})
    if output_format == "csv":
        header = ["niva", "nummer", "navn", "fylke", "statusendring", "fra_anmodet", "fra_anmodning", "fra_em",
                  "til_anmodet", "til_anmodning", "til_em", "endring", "endring_em", "fra_versjon", "til_versjon",
                  "syntetiske_data"]
        body = [["kommune", k["kommunenummer"], k["kommune"], k["fylke"],
                 STATUS_CHANGE_LABELS[k["status_change"]]["nb"],
                 yes_no(k["from"]["asked"], "nb"), k["from"]["anmodning"], k["from"]["anmodning_em"],
                 yes_no(k["to"]["asked"], "nb"), k["to"]["anmodning"], k["to"]["anmodning_em"], k["difference"],
                 k["difference_em"], first.version.key, second.version.key, yes_no(synthetic, "nb")] for k in kommuner]
        body += [["fylke", f["fylkesnummer"], f["fylke"], f["fylke"], "", f["from"]["kommuner_asked"],
                  f["from"]["anmodning"], f["from"]["anmodning_em"], f["to"]["kommuner_asked"], f["to"]["anmodning"],
                  f["to"]["anmodning_em"], f["difference"], f["difference_em"], first.version.key,
                  second.version.key, yes_no(synthetic, "nb")] for f in fylker]
        return to_csv(header, body)
    nb = lang == "nb"
    lines = [*banner(None, synthetic, lang)]
    for label, s in (("Fra" if nb else "From", first), ("Til" if nb else "To", second)):
        draft = f" – {DRAFT_BANNER[lang]}" if s.version.is_draft else ""
        head = heading(s, lang)
        lines += [f"{label}: {head[0]}{draft}", f"  {head[1]}"]
    changes = comparison.status_changes
    lines += ["", f"Kommuner som endrer status: {len(changes)}" if nb
              else f"Kommuner whose status changes: {len(changes)}"]
    header = ["Knr", "Kommune", "Fylke", "Status", "Fra" if nb else "From", "EM", "Til" if nb else "To", "EM",
              "Endring" if nb else "Change", "Endring EM" if nb else "Change EM"]

    def row(k: dict[str, Any]) -> list[str]:
        return [k["kommunenummer"], k["kommune"], k["fylke"], STATUS_CHANGE_LABELS[k["status_change"]][lang],
                number(k["from"]["anmodning"], lang), number(k["from"]["anmodning_em"], lang),
                number(k["to"]["anmodning"], lang), number(k["to"]["anmodning_em"], lang),
                f"{k['difference']:+d}", f"{k['difference_em']:+d}"]

    changed = [k for k in kommuner if k["status_change"] != "same"]
    if changed:
        lines.append(to_table(header, [row(k) for k in changed], right=(4, 5, 6, 7, 8, 9)))
    lines += ["", "Øvrige kommuner:" if nb else "Other kommuner:"]
    lines.append(to_table(header, [row(k) for k in kommuner if k["status_change"] == "same"], right=(4, 5, 6, 7, 8, 9)))
    lines += ["", "Per fylke:"]
    lines.append(to_table(["Fnr", "Fylke", "Fra" if nb else "From", "EM", "Til" if nb else "To", "EM",
                           "Endring" if nb else "Change", "Endring EM" if nb else "Change EM",
                           "Anmodet fra/til" if nb else "Asked from/to"],
                          [[f["fylkesnummer"], f["fylke"], number(f["from"]["anmodning"], lang),
                            number(f["from"]["anmodning_em"], lang), number(f["to"]["anmodning"], lang),
                            number(f["to"]["anmodning_em"], lang), f"{f['difference']:+d}", f"{f['difference_em']:+d}",
                            f"{f['from']['kommuner_asked']}/{f['to']['kommuner_asked']}"] for f in fylker],
                          right=(2, 3, 4, 5, 6, 7)))
    return "\n".join(lines)


# redistribute -----------------------------------------------------------------------------

def redistribute_output(scenario: Scenario, result: Redistribution, names: Names, synthetic: bool,
                        output_format: str, lang: str, show_all: bool) -> str:
    against = {c.kommunenummer for c in result.against_the_need()}
    changes: list[dict[str, Any]] = [{"kommunenummer": c.kommunenummer, "kommune": names.kommune(c.kommunenummer),
                "fylkesnummer": c.fylkesnummer, "fylke": names.fylke(c.fylkesnummer), "before": c.total_from,
                "after": c.total_to, "change": c.difference, "before_em": c.em_from, "after_em": c.em_to,
                "change_em": c.difference_em, "against_the_need": c.kommunenummer in against}
               for c in result.changes if show_all or c.difference or c.difference_em]
    triggers: list[dict[str, Any]] = [{"kind": t.kind, "change": float(t.change), "threshold": float(t.threshold),
                 "text": {lg: t.describe(lg) for lg in ("nb", "en")}} for t in result.triggers]
    info = {"need": result.before.need, "need_em": result.before.need_em, "adjusted_need": result.after.need,
            "adjusted_need_em": result.after.need_em, "triggered": result.triggered, "triggers": triggers}
    if output_format == "json":
        return to_json({"command": "criteria redistribute", "synthetic_data": synthetic, **scenario_info(scenario),
                        **info, "kommuner": changes})
    if output_format == "csv":
        header = ["kommunenummer", "kommune", "fylke", "for", "etter", "endring", "for_em", "etter_em", "endring_em",
                  "mot_behovet", "versjon", "syntetiske_data"]
        return to_csv(header, [[c["kommunenummer"], c["kommune"], c["fylke"], c["before"], c["after"], c["change"],
                                c["before_em"], c["after_em"], c["change_em"], yes_no(c["against_the_need"], "nb"),
                                scenario.version.key, yes_no(synthetic, "nb")] for c in changes])
    nb = lang == "nb"
    lines = [*banner(scenario.version, synthetic, lang), heading(scenario, lang)[0]]
    lines.append((f"Behov {number(result.before.need, lang)} → {number(result.after.need, lang)}, "
                  f"EM {number(result.before.need_em, lang)} → {number(result.after.need_em, lang)}.") if nb else
                 (f"Need {number(result.before.need, lang)} → {number(result.after.need, lang)}, "
                  f"EM {number(result.before.need_em, lang)} → {number(result.after.need_em, lang)}."))
    if result.triggered:
        lines.append(("Ny fordeling utløses: " if nb else "A re-distribution is triggered: ")
                     + "; ".join(t["text"][lang] for t in triggers) + ".")
    else:
        lines.append("Endringen er innenfor tersklene: ingen ny fordeling utløses." if nb
                     else "The change is within the thresholds: no re-distribution is triggered.")
        if not show_all:
            return "\n".join(lines)
    if against:
        lines.append(f"{len(against)} kommuner får en endring mot behovets retning (se «mot behovet»)." if nb
                     else f"{len(against)} kommuner move against the need (see 'against the need').")
    lines.append("")
    lines.append(to_table(["Knr", "Kommune", "Fylke", "Før" if nb else "Before", "Etter" if nb else "After",
                           "Endring" if nb else "Change", "EM før" if nb else "EM before",
                           "EM etter" if nb else "EM after", "Endring EM" if nb else "Change EM", ""],
                          [[c["kommunenummer"], c["kommune"], c["fylke"], number(c["before"], lang),
                            number(c["after"], lang), f"{c['change']:+d}", number(c["before_em"], lang),
                            number(c["after_em"], lang), f"{c['change_em']:+d}",
                            ("mot behovet" if nb else "against the need") if c["against_the_need"] else ""]
                           for c in changes], right=(3, 4, 5, 6, 7, 8)))
    return "\n".join(lines)
