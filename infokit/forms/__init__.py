"""The widgets the guided notebooks display, one module per notebook step.

``start`` (00), ``contacts`` and ``research`` (01), ``questions`` (02),
``outreach`` (03), ``interview`` (04), ``after`` and ``sections`` (05), ``submit`` (06);
``base`` holds what they share. Importing this package imports nothing
heavy: each step module imports ipywidgets when it is itself imported.
Forms call :mod:`infokit.actions` to save, so they hold no rules.
"""
