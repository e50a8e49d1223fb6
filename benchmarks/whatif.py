"""What-if at scale: `bosetting criteria compare` over many need scenarios and every criteria version.

Each scenario is what one `bosetting criteria compare --from A --to B --need N --need-em M --data-year Y`
computes and prints (the table in bokmål). Two ways through the same scenarios, each in a fresh process:

- reuse: one obligations.criteria.context.CriteriaContext for all of them, as a what-if session would keep
  (rules loaded once, each version compiled once, the data read and its facts built once, a version's
  evaluation of a data year kept);
- start over: a new CriteriaContext per scenario, as running the command once per scenario does (less the
  interpreter start and imports, which would add about 0.3 s more per scenario).

Both must print the same text for every scenario; a digest of all outputs is compared.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FULL_NEEDS = 100
QUICK_NEEDS = 10


def _scenarios(data_dir: Path, needs: int) -> tuple[list[tuple[str, str, int | None, int | None]], int, list[str]]:
    """(from, to, need, need_em) for consecutive versions at the data's need, then `needs` needs for the last pair."""
    from obligations.criteria.context import CriteriaContext
    from obligations.criteria.spec import CRITERIA_KIND

    context = CriteriaContext(data_dir=data_dir)
    versions = sorted((r for r in context.repository.rulesets if r.kind == CRITERIA_KIND),
                      key=lambda r: (r.valid_from, r.version))
    keys = [r.key for r in versions]
    data_year = max(context.dataset.national)
    need, need_em = context.need(data_year)
    pairs: list[tuple[str, str, int | None, int | None]] = [
        (a, b, None, None) for a, b in zip(keys, keys[1:], strict=False)]
    if len(keys) >= 2:
        for i in range(needs):
            factor = 0.5 + i / max(needs - 1, 1)  # from half to one and a half times the need
            pairs.append((keys[-2], keys[-1], round(need * factor), round(need_em * factor)))
    return pairs, data_year, keys


def _compare(context: Any, spec: tuple[str, str, int | None, int | None], data_year: int) -> str:
    """What compare_command does for one scenario, returning the text it would print."""
    from engine.problems import InputError
    from obligations.criteria.report import Names, compare_output

    first, second = context.version(spec[0]), context.version(spec[1])
    try:
        scenario_from, scenario_to, comparison = context.compare(first, second, data_year, spec[2], spec[3])
    except InputError as exc:  # a need the constraints cannot meet: the command would exit 1 with this
        return "\n".join(p.format() for p in exc.problems)
    register = context.register(data_year)
    names = Names({k: v.navn for k, v in register.items()}, context.fylke_names(data_year))
    return str(compare_output(scenario_from, scenario_to, comparison, names, context.dataset.synthetic, "table", "nb"))


def whatif_worker(kind: str, data_dir: Path | None) -> dict[str, Any]:
    """`reuse:N` or `fresh:N`: time N need scenarios plus every pair of consecutive versions."""
    from obligations.criteria.context import CriteriaContext

    assert data_dir is not None
    mode, _, count = kind.partition(":")
    scenarios, data_year, versions = _scenarios(data_dir, int(count or FULL_NEEDS))
    digest = hashlib.sha256()
    start, cpu = time.perf_counter(), time.process_time()
    context = CriteriaContext(data_dir=data_dir)
    for spec in scenarios:
        if mode == "fresh":
            context = CriteriaContext(data_dir=data_dir)
        digest.update(_compare(context, spec, data_year).encode("utf-8"))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    import resource

    return {"wall": wall, "cpu": cpu, "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "scenarios": len(scenarios), "versions": versions, "digest": digest.hexdigest()[:16]}


def measure_whatif(data_dir: Path, run_json: Callable[[list[str]], dict[str, Any]], quick: bool) -> dict[str, Any]:
    count = QUICK_NEEDS if quick else FULL_NEEDS
    return {mode: run_json(["--whatif-worker", f"{mode}:{count}", "--data", str(data_dir)])
            for mode in ("reuse", "fresh")}


def print_whatif(results: dict[str, Any] | None, why_not: str = "") -> None:
    print("\n== what-if: bosetting criteria compare, many scenarios (national data)")
    if results is None:
        print(f"   not measured: {why_not}")
        return
    reuse, fresh = results["reuse"], results["fresh"]
    for name, m in (("reuse", reuse), ("start over", fresh)):
        if "error" in m:
            print(f"   {name}: ERROR {m['error'].splitlines()[-1] if m['error'] else ''}")
    if "error" in reuse or "error" in fresh:
        return
    n = reuse["scenarios"]
    print(f"   {n} scenarios: each pair of consecutive criteria versions ({len(reuse['versions'])} versions: "
          f"{', '.join(reuse['versions'])}) at the data's need, and {n - len(reuse['versions']) + 1} needs "
          f"(0.5x to 1.5x) for the last pair")
    for name, m in (("reuse one CriteriaContext", reuse), ("start over for each scenario", fresh)):
        print(f"   {name:<34} {m['wall']:8.2f} s wall {m['cpu']:8.2f} s CPU   {1000 * m['wall'] / n:7.1f} ms "
              f"per scenario, peak {m['peak_kb'] / 1024:.0f} MB")
    same = "identical" if reuse["digest"] == fresh["digest"] else "DIFFERENT"
    print(f"   gain from reuse: {fresh['wall'] / reuse['wall']:.1f}x wall, {fresh['cpu'] / reuse['cpu']:.1f}x CPU; "
          f"outputs of both: {same}")
