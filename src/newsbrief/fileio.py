"""Writing results so that nothing is ever half-written or destroyed: temp file in the same folder, then rename.

Only a regular file (or a new path) is ever replaced: renaming over ``/dev/null`` or a FIFO would put a
regular file in its place (issue 15, row 8), so such a target is refused before any work is done.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from newsbrief.errors import OutputError

STDOUT = "<stdout>"


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_target(path: str | Path) -> Path:
    """Refuse an output path that :func:`write_atomic` must not replace; call it before any work.

    Returns:
        The path.

    Raises:
        OutputError: its folder does not exist, or it exists and is not a regular file.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("cannot write: folder does not exist", source=str(path))
    try:
        mode = path.stat().st_mode  # follows a symlink: what it points to matters
    except FileNotFoundError:
        return path
    except OSError as err:
        raise OutputError(f"cannot write: {err.strerror or err}", source=str(path)) from err
    if not stat.S_ISREG(mode):
        raise OutputError(
            f"cannot write: it is {_kind(mode)}, and only a regular file is replaced (use stdout for pipes "
            "and devices: leave out --out and redirect)",
            source=str(path),
        )
    return path


def _probe(folder: Path, shown: str) -> None:
    """Create and delete an empty temp file in ``folder``: the one sure test that a new file can be written there.

    Permission bits do not tell (root ignores them; a read-only mount, a full quota or an ACL do not show in them).
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=".newsbrief-probe.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise OutputError(f"cannot write: {err.strerror or err}", source=shown) from err
    os.close(fd)
    Path(tmp).unlink(missing_ok=True)


def check_writable(path: str | Path) -> Path:
    """:func:`check_target`, then prove that its folder takes a new file; the CLI calls it before any work.

    Without the probe an unwritable ``--out`` (a read-only disk, a folder of another user) was found only when the
    brief, minutes of work on a large input, was done and had nowhere to go.

    Raises:
        OutputError: as :func:`check_target`, or the folder cannot be written.
    """
    path = check_target(path)
    _probe(path.parent if str(path.parent) else Path("."), str(path))
    return path


def check_out_folder(folder: str | Path) -> Path:
    """Refuse an output folder that cannot be made or written, before any work, without creating it.

    The folder, or the nearest of its parents that exists, must be a folder that takes a new file; nothing is left
    behind when it is refused (the run creates the folder itself).

    Raises:
        OutputError: naming the folder: it (or a parent) is a file, or it cannot be written.
    """
    folder = Path(folder)
    existing = folder
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        where = "it is" if existing == folder else f"{existing} is"
        raise OutputError(f"cannot write: {where} not a folder", source=str(folder))
    _probe(existing, str(folder))
    return folder


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically (readers see the old file or the new one, never part).

    Raises:
        OutputError: the folder does not exist or cannot be written, the disk is full, or ``path`` is not a
            regular file.
    """
    path = check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise OutputError(f"cannot write: {err.strerror or err}", source=str(path)) from err
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file private (0600); give it the mode a plain open() would have, or
        # keep the mode of the file it replaces, so published output stays readable.
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise OutputError(f"cannot write: {err.strerror or err}", source=str(path)) from err
        raise


def write_stdout(text: str) -> None:
    """Write ``text`` to stdout and flush, so that a write error surfaces here rather than at exit.

    Raises:
        BrokenPipeError: the reader has gone (``newsbrief brief ... | head``); the CLI ends silently.
        OutputError: any other write error (a full disk: ``> /dev/full``), naming stdout.
    """
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as err:
        if err.errno == errno.EPIPE:  # pragma: no cover - Python raises BrokenPipeError for it
            raise BrokenPipeError(*err.args) from err
        raise OutputError(f"cannot write: {err.strerror or err}", source=STDOUT) from err
