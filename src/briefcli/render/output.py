"""Output files: written atomically (a temporary file beside the target, then a rename), never
over an existing file unless the user passed ``--force``, and never left half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from briefcli.errors import OutputError


def _exists_error(path: Path) -> OutputError:
    return OutputError(f"{path} already exists; pass --force to overwrite it, or choose another -o path")


def write_atomic(path: Path, data: str | bytes, *, force: bool = False) -> None:
    """Write ``data`` (text as UTF-8) to ``path``.

    Without ``force`` an existing ``path`` is an error, and the final step is a hard link, which
    fails rather than replace a file created meanwhile. On any failure the temporary file is
    removed: the target is then absent or untouched, never partly written."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give -o a file name")
    if path.exists() and not force:
        raise _exists_error(path)
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist; create it first")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes 0600: give the file the mode of the one it replaces, else the user's usual.
        tmp.chmod(_mode(path))
        if force:
            tmp.replace(path)
        else:
            _link_no_clobber(tmp, path)
        tmp = None
    except FileExistsError as exc:
        raise _exists_error(path) from exc
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc}; check the folder's permissions and free space"
        ) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _link_no_clobber(tmp: Path, path: Path) -> None:
    try:
        path.hardlink_to(tmp)  # FileExistsError if the target appeared meanwhile
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: the check above is the guard left.
        if path.exists():
            raise FileExistsError(str(path)) from None
        tmp.replace(path)
        return
    tmp.unlink()


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
