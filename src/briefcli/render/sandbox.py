"""The sandbox user templates (``--template FILE``) render in, and its limits.

Jinja's SandboxedEnvironment keeps a template from reaching Python: no dunder or private
attributes, no unsafe callables, no imports or includes. It does not keep one from exhausting the
machine: ``'%01000000000d'|format(1)`` asks for a 1 GB string, a string doubled with ``~`` in a
loop for 4 GB, three nested ranges for hours. So two layers more.

1. In the template, on every platform. An operation that makes a large value from small ones is
   checked before it runs: ``*``, ``+``, ``**``, ``%`` and ``str.format``/``format_map`` (their
   widths and precisions), the filters and string methods that pad, repeat or join (``center``,
   ``indent``, ``wordwrap``, ``replace``, ``join``, ``format``, ``batch``, ``tojson``, ...). The
   result of every operation, filter, call, ``~`` and block is checked after: none may exceed
   MAX_SIZE characters or items, so a value grown in a loop stops there, and all of them together
   MAX_BUILT. Every loop step, call, filter and operation looks at the clock (a loop whose body
   writes nothing too: Jinja compiles ``for`` to a Python loop, which here iterates through
   ``bounded_iter``), and the output is counted as it streams. A refusal names the line.
2. Around the template, on Linux: it renders in a forked child whose address space may grow by
   MAX_MEMORY_MB and whose CPU time is capped, and the parent kills it past the time limit. What
   the first layer does not know (a C-level call that allocates or loops) stops there too.
   Elsewhere the first layer is all there is: a template that prints a list holding one huge
   string many times (one str() call) is not stopped there.

The built-in templates never come here: they render in briefcli's process, as before.
"""

from __future__ import annotations

import faulthandler
import functools
import inspect
import json
import math
import os
import re
import select
import signal
import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment, SandboxedFormatter
from jinja2.utils import generate_lorem_ipsum
from markupsafe import EscapeFormatter, Markup

from briefcli.errors import OutputError
from briefcli.regexes import pattern

# The limits (README, "Templates"). The largest built-in output is about 540,000 characters
# (export.md of a 1 MB article): the output may be 18 times that.
MAX_SIZE = 10_000_000  # characters of any string and of the output, items of any list
MAX_BUILT = 10 * MAX_SIZE  # characters and items of all the values a render makes
MAX_SECONDS = 1.0  # to render, compiling included
MAX_MEMORY_MB = 512  # more address space than the parent's (Linux)
MAX_TEMPLATE_CHARS = 1_000_000  # the template file: "/dev/zero" is no template
_MAX_NUMBER_BITS = 100_000  # "(10 ** 1000) ** 1000" would take minutes
_KILL_GRACE = 0.25  # past MAX_SECONDS, the parent kills a child that did not stop itself

# Render in a child process: where fork, setrlimit and /proc/self/statm all work (tests switch
# it off to test the first layer alone).
ISOLATE = sys.platform.startswith("linux")

_V = TypeVar("_V")
_SEQUENCES = (str, bytes, list, tuple)
_SIZED = (str, bytes, list, tuple, dict, set, frozenset)
# A %-conversion: mapping key, flags, width, precision, length modifier, type.
_PERCENT = pattern(r"%(\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)", re.S)
_DIGITS = pattern(r"\d+")


class TemplateLimitError(SecurityError):
    """A user template went past one of the limits above."""


def _int(value: object) -> int:
    """A width or count as given, or 0 when it is not an integer (the call then fails itself)."""
    return value if isinstance(value, int) else 0


def _number(digits: str) -> int:
    """A width written in a format (past 18 digits, over every limit anyway: int() of thousands
    of digits is slow)."""
    return int(digits) if len(digits) <= 18 else 10**18


def _describe(value: object) -> tuple[str, str]:
    if isinstance(value, str | bytes):
        return "string", "characters"
    return ("list" if isinstance(value, list | tuple) else type(value).__name__), "items"


# --- Sizes of what an operation would make, before it runs ----------------------------------------


