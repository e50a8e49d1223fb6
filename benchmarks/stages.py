"""Where a `bosetting review` spends its time: the command run in this process with a clock on each stage.

    python benchmarks/stages.py review [--data D] [--out O] ...     # prints one JSON line

Stages (CPU and wall seconds; each is exclusive, so they add up to the command):
  imports      the command line and the review's modules, with everything they import at load
  reading      load_dataset: every data file read, parsed and checked
  rules        load_rules: the rule files (from the user's cache when nothing changed)
  derivation   derive_facts for every rule set and year, the figures each year's result holds beside its
               findings (long waits by month, late notices), and build_review's own metrics
  evaluation   evaluate_year less derivation: the engine (durable_rules), findings, waivers, sorting
  rendering    report.md, report.html, findings.json, findings.csv
  writing      the atomic folder write
  other        the rest of the command (click, progress lines, the summary)
Besides the times it reports what each stage worked on (bytes read, persons, facts, findings, bytes
written), so growth can be judged against the growth of the input. Imports are timed first: this
script itself imports only sys, time and json before the clock starts.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

STAGES = ("imports", "reading", "rules", "derivation", "evaluation", "rendering", "writing", "other")


class Clock:
    """Inclusive CPU and wall time per name; a name may be entered many times, never inside itself."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.wall: dict[str, float] = {}

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            cpu, wall = time.process_time(), time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - cpu
                self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - wall
        return timed


def main(argv: list[str]) -> dict[str, Any]:
    clock = Clock()
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import bosetting.obligations.cli as cli
    import bosetting.obligations.commands.review  # noqa: F401 - the review command's own module, as `bosetting review` loads it
    import bosetting.obligations.evaluation as evaluation
    import bosetting.obligations.review.run as review_run
    import bosetting.obligations.system as system

    clock.cpu["imports"] = time.process_time() - start_cpu
    clock.wall["imports"] = time.perf_counter() - start_wall
    counts: dict[str, int] = {"persons": 0, "facts": 0, "findings": 0, "written_bytes": 0, "data_bytes": 0}

    def reading(data_dir: Path) -> Any:
        dataset = load_dataset(data_dir)
        counts["persons"] += sum(len(p) for p in dataset.persons.values())
        folder = Path(data_dir)
        counts["data_bytes"] += sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        return dataset

    def deriving(*args: Any, **kwargs: Any) -> Any:
        facts = derive_facts(*args, **kwargs)
        counts["facts"] += len(facts)
        return facts

    def rendering(model: Any, lang: str) -> Any:
        counts["findings"] += len(model.findings)
        files = render_outputs(model, lang)
        counts["written_bytes"] += sum(len(content) for content in files.values())
        return files

    # The review reads, loads and evaluates through obligations.system (AgreementSystem): its names are wrapped.
    load_dataset, derive_facts, render_outputs = system.load_dataset, evaluation.derive_facts, \
        review_run.render_outputs
    system.load_dataset = clock.wrap("reading", reading)  # type: ignore[assignment]
    system.load_rules = clock.wrap("rules", system.load_rules)  # type: ignore[assignment]
    system.evaluate_year = clock.wrap("evaluate_year", system.evaluate_year)  # type: ignore[assignment]
    system._year_result = clock.wrap("year_result", system._year_result)  # type: ignore[assignment]
    evaluation.derive_facts = clock.wrap("derive_facts", deriving)  # type: ignore[assignment]
    review_run.build_review = clock.wrap("build_review", review_run.build_review)  # type: ignore[assignment]
    review_run.render_outputs = clock.wrap("rendering", rendering)  # type: ignore[assignment]
    review_run.write_folder_atomically = clock.wrap(  # type: ignore[assignment]
        "writing", review_run.write_folder_atomically)
    command = clock.wrap("command", cli.main.main)
    command(argv, prog_name="bosetting", standalone_mode=False)
    total_cpu, total_wall = time.process_time() - start_cpu, time.perf_counter() - start_wall

    result: dict[str, Any] = {"counts": counts, "total_cpu": total_cpu, "total_wall": total_wall}
    for clock_name, table, total in (("cpu", clock.cpu, total_cpu), ("wall", clock.wall, total_wall)):
        stages = {
            "imports": table["imports"],
            "reading": table.get("reading", 0.0),
            "rules": table.get("rules", 0.0),
            "derivation": table.get("derive_facts", 0.0) + table.get("year_result", 0.0)
            + table.get("build_review", 0.0),
            "evaluation": table.get("evaluate_year", 0.0) - table.get("derive_facts", 0.0),
            "rendering": table.get("rendering", 0.0),
            "writing": table.get("writing", 0.0),
        }
        stages["other"] = total - sum(stages.values())
        result[clock_name] = stages
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
