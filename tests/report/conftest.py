"""Fixtures for the report tests. Goldens are refreshed with INFOKIT_UPDATE_GOLDENS=1 (see test_golden.py)."""

from __future__ import annotations

import pytest

from infokit.model import Project
from infokit.settings import Settings, default_settings

from .projects import complete_project


@pytest.fixture
def project() -> Project:
    return complete_project()


@pytest.fixture
def settings() -> Settings:
    return default_settings()
