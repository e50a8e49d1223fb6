"""The `allocation` block of a criteria file as typed values, and the checks a schema cannot make.

The schema checks the block's shape; `check_criteria_file` checks that every rule id it
names is a rule of the file and every parameter it names exists and has a usable value.
Parameter values become exact fractions from their decimal text (0.2 is 1/5, not the
nearest binary float), so that weights and shares compare exactly and results never
depend on floating-point rounding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from bosetting.engine.comparison_types import NUMBER, how_to_write
from bosetting.engine.problems import InputError, Problem
from bosetting.engine.ruleset import RuleSet, canonical_json
from bosetting.engine.schemas import did_you_mean
from bosetting.engine.yamlload import LoadedYaml

CRITERIA_KIND = "criteria"
CRITERIA_ID = "anmodningskriterier"
TWO_LEVELS = ("fylke", "kommune")


@dataclass(frozen=True)
class RedistributionThresholds:
    """A change of the need beyond any of these calls for a new distribution (None: not used)."""

    relative: Fraction | None = None
    absolute: int | None = None
    absolute_em: int | None = None


@dataclass(frozen=True)
class AllocationSpec:
    """How one criteria version distributes the need."""

    method: str
    levels: tuple[str, ...]
    base_weight: Fraction
    weights: dict[str, Fraction]  # scoring rule id -> score gained when met
    mandatory: tuple[str, ...]
    em_criteria: tuple[str, ...]
    minimum_request: int | None
    maximum_share: Fraction | None
    use_recommendations: bool
    redistribution: RedistributionThresholds

    @property
    def by_fylke(self) -> bool:
        return self.levels == TWO_LEVELS

    def role(self, rule_id: str) -> str:
        """mandatory, scoring, em or info (shown, but without effect on the distribution)."""
        if rule_id in self.mandatory:
            return "mandatory"
        if rule_id in self.weights:
            return "scoring"
        if rule_id in self.em_criteria:
            return "em"
        return "info"

    def with_method(self, method: str) -> AllocationSpec:
        return AllocationSpec(self.method if not method else method, self.levels, self.base_weight, self.weights,
                              self.mandatory, self.em_criteria, self.minimum_request, self.maximum_share,
                              self.use_recommendations, self.redistribution)


def exact(value: Any) -> Fraction:
    """A parameter value as an exact fraction of its decimal text."""
    return Fraction(str(value))


def _value(ruleset: RuleSet, name: str | None) -> Any:
    return None if name is None else ruleset.parameters[name].value


def allocation_spec(ruleset: RuleSet) -> AllocationSpec:
    """The typed allocation block of a loaded criteria version (checked by `check_criteria_file`)."""
    block = ruleset.data.get("allocation", {})
    redistribution = block.get("redistribution", {})
    minimum = _value(ruleset, block.get("minimum_request"))
    share = _value(ruleset, block.get("maximum_share_of_population"))
    relative = _value(ruleset, redistribution.get("relative_change"))
    absolute = _value(ruleset, redistribution.get("absolute_change"))
    absolute_em = _value(ruleset, redistribution.get("absolute_change_em"))
    return AllocationSpec(
        method=block["method"],
        levels=tuple(block["levels"]),
        base_weight=exact(_value(ruleset, block["base_weight"])),
        weights={rule: exact(_value(ruleset, param)) for rule, param in block.get("weights", {}).items()},
        mandatory=tuple(block.get("mandatory", ())),
        em_criteria=tuple(block.get("em_criteria", ())),
        minimum_request=int(minimum) if minimum is not None else None,
        maximum_share=exact(share) if share is not None else None,
        use_recommendations=bool(block.get("use_fylkeskommune_recommendations", False)),
        redistribution=RedistributionThresholds(
            relative=exact(relative) if relative is not None else None,
            absolute=int(absolute) if absolute is not None else None,
            absolute_em=int(absolute_em) if absolute_em is not None else None),
    )


def _number_problem(value: Any, *, whole: bool, low: Fraction, high: Fraction | None, unit: str = "") -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"must be a number: {how_to_write(value, NUMBER, unit)}"
    if whole and value != int(value):
        return "must be a whole number"
    number = exact(value)
    if number < low or (high is not None and number > high):
        upper = f" and at most {high}" if high is not None else ""
        return f"must be at least {low}{upper}"
    return None


# allocation key -> (whole number?, smallest, largest)
_PARAMETER_KINDS: dict[str, tuple[bool, Fraction, Fraction | None]] = {
    "base_weight": (False, Fraction(0), None),
    "minimum_request": (True, Fraction(1), None),
    "maximum_share_of_population": (False, Fraction(0), Fraction(1)),
    "relative_change": (False, Fraction(0), None),
    "absolute_change": (True, Fraction(0), None),
    "absolute_change_em": (True, Fraction(0), None),
    "weights": (False, Fraction(0), None),
}


@dataclass(frozen=True)
class ParameterLimits:
    """What check_criteria_file requires of a parameter the allocation block names (for forms to show)."""

    role: str  # the allocation key that names it: minimum_request, weights, ...
    whole: bool
    low: Fraction
    high: Fraction | None


def parameter_limits(ruleset: RuleSet) -> dict[str, ParameterLimits]:
    """The limits check_criteria_file applies, by parameter name, for the parameters the allocation block names."""
    block = ruleset.data.get("allocation", {})
    roles = [(key, block[key]) for key in ("base_weight", "minimum_request", "maximum_share_of_population")
             if key in block]
    roles += list(block.get("redistribution", {}).items())
    roles += [("weights", name) for name in block.get("weights", {}).values()]
    return {name: ParameterLimits(role, *_PARAMETER_KINDS[role]) for role, name in roles}


def check_criteria_file(ruleset: RuleSet, loaded: LoadedYaml) -> Iterable[Problem]:
    """Rule ids and parameters the allocation block names must exist and fit; criteria rules judge kommuner."""
    if ruleset.kind != CRITERIA_KIND:
        return []
    problems: list[Problem] = []
    block = ruleset.data.get("allocation", {})
    rule_ids = [rule.id for rule in ruleset.rules]

    def parameter(at: tuple[str | int, ...], name: str, kind: str) -> None:
        if name not in ruleset.parameters:
            hint = did_you_mean(name, ruleset.parameters)
            problems.append(loaded.problem(at, f"unknown parameter '{name}'{hint}; declare it under parameters:"))
            return
        whole, low, high = _PARAMETER_KINDS[kind]
        why = _number_problem(ruleset.parameters[name].value, whole=whole, low=low, high=high,
                              unit=ruleset.parameters[name].unit)
        if why:
            problems.append(loaded.problem(("parameters", name, "value"), f"parameter '{name}' ({kind}) {why}"))

    def rule(at: tuple[str | int, ...], rule_id: str) -> None:
        if rule_id not in rule_ids:
            hint = did_you_mean(rule_id, rule_ids)
            problems.append(loaded.problem(at, f"no rule '{rule_id}' in this file{hint}"))

    for key in ("base_weight", "minimum_request", "maximum_share_of_population"):
        if key in block:
            parameter(("allocation", key), block[key], key)
    for key, name in block.get("redistribution", {}).items():
        parameter(("allocation", "redistribution", key), name, key)
    for rule_id, name in block.get("weights", {}).items():
        rule(("allocation", "weights", rule_id), rule_id)
        parameter(("allocation", "weights", rule_id), name, "weights")
        if rule_id in block.get("mandatory", ()):
            problems.append(loaded.problem(("allocation", "weights", rule_id),
                                           f"rule '{rule_id}' is both mandatory and scoring; choose one"))
    for key in ("mandatory", "em_criteria"):
        for index, rule_id in enumerate(block.get(key, ())):
            rule(("allocation", key, index), rule_id)
    problems.extend(_check_changes(ruleset, loaded))
    roles = {*block.get("weights", {}), *block.get("mandatory", ()), *block.get("em_criteria", ())}
    for index, rule_obj in enumerate(ruleset.rules):
        if rule_obj.applies_to != "kommune" or rule_obj.fact != "kommune_aar":
            problems.append(loaded.problem(("rules", index), f"criteria rule '{rule_obj.id}' must have "
                                           "applies_to: kommune and fact: kommune_aar"))
        if rule_obj.id not in roles:
            problems.append(loaded.problem(("rules", index, "id"), f"rule '{rule_obj.id}' is not named in "
                                           "allocation (mandatory, weights or em_criteria): it is shown but "
                                           "does not change the distribution", severity="warning"))
    return problems


def _check_changes(ruleset: RuleSet, loaded: LoadedYaml) -> list[Problem]:
    """A draft's record of changed parameters must name parameters of the file, each once, with their value."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, entry in enumerate(ruleset.data.get("changes", {}).get("parameters", ())):
        at: tuple[str | int, ...] = ("changes", "parameters", index, "parameter")
        name = entry["parameter"]
        if name not in ruleset.parameters:
            hint = did_you_mean(name, ruleset.parameters)
            problems.append(loaded.problem(at, f"changes names parameter '{name}', which this file does not "
                                               f"have{hint}"))
        elif name in seen:
            problems.append(loaded.problem(at, f"changes names parameter '{name}' twice; give one entry for it"))
        elif canonical_json(entry["to"]) != canonical_json(ruleset.parameters[name].value):
            problems.append(loaded.problem((*at[:-1], "to"), f"changes says parameter '{name}' became "
                                           f"{canonical_json(entry['to'])}, but its value is "
                                           f"{canonical_json(ruleset.parameters[name].value)}; make them agree"))
        seen.add(name)
    return problems


def require_criteria(ruleset: RuleSet) -> None:
    """Raise when a rule set is not a criteria file, naming the file."""
    if ruleset.kind != CRITERIA_KIND:
        raise InputError([Problem(ruleset.path, message=f"{ruleset.key} is a '{ruleset.kind}' file, "
                                  "not request criteria (kind: criteria)")])
