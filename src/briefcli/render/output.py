"""Output files: written atomically (a temporary file beside the target, then a rename), never
over an existing file unless the user passed ``--force``, and never left half-written."""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from pathlib import Path

from briefcli.errors import OutputError


def _exists_error(path: Path) -> OutputError:
    return OutputError(f"{path} already exists; pass --force to overwrite it, or choose another -o path")


# A temporary file's name says who made it: ".briefing.md.briefcli-4242-k3j9.tmp" is process
# 4242's. A process killed outright (SIGKILL, power loss) cannot remove its own; the next write
# to the same target removes those whose process is gone, never a running writer's.
_TMP_MARK = ".briefcli-"


def _tmp_prefix(path: Path, pid: int) -> str:
    return f".{path.name}{_TMP_MARK}{pid}-"


def _remove_leftovers(path: Path) -> None:
    """Delete the temporary files that dead briefcli processes left beside ``path``."""
    pattern = f".{glob.escape(path.name)}{_TMP_MARK}*-*.tmp"
    for leftover in path.parent.glob(pattern):
        pid_text = leftover.name[len(f".{path.name}{_TMP_MARK}") :].split("-", 1)[0]
        if pid_text.isdigit() and not _alive(int(pid_text)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, another user's
        return True
    return True


def _check_target(path: Path, force: bool) -> None:
    """An -o target that may be written: not a folder, not an existing file without --force,
    and never a device, FIFO or socket (`-o /dev/null --force` once turned /dev/null into a
    regular file: a rename replaces whatever the name points at)."""
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give -o a file name")
    if path.exists():
        if not force:
            raise _exists_error(path)
        if not stat.S_ISREG(path.stat().st_mode):
            raise OutputError(
                f"{path} is not a regular file (a device, pipe or socket); -o only writes files, "
                "so use the shell's > to write into it"
            )
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist; create it first")


def write_atomic(path: Path, data: str | bytes, *, force: bool = False) -> None:
    """Write ``data`` (text as UTF-8) to ``path``.

    Without ``force`` an existing ``path`` is an error, and the final step is a hard link, which
    fails rather than replace a file created meanwhile. With it, only a regular file (or a
    symlink to one) is replaced. On any failure the temporary file is removed: the target is
    then absent or untouched, never partly written."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp: Path | None = None
    try:
        _check_target(path, force)
        _remove_leftovers(path)
        fd, name = tempfile.mkstemp(prefix=_tmp_prefix(path, os.getpid()), suffix=".tmp", dir=path.parent)
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
        # Also what stat() raises before anything is written: a name too long (ENAMETOOLONG),
        # a loop of symlinks.
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc}; check the name, the folder's permissions "
            "and free space"
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
