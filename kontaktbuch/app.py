"""Composition root: parse the arguments, then run a command or open the window.

This is the only place that knows every layer. It stays light at import time so
the window appears quickly: Qt widgets and the views are imported only when the
window is really wanted.
"""

from __future__ import annotations

import logging
import os
import sys
import time

_IMPORT_TIME = time.time()


def process_start_time() -> float:
    """When this process started (epoch seconds), as exactly as the OS tells."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        start_after_boot = int(fields[19]) / ticks
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return time.time() - uptime + start_after_boot
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORT_TIME


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=os.environ.get("KONTAKTBUCH_LOG", "WARNING").upper(),
        format="%(levelname)s %(name)s: %(message)s",
    )
    from kontaktbuch import paths
    from kontaktbuch.commands import cli
    from kontaktbuch.settings import Settings
    from kontaktbuch.text.i18n import choose_language

    early = cli.pre_parse(argv)
    resolved = paths.resolve(early.data_dir)
    settings = Settings.load(resolved.settings_file)
    if settings.data_dir and not resolved.overridden:
        from pathlib import Path

        resolved = paths.with_data_dir(resolved, Path(settings.data_dir).expanduser())
    lang = choose_language(early.lang, settings.language)

    if cli.has_command(argv):
        from PySide6.QtCore import QCoreApplication

        from kontaktbuch.text.i18n import install_translators

        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        install_translators(lang, resolved.cache_dir)
        from kontaktbuch.commands.context import CliContext

        ctx = CliContext(paths=resolved, settings=settings, lang=lang)
        code = cli.run(ctx, argv)
        del app
        return code

    from kontaktbuch.ui.application import run_gui

    return run_gui(
        resolved,
        settings,
        lang,
        startup_check=early.startup_check,
        started=process_start_time(),
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