def _percent_size(fmt: str | bytes, values: Any) -> int:
    """The most characters ``fmt % values`` can make: the format, each width and precision
    (``*`` ones read from ``values``) and each string inserted."""
    text = fmt.decode("latin-1") if isinstance(fmt, bytes) else fmt
    args = values if isinstance(values, tuple) else (values,)
    mapping = values if isinstance(values, Mapping) else None
    total, index = len(text), 0
    for match in _PERCENT.finditer(text):
        key, width, precision, kind = match.groups()
        if kind == "%":
            continue
        for part in (width, precision):
            if part == "*":
                total += abs(_int(args[index])) if index < len(args) else 0
                index += 1
            elif part:
                total += _number(part)
        if key is not None and mapping is not None:
            value = mapping.get(key[1:-1])
        else:
            value = args[index] if index < len(args) else None
            index += 1
        total += len(value) if isinstance(value, str | bytes) else 0
    return total


def _spec_width(spec: str) -> int:
    """The widest number in a format spec ("{:>20}", "{:.3f}", "{:0{w}}" once filled in)."""
    return max((_number(d) for d in _DIGITS.findall(spec)), default=0)


def _replaced_size(text: str | bytes, old: object, new: object, count: object) -> int:
    if not isinstance(old, type(text)) or not isinstance(new, type(text)):
        return 0  # replace() refuses the types itself
    times = text.count(old) if old else len(text) + 1  # type: ignore[arg-type]
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    return len(text) + times * max(len(new) - len(old), 0)


def _joined_size(separator: str | bytes, items: list[Any]) -> int:
    strings = sum(len(item) for item in items if isinstance(item, str | bytes))
    return strings + len(separator) * max(len(items) - 1, 0)


