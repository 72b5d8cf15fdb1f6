"""The archive browser widget (Qt)."""

from desktop.archive_browser.browser import ArchiveBrowser

__all__ = ["ArchiveBrowser"]
