"""The kit inside JupyterLab: a Jupyter server extension, loaded by the server only.

JupyterLab builds *File > Save and Export Notebook As* from the server's list of
nbconvert formats and labels each entry with its format name, capitalised: the
report's exporter would read "Infokit_report". The kit's JupyterLab settings
override (``overrides.d/infokit.json``, installed with the package) adds the
entry under its real name, "Infokit report", and this extension takes the raw
name out of the list, so the menu offers it once. The format itself stays
registered: ``/nbconvert/infokit_report/<path>`` (what the menu entry calls) and
``jupyter nbconvert --to infokit_report`` work as before.

Enabled by ``jupyter_server_config.d/infokit.json``, also installed with the package.
"""

from __future__ import annotations

import json
from typing import Any

EXPORTER_NAME = "infokit_report"
"""The exporter's entry point name in pyproject.toml (its nbconvert format)."""


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "infokit.report.lab"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    from jupyter_server.services.nbconvert.handlers import NbconvertRootHandler
    from jupyter_server.utils import url_path_join

    class ExportFormats(NbconvertRootHandler):
        """The server's own list of formats, without the one the settings override names."""

        def finish(self, chunk: Any = None) -> Any:
            if isinstance(chunk, str | bytes) and self.get_status() == 200:
                try:
                    formats = json.loads(chunk)
                except ValueError:  # not the list of formats: leave it as it is
                    formats = None
                if isinstance(formats, dict):
                    formats.pop(EXPORTER_NAME, None)
                    chunk = json.dumps(formats)
            return super().finish(chunk)

    pattern = url_path_join(serverapp.web_app.settings["base_url"], "/api/nbconvert")
    serverapp.web_app.add_handlers(".*$", [(pattern, ExportFormats)])
    serverapp.log.info("infokit: the report is offered in the export menu as 'Infokit report'")