def _string_method_size(text: str | bytes, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """The length of what the string method ``name`` would return, where it can be far longer
    than the string (0 for the methods whose results stay about its size)."""
    first = args[0] if args else None
    if name in ("center", "ljust", "rjust", "zfill"):
        return max(len(text), _int(first))
    if name == "expandtabs":
        tab = b"\t" if isinstance(text, bytes) else "\t"
        return len(text) + text.count(tab) * _int(kwargs.get("tabsize", first if args else 8))  # type: ignore[arg-type]
    if name == "replace" and len(args) >= 2:
        return _replaced_size(text, args[0], args[1], args[2] if len(args) > 2 else kwargs.get("count"))
    if name == "translate" and isinstance(first, Mapping):
        longest = max((len(v) for v in first.values() if isinstance(v, str | bytes)), default=1)
        return len(text) * longest
    return 0


def _indent_size(a: dict[str, Any]) -> int:
    text, width = str(a["s"]), a["width"]
    return len(text) + (len(width) if isinstance(width, str) else _int(width)) * (text.count("\n") + 1)


def _wordwrap_size(a: dict[str, Any]) -> int:
    text = str(a["s"])
    breaks = len(text) // max(_int(a["width"]), 1) + text.count("\n") + 1
    return len(text) + breaks * len(str(a["wrapstring"] or "\n"))


def _join_size(a: dict[str, Any]) -> int:
    items = list(a["value"])
    a["value"] = items  # an iterator is read once: the filter gets the list
    separator = str(a["d"])
    if a["attribute"] is not None:  # the items are looked up by the filter: checked after
        return len(separator) * max(len(items) - 1, 0)
    return _joined_size(separator, items)


def _tojson_size(a: dict[str, Any]) -> int:
    indent = a["indent"]
    unit = len(indent) if isinstance(indent, str) else _int(indent)
    if unit <= 1:
        return 0
    try:
        once = json.dumps(a["value"], indent=1, sort_keys=True)
    except (TypeError, ValueError):
        return 0  # the filter says what is wrong
    depth = sum(len(line) - len(line.lstrip(" ")) for line in once.splitlines())
    return len(once) + (unit - 1) * depth


def _urlize_size(a: dict[str, Any]) -> int:
    text = str(a["value"])
    extra = len(str(a["target"] or "")) + len(str(a["rel"] or ""))
    return 3 * len(text) + (text.count(" ") + text.count("\n") + 1) * extra


# Filters that can make far more than they are given: the size of their result, from their
# bound arguments (the names of Jinja's own parameters).
_FILTER_SIZES: dict[str, Callable[[dict[str, Any]], int]] = {
    "center": lambda a: max(len(str(a["value"])), _int(a["width"])),
    "indent": _indent_size,
    "wordwrap": _wordwrap_size,
    "replace": lambda a: _replaced_size(str(a["s"]), a["old"], a["new"], a["count"]),
    "join": _join_size,
    "format": lambda a: _percent_size(str(a["value"]), a["kwargs"] or a["args"]),
    "batch": lambda a: 0 if a["fill_with"] is None else _int(a["linecount"]),
    "slice": lambda a: _int(a["slices"]),
    "tojson": _tojson_size,
    "urlize": _urlize_size,
}
_FILTER_UNITS = {"batch": "items", "slice": "items"}


# --- The environment ------------------------------------------------------------------------------


class _BoundedCodeGenerator(CodeGenerator):
    """Jinja's compiled code, with every ``for`` loop iterating through
    ``environment.bounded_iter`` and every ``~`` checked (Jinja calls no hook for either)."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:  # noqa: N802 (Jinja's visitor names)
        iterable = nodes.Call(
            nodes.EnvironmentAttribute("bounded_iter"), [node.iter], [], None, None, lineno=node.iter.lineno
        )
        bounded = nodes.For(
            node.target, iterable, node.body, node.else_, node.test, node.recursive, lineno=node.lineno
        )
        super().visit_For(bounded, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802
        self.write("environment.checked(")
        super().visit_Concat(node, frame)
        self.write(")")


class _BoundedFormatter(SandboxedFormatter):
    """``str.format``'s fields, each checked before it is formatted: "{:>1000000000}" asks for
    a gigabyte however short the format."""

    def __init__(self, env: _UserEnvironment, **kwargs: Any) -> None:
        super().__init__(env, **kwargs)
        self._bounded = env
        self._size = 0

    def vformat(self, format_string: str, args: Any, kwargs: Any) -> str:
        self._size = len(format_string)
        return super().vformat(format_string, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> Any:
        self._bounded.tick()
        self._size += max(_spec_width(format_spec), len(value) if isinstance(value, str) else 0)
        self._bounded.require(self._size, "format()")
        return super().format_field(value, format_spec)


class _BoundedEscapeFormatter(_BoundedFormatter, EscapeFormatter):
    """The same for ``Markup.format`` (HTML templates), which escapes what it inserts."""


class _UserEnvironment(SandboxedEnvironment):
    """Jinja's sandbox with the bounds of this module: see its docstring."""

    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"**", "*", "%", "+"})

    def __init__(self, filters: Mapping[str, Callable[..., Any]], **options: Any) -> None:
        super().__init__(**options)
        self.deadline = time.monotonic() + MAX_SECONDS
        self.built = 0
        self.filters.update(filters)
        self.filters = {name: _bounded_filter(self, name, f) for name, f in self.filters.items()}
        self.globals["lipsum"] = _bounded_lipsum(self)

    # The checks.

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateLimitError(f"took longer than {MAX_SECONDS:g} s, the time a user template may take")

    def require(self, size: int, what: str, unit: str = "characters") -> None:
        if size > MAX_SIZE:
            raise TemplateLimitError(f"{what} would make {size:,} {unit}, over the limit of {MAX_SIZE:,}")

    def limit_size(self, value: object) -> None:
        if isinstance(value, _SIZED) and len(value) > MAX_SIZE:
            kind, unit = _describe(value)
            raise TemplateLimitError(f"a {kind} of {len(value):,} {unit} is over the limit of {MAX_SIZE:,}")

    def checked(self, value: _V) -> _V:
        """``value``, a result the template made, if within the limits."""
        self.tick()
        if isinstance(value, _SIZED):
            self.limit_size(value)
            self.built += len(value)
            if self.built > MAX_BUILT:
                raise TemplateLimitError(f"made over {MAX_BUILT:,} characters and items in all, the limit")
        return value

    def bounded_iter(self, iterable: Iterable[_V]) -> Iterator[_V]:
        """What a ``for`` loop iterates: each step looks at the clock."""
        tick = self.tick
        for item in iterable:
            tick()
            yield item

    def concat(self, pieces: Iterable[str]) -> str:
        """The output of a macro, a call, ``{% set %}`` or ``{% filter %}`` block, joined."""
        parts = pieces if isinstance(pieces, list) else list(pieces)
        self.require(sum(map(len, parts)), "this block")
        return self.checked("".join(parts))

    # Jinja's hooks.

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self.tick()
        if operator == "**":
            _check_power(left, right)
        elif operator == "*":
            self._check_product(left, right)
        elif operator == "+" and isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
            self.require(len(left) + len(right), "+", _describe(left)[1])
        elif operator == "%" and isinstance(left, str | bytes):
            self.require(_percent_size(left, right), "%-formatting")
        return self.checked(super().call_binop(context, operator, left, right))

    def _check_product(self, left: Any, right: Any) -> None:
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > _MAX_NUMBER_BITS:
                raise TemplateLimitError(
                    f"* would make a number of over {_MAX_NUMBER_BITS:,} bits, too large a number"
                )
            return
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, _SEQUENCES) and isinstance(count, int):
                self.require(len(seq) * count, "repetition", _describe(seq)[1])
                if isinstance(seq, list | tuple):  # [text] * n prints text n times
                    self.require(count * _joined_size("", list(seq)), "repetition")

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.tick()
        owner = getattr(obj, "__self__", None)
        if isinstance(owner, str | bytes):
            name = getattr(obj, "__name__", "")
            if name == "join" and args:
                args = (list(args[0]), *args[1:])  # an iterator is read once: join gets the list
                self.require(_joined_size(owner, args[0]), "join()")
            self.require(_string_method_size(owner, name, args, kwargs), f"{name}()")
        result = super().call(context, obj, *args, **kwargs)
        if isinstance(owner, list | dict | set):
            self.limit_size(owner)  # append, extend, update ... grew it
        return self.checked(result)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """Jinja's own (``str.format`` and ``format_map`` through the sandbox's formatter), with
        the bounded formatter."""
        if not isinstance(value, types.MethodType | types.BuiltinMethodType) or value.__name__ not in (
            "format",
            "format_map",
        ):
            return None
        owner = value.__self__
        if not isinstance(owner, str):
            return None
        formatter: _BoundedFormatter
        if isinstance(owner, Markup):
            formatter = _BoundedEscapeFormatter(self, escape=owner.escape)
        else:
            formatter = _BoundedFormatter(self)
        str_type, is_map = type(owner), value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return self.checked(str_type(formatter.vformat(owner, args, kwargs)))

        return functools.update_wrapper(wrapper, value)


