"""Who the work belongs to: one row per student, and never one student's work dropped for another's.

A report names its student (the id typed in the profile, else the name); the
platform says which account handed it in. Both are kept, and where they
disagree the gradebook shows it rather than choosing:

* one student key handed in from two platform accounts (a classmate's id in
  someone else's upload, or two people who typed the same name and no id) is
  a conflict: each account's copy is graded as its own row, keyed
  ``<key>@<platform>-<account>``, and both rows are flagged;
* one account handing in reports for two students is flagged on each row
  (a team's shared folder is not);
* several copies from the same student and account: the one that counts is
  the newest, or with ``[grading] keep = "newest-before-due"`` the newest
  handed in on time; every other copy is a ``duplicate`` problem naming the
  copy that counts (never a copy that was itself superseded).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from infokit.findings import Finding
from infokit.grading.batch import Graded
from infokit.grading.records import Problem
from infokit.settings import Settings


def _account(item: Graded) -> str:
    hint = item.row.lms
    return hint.account if hint is not None else ""


def _flag(rule: str, message: str) -> Finding:
    return Finding(rule, "warning", message)


def choose(items: Iterable[Graded], settings: Settings) -> tuple[list[Graded], list[Problem]]:
    """The copies that count, one per row, and a duplicate problem for every other copy."""
    by_key: dict[str, list[Graded]] = defaultdict(list)
    for item in items:
        by_key[item.row.key].append(item)
    kept: list[Graded] = []
    problems: list[Problem] = []
    for key, copies in by_key.items():
        accounts = sorted({_account(item) for item in copies} - {""})
        if len(accounts) <= 1:
            groups = {"": copies}
        else:
            groups = defaultdict(list)
            for item in copies:  # a copy with no account (a loose file) joins the first account
                groups[_account(item) or accounts[0]].append(item)
        for account, group in groups.items():
            chosen = _newest(group, settings)
            if account:
                who = ", ".join(f"{a} ({_names(copies, a)})" for a in accounts)
                chosen.row.flags.append(
                    _flag(
                        "identity-conflict",
                        f"{len(accounts)} platform accounts handed in work for student {key}: {who};"
                        " each is graded as its own row: check who wrote which",
                    )
                )
                chosen.row.key = f"{key}@{account.replace(' ', '-')}".casefold()
            on_time_rule = settings.grading.keep == "newest-before-due" and chosen.on_time
            why = "the newest on time" if on_time_rule else "the newest"
            problems += [
                Problem(
                    other.row.file,
                    "duplicate",
                    f"another copy from the same student; {chosen.row.file} counts ({why})",
                    chosen.row.key,
                )
                for other in group
                if other is not chosen
            ]
            kept.append(chosen)
    _shared_accounts(kept)
    return kept, problems


def _names(copies: list[Graded], account: str) -> str:
    names = sorted({item.row.lms.name for item in copies if _account(item) == account and item.row.lms})
    return ", ".join(n for n in names if n) or "no name given"


def _newest(group: list[Graded], settings: Settings) -> Graded:
    pool = group
    if settings.grading.keep == "newest-before-due":
        pool = [item for item in group if item.on_time] or group
    return max(pool, key=lambda item: item.moment)


def _shared_accounts(kept: list[Graded]) -> None:
    """Flag rows whose one account handed in reports for several students (not a team's folder)."""
    by_account: dict[str, list[Graded]] = defaultdict(list)
    for item in kept:
        hint = item.row.lms
        if hint is not None and hint.account and not hint.team and not hint.team_members:
            by_account[hint.account].append(item)
    for account, items in by_account.items():
        keys = sorted({item.row.key.split("@")[0] for item in items})
        if len(keys) > 1:
            for item in items:
                item.row.flags.append(
                    _flag(
                        "account-several-students",
                        f"{account} handed in reports for {len(keys)} students ({', '.join(keys)}):"
                        " one of them is not this account's own work",
                    )
                )
