"""Runs first in the packaged program on Linux (a PyInstaller runtime hook): Chinese input under fcitx.

Qt's wheels carry input-method plugins for ibus (and compose) only, none for fcitx. A desktop running fcitx 5 sets
QT_IM_MODULE=fcitx, which this Qt cannot load, so no Chinese could be typed; fcitx 5 also answers as ibus, so the
program asks for ibus instead. (fcitx 4 has no ibus side: there, see the README.) QT_IM_MODULES, a list that Qt
tries in turn, is left as the desktop set it.
"""

import os
import sys

if sys.platform.startswith("linux") and os.environ.get("QT_IM_MODULE", "").lower().startswith("fcitx"):
    os.environ["QT_IM_MODULE"] = "ibus"
