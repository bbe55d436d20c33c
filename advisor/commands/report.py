"""``export-advisor report FILE|DIR... -o OUT [--paper a4|letter] [--lang en|hi] [--jobs N]
[--branding PROFILE.json] [--previous auto|FILE] [--peers DIR [--by sector|size|all]]``:
PDF action plans.

One assessment file gives the PDF ``OUT`` (``.pdf`` is added when missing; an existing
folder ``OUT`` receives ``OUT/<name>.pdf``). Several files, or folders (every ``*.json``
directly inside, except a workshop's ``workshop.json``; our own other files there, such
as a branding profile, are named and left aside), give one PDF each in the folder
``OUT``, named after the input file; ``--jobs N`` renders them in N processes. A file
that cannot be read or rendered is reported and skipped, the others are still written,
and the exit code is 1 at the end with the list of files left out. Usage errors, an
unreadable branding profile or logo, and a bad single input file exit with 2.

``--previous`` adds the progress section the app's PDF has: ``auto`` compares each file
with the earlier assessment in its folder (the app's rule, :mod:`advisor.services.previous`;
none found or unreadable: no section), ``FILE`` with that assessment (one input only; a
file that cannot be read is an error). Options and the export itself come from
:mod:`advisor.services.reports`, as in the window.

``--peers DIR`` adds a "You and your peers" section comparing each firm with a workshop
room or client book (:mod:`advisor.services.peers`; see ``export-advisor benchmark``).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advisor import commands
from advisor.commands import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    add_lang_argument,
    bank_from_args,
    branding_from_args,
)

if TYPE_CHECKING:
    from advisor.domain.bank import Bank
    from advisor.storage.peers import PeerPool

NAME = "report"
HELP = "write PDF action plans for one or more assessments"
ORDER = 20

_SKIPPED_NAMES = {"workshop.json"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``report``."""
    parser.epilog = (
        "One FILE gives the PDF OUT; several files or folders (every *.json directly inside) "
        "give one PDF each in the folder OUT. A file that cannot be read or rendered is listed "
        "and skipped; the others are still written. Exit codes: 0 written, 1 some reports "
        "could not be written (they are listed), 2 bad usage, FILE, bank, branding or logo."
    )
    parser.add_argument(
        "inputs", metavar="FILE|DIR", nargs="+", help="assessment files or folders of them"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the PDF to write (one input file) or the folder for several PDFs",
    )
    parser.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size")
    add_lang_argument(parser, "report language")
    parser.add_argument(
        "--jobs", metavar="N", type=int, default=1, help="render N reports at once (default 1)"
    )
    parser.add_argument(
        "--branding", metavar="PROFILE.json", help="a consultant's branding profile"
    )
    parser.add_argument(
        "--previous",
        metavar="auto|FILE",
        help="add progress since an earlier assessment: 'auto' takes the one before each "
        "file in its folder (as the app does), or name the file",
    )
    parser.add_argument(
        "--peers",
        metavar="DIR",
        help="add a peer comparison with this workshop folder or client library",
    )
    parser.add_argument(
        "--by", choices=["sector", "size", "all"], help="the peer group (with --peers)"
    )


@dataclass(frozen=True)
class Job:
    """One report to render: everything a worker process needs, picklable."""

    source: Path
    target: Path
    bank_path: str | None
    lang: str
    paper: str
    branding: Path | None
    previous: str | None  # None, "auto" or a file
    peers: PeerPool | None = None  # anonymous records only: no names cross processes
    by: str | None = None
    today: date | None = None  # the commands' clock, for the old-rules warning


_BANKS: dict[str | None, Bank] = {}


def _bank(path: str | None) -> Bank:
    """The bank for a worker (loaded once per process)."""
    if path not in _BANKS:
        _BANKS[path] = bank_from_args(argparse.Namespace(bank=path))
    return _BANKS[path]


