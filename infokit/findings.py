"""A finding: one thing a checker noticed, with a stable rule id."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One thing a checker noticed.

    ``rule`` is a stable id (``closed``, ``too-long``...) that tests, the CLI's
    JSON and the grader rely on; ``message`` is one line for the student;
    ``suggestion`` is a possible rewrite or next step, when there is one.
    """

    rule: str
    severity: Severity
    message: str
    suggestion: str | None = None

    def to_dict(self) -> dict[str, str]:
        data = asdict(self)
        if data["suggestion"] is None:
            del data["suggestion"]
        return data

    def __str__(self) -> str:
        text = f"[{self.severity}] {self.rule}: {self.message}"
        if self.suggestion:
            text += f" Try: {self.suggestion}"
        return text


def worst(findings: list[Finding]) -> Severity | None:
    """The most severe level among ``findings``, or None when there are none."""
    for level in SEVERITIES:
        if any(f.severity == level for f in findings):
            return level
    return None
