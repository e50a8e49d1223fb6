"""The workbench's logic without a web server: a form's values in, everything the page shows out.

One `Workbench` holds one evaluation layer (obligations.system.AgreementSystem) and asks it for the
criteria (rule files and data loaded once, rules compiled once per structure, parameters as data), so each
change of a parameter costs a check of the draft and one evaluation and allocation. The page's form is a
plain mapping of field names to texts (`Form.parse`), so the same code serves a form sent with JavaScript
off and an update fetched with it on.

A variant can be kept on the page under a name (`KeptVariant`): it travels in the form as a hidden field
(kept_1, kept_2, ...), never in a file or on the server, so that the current variant can be compared with it,
and any two unsaved variants side by side.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode

from bosetting.engine.problems import InputError, Problem
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.criteria.allocation import Allocation
from bosetting.obligations.criteria.compare import ComparedKommune, RequestDifferences, compare_allocations
from bosetting.obligations.criteria.evaluate import CriteriaVersion
from bosetting.obligations.criteria.spec import CRITERIA_KIND, ParameterLimits, parameter_limits
from bosetting.obligations.criteria.texts import RULESET_STATUS, number
from bosetting.obligations.recent import recent
from bosetting.obligations.review.svg import grouped_bars
from bosetting.obligations.system import AgreementSystem
from bosetting.obligations.workbench.draft import (
    Draft,
    DraftChecker,
    ParameterChange,
    changed_parameters,
    draft_file_name,
    draft_text,
    next_free_version,
    shown_value,
)
from bosetting.obligations.workbench.texts import BASIS_LABELS, LANGS, WORDS

if TYPE_CHECKING:  # the system imports the criteria only when asked for them (obligations.system)
    from bosetting.obligations.system import Scenario

# Request sizes the spread of the need is counted in (persons); the last band is open.
BANDS = ((1, 9), (10, 24), (25, 49), (50, 99), (100, 249), (250, None))
TOP = 10
# How many checked drafts and split needs a session keeps: the page comes back to the last few (the version
# compared with, a kept variant, the value before the last change, the other language).
KEPT_RESULTS = 32
# Kept variants: how many, and how long a name (they travel in the page's address).
MAX_KEPT = 10
NAME_LENGTH = 80
KEPT_FIELD = "kept_"


@dataclass(frozen=True)
class KeptVariant:
    """A variant kept on the page under a name: its version and the values typed for its changed parameters."""

    name: str
    version: str
    values: Mapping[str, str] = field(default_factory=dict)

    def encoded(self) -> str:
        """As the value of one hidden field of the form."""
        return urlencode({"name": self.name, "version": self.version,
                          **{f"p_{k}": v for k, v in self.values.items()}})

    @classmethod
    def decoded(cls, text: str) -> KeptVariant | None:
        """From a hidden field's value; None when it is not one (a name and a version are needed)."""
        fields = dict(parse_qsl(text, keep_blank_values=True))
        name, version = fields.get("name", "").strip()[:NAME_LENGTH], fields.get("version", "")
        if not name or not version:
            return None
        return cls(name, version, {k[2:]: v for k, v in fields.items() if k.startswith("p_")})