def render_job(job: Job) -> str | None:
    """Render and write one report; returns None, or the one-line reason it failed."""
    from advisor.commands import load_checked
    from advisor.services import export_pdf, report_options
    from advisor.storage import DocumentError

    try:
        bank = _bank(job.bank_path)
        loaded = load_checked(job.source, bank)
        try:
            options = report_options(
                bank,
                job.source,
                job.lang,
                branding=job.branding,
                previous=job.previous,
                paper=job.paper,  # type: ignore[arg-type]
                today=job.today,
            )
        except DocumentError as exc:
            return f"{job.source}: {exc}"
        if job.peers is not None:
            from dataclasses import replace

            from advisor.services.peers import peer_comparison

            comparison = peer_comparison(bank, loaded.assessment, job.source, job.peers, job.by)
            options = replace(options, peers=comparison)
    except CommandError as exc:
        return str(exc)
    try:
        export_pdf(bank, loaded.assessment, job.target, options)
    except DocumentError as exc:
        return f"{job.source}: could not write the report: {exc}"
    except (ValueError, OSError) as exc:
        return f"{job.source}: {exc}"
    return None


def _inputs(paths: list[str]) -> tuple[list[Path], bool, list[tuple[Path, str]]]:
    """The assessment files named, whether the output is a folder of PDFs, and the files
    of a folder set aside because they are our own other kinds (a branding profile)."""
    from advisor.storage.documents import own_other_format

    files: list[Path] = []
    aside: list[tuple[Path, str]] = []
    many = len(paths) > 1
    for name in paths:
        path = Path(name)
        if path.is_dir():
            many = True
            found = sorted(
                p
                for p in path.glob("*.json")
                # anything but a folder: a FIFO or a device is listed as left out, not skipped
                if not p.is_dir() and p.name not in _SKIPPED_NAMES and not p.name.startswith(".")
            )
            for p in found:
                kind = own_other_format(p)
                if kind is None:
                    files.append(p)
                else:
                    aside.append((p, kind))
        elif path.exists() or path.is_symlink():
            files.append(path)  # named on purpose: an error if it is no assessment
        else:
            raise CommandError(f"{path}: no such file or folder")
    if not files:
        raise CommandError("no assessment (*.json) files found in the folders given")
    return files, many, aside


def _targets(files: list[Path], folder: Path) -> list[Path]:
    """One PDF per input in ``folder``, named after the input; clashes get -2, -3..."""
    used: set[str] = set()
    targets = []
    for source in files:
        stem = source.stem or "assessment"
        name, count = f"{stem}.pdf", 1
        while name.casefold() in used:
            count += 1
            name = f"{stem}-{count}.pdf"
        used.add(name.casefold())
        targets.append(folder / name)
    return targets


def _single_target(output: Path, source: Path) -> Path:
    if output.is_dir():
        return output / f"{source.stem or 'assessment'}.pdf"
    if output.suffix.lower() != ".pdf":
        output = output.with_name(output.name + ".pdf")
    if not output.parent.is_dir():
        raise CommandError(f"{output}: the folder {output.parent} does not exist")
    return output


def _previous(text: str | None, many: bool) -> str | None:
    """``--previous``: None, "auto", or a file that exists (one input only)."""
    from advisor.services import PREVIOUS_AUTO

    if text is None or text == PREVIOUS_AUTO:
        return text
    if many:
        raise CommandError(
            "--previous FILE compares one assessment; use --previous auto for several"
        )
    if not Path(text).is_file():
        raise CommandError(f"--previous {text}: no such file")
    return text


