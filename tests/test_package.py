"""The package's public surface and its import weight."""

from __future__ import annotations

import subprocess
import sys

import pytest

import infokit

HEAVY = ("pandas", "nbconvert", "ipywidgets", "matplotlib", "nbclient", "jinja2", "pydantic")


def modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return {name.split(".")[0] for name in done.stdout.split()}


def test_import_infokit_is_light():
    loaded = modules_after("import infokit")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_model_store_and_settings_load_no_heavy_dependency():
    loaded = modules_after(
        "import infokit.model, infokit.store, infokit.settings, infokit.progress, infokit.cli"
    )
    assert not loaded & {"pandas", "nbconvert", "ipywidgets", "matplotlib", "nbclient"}


def test_public_names_resolve_and_all_is_sorted():
    assert infokit.__all__ == sorted(infokit.__all__)
    for name in infokit.__all__:
        assert getattr(infokit, name) is not None
    assert infokit.Workspace.__module__ == "infokit.store"


def test_unknown_attribute():
    try:
        infokit.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


PACKAGES = (
    "infokit",
    "infokit.actions",
    "infokit.grading",
    "infokit.model",
    "infokit.outreach",
    "infokit.questions",
    "infokit.report",
    "infokit.sample",
)


def _defined_public(package: object) -> set[str]:
    """Public names a package face binds itself (not its submodules, not __future__)."""
    import types

    names = set()
    for name, value in vars(package).items():
        if name.startswith("_") or isinstance(value, types.ModuleType) or name == "annotations":
            continue
        names.add(name)
    return names


@pytest.mark.parametrize("name", PACKAGES)
def test_every_package_face_keeps_its_all_honest(name: str) -> None:
    """__all__ lists each public name once; each resolves; an eager face binds nothing else,
    a lazy face offers exactly __all__ (its dir)."""
    import importlib

    package = importlib.import_module(name)
    listed = package.__all__
    assert len(listed) == len(set(listed)), f"{name}.__all__ lists a name twice"
    for public in listed:
        assert getattr(package, public) is not None, f"{name}.{public}"
    lazy = "__getattr__" in vars(package)
    if lazy:
        assert set(dir(package)) == set(listed) - {"__version__"}, name
    else:
        assert _defined_public(package) == set(listed), name


def test_the_package_tree_has_no_import_circle_and_no_upward_import() -> None:
    """The floors as the README draws them: a module may import its own floor or lower ones."""
    import ast
    from pathlib import Path

    floors = {
        "_version": 0, "_lazy": 0, "_moved": 0, "_background": 0, "_cache": 0,
        "errors": 0, "dates": 0, "findings": 0, "prompts": 0, "labels": 0, "decode": 0,
        "model": 1, "store": 2, "settings": 2,
        "questions": 3, "outreach": 3, "progress": 3, "essay": 3,
        "validate": 4, "plots": 4, "sample": 4,
        "report": 5, "grading": 6, "actions": 6,
        "forms": 7, "cli": 8, "__main__": 9,
    }  # fmt: skip
    root = Path(infokit.__file__).parent
    wrong = []
    edges: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        part = path.relative_to(root).parts[0].removesuffix(".py")
        if part == "__init__":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules = [node.module]
            for module in modules:
                pieces = module.split(".")
                if pieces[0] != "infokit" or len(pieces) < 2 or pieces[1] == part:
                    continue
                edges.setdefault(part, set()).add(pieces[1])
                if floors[pieces[1]] > floors[part]:
                    wrong.append(f"{path.relative_to(root)} imports {module}")
    assert not wrong, wrong

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for step in edges.get(start, ()):
            if step == goal or (step not in seen and reaches(step, goal, seen | {step})):
                return True
        return False

    circles = [part for part in edges if reaches(part, part, set())]
    assert not circles, f"import circles through {circles}"


@pytest.mark.parametrize(
    ("old", "new"),
    [("infokit.qcheck", "infokit.questions"), ("infokit.schedule", "infokit.outreach.schedule"),
     ("infokit.sample_draw", "infokit.sample.draw")],
)  # fmt: skip
def test_old_module_paths_a_student_may_have_typed_still_import(old: str, new: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {old} as a, {new} as b; from {old} import *; print(a is b)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "True"
