"""Writing results so that nothing is ever half-written: temp file in the same folder, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from newsbrief.errors import InputError


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically (readers see the old file or the new one, never part).

    Raises:
        InputError: the folder does not exist or cannot be written.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("cannot write: folder does not exist", source=str(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise InputError(f"cannot write: {err.strerror or err}", source=str(path)) from err
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
            raise InputError(f"cannot write: {err.strerror or err}", source=str(path)) from err
        raise
