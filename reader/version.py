"""The installed Khabarkhan version, for ``--version`` and the About box."""

from __future__ import annotations


def app_version() -> str:
    """The version of the installed distribution, or "(development)" from a bare checkout."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("khabarkhan")
    except PackageNotFoundError:
        return "(development)"