@dataclass(frozen=True)
class Form:
    """What the page's form holds: every field as text, as sent."""

    version: str = ""
    compare: str = ""
    year: str = ""
    need: str = ""
    need_em: str = ""
    lang: str = "nb"
    values: Mapping[str, str] = field(default_factory=dict)
    changed_by: Mapping[str, str] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)
    kept: tuple[KeptVariant, ...] = ()

    @classmethod
    def parse(cls, fields: Mapping[str, str]) -> Form:
        """From the form's fields: version, compare, year, need, need_em, lang, and per parameter NAME the
        fields p_NAME (value), by_NAME (changed by) and why_NAME (reason), which count only when values_for
        (the version they were typed for) is the version; and the kept variants, kept_1 to kept_MAX_KEPT."""
        def prefixed(prefix: str) -> dict[str, str]:
            return {k[len(prefix):]: v for k, v in fields.items() if k.startswith(prefix)}
        lang = fields.get("lang", "nb")
        version = fields.get("version", "")
        # Values typed for another version (the version was changed in the form) are not this version's.
        typed_for = fields.get("values_for", version)
        same = typed_for == version
        found = (KeptVariant.decoded(fields.get(f"{KEPT_FIELD}{i}", "")) for i in range(1, MAX_KEPT + 1))
        return cls(version=version, compare=fields.get("compare", ""), year=fields.get("year", ""),
                   need=fields.get("need", ""), need_em=fields.get("need_em", ""),
                   lang=lang if lang in LANGS else "nb", values=prefixed("p_") if same else {},
                   changed_by=prefixed("by_") if same else {}, reasons=prefixed("why_") if same else {},
                   kept=tuple(k for k in found if k is not None))

    def fields(self, **override: str) -> dict[str, str]:
        """The form as fields again (for a link that keeps it, such as the language switch)."""
        result = {"version": self.version, "values_for": self.version, "compare": self.compare, "year": self.year,
                  "need": self.need, "need_em": self.need_em, "lang": self.lang}
        result.update({f"p_{k}": v for k, v in self.values.items()})
        result.update({f"by_{k}": v for k, v in self.changed_by.items() if v})
        result.update({f"why_{k}": v for k, v in self.reasons.items() if v})
        result.update(self.kept_fields())
        result.update(override)
        return {k: v for k, v in result.items() if v != ""}

    def query(self, **override: str) -> str:
        return urlencode(self.fields(**override))

    def kept_fields(self) -> dict[str, str]:
        """The kept variants as the form's hidden fields."""
        return {f"{KEPT_FIELD}{i}": k.encoded() for i, k in enumerate(self.kept, 1)}

    def kept_variant(self, key: str) -> KeptVariant | None:
        """The kept variant a `compare` value (kept_N) names, or None."""
        index = key[len(KEPT_FIELD):] if key.startswith(KEPT_FIELD) else ""
        return self.kept[int(index) - 1] if index.isdigit() and 0 < int(index) <= len(self.kept) else None

    def keeping(self, variant: KeptVariant) -> Form:
        """The form with the variant kept and chosen to compare with."""
        return replace(self, kept=(*self.kept, variant), compare=f"{KEPT_FIELD}{len(self.kept) + 1}")

    def dropping(self, index: int) -> Form:
        """The form without the kept variant `index` (from 1); what it was compared with stays chosen."""
        if not 0 < index <= len(self.kept):
            return self
        compare = self.compare
        chosen = self.kept_variant(compare)
        if chosen is not None:
            at = self.kept.index(chosen) + 1
            compare = "" if at == index else f"{KEPT_FIELD}{at - 1 if at > index else at}"
        return replace(self, kept=self.kept[:index - 1] + self.kept[index:], compare=compare)

    def editing(self, variant: KeptVariant) -> dict[str, str]:
        """The fields of the form with a kept variant's values in the editor (and the other choices kept)."""
        fields = {"version": variant.version, "values_for": variant.version, "year": self.year, "need": self.need,
                  "need_em": self.need_em, "lang": self.lang, **{f"p_{k}": v for k, v in variant.values.items()},
                  **self.kept_fields()}
        return {k: v for k, v in fields.items() if v != ""}


@dataclass(frozen=True)
class Choice:
    key: str
    label: str


@dataclass(frozen=True)
class ParameterRow:
    """One parameter as the page shows it."""

    name: str
    description: str
    value: str  # as typed (or the base's value)
    base_value: str
    unit: str
    basis: str
    basis_label: str
    citation: str
    hint: str
    changed: bool
    errors: tuple[str, ...] = ()
    changed_by: str = ""
    reason: str = ""
    changed_by_error: str = ""
    reason_error: str = ""


@dataclass(frozen=True)
class KommuneRow:
    kommunenummer: str
    name: str
    fylke: str
    compared: ComparedKommune

    @property
    def status(self) -> str:
        return self.compared.status_change


@dataclass(frozen=True)
class Sums(RequestDifferences):
    """A total row: request and EM under both versions, and their differences, summed exactly."""

    total_from: int
    em_from: int
    total_to: int
    em_to: int
    asked_from: int
    asked_to: int


