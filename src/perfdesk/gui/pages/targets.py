"""Targets area (目标管理): the project browser; target editing builds on it."""

from __future__ import annotations

from perfdesk.gui.pages.projects import ProjectsPage

PAGE = ProjectsPage
