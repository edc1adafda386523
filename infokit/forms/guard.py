"""What a notebook shows when a form cannot work: the kernel restarted, or the page was opened anew.

After a kernel restart JupyterLab keeps drawing the old widgets, now cut off
from Python (it marks them ``jupyter-widgets-disconnected``), so Save does
nothing while the old "Saved at ..." stays; after the page is opened with a
new kernel, each form reads "Error displaying widget: model not found". Each
form's cell therefore also shows this small HTML note just above it, hidden by
its own style while the form below works, and shown (with the stale status
hidden) when it cannot. It needs no extension and no script: the rules key on
what JupyterLab draws (``:has()`` may not nest, so the rule asks only whether
the next output holds a connected form).
"""

from __future__ import annotations

RERUN = (
    "This form is not connected to Python any more (the kernel restarted, or the notebook was "
    "opened anew). Choose Run › Run All Cells to bring it back; everything you saved is kept."
)

_STYLE = """
.jp-OutputArea-child:has(+ .jp-OutputArea-child .infokit-view:not(.jupyter-widgets-disconnected))
  .infokit-rerun { display: none; }
.infokit-form.jupyter-widgets-disconnected .infokit-status,
.infokit-form.jupyter-widgets-disconnected .infokit-ask { display: none; }
.infokit-view.jupyter-widgets-disconnected { opacity: 0.55; pointer-events: none; }
"""


def guard_html() -> str:
    """The note and its style (shown only when the form beside it cannot work)."""
    return (
        f"<style>{_STYLE}</style>"
        '<div class="infokit-rerun" role="alert" style="border-left:4px solid #b00020;'
        f'padding:0.3em 0.6em;color:#7f0016;background:#fff5f5"><b>⚠ {RERUN}</b></div>'
    )
