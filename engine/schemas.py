"""JSON Schema validation of rule files (and of hand-written data documents), with every error located
and explained.

The schemas live beside the rules (`rules/schema/*.schema.json`); each kind of rule
file has one, joined to the shared definitions by a `$ref` relative to the file itself
(`common.schema.json#/$defs/...`). No schema names a web address as its `$id`, so the refs
resolve from the files alone, here (a `referencing` registry keyed by file name) and in the
standard tools (check-jsonschema, the YAML language server, ajv with `-r`). All errors are
reported (never only jsonschema's `best_match`), each at the line and column of the offending
key or value, with a "did you mean" for misspelt keys and enum values.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bosetting.engine.problems import InputError, Problem, quoted
from bosetting.engine.yamlload import LoadedYaml

if TYPE_CHECKING:  # jsonschema and referencing are imported when a SchemaSet is made: a cached run never needs them
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

SCHEMA_SUFFIX = ".schema.json"

_TYPE_WORDS = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "object": "a mapping (key: value lines)",
    "array": "a list (lines starting with '- ')",
    "null": "nothing",
}


# Every format a schema declares is checked: jsonschema's format checker knows `date` itself and
# `uri` with rfc3986-validator installed (tests/test_schema_formats.py keeps the two lists in step).
FORMAT_WORDS = {
    "uri": "a full web address (such as https://www.regjeringen.no/...)",
}


def _found(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {quoted(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "nothing" if value is None else repr(value)


class SchemaSet:
    """The schemas of every kind of rule file, loaded once from a folder."""

    def __init__(self, folder: Path):
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.folder = folder
        resources = []
        self.by_kind: dict[str, dict[str, Any]] = {}
        for path in sorted(folder.glob(f"*{SCHEMA_SUFFIX}")):
            contents = json.loads(path.read_text(encoding="utf-8"))
            Draft202012Validator.check_schema(contents)
            resources.append((path.name, Resource.from_contents(contents, default_specification=DRAFT202012)))
            kind = path.name[: -len(SCHEMA_SUFFIX)]
            if kind != "common":
                self.by_kind[kind] = contents
        if not self.by_kind:
            raise InputError([Problem(str(folder), 0, 0, f"no rule file schemas (*{SCHEMA_SUFFIX}) in this folder")])
        self.registry: Registry = Registry().with_resources(resources)
        self._schema_ids = [name for name, _resource in resources]
        self.validators = {
            kind: Draft202012Validator(
                schema, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER
            )
            for kind, schema in self.by_kind.items()
        }

    @property
    def kinds(self) -> list[str]:
        return sorted(self.by_kind)

    def schema_file(self, kind: str) -> Path:
        return self.folder / f"{kind}{SCHEMA_SUFFIX}"

    def validate(self, loaded: LoadedYaml) -> list[Problem]:
        data = loaded.data
        if not isinstance(data, dict):
            return [loaded.problem((), f"expected a mapping of keys at the top of a rule file, found {_found(data)}")]
        kind = data.get("kind")
        if not isinstance(kind, str) and kind is not None:  # a list or mapping cannot even be looked up
            return [loaded.problem(("kind",), f"expected the kind as text (one of {', '.join(self.kinds)}), "
                                              f"found {_found(kind)}")]
        if kind not in self.validators:
            if kind is None:
                return [loaded.problem((), f"missing required key 'kind' (one of {', '.join(self.kinds)})")]
            hint = did_you_mean(str(kind), self.kinds)
            return [loaded.problem(("kind",),
                                   f"unknown kind {quoted(kind)}; expected one of {', '.join(self.kinds)}{hint}")]
        return self._problems(self.validators[kind], loaded)

    def _problems(self, validator: Draft202012Validator, loaded: LoadedYaml) -> list[Problem]:
        problems: list[Problem] = []
        errors = list(validator.iter_errors(loaded.data))
        # A date like 2026-13-45 breaks both the date pattern and the date format: say it once, as a date.
        bad_dates = {tuple(e.absolute_path) for e in errors if e.validator == "format" and e.validator_value == "date"}
        for error in errors:
            if error.validator == "pattern" and tuple(error.absolute_path) in bad_dates:
                continue
            problems.extend(self._explain(error, loaded))
        return sorted(set(problems))

    def _explain(self, error: ValidationError, loaded: LoadedYaml) -> Iterable[Problem]:
        at = tuple(error.absolute_path)
        keyword = error.validator
        schema = error.schema if isinstance(error.schema, dict) else {}
        if keyword == "additionalProperties" and isinstance(error.instance, dict):
            allowed = sorted(schema.get("properties", {}))
            for key in sorted(set(error.instance) - set(allowed)):
                hint = did_you_mean(key, allowed)
                yield loaded.problem(
                    (*at, key), f"unknown key {quoted(key)}{hint}; expected one of: {', '.join(allowed)}", key=True
                )
            return
        if keyword == "required":
            missing = str(error.message).split("'")[1] if "'" in error.message else error.message
            described = _described(self._resolve(schema.get("properties", {}).get(missing, {})))
            yield loaded.problem(at, f"missing required key '{missing}'" + (f" ({described})" if described else ""))
            return
        if keyword == "dependentRequired":
            yield loaded.problem(at, f"incomplete condition: {error.message}")
            return
        if keyword == "type":
            expected = error.validator_value
            types = [str(t) for t in (expected if isinstance(expected, list) else [expected])]
            words = " or ".join(_TYPE_WORDS.get(t, t) for t in types)
            yield loaded.problem(at, f"expected {words}, found {_found(error.instance)}")
            return
        if keyword == "enum":
            options = [str(o) for o in error.validator_value]
            hint = did_you_mean(str(error.instance), options)
            yield loaded.problem(
                at, f"{_found(error.instance)} is not allowed here; expected one of: {', '.join(options)}{hint}"
            )
            return
        if keyword == "const":
            yield loaded.problem(at, f"expected '{error.validator_value}', found {_found(error.instance)}")
            return
        if keyword == "format" and error.validator_value == "date":
            yield loaded.problem(at, _date_message(str(error.instance)))
            return
        if keyword == "format":
            expected = FORMAT_WORDS.get(str(error.validator_value), f"in the format '{error.validator_value}'")
            yield loaded.problem(at, f"{_found(error.instance)} is not {expected}")
            return
        if keyword == "pattern":
            described = _described(schema)
            yield loaded.problem(
                at, f"{_found(error.instance)} is not in the expected form" + (f": {described}" if described else "")
            )
            return
        if keyword == "propertyNames":
            yield loaded.problem(at, f"the name {error.message}")
            return
        yield loaded.problem(at, error.message)

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Follow a `$ref` to describe what was expected; a ref we cannot follow only loses the description.

        A validation error does not say which schema file its sub-schema came from, so a
        same-file ref (`#/$defs/text`) is tried against each schema file in turn.
        """
        ref = schema.get("$ref")
        if not ref:
            return schema
        if ref.startswith("#"):
            candidates = [f"{name}{ref}" for name in self._schema_ids]
        else:
            candidates = [ref]
        from referencing.exceptions import Unresolvable

        resolver = self.registry.resolver()
        for candidate in candidates:
            try:
                target = dict(resolver.lookup(candidate).contents)
            except Unresolvable:
                continue
            target.update({k: v for k, v in schema.items() if k != "$ref"})
            return target
        return {k: v for k, v in schema.items() if k != "$ref"}


