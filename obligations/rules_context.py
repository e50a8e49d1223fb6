"""Loading this project's rule files with the domain's own checks added to the engine's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from engine.problems import Problem
from engine.repository import RuleRepository, load_repository
from engine.ruleset import RuleSet
from engine.schemas import SchemaSet
from engine.yamlload import LoadedYaml
from obligations.agreement import agreement_provisions, normalise_whitespace
from obligations.catalogue import FACT_CATALOGUE, FIELD_TYPES
from obligations.criteria.spec import check_criteria_file
from obligations.paths import SCHEMA_DIR

AGREEMENT_TITLE = "Samarbeidsavtale om mottak og bosetting av flyktninger (2026-2029)"
# The parties, as the agreement names them, and the bodies that act for them (their directorates).
PARTIES = ("KS", "Arbeids- og inkluderingsdepartementet", "Justis- og beredskapsdepartementet",
           "Barne- og familiedepartementet", "Kommunal- og distriktsdepartementet")
PARTY_BODIES = ("KS", "AID", "JD", "BFD", "KDD", "IMDi", "UDI", "Bufdir", "Bufetat", "Husbanken")


def check_against_agreement(ruleset: RuleSet, loaded: LoadedYaml) -> Iterable[Problem]:
    """Provisions of a rule set citing the agreement must exist in it, quoted verbatim."""
    if AGREEMENT_TITLE not in ruleset.source.get("document", ""):
        return []
    provisions = agreement_provisions()
    problems = []
    for index, provision in enumerate(ruleset.provisions):
        pid = provision["id"]
        if pid not in provisions:
            problems.append(loaded.problem(("provisions", index, "id"),
                                           f"the agreement has no provision '{pid}'; its provisions are "
                                           f"{', '.join(provisions)}"))
        elif normalise_whitespace(provision["text"]) != provisions[pid]:
            problems.append(loaded.problem(("provisions", index, "text"),
                                           f"the text of provision '{pid}' is not the agreement's own words; "
                                           f"quote it verbatim: \"{provisions[pid]}\""))
    return problems


def check_who_is_bound(ruleset: RuleSet, loaded: LoadedYaml) -> Iterable[Problem]:
    """Every obligation of the agreement says whom it binds and what kind it is, in the text's own words.

    Only the parties (KS and the four ministries) are bound; the bodies that carry an obligation out are
    the parties' own (their directorates); anyone else (fylkeskommunene, Nasjonalt utvalg,
    Beregningsutvalget) is listed as involved, so that no report shows a non-party as responsible.
    """
    if ruleset.kind != "obligations" or AGREEMENT_TITLE not in ruleset.source.get("document", ""):
        return []
    problems = []
    for index, provision in enumerate(ruleset.provisions):
        at: tuple[str | int, ...] = ("provisions", index)
        pid = provision["id"]
        binds = provision.get("binds")
        if not binds:
            problems.append(loaded.problem(at, f"obligation '{pid}' does not say whom it binds: add binds: with the "
                                               f"parties the text names ({', '.join(PARTIES)})"))
        for b_index, party in enumerate(binds or ()):
            if party not in PARTIES:
                problems.append(loaded.problem((*at, "binds", b_index), f"'{party}' is not a party to the agreement; "
                                               f"the parties are {', '.join(PARTIES)} (list others under involved:)"))
        for c_index, body in enumerate(provision.get("carried_by", ())):
            if body not in PARTY_BODIES:
                problems.append(loaded.problem((*at, "carried_by", c_index), f"'{body}' is not a party or one of "
                                               f"their agencies ({', '.join(PARTY_BODIES)}); list it under involved: "
                                               "so that reports label it as not a party"))
        kind = provision.get("obligation")
        if kind is None:
            problems.append(loaded.problem(at, f"obligation '{pid}' does not say what kind it is: add obligation: "
                                               "with type (effort or act), the deciding words and the reading"))
        elif normalise_whitespace(kind["words"]) not in normalise_whitespace(provision["text"]):
            problems.append(loaded.problem((*at, "obligation", "words"), f"the deciding words '{kind['words']}' are "
                                           f"not in the text of '{pid}'; quote them from it"))
    return problems


def check_shared_metric_parameters(rulesets: Sequence[RuleSet]) -> list[Problem]:
    """The obligations and goals files both derive facts from the metric parameters (long-wait limits,
    notice days...); where two versions in force at the same time set one differently, the review would
    count long waits one way for an obligation and another way for a goal."""
    from obligations.derive import DeriveSettings

    problems = []
    shared = [r for r in rulesets if r.kind in ("obligations", "goals") and r.status == "adopted"]
    for i, first in enumerate(shared):
        for second in shared[i + 1:]:
            if second.valid_from > first.valid_to or first.valid_from > second.valid_to:
                continue
            for name in DeriveSettings.PARAMETERS:
                if name in first.parameters and name in second.parameters:
                    before, after = first.parameters[name].value, second.parameters[name].value
                    if before != after:
                        problems.append(second.problem(
                            ("parameters", name, "value"),
                            f"parameter '{name}' is {after!r} here but {before!r} in {first.path} ({first.key}), "
                            "which is in force at the same time; the metrics must count the same way: "
                            "give both the same value"))
    return problems


def load_rules(paths: Sequence[Path], today: dt.date | None = None) -> RuleRepository:
    repo = load_repository(paths, SchemaSet(SCHEMA_DIR), FACT_CATALOGUE,
                           extra_checks=[check_against_agreement, check_who_is_bound, check_criteria_file],
                           today=today, field_types=FIELD_TYPES)
    repo.problems.extend(check_shared_metric_parameters(repo.rulesets))
    repo.problems.sort()
    return repo
