"""Benchmark: the yearly review at national scale and far beyond, beside the engines beneath it.

    /work/venv/bin/python benchmarks/run.py [--scales 1,10,100] [--quick] [--workdir DIR]

For each scale it generates a dataset (benchmarks/scaledata.py: 1 = one national year; SYNTHETIC) and
measures, each in a fresh subprocess (wall time and peak RSS):

- `bosetting review` end to end (once obligations.evaluation exists);
- reading and parsing the inputs alone (load_dataset);
- the engine alone: Evaluator.evaluate over the derived facts, and our matching alone (CompiledRules.matches);
- the same conditions over the same facts in raw durable_rules (assert + retract on a quiet host) and in
  plain Python closures, with the match counts of all three;

then `bosetting --help`, the what-if comparison of criteria versions (when obligations.criteria offers one)
and PASS/MISS against the targets of issue 8. A script, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import os
import pickle
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BENCH_RULES = ROOT / "benchmarks" / "rules"
PYTHON = sys.executable
BOSETTING = str(Path(PYTHON).with_name("bosetting"))

TARGET_REVIEW_S = 1.5
TARGET_HELP_S = 0.25
TARGET_DURABLE_RATIO = 1.5
TARGET_GROWTH = 110 / 100
TARGET_PEAK_MB = 300
_RAW_NAMES = itertools.count()


# ---------------------------------------------------------------------------- measuring in a subprocess

def _memory_kb() -> tuple[int, int]:
    """(current RSS, peak RSS) of this process in kB, from /proc (or getrusage for the peak)."""
    now = peak = 0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                now = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return now, peak


def probe(command: Sequence[str]) -> dict[str, Any]:
    """Run `command` and report its wall time and peak RSS (getrusage of this probe's only child)."""
    import resource

    start = time.perf_counter()
    completed = subprocess.run(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_kb": usage.ru_maxrss,
            "rc": completed.returncode, "stderr": completed.stderr.decode("utf-8", "replace")[-2000:]}


def run_json(args: Sequence[str], timeout: float = 1800) -> dict[str, Any]:
    """Run this script in a fresh interpreter with `args`; its last stdout line is JSON."""
    completed = subprocess.run([PYTHON, str(Path(__file__).resolve()), *args], capture_output=True, text=True,
                               timeout=timeout, cwd=ROOT)
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or not lines:
        return {"error": (completed.stderr or completed.stdout).strip()[-1500:] or f"exit {completed.returncode}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def measure_command(command: Sequence[str]) -> dict[str, Any]:
    return run_json(["--probe", "--", *command])


# ---------------------------------------------------------------------------- the work measured

@dataclass
class Job:
    """One rule set and the facts of one period it is evaluated over."""

    ruleset: int
    period: str
    facts: list[Any]


@dataclass
class Workload:
    rulesets: list[Any]
    jobs: list[Job] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def facts(self) -> int:
        return sum(len(job.facts) for job in self.jobs)


def load_rulesets() -> tuple[list[Any], list[str]]:
    """The benchmark's own rule set and every rule set in the project's rules/ that loads."""
    from obligations.paths import RULES_DIR
    from obligations.rules_context import load_rules

    notes = []
    rulesets = list(load_rules([BENCH_RULES]).rulesets)
    project = load_rules([RULES_DIR])
    if project.errors:
        notes.append(f"rules/: {len(project.errors)} problem(s); the rule sets that load are used")
    rulesets += [r for r in project.rulesets if r.rules]
    notes.append("rule sets: " + ", ".join(f"{r.key} ({len(r.rules)} rules)" for r in rulesets))
    return rulesets, notes


def facts_for(dataset: Any, year: int, ruleset: Any, notes: list[str]) -> list[Any]:
    """The facts a rule set reads for a year: obligations.derive when it works, else the data module's."""
    wanted = {rule.fact for rule in ruleset.rules}
    try:
        from obligations.derive import DeriveSettings, derive_facts, subjects_of

        facts = derive_facts(dataset, year, DeriveSettings.for_ruleset(ruleset), subjects_of(ruleset))
    except Exception as exc:  # noqa: BLE001 - a benchmark of what exists: say so and go on
        from obligations.data.facts import year_facts

        note = f"{ruleset.key}: derive_facts failed ({type(exc).__name__}: {exc}); kommune/fylke/national facts only"
        if note not in notes:
            notes.append(note)
        facts = year_facts(dataset, year)
    return [f for f in facts if f.type in wanted]


def prepare(data_dir: Path, copies: int, out: Path) -> dict[str, Any]:
    """Derive every rule set's facts for every year of the data, `copies` times over; pickle the workload."""
    from obligations.data.dataset import load_dataset

    rulesets, notes = load_rulesets()
    dataset = load_dataset(data_dir)
    workload = Workload(rulesets, notes=notes)
    for year in sorted(dataset.national):
        for index, ruleset in enumerate(rulesets):
            facts = facts_for(dataset, year, ruleset, notes)
            workload.jobs.append(Job(index, str(year), [replace(f) for _ in range(copies) for f in facts]))
    with out.open("wb") as handle:
        pickle.dump(workload, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return {"facts": workload.facts, "notes": notes, "years": len(dataset.national),
            "persons": sum(len(p) for p in dataset.persons.values()),
            "capacity_events": sum(len(c) for c in dataset.capacity_changes.values())}


def _fields(ruleset: Any) -> dict[str, set[str]]:
    fields: dict[str, set[str]] = {}
    for rule in ruleset.rules:
        fields.setdefault(rule.fact, set()).update(rule.fields())
    return fields


def messages(workload: Workload) -> list[list[tuple[Any, dict[str, Any]]]]:
    """Per job, each fact with the message our layer would assert (same id scheme, same normalised values)."""
    from engine import durable_backend
    from engine.durable_backend import SUBJECT_ID_KEY, SUBJECT_KIND_KEY, TYPE_KEY, normalise_value
    from engine.evaluate import Evaluator

    tag_prefix = getattr(durable_backend, "TYPE_TAG_PREFIX", None)
    # The parameter values every fact carries (parameters are data): as ours asserts them.
    parameter_fields = [Evaluator(r).parameter_fields for r in workload.rulesets]

    out = []
    serial = 0
    for job in workload.jobs:
        fields = _fields(workload.rulesets[job.ruleset])
        batch = []
        for fact in job.facts:
            message: dict[str, Any] = {"id": f"f{serial}", TYPE_KEY: fact.type,
                                       SUBJECT_KIND_KEY: fact.subject.kind, SUBJECT_ID_KEY: fact.subject.id,
                                       **parameter_fields[job.ruleset]}
            serial += 1
            for key, value in fact.values.items():
                if key in fields.get(fact.type, ()):
                    normalised = normalise_value(value)
                    if normalised is not None:
                        message[key] = normalised
                        if tag_prefix is not None:
                            message[f"{tag_prefix}{key}"] = durable_backend.type_tag(normalised)
            batch.append((fact, message))
        out.append(batch)
    return out


def labels_of(ruleset: Any) -> list[tuple[str, Any, Any]]:
    """(label, rule, outcome) in the order Evaluator compiles them (durable rule r1, r2, ...)."""
    return [(f"{r}:{o}", rule, outcome) for r, rule in enumerate(ruleset.rules)
            for o, outcome in enumerate(rule.outcomes)]


# -- plain Python: each condition compiled to a closure with the semantics ours compiles for durable_rules:
#    `not` pushed down to the comparisons first; a missing value, or one of another type (number, text,
#    true/false) than the comparison's, satisfies no comparison; arithmetic reads numbers only.

_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
}


def _tag(value: Any) -> str:
    return "b" if isinstance(value, bool) else "n" if isinstance(value, (int, float)) else "s"


def compile_python(condition: Any, params: dict[str, Any]) -> Callable[[dict[str, Any]], bool]:
    from engine.conditions import Group, push_negation
    from engine.durable_backend import normalise_value

    def build(c: Any) -> Callable[[dict[str, Any]], bool]:
        if isinstance(c, Group):
            items = [build(item) for item in c.items]
            if c.kind == "all":
                return lambda m: all(p(m) for p in items)
            return lambda m: any(p(m) for p in items)
        name = c.left.fields[0]
        if c.op == "is_null":
            return lambda m: name not in m
        if c.op == "not_null":
            return lambda m: name in m
        right = params[c.param] if c.param is not None else c.value
        if c.op in ("in", "not_in"):
            values = [normalise_value(v) for v in (right if isinstance(right, (list, tuple)) else [right])]
            tagged = {(_tag(v), v) for v in values}
            tags = {_tag(v) for v in values}
            if c.op == "in":
                return lambda m: name in m and _tag(m[name]) in tags and (_tag(m[name]), m[name]) in tagged
            return lambda m: name in m and _tag(m[name]) in tags and (_tag(m[name]), m[name]) not in tagged
        op = _OPS[c.op]
        other = c.other_field
        constant = normalise_value(right) if other is None else None
        if c.left.kind == "field":
            if other is not None:
                return lambda m: (name in m and other in m and _tag(m[name]) == _tag(m[other])
                                  and op(m[name], m[other]))
            tag = _tag(constant)
            return lambda m: name in m and _tag(m[name]) == tag and op(m[name], constant)
        second = c.left.fields[1]
        ratio = c.left.kind == "ratio"

        def arithmetic(m: dict[str, Any]) -> bool:
            if name not in m or second not in m or _tag(m[name]) != "n" or _tag(m[second]) != "n":
                return False
            if other is not None and (other not in m or _tag(m[other]) != "n"):
                return False
            target = m[other] if other is not None else constant
            if ratio:
                return bool(m[second] > 0 and op(m[name], m[second] * target))
            return op(m[name], m[second] + target)
        return arithmetic

    return build(push_negation(condition))


def python_rules(ruleset: Any) -> list[tuple[str, str, str, str, Callable[[dict[str, Any]], bool]]]:
    params = {name: p.value for name, p in ruleset.parameters.items()}
    compiled = []
    for label, rule, outcome in labels_of(ruleset):
        agency = rule.agency if rule.applies_to == "agency" else ""
        compiled.append((label, rule.fact, rule.applies_to, agency, compile_python(outcome.condition, params)))
    return compiled


def expected_statuses(ruleset: Any, period: str, facts_and_labels: list[tuple[Any, list[str]]]) -> Counter[str]:
    """The finding statuses Evaluator.evaluate must give, worked out from matched labels (first outcome wins)."""
    counts: Counter[str] = Counter()
    for r_index, rule in enumerate(ruleset.rules):
        reached = 0
        for fact, labels in facts_and_labels:
            if rule.fact != fact.type or rule.applies_to != fact.subject.kind:
                continue
            if rule.applies_to == "agency" and rule.agency and fact.subject.id != rule.agency:
                continue
            reached += 1
            hit = [int(label.split(":")[1]) for label in labels if int(label.split(":")[0]) == r_index]
            counts[rule.outcomes[min(hit)].status if hit else rule.otherwise.status] += 1
        if not reached:
            counts["insufficient_data"] += 1
    return counts


def worker(kind: str, data_dir: Path | None, workload_path: Path | None) -> dict[str, Any]:
    """One measurement, timed around the work only; set-up (imports, unpickling, compiling) is reported apart."""
    result: dict[str, Any] = {"kind": kind}
    if kind == "load":
        from obligations.data.dataset import load_dataset

        assert data_dir is not None
        base_kb, _ = _memory_kb()
        start, cpu = time.perf_counter(), time.process_time()
        dataset = load_dataset(data_dir)
        result["wall"], result["cpu"] = time.perf_counter() - start, time.process_time() - cpu
        result["records"] = sum(len(p) for p in dataset.persons.values())
    else:
        assert workload_path is not None
        import engine.evaluate  # noqa: F401 - durable_rules and the engine, imported before the clock starts

        with workload_path.open("rb") as handle:
            workload: Workload = pickle.load(handle)
        result["facts"] = workload.facts
        start = time.perf_counter()
        if kind in ("engine", "match"):
            from engine.evaluate import Evaluator

            evaluators = [Evaluator(r) for r in workload.rulesets]
        elif kind == "raw":
            hosts = [_raw_host(r) for r in workload.rulesets]
        else:
            compiled = [python_rules(r) for r in workload.rulesets]
        batches = messages(workload) if kind in ("raw", "plain") else []
        result["setup"] = time.perf_counter() - start
        base_kb, _ = _memory_kb()
        start, cpu = time.perf_counter(), time.process_time()
        if kind == "engine":
            statuses: Counter[str] = Counter()
            findings = 0
            for job in workload.jobs:
                found = evaluators[job.ruleset].evaluate(job.facts, job.period)
                findings += len(found)
                statuses.update(f.status for f in found)
            result["findings"] = findings
            result["statuses"] = dict(statuses)
        elif kind == "match":
            matched = 0
            for job in workload.jobs:
                ev = evaluators[job.ruleset]
                fields = _fields(ev.ruleset)
                batch = [(fact.type, {k: v for k, v in fact.values.items() if k in fields[fact.type]},
                          fact.subject.kind, fact.subject.id) for fact in job.facts]
                matched += sum(len(labels) for labels in ev.compiled.match_many(batch, ev.parameter_fields))
            result["matches"] = matched
        elif kind == "raw":
            from durable.engine import MessageNotHandledException

            from engine.durable_backend import BATCH

            # The same batches ours asserts: a batch in one call, each rule firing once for all its facts.
            matched = 0
            for job, batch in zip(workload.jobs, batches, strict=True):
                host, name, hits = hosts[job.ruleset]
                messages_ = [message for _fact, message in batch]
                for offset in range(0, len(messages_), BATCH):
                    chunk = messages_[offset:offset + BATCH]
                    hits.clear()
                    try:
                        host.assert_facts(name, chunk)
                    except MessageNotHandledException:
                        pass
                    host.retract_facts(name, [{"id": message["id"]} for message in chunk])
                    matched += len(set(hits))
            result["matches"] = matched
        else:
            matched = 0
            statuses = Counter()
            for job, batch in zip(workload.jobs, batches, strict=True):
                rules = compiled[job.ruleset]
                labelled = []
                for fact, message in batch:
                    kind_, subject_id, fact_type = fact.subject.kind, fact.subject.id, fact.type
                    hits = [label for label, rtype, applies, agency, test in rules
                            if rtype == fact_type and applies == kind_ and (not agency or agency == subject_id)
                            and test(message)]
                    matched += len(hits)
                    labelled.append((fact, hits))
                statuses.update(expected_statuses(workload.rulesets[job.ruleset], job.period, labelled))
            result["matches"] = matched
            result["statuses"] = dict(statuses)
        result["wall"], result["cpu"] = time.perf_counter() - start, time.process_time() - cpu
    now_kb, peak_kb = _memory_kb()
    result.update(base_kb=base_kb, peak_kb=peak_kb, now_kb=now_kb)
    return result


def _raw_host(ruleset: Any) -> tuple[Any, str, list[str]]:
    """durable_rules without our layer: the definition ours compiles to, on a host whose dispatcher never runs."""
    from durable.engine import Host

    from engine.evaluate import Evaluator

    class QuietHost(Host):  # type: ignore[misc]
        def _run(self) -> None:
            return None

    definition = copy.deepcopy(Evaluator(ruleset).compiled.definition)
    hits: list[tuple[str, str]] = []

    def recorder(label: str) -> Callable[[Any], None]:
        def record(context: Any) -> None:  # one parameter: durable passes a callback to two
            hits.extend((label, message["id"]) for message in context.m)  # `cap`: all the batch's facts at once
        return record

    for index, (label, _rule, _outcome) in enumerate(labels_of(ruleset), start=1):
        definition[f"r{index}"]["run"] = recorder(label)
    # As ours: a rule per fact type that handles its facts and never fires, so no batch is refused.
    for index, fact_type in enumerate(sorted({rule.fact for rule in ruleset.rules})):
        definition[f"handled{index}"] = {"all": [{"m": {"type": fact_type}}, {"never": {"type": "_no_fact_"}}],
                                         "run": lambda _context: None}
    host = QuietHost()
    name = f"raw{next(_RAW_NAMES)}"
    if definition:
        host.set_rulesets({name: definition})
    return host, name, hits


# ---------------------------------------------------------------------------- the parent: run and report

def mb(kb: float) -> float:
    return kb / 1024


def fmt_s(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def best_of(runs: list[dict[str, Any]], pick: str = "min") -> dict[str, Any]:
    """The fastest run (or the median one), with the largest peak RSS of all runs.

    The fastest of a few runs is the usual choice on a shared machine: other processes only ever add time.
    """
    good = [r for r in runs if "error" not in r and r.get("rc", 0) == 0]
    if not good:
        return runs[0]
    ordered = sorted(good, key=lambda r: r["wall"])
    chosen = dict(ordered[0] if pick == "min" else ordered[len(ordered) // 2])
    chosen["peak_kb"] = max(r["peak_kb"] for r in good)
    chosen["walls"] = [r["wall"] for r in good]
    return chosen


def repeat(times: int, run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    return best_of([run() for _ in range(times)])


def ensure_dataset(workdir: Path, scale: int) -> tuple[Path, float]:
    target = workdir / f"data-{scale}x"
    stamp = target / ".benchmark-complete"
    if stamp.is_file():
        return target, 0.0
    shutil.rmtree(target, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([PYTHON, str(ROOT / "benchmarks" / "scaledata.py"), "--scale", str(scale), "--out", str(target)],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    stamp.write_text("ok\n")
    return target, time.perf_counter() - start


def evaluation_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("obligations.evaluation") is not None


def criteria_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("obligations.criteria.context") is not None


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, {platform.system()}"


def load_average() -> str:
    """The 1-minute load average: above the number of cores, other processes share them and wall times stretch."""
    try:
        return f"{os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)"
    except OSError:
        return "unknown"


@dataclass
class ScaleResult:
    scale: int
    info: dict[str, Any]
    review: dict[str, Any] | None
    load: dict[str, Any]
    engine: dict[str, Any]
    match: dict[str, Any]
    raw: dict[str, Any]
    plain: dict[str, Any]


def bench_scale(scale: int, workdir: Path, repeats: int, with_review: bool) -> ScaleResult:
    from benchmarks.scaledata import shape

    years, multiplier = shape(scale)
    data_dir, generated = ensure_dataset(workdir, scale)
    workload_path = workdir / f"workload-{scale}x.pickle"
    info = run_json(["--prepare", str(data_dir), "--copies", str(multiplier), "--out", str(workload_path)])
    if "error" in info:
        raise SystemExit(f"preparing the facts for {scale}x failed:\n{info['error']}")
    info.update(years_shape=years, multiplier=multiplier, generated=generated)
    review = None
    if with_review:
        out = workdir / f"review-{scale}x"

        def one_review() -> dict[str, Any]:
            shutil.rmtree(out, ignore_errors=True)
            return measure_command([BOSETTING, "review", "--data", str(data_dir), "--out", str(out)])
        review = repeat(repeats, one_review)
    load = repeat(repeats, lambda: run_json(["--worker", "load", "--data", str(data_dir)]))
    results = {kind: repeat(repeats, lambda kind=kind: run_json(["--worker", kind, "--workload", str(workload_path)]))
               for kind in ("engine", "match", "raw", "plain")}
    return ScaleResult(scale, info, review, load, results["engine"], results["match"], results["raw"], results["plain"])


def print_scale(r: ScaleResult) -> None:
    i = r.info
    print(f"\n== {r.scale}x: {i['years']} year(s), {i['multiplier']}x arrivals, need and capacity events per year; "
          f"{i['persons']:,} person records, {i['capacity_events']:,} capacity events (SYNTHETIC)")
    if i["generated"]:
        print(f"   (generated in {i['generated']:.1f} s)")
    copies = f", each year's facts {i['multiplier']} times" if i["multiplier"] > 1 else ""
    print(f"   engine facts: {i['facts']:,} ({i['years']} year(s){copies})")
    header = f"   {'measurement':<46} {'wall':>10} {'CPU':>10} {'peak RSS':>10} {'facts/s':>10}"
    print(header)

    def row(name: str, m: dict[str, Any] | None, facts: int | None = None, skipped: str = "") -> None:
        if m is None:
            print(f"   {name:<46} {skipped}")
            return
        if "error" in m:
            print(f"   {name:<46} ERROR: {m['error'].splitlines()[-1] if m['error'] else ''}")
            return
        rate = f"{facts / m['wall']:,.0f}" if facts and m["wall"] > 0 else ""
        print(f"   {name:<46} {fmt_s(m['wall']):>10} {fmt_s(m.get('cpu')):>10} {mb(m['peak_kb']):>7.0f} MB {rate:>10}")

    if r.review is not None and r.review.get("rc", 0) != 0:
        r.review = {"error": r.review.get("stderr", "")}
    row("(a) bosetting review, end to end", r.review, skipped="SKIPPED: obligations.evaluation is not there yet")
    row("(b) engine: Evaluator.evaluate (with findings)", r.engine, i["facts"])
    row("    engine: our matching only (CompiledRules)", r.match, i["facts"])
    row("    raw durable_rules (assert + retract)", r.raw, i["facts"])
    row("    plain Python closures", r.plain, i["facts"])
    row("(c) read and parse the inputs (load_dataset)", r.load)
    counts = {name: m.get("matches") for name, m in (("ours", r.match), ("raw durable_rules", r.raw),
                                                     ("plain Python", r.plain))}
    agree = len(set(counts.values())) == 1 and None not in counts.values()
    print("   matches: " + ", ".join(f"{k} {v:,}" if v is not None else f"{k} -" for k, v in counts.items())
          + ("  (agree)" if agree else "  (DISAGREE)"))
    statuses_agree = r.engine.get("statuses") == r.plain.get("statuses")
    print(f"   finding statuses, Evaluator vs plain Python (first outcome wins): "
          f"{'agree' if statuses_agree else 'DISAGREE'} {r.engine.get('statuses')}")
    if all("wall" in m for m in (r.engine, r.match, r.raw, r.plain, r.load)):
        for clock in ("cpu", "wall"):
            print(f"   ratios ({clock:>4}): ours/raw durable_rules {r.engine[clock] / r.raw[clock]:.2f}x "
                  f"(matching only {r.match[clock] / r.raw[clock]:.2f}x); "
                  f"ours/plain Python {r.engine[clock] / r.plain[clock]:.1f}x; "
                  f"ours/reading the inputs {r.engine[clock] / r.load[clock]:.2f}x")


def verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else "PASS" if ok else "MISS"


def print_targets(results: dict[int, ScaleResult], help_run: dict[str, Any]) -> list[tuple[str, str, str]]:
    lines: list[tuple[str, str, str]] = []
    base = results.get(1)
    top = results[max(results)]
    if base is not None and base.review is not None and "wall" in base.review:
        lines.append((verdict(base.review["wall"] < TARGET_REVIEW_S),
                      f"national review end to end < {TARGET_REVIEW_S} s", fmt_s(base.review["wall"])))
    else:
        lines.append(("n/a ", f"national review end to end < {TARGET_REVIEW_S} s", "review not measured"))
    lines.append((verdict(help_run["wall"] < TARGET_HELP_S), f"bosetting --help < {TARGET_HELP_S} s (median)",
                  f"{fmt_s(help_run['wall'])} (runs: {', '.join(f'{w:.3f}' for w in help_run.get('walls', []))})"))
    for scale, r in sorted(results.items()):
        if "cpu" in r.engine and "cpu" in r.raw and "cpu" in r.match:
            ratio = r.engine["cpu"] / r.raw["cpu"]
            lines.append((verdict(ratio <= TARGET_DURABLE_RATIO),
                          f"{scale}x: our evaluation within {TARGET_DURABLE_RATIO}x of raw durable_rules (CPU)",
                          f"{ratio:.2f}x with findings; matching alone {r.match['cpu'] / r.raw['cpu']:.2f}x"))
    if base is not None and top.scale > 1:
        growth = top.scale * TARGET_GROWTH
        for name, pick in (("review", lambda x: x.review), ("engine", lambda x: x.engine),
                           ("read inputs", lambda x: x.load)):
            small, large = pick(base), pick(top)
            if small and large and "cpu" in small and "cpu" in large:
                factor = large["cpu"] / small["cpu"]
                lines.append((verdict(factor <= growth),
                              f"{top.scale}x the data in <= {growth:.0f}x the time ({name}, CPU)",
                              f"{factor:.1f}x ({fmt_s(small['cpu'])} -> {fmt_s(large['cpu'])}; wall "
                              f"{large['wall'] / small['wall']:.1f}x)"))
    if top.scale >= 100:
        for name, m in (("review", top.review), ("engine", top.engine), ("read inputs", top.load)):
            if m and "peak_kb" in m:
                lines.append((verdict(mb(m["peak_kb"]) < TARGET_PEAK_MB),
                              f"peak memory < {TARGET_PEAK_MB} MB at {top.scale}x ({name})",
                              f"{mb(m['peak_kb']):.0f} MB"))
    print("\n== targets (issue 8)")
    for mark, what, figure in lines:
        print(f"   {mark}  {what:<58} {figure}")
    return lines


def bench_help(runs: int) -> dict[str, Any]:
    return best_of([measure_command([BOSETTING, "--help"]) for _ in range(runs)], pick="median")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default=None, help="comma-separated scales (default 1,10,100; --quick: 1,10)")
    parser.add_argument("--quick", action="store_true", help="small scales and one run each: about a minute")
    parser.add_argument("--repeat", type=int, default=None, help="runs per measurement at 1x and 10x "
                        "(the fastest is shown; default 3, --quick 1); larger scales run once")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep generated data here and reuse it (default: a temporary folder, removed)")
    parser.add_argument("--no-review", action="store_true", help="skip bosetting review end to end")
    parser.add_argument("--no-whatif", action="store_true", help="skip the criteria what-if comparison")
    # internal modes, each run in a fresh subprocess
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--whatif-worker", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workload", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--copies", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.probe:
        print(json.dumps(probe(args.command)))
        return 0
    if args.worker:
        print(json.dumps(worker(args.worker, args.data, args.workload)))
        return 0
    if args.prepare:
        print(json.dumps(prepare(args.prepare, args.copies, args.out)))
        return 0
    if args.whatif_worker:
        from benchmarks.whatif import whatif_worker

        print(json.dumps(whatif_worker(args.whatif_worker, args.data)))
        return 0

    scales = [int(s) for s in (args.scales or ("1,10" if args.quick else "1,10,100")).split(",")]
    repeats = args.repeat or (1 if args.quick else 3)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bosetting-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"bosetting benchmark — {machine()}")
    print(f"command: {' '.join([Path(PYTHON).name, 'benchmarks/run.py', *(argv or sys.argv[1:])])}")
    print(f"load average at the start: {load_average()}; wall is the fastest of the runs, CPU is that run's")
    with_review = not args.no_review and evaluation_available()
    if not args.no_review and not with_review:
        print("note: obligations.evaluation (evaluate_year) is not there yet: bosetting review is not measured")
    try:
        results: dict[int, ScaleResult] = {}
        for scale in scales:
            results[scale] = bench_scale(scale, workdir, repeats if scale <= 10 else 1, with_review)
            print_scale(results[scale])
            if scale == scales[0]:
                for note in results[scale].info["notes"]:
                    print(f"   {note}")
        help_run = bench_help(3 if args.quick else 7)
        if not args.no_whatif:
            from benchmarks.whatif import measure_whatif, print_whatif

            if criteria_available():
                national, _ = ensure_dataset(workdir, 1)
                print_whatif(measure_whatif(national, run_json, args.quick))
            else:
                print_whatif(None, "obligations.criteria.context is not there")
        print_targets(results, help_run)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nbenchmark took {time.perf_counter() - started:.0f} s; load average at the end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