@dataclass(frozen=True)
class FylkeRow:
    fylkesnummer: str
    name: str
    sums: Sums
    chart: str
    kommuner: tuple[KommuneRow, ...]  # with a request under either version


@dataclass(frozen=True)
class Spread:
    """How many kommuner are asked and how the need is spread among them, under one version."""

    asked: int
    asked_em: int
    need: int
    need_em: int
    smallest: int
    median: str
    largest: int
    top_share: str
    bands: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Result:
    reference: CriteriaVersion
    variant: CriteriaVersion
    reference_label: str
    variant_label: str
    reference_short: str  # column headings: the version numbers
    variant_short: str
    summary: str
    status_changes: tuple[KommuneRow, ...]
    changed_kommuner: tuple[KommuneRow, ...]
    changed_sums: Sums
    fylker: tuple[FylkeRow, ...]
    fylke_sums: Sums
    overview_chart: str
    spread: tuple[tuple[str, str, str], ...]  # measure, reference, variant


@dataclass(frozen=True)
class KeptRow:
    """A kept variant as the page lists it."""

    field_name: str  # kept_N: its hidden field and its compare choice
    index: int
    variant: KeptVariant
    label: str  # for the compare choice
    changes: str  # its changed parameters, as name = value
    edit_query: str  # a link that opens it in the editor


@dataclass
class Page:
    form: Form
    lang: str
    versions: tuple[Choice, ...]
    years: tuple[int, ...]
    base: CriteriaVersion
    year: int
    need_hint: str
    synthetic: bool
    parameters: tuple[ParameterRow, ...]
    problems: list[str] = field(default_factory=list)  # refused by the validator, not tied to one field
    form_errors: dict[str, str] = field(default_factory=dict)  # field name -> message (need, need_em)
    result: Result | None = None
    allocation_error: str = ""
    draft_version: str = ""
    draft_file: str = ""
    export_problems: list[str] = field(default_factory=list)
    kept: tuple[KeptRow, ...] = ()
    compare_key: str = ""  # the compare choice in effect: a version's key or kept_N

    @property
    def changed(self) -> list[ParameterRow]:
        return [p for p in self.parameters if p.changed]

    @property
    def reset_query(self) -> str:
        """The base's own values again; the kept variants stay, and so does a kept variant compared with."""
        fields = {"version": self.base.key, "lang": self.lang, **self.form.kept_fields()}
        if self.form.kept_variant(self.form.compare) is not None:
            fields["compare"] = self.form.compare
        return urlencode(fields)

    @property
    def has_errors(self) -> bool:
        return bool(self.problems or self.form_errors or any(p.errors for p in self.parameters))

    def word(self, name: str, /, **values: object) -> str:
        text = WORDS[name][self.lang]
        return text.format(**values) if values else text


