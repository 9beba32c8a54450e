"""Files and modes (issue 16, point 10): what Kontaktbuch writes is private, and it
writes only to regular files or new names — never through a link, onto a device
or a pipe — through a temporary file beside the target and ``os.replace``."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.reliability.conftest import ROOT, make_journal, run_cli

EXPORTS = (("vcard", "out.vcf"), ("archive", "out.json"), ("ics", "out.ics"), ("csv", "out.csv"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_folder_and_every_export_are_private(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "new" / "deeper" / "data"
    code, _, err = run_cli(capsys, data, "log", "--with", "Anna Müller")
    assert code == 0, err
    for folder in (tmp_path / "new", tmp_path / "new" / "deeper", data):
        assert _mode(folder) == 0o700, folder
    assert _mode(data / "kontaktbuch.sqlite") == 0o600
    for kind, name in EXPORTS:
        code, _, err = run_cli(capsys, data, "export", kind, str(tmp_path / name))
        assert code == 0, err
        assert _mode(tmp_path / name) == 0o600, name
    # an existing export is replaced, private too
    (tmp_path / "out.vcf").chmod(0o644)
    assert run_cli(capsys, data, "export", "vcard", str(tmp_path / "out.vcf"))[0] == 0
    assert _mode(tmp_path / "out.vcf") == 0o600
    assert not list(tmp_path.glob(".*.part"))


def _refused_everywhere(capsys: pytest.CaptureFixture[str], data: Path, target: Path) -> None:
    """Every export and a backup onto ``target`` are refused, and say why."""
    for kind, _ in EXPORTS:
        code, _, err = run_cli(capsys, data, "export", kind, str(target))
        assert code == 1, (kind, target)
        assert "regular files" in err
    code, _, err = run_cli(capsys, data, "backup", str(target))
    assert code == 3 and "not a regular file" in err
    assert not list(target.parent.glob(".*.part"))


def test_an_export_or_backup_onto_a_link_is_refused_and_the_link_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    make_journal(tmp_path / "data", "Anna Müller")
    real = tmp_path / "real.vcf"
    real.write_text("mine", encoding="utf-8")
    link = tmp_path / "link.vcf"
    link.symlink_to(real)
    _refused_everywhere(capsys, tmp_path / "data", link)
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "mine"


@pytest.mark.skipif(not ROOT, reason="making a device node needs root (CI runs as root)")
def test_an_export_onto_a_device_or_a_pipe_is_refused_and_the_node_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    make_journal(tmp_path / "data", "Anna Müller")
    device = tmp_path / "full"
    try:  # the numbers of /dev/full: the same device, without risking the machine's own
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except OSError as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for target in (device, pipe):
        _refused_everywhere(capsys, tmp_path / "data", target)
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert os.major(os.lstat(device).st_rdev) == 1 and os.minor(os.lstat(device).st_rdev) == 7
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
