"""Loading every rule file under some paths, and choosing the version in force.

Every problem in every file is collected in one run. Across files: the same version
twice, and two adopted versions of one rule set in force on the same day, are
errors. A version whose review is old, or whose validity has ended, is flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bosetting.engine.problems import InputError, Problem
from bosetting.engine.ruleset import RuleSet
from bosetting.engine.schemas import SchemaSet
from bosetting.engine.yamlload import MAX_RULE_FILE_VALUES, LoadedYaml, load_yaml_file

if TYPE_CHECKING:
    from bosetting.engine.build import FactCatalogue, FieldTypes

RULE_FILE_SUFFIXES = (".yaml", ".yml")
# Assumption: a rule file unreviewed for more than a year may no longer state policy.
DEFAULT_MAX_REVIEW_AGE_DAYS = 365

ExtraCheck = Callable[[RuleSet, LoadedYaml], Iterable[Problem]]


@dataclass
class RuleRepository:
    """The rule sets found under some paths, every version of each."""

    rulesets: list[RuleSet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    # The paths the rule sets were read from, as given: where a problem with the whole collection points.
    roots: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def raise_for_errors(self) -> None:
        if self.errors:
            raise InputError(self.errors)

    def versions(self, ruleset_id: str) -> list[RuleSet]:
        return sorted((r for r in self.rulesets if r.id == ruleset_id), key=lambda r: _version_key(r.version))

    def ids(self, kind: str | None = None) -> list[str]:
        return sorted({r.id for r in self.rulesets if kind is None or r.kind == kind})

    def in_force(self, ruleset_id: str, day: dt.date, include_drafts: bool = False) -> RuleSet | None:
        """The adopted version in force on `day`; with drafts, the newest draft in force wins."""
        candidates = [r for r in self.versions(ruleset_id) if r.in_force_on(day)]
        if include_drafts:
            drafts = [r for r in candidates if r.status == "draft"]
            if drafts:
                return drafts[-1]
        adopted = [r for r in candidates if r.status == "adopted"]
        return adopted[-1] if adopted else None

    def all_in_force(self, kind: str, day: dt.date, include_drafts: bool = False) -> list[RuleSet]:
        found = (self.in_force(rid, day, include_drafts) for rid in self.ids(kind))
        return [r for r in found if r is not None]

    def find(self, ruleset_id: str, version: str | None = None) -> RuleSet | None:
        versions = self.versions(ruleset_id)
        if version is None:
            return versions[-1] if versions else None
        return next((r for r in versions if r.version == version), None)

    def freshness(self, ruleset: RuleSet, on: dt.date, max_age_days: int = DEFAULT_MAX_REVIEW_AGE_DAYS) -> list[str]:
        """Why this version should not be used silently on `on`: old review, ended validity."""
        notes = []
        age = (on - ruleset.last_reviewed_on).days
        if age > max_age_days:
            notes.append(
                f"last reviewed {ruleset.last_reviewed_on} ({age} days before {on}; the limit is {max_age_days} days)"
            )
        if on > ruleset.valid_to:
            notes.append(f"validity ended {ruleset.valid_to}")
        if ruleset.status == "retired":
            notes.append("retired")
        return notes


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def rule_files(paths: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """The rule files under `paths`; a path that does not exist, or a folder holding none, is a problem."""
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.suffix in RULE_FILE_SUFFIXES and p.is_file())
            if not inside:
                problems.append(Problem(str(path), 0, 0, f"the folder holds no rule file "
                                        f"({' or '.join(RULE_FILE_SUFFIXES)}): is it the rules folder?"))
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Problem(str(path), 0, 0, "no such file or folder"))
    return found, problems


def _not_rule_folders(paths: Sequence[Path], files: Sequence[Path], kinds_declared: set[Path]) -> list[Problem]:
    """A folder none of whose YAML files says `kind:` is not a rules folder (a data folder, say): say so once."""
    problems = []
    for path in paths:
        if not path.is_dir():
            continue
        inside = [f for f in files if path in f.parents]
        if inside and not any(f in kinds_declared for f in inside):
            problems.append(Problem(str(path), 0, 0, f"this is not a rules folder: none of its {len(inside)} YAML "
                                    "file(s) is a rule file (none says kind: obligations, goals or criteria)"))
    return problems


def load_repository(
    paths: Sequence[Path],
    schemas: SchemaSet,
    catalogue: FactCatalogue | None = None,
    extra_checks: Sequence[ExtraCheck] = (),
    today: dt.date | None = None,
    max_review_age_days: int = DEFAULT_MAX_REVIEW_AGE_DAYS,
    field_types: FieldTypes | None = None,
) -> RuleRepository:
    """Load, validate and build every rule file under `paths`; never raises for bad input.

    `catalogue` names the fields of each fact; `field_types` says what each holds, so that a comparison
    with a value of the wrong type is an error (engine.build).
    """
    # Imported here: a review whose rule sets come from the user's cache (obligations.cache) builds none, and
    # paid for this module (about 1 ms) at every start.
    from bosetting.engine.build import build_ruleset

    files, problems = rule_files(paths)
    repo = RuleRepository(problems=problems, files=[str(f) for f in files], roots=[str(p) for p in paths])
    loaded_by_key: dict[str, LoadedYaml] = {}
    kinds_declared: set[Path] = set()
    for path in files:
        try:
            loaded = load_yaml_file(path, max_values=MAX_RULE_FILE_VALUES)
        except InputError as exc:
            repo.problems.extend(exc.problems)
            continue
        repo.problems.extend(loaded.warnings)
        if isinstance(loaded.data, dict) and "kind" in loaded.data:
            kinds_declared.add(path)
        schema_problems = schemas.validate(loaded)
        if schema_problems:
            repo.problems.extend(schema_problems)
            continue
        ruleset, build_problems = build_ruleset(loaded, catalogue, field_types)
        repo.problems.extend(build_problems)
        if ruleset is None:
            continue
        check_problems = [p for check in extra_checks for p in check(ruleset, loaded)]
        repo.problems.extend(check_problems)
        if any(p.severity == "error" for p in check_problems):
            continue
        if ruleset.key in loaded_by_key:
            first = loaded_by_key[ruleset.key]
            repo.problems.append(
                loaded.problem(("version",), f"{ruleset.id} version {ruleset.version} is also defined in {first.path}")
            )
            continue
        loaded_by_key[ruleset.key] = loaded
        repo.rulesets.append(ruleset)
    repo.problems.extend(_not_rule_folders(paths, files, kinds_declared))
    repo.problems.extend(_overlaps(repo.rulesets, loaded_by_key))
    if today is not None:
        repo.problems.extend(freshness_warnings(repo, today, max_review_age_days))
    repo.problems.sort()
    return repo


def freshness_warnings(repo: RuleRepository, today: dt.date,
                       max_review_age_days: int = DEFAULT_MAX_REVIEW_AGE_DAYS) -> list[Problem]:
    """A warning for each adopted version in force on `today` that should not be used silently."""
    return [ruleset.problem(("last_reviewed_on",), f"{ruleset.key} is in force but {note}: review it",
                            severity="warning")
            for ruleset in repo.rulesets if ruleset.status == "adopted" and ruleset.in_force_on(today)
            for note in repo.freshness(ruleset, today, max_review_age_days)]


def _overlaps(rulesets: list[RuleSet], loaded_by_key: dict[str, LoadedYaml]) -> list[Problem]:
    problems = []
    adopted = sorted((r for r in rulesets if r.status == "adopted"), key=lambda r: (r.id, r.valid_from))
    for i, first in enumerate(adopted):
        for second in adopted[i + 1 :]:
            if second.id != first.id:
                continue
            if second.valid_from <= first.valid_to and first.valid_from <= second.valid_to:
                day = max(first.valid_from, second.valid_from)
                problems.append(
                    loaded_by_key[second.key].problem(
                        ("valid_from",),
                        f"two adopted versions of '{first.id}' are in force on {day}: version {first.version} "
                        f"({first.path}, {first.valid_from} to {first.valid_to}) and version {second.version} "
                        f"({second.valid_from} to {second.valid_to}); end one before the other starts or retire it",
                    )
                )
    return problems
