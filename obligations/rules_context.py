"""Loading this project's rule files with the domain's own checks added to the engine's."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bosetting.engine.problems import Problem
from bosetting.engine.repository import RuleRepository, freshness_warnings, load_repository, rule_files
from bosetting.engine.ruleset import RuleSet
from bosetting.engine.yamlload import LoadedYaml
from bosetting.obligations.agreement import agreement_provisions, normalise_whitespace
from bosetting.obligations.cache import cached, code_version, digest
from bosetting.obligations.criteria.spec import check_criteria_file
from bosetting.obligations.facts import fact_types, metric_parameters
from bosetting.obligations.paths import AGREEMENT_FILE, SCHEMA_DIR

if TYPE_CHECKING:
    from bosetting.engine.schemas import SchemaSet

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


def check_fact_subjects(ruleset: RuleSet, loaded: LoadedYaml) -> Iterable[Problem]:
    """A rule applies to a subject its fact type is derived for (obligations.facts): any other would never be
    reached by a fact and would say insufficient_data every year."""
    problems = []
    for index, rule in enumerate(ruleset.rules):
        fact_type = fact_types().get(rule.fact)
        if fact_type is None:  # an unknown fact is reported by the engine
            continue
        if rule.applies_to not in fact_type.subjects:
            problems.append(loaded.problem(("rules", index, "applies_to"), (
                f"rule '{rule.id}' applies to {rule.applies_to}, but the fact '{rule.fact}' is derived only for "
                f"{' and '.join(fact_type.subjects)}: no fact would reach the rule, and it would always say "
                "insufficient_data")))
        elif rule.applies_to == "agency" and fact_type.agencies and rule.agency not in fact_type.agencies:
            problems.append(loaded.problem(("rules", index, "agency"), (
                f"rule '{rule.id}' applies to {rule.agency}, but the fact '{rule.fact}' is derived only for "
                f"{' and '.join(fact_type.agencies)}: no fact would reach the rule, and it would always say "
                "insufficient_data")))
    return problems


def check_shared_metric_parameters(rulesets: Sequence[RuleSet]) -> list[Problem]:
    """The obligations and goals files both derive facts from the metric parameters (long-wait limits,
    notice days...); where two versions in force at the same time set one differently, the review would
    count long waits one way for an obligation and another way for a goal."""
    problems = []
    shared = [r for r in rulesets if r.kind in ("obligations", "goals") and r.status == "adopted"]
    for i, first in enumerate(shared):
        for second in shared[i + 1:]:
            if second.valid_from > first.valid_to or first.valid_from > second.valid_to:
                continue
            for name in metric_parameters():
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
    """Every rule file under `paths`, validated and built, with every problem; warnings for `today`'s review.

    The validated rule sets come from the user's cache (obligations.cache) when no rule file, schema,
    the agreement's text or the code has changed since they were built; what depends on `today` is
    worked out each time.
    """
    key = _rules_key(paths)
    if key is None:  # a file that cannot be read: building reports it
        repo = _build_rules(paths)
    else:
        name = "rules-" + digest(str(Path(p).resolve()) for p in paths)[:16]
        repo, _how = cached(name, key, lambda: _build_rules(paths), RuleRepository)
    if today is not None:
        repo.problems.extend(freshness_warnings(repo, today))
        repo.problems.sort()
    return repo


def validate_uncached(paths: Sequence[Path], schemas: SchemaSet | None = None) -> RuleRepository:
    """The files checked as `bosetting validate` checks them, never from the cache: for a file written a moment
    ago and checked once (the workbench's draft). `schemas` (a SchemaSet of SCHEMA_DIR) saves loading them again."""
    return _build_rules(paths, schemas)


def _build_rules(paths: Sequence[Path], schemas: SchemaSet | None = None) -> RuleRepository:
    from bosetting.engine.schemas import SchemaSet  # jsonschema is imported only when the rule files are validated
    from bosetting.obligations.catalogue import FACT_CATALOGUE, FIELD_TYPES  # the fact types, with all they derive from

    repo = load_repository(paths, schemas or SchemaSet(SCHEMA_DIR), FACT_CATALOGUE,
                           extra_checks=[check_against_agreement, check_who_is_bound, check_fact_subjects,
                                         check_criteria_file],
                           field_types=FIELD_TYPES)
    repo.problems.extend(check_shared_metric_parameters(repo.rulesets))
    repo.problems.sort()
    return repo


def _rules_key(paths: Sequence[Path]) -> str | None:
    """A digest of everything the built rule sets depend on, or None when a file cannot be read."""
    files, _problems = rule_files(paths)
    schemas = sorted(SCHEMA_DIR.glob("*.schema.json"))
    try:
        contents = [part for path in (*files, *schemas, AGREEMENT_FILE)
                    for part in (str(path), hashlib.sha256(path.read_bytes()).hexdigest())]
    except OSError:
        return None
    return digest(["rules 1", code_version(), *map(str, paths), "files", *contents])
