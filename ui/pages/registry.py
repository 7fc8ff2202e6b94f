"""The main window's pages by key. Each page's module is imported by a plain statement when the page is first
needed (a packager and a reader see every import), so the start loads only the page it opens on."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.pages.base import Page


def page_class(key: str) -> type[Page]:
    """The class of the page `key` (not the home page, which is made with the window's frame)."""
    if key == "meetings":
        from ui.pages.meetings import MeetingsPage as page
    elif key == "talks":
        from ui.pages.talks import TalksPage as page
    elif key == "orglife":
        from ui.pages.orglife import OrgLifePage as page
    elif key == "roster":
        from ui.pages.roster import RosterPage as page
    elif key == "archive":
        from ui.pages.archive import ArchivePage as page
    elif key == "stats":
        from ui.pages.stats import StatsPage as page
    elif key == "settings":
        from ui.pages.settings import SettingsPage as page
    elif key == "party":
        from ui.pages.party import PartyPage as page
    elif key == "home":
        from ui.pages.home import HomePage as page
    else:
        raise KeyError(key)
    return page
