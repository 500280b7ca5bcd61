"""Sidebar filters of the reader window (search, dates and timeline, agencies, toggles)."""

from reader.ui.sidebar.sidebar import Sidebar

__all__ = ["Sidebar"]
