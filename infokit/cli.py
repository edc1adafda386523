"""The ``infokit`` command: argument parsing and printing over library functions.

Exit codes (the same for every command):
  0  done; for checks, nothing to fix; for ``validate``, ready to submit
  1  a check found something to fix, the work is not ready, or grading listed problem files
  2  the command line was wrong (argparse's usage error)
  3  an error the user can fix: a bad file, value or path (one line on stderr)
  4  an unexpected internal error (one line; INFOKIT_DEBUG=1 shows the traceback)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from infokit._version import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3, 4

Handler = Callable[[argparse.Namespace], int]


def _workspace(args: argparse.Namespace) -> Any:
    from infokit.store import Workspace

    return Workspace(args.workspace)


def _existing_workspace(args: argparse.Namespace) -> Any:
    from infokit.errors import WorkspaceError

    workspace = _workspace(args)
    if not workspace.exists():
        raise WorkspaceError(f"no workspace at {workspace.path}; start one with `infokit init`")
    return workspace


def _settings(args: argparse.Namespace) -> Any:
    from infokit.settings import load_settings

    return load_settings(getattr(args, "assignment", None))


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _read_input(name: str | None) -> str:
    if name in (None, "-"):
        return sys.stdin.read()
    from infokit import decode
    from infokit.errors import InfokitError

    path = Path(name)
    try:
        return decode.text(path.read_bytes())
    except FileNotFoundError:
        raise InfokitError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InfokitError(f"{path} is a folder, not a text file") from None
    except decode.Undecodable as exc:
        raise InfokitError(f"{path} {exc}") from None


# -- commands ---------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    created = workspace.init()
    print(f"{'Created' if created else 'Already there'}: {workspace.path}")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from infokit.progress import next_step, progress, report_due

    workspace = _existing_workspace(args)
    project = workspace.load()
    settings = _settings(args)
    steps = progress(project, settings)
    upcoming = next_step(steps)
    report = report_due(project, settings)
    if args.json:
        _print_json(
            {
                "workspace": str(workspace.path),
                "complete": upcoming is None,
                "steps": [step.to_dict() for step in steps],
                "next": upcoming.to_dict() if upcoming else None,
                "report_due": report.to_dict() if report else None,
            }
        )
        return EXIT_OK
    profile = project.profile
    print(f"Workspace: {workspace.path}")
    if profile.name:
        print(f"Student:   {profile.name}" + (f" ({profile.course})" if profile.course else ""))
    for step in steps:
        mark = "[x]" if step.done else "[ ]"
        late = "  LATE" if step.late else ""
        due = f"  (due {step.due.isoformat()})" if step.due else ""
        print(f"{mark} {step.label}{due}{late}")
        for item in step.missing:
            print(f"      - {item}")
        for item in step.warnings:
            print(f"      ! {item}")
    if report is not None:
        print(report.message)
    if upcoming is None:
        print("Every step is complete: export your report with `infokit export`.")
    else:
        print(f"Next: {upcoming.label}: {upcoming.next_action}.")
    return EXIT_OK


def cmd_sample(args: argparse.Namespace) -> int:
    from infokit.sample import write_sample

    workspace = write_sample(args.workspace, seed=args.seed, force=args.force)
    project = workspace.load()
    print(f"Wrote a sample project for {project.profile.name} (seed {args.seed}) to {workspace.path}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    workspace = _existing_workspace(args)
    target = workspace.backup(args.output)
    print(f"Backup written: {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from infokit.actions import restore_submission
    from infokit.errors import InfokitError, OtherStudentsWork
    from infokit.report.embed import read_submission

    workspace = _workspace(args)
    if args.list:
        backups = workspace.backups()
        for path in backups:
            print(path)
        if not backups:
            print(f"No automatic backups in {workspace.backup_dir}")
        return EXIT_OK
    if args.latest:
        backups = workspace.backups()
        if not backups:
            raise InfokitError(f"no automatic backups in {workspace.backup_dir}")
        latest = workspace.latest_backup()
        if latest is None:
            raise InfokitError(
                f"none of the {len(backups)} automatic backups in {workspace.backup_dir} can be read;"
                " restore a backup you downloaded, or an exported report"
            )
        source = latest
    elif args.file:
        source = Path(args.file)
    else:
        raise InfokitError("name a report or backup file to restore, or use --latest")
    submission = read_submission(source)
    if submission.tampered:
        print(f"warning: {source} was edited after it was exported", file=sys.stderr)
    try:
        project = restore_submission(submission, force=args.force, workspace=workspace)
    except OtherStudentsWork as exc:
        raise OtherStudentsWork(
            f"{exc}; add --force to restore it anyway",
            file_owner=exc.file_owner,
            workspace_owner=exc.workspace_owner,
        ) from None
    print(
        f"Restored {_whose(project)} from {source} into {workspace.path}:"
        f" {_count(project.contacts, 'contact')}, {_count(project.questions, 'question')}"
        " (what was there is kept under backups/)"
    )
    return EXIT_OK


def _whose(project: Any) -> str:
    """ "Ana Ruiz's work (student id 1234567)", "the work of student id 1234567"..."""
    name, student_id = project.profile.name.strip(), project.profile.student_id.strip()
    if name:
        return f"{name}'s work" + (f" (student id {student_id})" if student_id else "")
    return f"the work of student id {student_id}" if student_id else "the work with no name yet"


def _count(items: Sequence[Any], word: str) -> str:
    return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"


def _project_if_any(args: argparse.Namespace) -> Any:
    """The student's project: from ``--workspace`` (which must exist), else from the default
    workspace when there is one, else None (the check then runs on the text alone)."""
    if getattr(args, "workspace", None) is not None:
        return _existing_workspace(args).load()
    workspace = _workspace(args)
    return workspace.load() if workspace.exists() else None


def cmd_check_questions(args: argparse.Namespace) -> int:
    from infokit.findings import worst
    from infokit.questions import check_questions

    texts = [line.strip() for line in _read_input(args.file).splitlines() if line.strip()]
    project = _project_if_any(args)
    research = [note.text for note in project.research] if project else []
    results = check_questions(texts, research=research)
    flagged = any(worst(r.findings) in ("error", "warning") for r in results)
    if args.json:
        _print_json([result.to_dict() for result in results])
    else:
        for number, result in enumerate(results, 1):
            print(f"{number}. {result.question}")
            for finding in result.findings:
                print(f"   {finding}")
        print(f"{len(results)} questions, {sum(bool(r.findings) for r in results)} with findings")
    return EXIT_FINDINGS if flagged else EXIT_OK


def cmd_check_email(args: argparse.Namespace) -> int:
    from infokit.findings import worst
    from infokit.outreach.check import check_message

    text = _read_input(args.file)
    findings = check_message(
        text,
        args.kind,
        project=_project_if_any(args),
        settings=_settings(args),
        strict=True if args.strict else None,
    )
    if args.json:
        _print_json([finding.to_dict() for finding in findings])
    else:
        for finding in findings:
            print(finding)
        if not findings:
            print("No findings.")
    return EXIT_FINDINGS if worst(findings) in ("error", "warning") else EXIT_OK


def cmd_ics(args: argparse.Namespace) -> int:
    from infokit.outreach.schedule import write_ics

    workspace = _existing_workspace(args)
    target = args.output or workspace.path / "meeting.ics"
    path = write_ics(workspace.load(), target)
    print(f"Calendar file written: {path}")
    return EXIT_OK


_UNUSED_FORMAT_CHECKERS = (
    "rfc3987_syntax",  # the "iri" formats: compiles Lark grammars for about 2 s (python-jsonschema#1428)
    "rfc3986_validator",  # "uri"
    "rfc3339_validator",  # "date-time"
    "isoduration",  # "duration" (pulls in arrow)
    "fqdn",  # "hostname"
    "idna",  # "idn-hostname"
    "webcolors",  # "color"
    "jsonpointer",  # "json-pointer"
    "uri_template",  # "uri-template"
)


def _skip_unused_format_checkers() -> None:
    """Keep jsonschema from importing its optional format checkers in this short-lived process.

    nbformat imports jsonschema, whose ``_format`` module imports every format-checking
    package it finds installed (JupyterLab pulls most of them in): about 0.1 s, and
    ``rfc3987_syntax`` alone compiles Lark grammars for about two seconds. A notebook's
    schema uses no ``format`` keyword at all, and nbformat validates with fastjsonschema,
    so the export command marks those packages as absent before nbformat loads: their
    checkers are simply not registered. Kernels and other programs are unaffected.
    """
    for name in _UNUSED_FORMAT_CHECKERS:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def cmd_export(args: argparse.Namespace) -> int:
    _skip_unused_format_checkers()
    if args.to != "ipynb":  # nbconvert loads in a child while this process reads the workspace
        from infokit.report.convert import start_converter

        start_converter()
    from infokit.report import export_report

    workspace = _existing_workspace(args)
    written = export_report(
        workspace,
        to=args.to,
        output=args.output,
        include_contact_details=args.include_contact_details,
        settings=_settings(args),
    )
    for path in written:
        print(f"Written: {path}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from infokit.validate import validate

    workspace = _existing_workspace(args)
    report = validate(workspace.load(), _settings(args))
    if args.json:
        _print_json(report.to_dict())
    else:
        print(report.render_text())
    return EXIT_OK if report.ready else EXIT_FINDINGS


def cmd_grade(args: argparse.Namespace) -> int:
    from infokit.grading import grade

    run = grade(
        args.paths,
        settings=_settings(args),
        output=args.output,
        feedback_dir=args.feedback,
        canvas=args.canvas,
        moodle=args.moodle,
        roster=args.roster,
        previous=args.previous,
        show_progress=not args.no_progress,
        workers=args.workers,
    )
    print(run.summary())
    return EXIT_FINDINGS if run.problems else EXIT_OK


# -- parser -----------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infokit",
        description="Informational-interview coursework kit: workspace, checks, report, grading.",
        epilog="Exit codes: 0 ok, 1 findings or not ready, 2 usage, 3 error, 4 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"infokit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    def workspace_option(sub: argparse.ArgumentParser, required: bool = False) -> None:
        sub.add_argument(
            "--workspace",
            metavar="DIR",
            required=required,
            help="workspace folder (default: $INFOKIT_WORKSPACE or ~/infokit-workspace)",
        )

    def assignment_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--assignment", metavar="FILE", help="assignment settings (TOML)")

    sub = command("init", cmd_init, "start a workspace (does nothing if one is there)")
    workspace_option(sub)

    sub = command("status", cmd_status, "show progress through the steps and what is next")
    workspace_option(sub)
    assignment_option(sub)
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("sample", cmd_sample, "write a complete project of a fictional student")
    workspace_option(sub, required=True)
    sub.add_argument("--seed", type=int, default=0, help="which fictional student (default 0)")
    sub.add_argument("--force", action="store_true", help="replace an existing workspace")

    sub = command("backup", cmd_backup, "write the workspace to a backup file you can keep")
    workspace_option(sub)
    sub.add_argument("-o", "--output", metavar="FILE", help="backup file or folder")

    sub = command("restore", cmd_restore, "bring work back from a backup or an exported report")
    sub.add_argument("file", nargs="?", metavar="FILE", help="backup (.json) or report (.html, .ipynb)")
    sub.add_argument("--latest", action="store_true", help="restore the newest automatic backup")
    sub.add_argument("--list", action="store_true", help="list the automatic backups")
    sub.add_argument(
        "--force", action="store_true", help="restore even if the file is another student's work"
    )
    workspace_option(sub)

    sub = command(
        "check-questions",
        cmd_check_questions,
        "check interview questions, one a line (against your research notes when there is a workspace)",
    )
    sub.add_argument("file", nargs="?", metavar="FILE", help="text file, or - for standard input")
    sub.add_argument("--json", action="store_true", help="print JSON")
    workspace_option(sub)

    sub = command(
        "check-email",
        cmd_check_email,
        "check an interview request or thank-you note (with your notes and dates if there is a workspace)",
    )
    sub.add_argument("file", metavar="FILE", help="text file, or - for standard input")
    sub.add_argument("--kind", choices=["request", "thank-you"], default="request")
    sub.add_argument("--strict", action="store_true", help="use the strict word limit")
    sub.add_argument("--json", action="store_true", help="print JSON")
    workspace_option(sub)
    assignment_option(sub)

    sub = command("ics", cmd_ics, "write the meeting as a calendar (.ics) file")
    workspace_option(sub)
    sub.add_argument("-o", "--output", metavar="FILE", help="where to write (default: in the workspace)")

    sub = command("export", cmd_export, "export the submission report (HTML always, PDF too)")
    workspace_option(sub)
    assignment_option(sub)
    sub.add_argument("--to", choices=["html", "pdf", "ipynb"], default="html")
    sub.add_argument("-o", "--output", metavar="PATH", help="file or folder to write")
    sub.add_argument(
        "--include-contact-details",
        action="store_true",
        help="keep the interviewee's email and phone in the report (left out by default)",
    )

    sub = command("validate", cmd_validate, "say what is missing, late or short before you submit")
    workspace_option(sub)
    assignment_option(sub)
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("grade", cmd_grade, "grade a class's reports into a gradebook")
    sub.add_argument("paths", nargs="+", metavar="PATH", help="report files, folders or LMS zips")
    assignment_option(sub)
    sub.add_argument("-o", "--output", metavar="FILE", required=True, help="gradebook (.csv or .xlsx)")
    sub.add_argument("--feedback", metavar="DIR", help="write one feedback page per student here")
    sub.add_argument("--canvas", action="store_true", help="also write a Canvas gradebook-import CSV")
    sub.add_argument("--moodle", action="store_true", help="also write a Moodle grading worksheet to upload")
    sub.add_argument(
        "--roster",
        metavar="FILE",
        help="class list: a Canvas gradebook export, a Moodle grading worksheet, or a CSV of ids and names",
    )
    sub.add_argument("--previous", metavar="CSV", help="earlier gradebook whose manual scores to keep")
    sub.add_argument("--no-progress", action="store_true", help="no progress bar")
    sub.add_argument(
        "--workers", type=int, metavar="N", help="processes to use (default: all cores on big batches)"
    )
    return parser


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).splitlines())


def main(argv: Sequence[str] | None = None) -> int:
    from infokit.errors import InfokitError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except InfokitError as exc:
        print(f"infokit: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"infokit: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("infokit: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("INFOKIT_DEBUG"):
            raise
        print(
            f"infokit: internal error: {type(exc).__name__}: {_one_line(exc)}"
            " (set INFOKIT_DEBUG=1 to see details, and please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