class Workbench:
    """The criteria and data one server works on; every page is computed from a Form."""

    def __init__(self, rules_path: Path | None = None, data_dir: Path | None = None,
                 today: dt.date | None = None):
        # The criteria (a folder or one file: serve's --rules) and the data, as the evaluation layer reads and
        # judges them for every front end; `today` is the drafts' date and the default version's year.
        self.system = AgreementSystem(data_dir=data_dir, criteria_rules=rules_path)
        self.context = self.system.criteria_context
        self.checker = DraftChecker()
        self.today = today or dt.date.today()
        # One page at a time: the context's caches and the rules engine are not shared between threads.
        self.lock = threading.Lock()
        # What a change of one parameter leaves as it was is not worked out again: the versions and their
        # files' text (the repository is read once), the drafts already checked (by their text) and the
        # needs already split (by the version's content hash, the data year and the need).
        self._versions: list[CriteriaVersion] | None = None
        self._base_texts: dict[str, str] = {}
        self._checked: OrderedDict[Hashable, Draft] = OrderedDict()
        self._scenarios: OrderedDict[Hashable, Scenario] = OrderedDict()

    def close(self) -> None:
        self.checker.close()

    def load(self) -> None:
        """Read the rule files and the data now, so that a wrong file stops the server before it starts."""
        self.versions()
        _ = self.context.dataset

    # Choices ------------------------------------------------------------------------------

    def versions(self) -> list[CriteriaVersion]:
        """Every adopted or draft criteria version, newest first."""
        if self._versions is None:
            found = [r for r in self.context.repository.rulesets
                     if r.kind == CRITERIA_KIND and r.status != "retired"]
            found.sort(key=lambda r: (r.valid_from, tuple(int(p) for p in r.version.split("."))), reverse=True)
            self._versions = [CriteriaVersion.of(r) for r in found]
        return self._versions

    def default_version(self) -> CriteriaVersion:
        """The version for this year's requests (adopted, else the newest draft), else the newest there is."""
        try:
            return self.context.version_for_year(self.today.year)
        except InputError:
            return self.versions()[0]

    def _version(self, key: str, fallback: CriteriaVersion) -> CriteriaVersion:
        return next((v for v in self.versions() if v.key == key), fallback)

    # Pages --------------------------------------------------------------------------------

    def page(self, form: Form) -> Page:
        with self.lock:
            page, _draft = self._page(form, export=False)
            return page

    def export(self, form: Form) -> tuple[Page, Draft | None]:
        """The draft file of the form's variant, or None (and why, on the page) when it cannot be saved."""
        with self.lock:
            return self._page(form, export=True)

    def _page(self, form: Form, export: bool) -> tuple[Page, Draft | None]:
        lang = form.lang
        versions = self.versions()
        base = self._version(form.version, self.default_version())
        years = self.context.dataset.years
        request_year = self.context.request_year(base)
        year = int(form.year) if form.year.isdigit() and int(form.year) in years else \
            self.context.data_year(request_year)
        default_need, default_em = self.context.need(year)
        page = Page(form=form, lang=lang, versions=tuple(Choice(v.key, _version_label(v, lang)) for v in versions),
                    years=years, base=base, year=year,
                    need_hint=WORDS["need_hint"][lang].format(need=number(default_need, lang),
                                                                need_em=number(default_em, lang)),
                    synthetic=self.context.dataset.synthetic, parameters=())
        page.kept = tuple(self._kept_row(i, k, form, lang) for i, k in enumerate(form.kept, 1))
        need = _whole(form.need, default_need, "need", page)
        need_em = _whole(form.need_em, default_em, "need_em", page)
        ruleset = base.ruleset
        typed = {name: form.values.get(name, shown_value(p.value)) for name, p in ruleset.parameters.items()}
        changed = changed_parameters(ruleset, typed)
        page.draft_version = self._draft_version(ruleset)
        page.draft_file = draft_file_name(ruleset.id, page.draft_version)
        changes = [ParameterChange(name, typed[name], form.changed_by.get(name, ""), form.reasons.get(name, ""))
                   for name in changed]
        base_text = self._base_text(ruleset.path, ruleset.hash)
        preview = self._preview(base, changes)
        field_errors, page.problems = _by_parameter(preview.errors, ruleset.parameters, changed)
        limits = parameter_limits(ruleset)
        page.parameters = tuple(
            ParameterRow(name=name, description=p.description[lang], value=typed[name],
                         base_value=shown_value(p.value), unit=p.unit, basis=p.basis,
                         basis_label=BASIS_LABELS[p.basis][lang], citation=p.citation,
                         hint=_hint(p.value, limits.get(name), lang), changed=name in changed,
                         errors=tuple(field_errors.get(name, ())), changed_by=form.changed_by.get(name, ""),
                         reason=form.reasons.get(name, ""))
            for name, p in ruleset.parameters.items())
        variant = base if not changed or preview.ruleset is None else CriteriaVersion.of(preview.ruleset)
        reference, reference_name = self._reference(form, base, page)
        if not page.has_errors:
            try:
                page.result = self._result(reference, variant, year, need, need_em, lang, reference_name)
            except InputError as exc:
                page.allocation_error = "; ".join(p.message for p in exc.problems)
        if not export:
            return page, None
        return self._export(page, base_text, changes)

    def _export(self, page: Page, base_text: str, changes: list[ParameterChange]) -> tuple[Page, Draft | None]:
        lang = page.lang
        if not changes:
            page.export_problems.append(WORDS["nothing_to_export"][lang])
            return page, None
        if page.has_errors:
            page.export_problems.append(WORDS["errors_heading"][lang])
            return page, None
        base = page.base.ruleset
        draft = self.checker.check(page.draft_file, draft_text(base, base_text, page.draft_version, changes,
                                                                base.hash, self.today))
        if not draft.errors:
            return page, draft
        page.export_problems.extend(p.format() for p in draft.errors)
        # The missing names and reasons, at their fields as well.
        missing = WORDS["missing"][lang]
        page.parameters = tuple(
            p if not p.changed else _with_missing(p, missing) for p in page.parameters)
        return page, None

    def _draft_version(self, ruleset: RuleSet) -> str:
        return next_free_version(ruleset, [r.version for r in self.context.repository.versions(ruleset.id)])

    def _preview(self, base: CriteriaVersion, changes: list[ParameterChange]) -> Draft:
        """The base with the changed values as a draft file, checked by the validator (before anyone is named)."""
        ruleset = base.ruleset
        version = self._draft_version(ruleset)
        text = draft_text(ruleset, self._base_text(ruleset.path, ruleset.hash), version, changes, ruleset.hash,
                          self.today, record=False)
        return self._check(draft_file_name(ruleset.id, version), text)

    def _kept_version(self, kept: KeptVariant, lang: str) -> tuple[CriteriaVersion | None, list[str]]:
        """A kept variant as a version to compare with (its values checked as the editor's are), or why not."""
        base = next((v for v in self.versions() if v.key == kept.version), None)
        if base is None:
            return None, [f"{kept.version}: {WORDS['kept_no_version'][lang]}"]
        ruleset = base.ruleset
        typed = {name: kept.values.get(name, shown_value(p.value)) for name, p in ruleset.parameters.items()}
        changed = changed_parameters(ruleset, typed)
        if not changed:
            return base, []
        preview = self._preview(base, [ParameterChange(name, typed[name]) for name in changed])
        if preview.ruleset is None or preview.errors:
            return None, [p.format() for p in preview.errors]
        return CriteriaVersion.of(preview.ruleset), []

    def _reference(self, form: Form, base: CriteriaVersion, page: Page) -> tuple[CriteriaVersion, str | None]:
        """What the variant is compared with: a version, or a kept variant (and its name); a kept variant the
        validator refuses is said on the page."""
        kept = form.kept_variant(form.compare)
        if kept is None:
            reference = self._version(form.compare, base)
            page.compare_key = reference.key
            return reference, None
        page.compare_key = form.compare
        version, problems = self._kept_version(kept, page.lang)
        if version is None:
            page.problems.extend(WORDS["kept_invalid"][page.lang].format(name=kept.name, problem=p) for p in problems)
            return base, None
        return version, kept.name

    def keep(self, form: Form, name: str) -> tuple[Form | None, Page]:
        """The form with its current variant kept under `name` (and chosen to compare with), or None and the
        page saying why not: the variant has errors, too many are kept, or the name is taken."""
        page = self.page(form)
        lang = page.lang
        name = " ".join(name.split())[:NAME_LENGTH] or WORDS["kept_default"][lang].format(n=len(form.kept) + 1)
        if page.has_errors:
            page.form_errors["keep_name"] = WORDS["keep_refused"][lang]
        elif len(form.kept) >= MAX_KEPT:
            page.form_errors["keep_name"] = WORDS["kept_full"][lang].format(n=MAX_KEPT)
        elif any(k.name == name for k in form.kept):
            page.form_errors["keep_name"] = WORDS["kept_name_used"][lang]
        else:
            values = {p.name: p.value for p in page.changed}
            return form.keeping(KeptVariant(name, page.base.key, values)), page
        page.result = None
        return None, page

    def _kept_row(self, index: int, kept: KeptVariant, form: Form, lang: str) -> KeptRow:
        changes = ", ".join(f"{k} = {v}" for k, v in kept.values.items()) or \
            WORDS["kept_unchanged"][lang].format(key=kept.version)
        label = f"{kept.name} ({kept.version}{': ' + changes if kept.values else ''})"
        return KeptRow(f"{KEPT_FIELD}{index}", index, kept, label, changes, urlencode(form.editing(kept)))

    def _base_text(self, path: str, content_hash: str) -> str:
        """The base file's text as the repository read it (read once: the repository is not read again)."""
        if content_hash not in self._base_texts:
            self._base_texts[content_hash] = Path(path).read_text(encoding="utf-8")
        return self._base_texts[content_hash]

    def _check(self, file_name: str, text: str) -> Draft:
        """The validator's verdict on a draft text; a text checked before is not checked again."""
        return recent(self._checked, (file_name, text), lambda: self.checker.check(file_name, text), KEPT_RESULTS)

    def _scenario(self, version: CriteriaVersion, year: int, need: int, need_em: int) -> Scenario:
        """The version's split of the need; the version compared with is not split again on each change."""
        return recent(self._scenarios, (version.ruleset.hash, year, need, need_em),
                      lambda: self.context.scenario(version, year, need, need_em), KEPT_RESULTS)

    # The result ---------------------------------------------------------------------------

    def _result(self, reference: CriteriaVersion, variant: CriteriaVersion, year: int, need: int, need_em: int,
                lang: str, reference_name: str | None = None) -> Result:
        first, second = self._scenario(reference, year, need, need_em), self._scenario(variant, year, need, need_em)
        comparison = compare_allocations(first.allocation, second.allocation)
        register = self.context.register(year)
        fylke_names = self.context.fylke_names(year)
        # A kept variant is named by the name it was kept under; a version by its key.
        reference_label = f"{WORDS['reference'][lang]}: {reference_name or reference.key}"
        variant_label = f"{WORDS['variant'][lang]}: {_short_label(variant, lang)}"

        def row(k: ComparedKommune) -> KommuneRow:
            kommune = register.get(k.kommunenummer)
            return KommuneRow(k.kommunenummer, kommune.navn if kommune else k.kommunenummer,
                              fylke_names.get(k.fylkesnummer, k.fylkesnummer), k)

        rows = [row(k) for k in comparison.kommuner]
        changed_rows = tuple(r for r in rows if r.compared.difference or r.compared.difference_em
                             or r.status != "same")
        fylker = []
        for f in comparison.fylker:
            inside = tuple(r for r in sorted(rows, key=lambda r: r.kommunenummer)
                           if r.compared.fylkesnummer == f.fylkesnummer
                           and (r.compared.total_from or r.compared.total_to))
            name = fylke_names.get(f.fylkesnummer, f.fylkesnummer)
            chart = grouped_bars(WORDS["chart_fylke"][lang].format(fylke=name), [r.name for r in inside],
                                 [(reference_label, [r.compared.total_from for r in inside]),
                                  (variant_label, [r.compared.total_to for r in inside])],
                                 f"chart-fylke-{f.fylkesnummer}", lang) if inside else ""
            fylker.append(FylkeRow(f.fylkesnummer, name, Sums(f.total_from, f.em_from, f.total_to, f.em_to,
                                                              f.asked_from, f.asked_to), chart, inside))
        overview = grouped_bars(WORDS["chart_fylker"][lang], [f.name for f in fylker],
                                [(reference_label, [f.sums.total_from for f in fylker]),
                                 (variant_label, [f.sums.total_to for f in fylker])], "chart-fylker", lang)
        spread_from, spread_to = _spread(first.allocation), _spread(second.allocation)
        summary = WORDS["comparing"][lang].format(a=_short_label(variant, lang), b=reference_name or reference.key,
                                                  year=year,
                                                  need=number(need, lang), need_em=number(need_em, lang))
        reference_short = reference_name or reference.ruleset.version
        variant_short = variant.ruleset.version if variant.ruleset.version != reference_short else \
            f"{variant.ruleset.version} ({WORDS['variant'][lang].lower()})"
        return Result(reference, variant, reference_label, variant_label, reference_short, variant_short, summary,
                      tuple(r for r in rows if r.status != "same"), changed_rows, _sums(changed_rows),
                      tuple(fylker), _sums(tuple(rows)), overview, _spread_rows(spread_from, spread_to, lang))