class DocumentSchema(SchemaSet):
    """One JSON Schema for one kind of hand-written data document (a register), with the same located problems."""

    def __init__(self, path: Path):
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.folder = path.parent
        self.path = path
        contents = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(contents)
        self.by_kind = {}
        self.registry = Registry().with_resources([(path.name, Resource.from_contents(
            contents, default_specification=DRAFT202012))])
        self._schema_ids = [path.name]
        self.validator = Draft202012Validator(contents, registry=self.registry,
                                              format_checker=Draft202012Validator.FORMAT_CHECKER)
        self.validators = {}

    def validate(self, loaded: LoadedYaml) -> list[Problem]:
        return self._problems(self.validator, loaded)


def _described(schema: dict[str, Any]) -> str:
    return str(schema.get("description", "")).rstrip(".")


_ISO_SHAPE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_DAY_FIRST = re.compile(r"^([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})$")


def _date_message(text: str) -> str:
    if _ISO_SHAPE.match(text):
        return f"{quoted(text)} is not a real calendar date; expected YYYY-MM-DD"
    day_first = _DAY_FIRST.match(text)
    hint = ""
    if day_first:
        day, month, year = day_first.groups()
        hint = f"; write {year}-{int(month):02d}-{int(day):02d}"
    return f"{quoted(text)} is not a date in the form YYYY-MM-DD{hint}"


def did_you_mean(word: str, options: Iterable[str]) -> str:
    import difflib  # only when there is a mistake to hint at

    choices = list(options)
    word = word[:100]  # a 2 MB key is not compared letter by letter with every choice
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    # A word spelt out in full ('operator' for 'op') is closer to its abbreviation than to a look-alike.
    prefixes = [o for o in choices if len(o) >= 2 and word.lower().startswith(o.lower()) and o not in close]
    if prefixes and not (close and close[0].lower().startswith(word.lower()[:3])):
        close = [max(prefixes, key=len)]
    return f"; did you mean '{close[0]}'?" if close else ""