def _check_power(left: Any, right: Any) -> None:
    if (
        isinstance(left, int)
        and isinstance(right, int)
        and abs(left) > 1
        and right * abs(left).bit_length() > _MAX_NUMBER_BITS
    ):
        raise TemplateLimitError(
            f"** would make a number of over {_MAX_NUMBER_BITS:,} bits, too large a number"
        )


def _bounded_filter(env: _UserEnvironment, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """The filter ``func``, looking at the clock, its result checked, and for the filters that
    can make far more than they are given (_FILTER_SIZES), its size checked first. The wrapper
    keeps Jinja's marks (``pass_context`` ...): functools.wraps copies them."""
    size = _FILTER_SIZES.get(name)
    signature = inspect.signature(func) if size is not None else None  # the function it wraps, if any
    # Jinja's async-aware filters (slice, list, sum ...) take the eval context first, which the
    # sync function they wrap, and so the signature, does not name: that argument is left out.
    skip = int(hasattr(func, "jinja_pass_arg") and not hasattr(inspect.unwrap(func), "jinja_pass_arg"))

    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        env.tick()
        if size is not None and signature is not None:
            bound = signature.bind(*args[skip:], **kwargs)
            bound.apply_defaults()
            env.require(size(bound.arguments), f"the {name} filter", _FILTER_UNITS.get(name, "characters"))
            args, kwargs = (*args[:skip], *bound.args), bound.kwargs
        return env.checked(func(*args, **kwargs))

    return bounded


def _bounded_lipsum(env: _UserEnvironment) -> Callable[..., str]:
    signature = inspect.signature(generate_lorem_ipsum)

    @functools.wraps(generate_lorem_ipsum)
    def lipsum(*args: Any, **kwargs: Any) -> str:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        # Words are at most 12 characters with their space.
        env.require(_int(bound.arguments["n"]) * _int(bound.arguments["max"]) * 12, "lipsum()")
        return generate_lorem_ipsum(*bound.args, **bound.kwargs)

    return lipsum


# --- Rendering ------------------------------------------------------------------------------------


def render_file(
    path: Path,
    context: dict[str, Any],
    *,
    autoescape: bool,
    filters: Mapping[str, Callable[..., Any]],
    extensions: list[str],
    loader: jinja2.BaseLoader | None = None,
    layout: str = "",
) -> str:
    """Render the user's template file ``path`` within the limits (in a child process where
    ISOLATE); any error is an ``OutputError`` naming the file (and line) in one line. ``loader``
    gives the template it may extend, named ``layout`` (none without it)."""
    source = _read(path)
    env = _UserEnvironment(
        filters,
        loader=loader,
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=extensions,
    )
    # Jinja caches the lexer (its regular expressions) by the environment's settings, in the
    # process that makes it: made here, every child finds it made.
    _ = env.lexer

    def render() -> str:
        return _render(env, path, source, context, layout)

    return _render_isolated(path, render) if ISOLATE else render()


def _read(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as file:
            source = file.read(MAX_TEMPLATE_CHARS + 1)
    except FileNotFoundError as exc:
        raise OutputError(
            f"template {path} does not exist; `briefcli templates` lists the built-ins"
        ) from exc
    except IsADirectoryError as exc:
        raise OutputError(f"template {path} is a folder; give a template file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(f"cannot read template {path}: {exc}; give a UTF-8 text file") from exc
    if len(source) > MAX_TEMPLATE_CHARS:
        raise OutputError(
            f"template {path} is over {MAX_TEMPLATE_CHARS:,} characters, the most a template may have; "
            "give a template file"
        )
    return source


def _render(env: _UserEnvironment, path: Path, source: str, context: dict[str, Any], layout: str) -> str:
    """Compile and render, counting the output as it streams."""
    env.deadline = time.monotonic() + MAX_SECONDS
    try:
        chunks: list[str] = []
        size = 0
        for chunk in env.from_string(source).generate(**context):
            env.tick()
            size += len(chunk)
            if size > MAX_SIZE:
                raise TemplateLimitError(f"the output is over {MAX_SIZE:,} characters, the limit")
            chunks.append(chunk)
        return "".join(chunks)
    except jinja2.TemplateSyntaxError as exc:
        raise template_error(path, exc.lineno, exc.message or str(exc)) from exc
    except jinja2.TemplateNotFound as exc:
        allowed = f"only {layout}, the built-in layout" if layout else "none may be"
        message = f"no template {exc.name} to extend or include ({allowed})"
        raise template_error(path, _template_line(exc), message) from exc
    except RecursionError as exc:
        raise template_error(path, _template_line(exc), "recursion too deep") from exc
    except MemoryError as exc:
        message = f"ran out of memory (a user template may use {MAX_MEMORY_MB} MB)"
        raise template_error(path, _template_line(exc), message) from exc
    except Exception as exc:  # a template's own error: undefined, unsafe, 1/0, bad filter argument
        raise template_error(path, _template_line(exc), str(exc) or type(exc).__name__) from exc


def template_error(path: Path, line: int | None, message: str) -> OutputError:
    where = f", line {line}" if line else ""
    message = " ".join(message.split()).rstrip(".")
    return OutputError(f"template {path}{where}: {message}; fix the template")


def _template_line(exc: BaseException) -> int | None:
    """The template line a render error happened on, from the traceback Jinja rewrites."""
    tb = exc.__traceback__
    line: int | None = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


# --- The child process (Linux) --------------------------------------------------------------------


def _render_isolated(path: Path, render: Callable[[], str]) -> str:
    """``render()`` run in a forked child, capped in memory and CPU time; its text (or its
    one-line error) comes back through a pipe. Past the time limit the child is killed."""
    read_end, write_end = os.pipe()
    # Ctrl-C waits until both sides are ready for it: the child, until it writes its errors to
    # nowhere and dies of the signal (an interrupt in its first steps printed "Exception
    # ignored in ..." under briefcli's one-line error); the parent, until it ends the child.
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
    except OSError as exc:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.close(read_end)
        os.close(write_end)
        raise OutputError(
            f"cannot start the process that renders template {path}: {exc.strerror}; free some memory"
        ) from exc
    if pid == 0:
        os.close(read_end)
        _child(render, write_end, mask)
    os.close(write_end)
    finished = False
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl-C now ends the child below
        reply, finished = _read_reply(read_end, time.monotonic() + MAX_SECONDS + _KILL_GRACE)
    finally:
        if not finished:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if finished and os.waitstatus_to_exitcode(status) == 0:
        text = reply[1:].decode("utf-8", "surrogatepass")
        if reply[:1] == b"!":
            raise OutputError(text)
        return text
    if not finished:
        raise template_error(
            path, None, f"took longer than {MAX_SECONDS:g} s, the time a user template may take"
        )
    raise template_error(
        path,
        None,
        f"stopped: it needs more than the {MAX_MEMORY_MB} MB or {MAX_SECONDS:g} s a user template may use",
    )


def _read_reply(fd: int, deadline: float) -> tuple[bytes, bool]:
    """What the child writes, and whether it closed the pipe (finished) before ``deadline``."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    chunks: list[bytes] = []
    try:
        while (left := deadline - time.monotonic()) > 0:
            if not poller.poll(math.ceil(left * 1000)):
                break
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks), True
            chunks.append(chunk)
        return b"".join(chunks), False
    finally:
        os.close(fd)


def _child(render: Callable[[], str], write_end: int, mask: set[int | signal.Signals]) -> NoReturn:
    """The child: confine itself, render, write "=" and the text or "!" and the error, exit.
    It never returns into the caller's code (nor runs its exit handlers): os._exit. ``mask``
    is the signal mask to restore once confined (the parent blocked Ctrl-C over the fork)."""
    code = 1
    try:
        _confine(mask)
        try:
            reply = b"=" + render().encode("utf-8", "surrogatepass")
        except OutputError as exc:
            reply = b"!" + exc.message.encode("utf-8", "surrogatepass")
        with open(write_end, "wb") as pipe:
            pipe.write(reply)
        code = 0
    finally:
        os._exit(code)


def _confine(mask: set[int | signal.Signals]) -> None:
    # A crash report would add lines to briefcli's one-line error (faulthandler, if enabled,
    # writes to a file descriptor of its own).
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    faulthandler.disable()
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it at once: the parent reports it
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl-C that came meanwhile ends it here
    seconds = math.ceil(MAX_SECONDS + _KILL_GRACE) + 1
    # Should the parent die, the child still ends: by the alarm if blocked, by CPU time if not.
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.alarm(seconds)
    _lower("RLIMIT_CPU", seconds)
    _lower("RLIMIT_CORE", 0)  # past RLIMIT_CPU, no core file
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[0])
    _lower("RLIMIT_AS", pages * os.sysconf("SC_PAGE_SIZE") + MAX_MEMORY_MB * 2**20)


def _lower(name: str, value: int) -> None:
    """Lower the resource limit ``name`` (soft and hard) to ``value``, or to its hard limit."""
    import resource  # POSIX only: imported where the child runs

    which = getattr(resource, name)
    _, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, value))
