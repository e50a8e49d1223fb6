"""Do this checkout and an earlier commit write the same review, byte for byte?

    python benchmarks/same_outputs.py                       # against main, shipped data and 1x, 10x, 100x
    python benchmarks/same_outputs.py --base 13e92c8 --scales 1,10 --workdir /tmp/bench

A change made for speed must not change what the review says. For the shipped data/ and each
scaled folder (benchmarks/scaledata.py, SYNTHETIC), in each language, both trees run
`bosetting review --data D --rules R --out O --lang L` in a fresh interpreter. Both are given the
same data; every file of the two output folders (report.md, report.html, findings.json,
findings.csv, findings.xlsx, the referat template referat-mal-Y.docx and the folder's marker
file), what the command printed (its output folder aside) and its exit code must be identical.
Each tree reads its own rules/ (the same files unless the rules changed), so the one thing allowed
to differ is where the checkout stands: findings.json records the rule files' absolute paths, and
both trees' locations are masked as <checkout> before comparing.

The .xlsx and .docx files are zip archives. Nothing in them differs by design: their writers give
every zip entry a fixed time (findings.xlsx 1980-01-01, the referat template 2000-01-01) and the
documents' own creation and modification dates are fixed too, so the same inputs give the same
bytes. When the bytes differ anyway, the archives are opened and compared member by member (the
list and order of members, each member's time and its content, the checkout masked), and the first
differing member is shown; archives whose members are all identical count as identical.

The earlier commit is taken with `git archive` into the work folder; its outputs are kept there and
reused on the next run. Exit code 0 when everything is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.run import ensure_dataset  # noqa: E402
from scripts.import_layers import lay_out  # noqa: E402

# The outputs that are zip archives, compared member by member when their bytes differ.
ZIP_SUFFIXES = (".xlsx", ".docx")
# Run the tree's own code: the interpreter puts the working folder first on sys.path, before the
# editable install of this checkout. An exported tree is run from a folder laid out as the wheel
# installs it (bosetting/engine, bosetting/obligations: scripts/import_layers.py), since its own
# bosetting/ holds neither and the editable install would give this checkout's code for both.
RUN_CLI = "import sys; from bosetting.obligations.cli import main; sys.exit(main())"
# The earlier outputs kept in the work folder; named anew since the base tree runs its own code (outputs
# kept before that were written by this checkout's code, and are not reused).
KEPT_RESULT = ".result-own-code"


def export_tree(revision: str, workdir: Path) -> Path:
    """The files of `revision`, from git archive, in the work folder (kept between runs)."""
    commit = subprocess.run(["git", "rev-parse", "--verify", f"{revision}^{{commit}}"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    target = workdir / f"tree-{commit[:12]}"
    stamp = target / ".exported"
    if not stamp.is_file():
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
        stamp.write_text(commit + "\n")
    return target


def run_review(tree: Path, data: Path, out: Path, lang: str, cache_dir: Path) -> tuple[int, str]:
    """Run the review of `tree`'s code and rules; return its exit code and what it printed (the output and
    data folders and the checkout masked). The outputs are rewritten with the checkout masked."""
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "BOSETTING_CACHE_DIR": str(cache_dir)}
    where = tree if tree == ROOT else lay_out(tree.parent / f"layout-{tree.name}", tree)
    completed = subprocess.run([sys.executable, "-c", RUN_CLI, "review", "--data", str(data), "--rules",
                                str(tree / "rules"), "--out", str(out), "--lang", lang],
                               cwd=where, env=env, capture_output=True, text=True)
    for path in out.iterdir() if out.is_dir() else ():
        if path.is_file() and path.suffix not in ZIP_SUFFIXES:
            path.write_bytes(mask(tree, path.read_bytes()))
    printed = (completed.stdout + completed.stderr).replace(str(out), "<out>").replace(str(data), "<data>")
    return completed.returncode, mask(tree, printed.encode()).decode()


def mask(tree: Path, content: bytes) -> bytes:
    """`content` with the checkout's location written as <checkout>."""
    return content.replace(str(tree.resolve()).encode(), b"<checkout>")


def first_difference(old: bytes, new: bytes, name: str) -> str:
    old_lines = old.decode("utf-8", "replace").splitlines()
    new_lines = new.decode("utf-8", "replace").splitlines()
    diff = list(difflib.unified_diff(old_lines, new_lines, f"base/{name}", f"this/{name}", n=1, lineterm=""))
    if not diff:
        return f"{name}: same lines, different bytes (line endings?)"
    if max(map(len, diff)) > 400:  # XML on one long line: show where it first differs instead
        at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
        near = slice(max(at - 80, 0), at + 80)
        return (f"{name}: first differs at byte {at} ({len(old)} bytes before, {len(new)} now)\n"
                f"  base: {old[near].decode('utf-8', 'replace')!r}\n  this: {new[near].decode('utf-8', 'replace')!r}")
    return "\n".join(diff[:12])