# Helpers ----------------------------------------------------------------------------------

def _version_label(version: CriteriaVersion, lang: str) -> str:
    r = version.ruleset
    return f"{r.key} ({RULESET_STATUS[r.status][lang]}, {r.valid_from.year}): {r.title[lang]}"


def _short_label(version: CriteriaVersion, lang: str) -> str:
    status = version.ruleset.status
    return version.key if status == "adopted" else f"{version.key} ({RULESET_STATUS[status][lang]})"


def _whole(text: str, default: int, name: str, page: Page) -> int:
    if not text.strip():
        return default
    if text.strip().isdigit():
        return int(text.strip())
    page.form_errors[name] = WORDS["need_invalid"][page.lang]
    return default


def _hint(value: object, limits: ParameterLimits | None, lang: str) -> str:
    """What the validator requires of the value, in words: a number; whole; its lower and upper limits."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    if limits is None:
        return WORDS["number"][lang]
    parts = [WORDS["whole_number" if limits.whole else "number"][lang],
             WORDS["at_least"][lang].format(low=number(limits.low, lang))]
    if limits.high is not None:
        parts.append(WORDS["at_most"][lang].format(high=number(limits.high, lang)))
    return ", ".join(parts)


def _by_parameter(errors: tuple[Problem, ...], parameters: Mapping[str, object],
                  changed: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    """The validator's messages at the parameter they are about (by their place in the file; when only one
    parameter changed, every message is about it), and the rest for the page as a whole."""
    by_name: dict[str, list[str]] = {}
    rest: list[str] = []
    for problem in errors:
        parts = problem.json_path.split(".")
        name = parts[2] if len(parts) > 2 and parts[1] == "parameters" else None
        if name is None and len(changed) == 1:
            name = changed[0]
        if name is not None and name in parameters:
            by_name.setdefault(name, []).append(problem.format())
        else:
            rest.append(problem.format())
    return by_name, rest


def _with_missing(row: ParameterRow, missing: str) -> ParameterRow:
    return replace(row, changed_by_error="" if row.changed_by.strip() else missing,
                   reason_error="" if row.reason.strip() else missing)


def _sums(rows: tuple[KommuneRow, ...]) -> Sums:
    c = [r.compared for r in rows]
    return Sums(sum(k.total_from for k in c), sum(k.em_from for k in c), sum(k.total_to for k in c),
                sum(k.em_to for k in c), sum(k.asked_from for k in c), sum(k.asked_to for k in c))


def _spread(allocation: Allocation) -> Spread:
    totals = sorted((r.total for r in allocation.rows.values() if r.asked), reverse=True)
    asked_em = sum(1 for r in allocation.rows.values() if r.em > 0)
    distributed = sum(totals)
    top = sum(totals[:TOP])
    bands = []
    for low, high in BANDS:
        label = f"{low}–{high}" if high is not None else f"{low}+"
        bands.append((label, sum(1 for t in totals if t >= low and (high is None or t <= high))))
    return Spread(len(totals), asked_em, distributed, allocation.need_em, totals[-1] if totals else 0,
                  str(median(totals)) if totals else "0", totals[0] if totals else 0,
                  f"{top * 100 / distributed:.1f}" if distributed else "0", tuple(bands))


def _spread_rows(a: Spread, b: Spread, lang: str) -> tuple[tuple[str, str, str], ...]:
    def n(value: int) -> str:
        return number(value, lang)

    def share(text: str) -> str:
        return (text.replace(".", ",") if lang == "nb" else text) + " %"

    def middle(text: str) -> str:
        return text.replace(".", ",") if lang == "nb" else text

    rows = [(WORDS["asked_count"][lang], n(a.asked), n(b.asked)),
            (WORDS["asked_em_count"][lang], n(a.asked_em), n(b.asked_em)),
            (WORDS["need_total"][lang], n(a.need), n(b.need)),
            (WORDS["smallest"][lang], n(a.smallest), n(b.smallest)),
            (WORDS["median"][lang], middle(a.median), middle(b.median)),
            (WORDS["largest"][lang], n(a.largest), n(b.largest)),
            (WORDS["top_ten"][lang], share(a.top_share), share(b.top_share))]
    rows += [(WORDS["band"][lang].format(band=label), n(count_a), n(count_b))
             for (label, count_a), (_label, count_b) in zip(a.bands, b.bands, strict=True)]
    return tuple(rows)
