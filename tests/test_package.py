"""The package's public surface and its import weight."""

from __future__ import annotations

import subprocess
import sys

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