def zip_members(path: Path, tree: Path) -> list[tuple[str, tuple[int, ...], bytes]]:
    """Each member of the zip archive at `path`, in order: its name, its time and its content (the checkout
    masked)."""
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, info.date_time, mask(tree, archive.read(info))) for info in archive.infolist()]


def zip_difference(old: Path, old_tree: Path, new: Path, new_tree: Path, name: str) -> str | None:
    """The first difference between two zip archives' members, or None when every member is identical."""
    try:
        old_members, new_members = zip_members(old, old_tree), zip_members(new, new_tree)
    except zipfile.BadZipFile as error:
        return f"{name}: not a readable zip archive ({error})"
    old_names, new_names = [m[0] for m in old_members], [m[0] for m in new_members]
    if old_names != new_names:
        return (f"{name}: different members: only before {sorted(set(old_names) - set(new_names))}, only now "
                f"{sorted(set(new_names) - set(old_names))}" if set(old_names) != set(new_names)
                else f"{name}: the same members in a different order")
    for (member, old_time, old_content), (_, new_time, new_content) in zip(old_members, new_members, strict=True):
        if old_time != new_time:
            return f"{name}!{member}: zip time {old_time} before, {new_time} now"
        if old_content != new_content:
            return first_difference(old_content, new_content, f"{name}!{member}")
    return None


def compare(base: Path, data: Path, label: str, lang: str, workdir: Path) -> list[str]:
    """The differences between the two trees' reviews of `data` in `lang` (empty: identical)."""
    base_out = workdir / f"out-{base.name}-{label}-{lang}"
    this_out = workdir / f"out-this-{label}-{lang}"
    kept = base_out / KEPT_RESULT
    if kept.is_file():
        base_rc, base_printed = int(kept.read_text().split("\n", 1)[0]), kept.read_text().split("\n", 1)[1]
    else:
        base_rc, base_printed = run_review(base, data, base_out, lang, workdir / "cache-base")
        base_out.mkdir(parents=True, exist_ok=True)
        kept.write_text(f"{base_rc}\n{base_printed}")
    this_rc, this_printed = run_review(ROOT, data, this_out, lang, workdir / "cache-this")
    problems = []
    if base_rc != this_rc:
        problems.append(f"exit code {base_rc} before, {this_rc} now")
    if base_printed != this_printed:
        problems.append(first_difference(base_printed.encode(), this_printed.encode(), "printed"))
    names = sorted({p.name for folder in (base_out, this_out) if folder.is_dir() for p in folder.iterdir()
                    if p.is_file()} - {kept.name})
    for name in names:
        old, new = base_out / name, this_out / name
        if not old.is_file() or not new.is_file():
            problems.append(f"{name}: written {'before only' if old.is_file() else 'now only'}")
            continue
        if old.read_bytes() == new.read_bytes():
            continue
        if old.suffix in ZIP_SUFFIXES:
            if (difference := zip_difference(old, base, new, ROOT, name)) is not None:
                problems.append(difference)
        else:
            problems.append(first_difference(old.read_bytes(), new.read_bytes(), name))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main", help="the commit to compare with (default: main)")
    parser.add_argument("--scales", default="1,10,100", help="scaled folders besides the shipped data ('' for none)")
    parser.add_argument("--langs", default="nb,en")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep the exported tree, the data and the earlier outputs here (default: a temporary "
                             "folder, removed)")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bosetting-same-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        base = export_tree(args.base, workdir)
        folders = [("shipped", ROOT / "data")]
        for scale in (int(s) for s in args.scales.split(",") if s):
            folders.append((f"{scale}x", ensure_dataset(workdir, scale)[0]))
        failed = 0
        for label, data in folders:
            for lang in args.langs.split(","):
                problems = compare(base, data, label, lang, workdir)
                print(f"{label:>8} {lang}: {'identical' if not problems else 'DIFFERENT'}", flush=True)
                for problem in problems:
                    print("    " + problem.replace("\n", "\n    "))
                failed += bool(problems)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"compared with {args.base} ({base.name}): "
          + ("every output identical" if not failed else f"{failed} review(s) differ"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