def _run_all(jobs: list[Job], workers: int) -> list[tuple[Job, str | None]]:
    """Render every job, with a progress bar on a terminal and plain lines otherwise."""
    results: list[tuple[Job, str | None]] = []
    interactive = sys.stderr.isatty()

    def report(job: Job, error: str | None) -> None:
        results.append((job, error))
        if not interactive:
            if error is None:
                sys.stdout.write(f"wrote {job.target}\n")
            else:
                sys.stderr.write(f"export-advisor: skipped {error}\n")
            sys.stdout.flush()

    def run(advance: object = None) -> None:
        if workers <= 1 or len(jobs) == 1:
            for job in jobs:
                report(job, render_job(job))
                if advance is not None:
                    advance()  # type: ignore[operator]
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        # "spawn" everywhere: the same on Windows, and safe when Qt threads are running.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context) as pool:
            futures = {pool.submit(render_job, job): job for job in jobs}
            for future in as_completed(futures):
                report(futures[future], future.result())
                if advance is not None:
                    advance()  # type: ignore[operator]

    if not interactive:
        run()
        return results
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("Writing reports"), BarColumn(), MofNCompleteColumn(), transient=True
    ) as progress:
        task = progress.add_task("reports", total=len(jobs))
        run(lambda: progress.advance(task))
    return results


def run(args: argparse.Namespace) -> int:
    """Render the reports and write them."""
    if args.jobs < 1:
        raise CommandError("--jobs must be 1 or more")
    files, many, aside = _inputs(args.inputs)
    output = Path(args.output)
    bank_from_args(args)  # a bad --bank is a usage error before any work
    branding = branding_from_args(args.branding)
    previous = _previous(args.previous, many)
    if args.by and not args.peers:
        raise CommandError("--by needs --peers DIR")
    pool = None
    if args.peers:
        from advisor.commands.benchmark import load_pool

        pool = load_pool(args.peers, _bank(args.bank))
    if many:
        if output.exists() and not output.is_dir():
            raise CommandError(f"{output}: several reports need a folder, and this is a file")
        if not output.exists() and output.suffix.lower() == ".pdf":
            # a folder called "plans.pdf" is what a user who asked for one PDF would not expect
            raise CommandError(
                f"{output}: several assessments give one PDF each, written into a folder: "
                "give a folder name for -o, not a .pdf name"
            )
        if not output.parent.is_dir():
            raise CommandError(f"{output}: the folder {output.parent} does not exist")
        output.mkdir(exist_ok=True)
        targets = _targets(files, output)
    else:
        targets = [_single_target(output, files[0])]

    day = commands.today()
    previous_of = {source: previous for source in files}
    if many and previous == "auto":
        # found here once per folder: each job asking again read the folder once per file
        from advisor.services.previous import find_previous_each

        found = find_previous_each(files, _bank(args.bank))
        previous_of = {s: (str(p) if p is not None else None) for s, p in found.items()}
    jobs = [
        Job(
            source,
            target,
            args.bank,
            args.lang,
            args.paper,
            branding,
            previous_of[source],
            pool,
            args.by,
            day,
        )
        for source, target in zip(files, targets, strict=True)
    ]
    if not many:
        error = render_job(jobs[0])
        if error is not None:
            written = "could not write the report" in error
            raise CommandError(error, EXIT_FAILURE if written else EXIT_USAGE)
        sys.stdout.write(f"wrote {jobs[0].target}\n")
        return EXIT_OK

    results = _run_all(jobs, args.jobs)
    failed = [job for job, error in results if error is not None]
    written = len(results) - len(failed)
    if sys.stderr.isatty():
        for _job, error in results:
            if error is not None:
                sys.stderr.write(f"export-advisor: skipped {error}\n")
    sys.stdout.write(f"wrote {written} of {len(jobs)} reports to {output}\n")
    if aside:
        names = ", ".join(f"{p.name} ({kind})" for p, kind in aside)
        sys.stdout.write(f"not assessments, left aside: {names}\n")
    if failed:
        names = ", ".join(str(job.source) for job in sorted(failed, key=lambda j: str(j.source)))
        sys.stderr.write(f"export-advisor: error: {len(failed)} left out: {names}\n")
        return EXIT_FAILURE
    return EXIT_OK
