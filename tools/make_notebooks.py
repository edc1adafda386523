"""Write the guided notebooks (notebooks/*.ipynb) from the cells listed in tools/notebook_text.py.

Run ``python tools/make_notebooks.py`` after changing the text; the notebooks
are written without outputs, with the python3 kernelspec. tests/test_notebooks.py
checks that the committed notebooks match what this script writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat import v4

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from notebook_text import NOTEBOOKS  # noqa: E402

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
FOLDER = HERE.parent / "notebooks"


def build(cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    """A notebook from (kind, source) pairs, kind 'md' or 'code'."""
    notebook = v4.new_notebook()
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    notebook.metadata["language_info"] = {"name": "python"}
    for number, (kind, source) in enumerate(cells):
        source = source.strip("\n")
        cell = v4.new_markdown_cell(source) if kind == "md" else v4.new_code_cell(source)
        cell["id"] = f"cell-{number:02d}"
        notebook.cells.append(cell)
    return notebook


def render(name: str) -> str:
    return nbformat.writes(build(NOTEBOOKS[name]), version=4) + "\n"


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    for name in NOTEBOOKS:
        (FOLDER / f"{name}.ipynb").write_text(render(name), encoding="utf-8")
        print(f"wrote notebooks/{name}.ipynb")


if __name__ == "__main__":
    main()
