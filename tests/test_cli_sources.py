"""Every kind of source through the CLI gives the same article, and every bad input gets one
line on stderr and its documented exit code."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode
from briefcli.text.load import MAX_INPUT_BYTES
from conftest import LocalHTTPServer, ReferenceArticle

runner = CliRunner()


def analyze(*args: str, stdin: bytes | None = None) -> Any:
    result = runner.invoke(app, ["analyze", "--format", "json", *args], input=stdin)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def shape(data: Any) -> tuple[Any, ...]:
    """What must not depend on how the article arrived."""
    return (data["title"], data["published"], data["paragraphs"])


@pytest.fixture(scope="module")
def expected() -> tuple[Any, ...]:
    return shape(analyze())  # the bundled sample


def test_sample_is_the_reference_article(
    expected: tuple[Any, ...], reference_article: ReferenceArticle
) -> None:
    title, published, paragraphs = expected
    assert title == reference_article.title
    assert published == "2021-10-25"
    assert [p["text"] for p in paragraphs] == [
        " ".join(p.replace("\u00a0", " ").split()) for p in reference_article.paragraphs
    ]


@pytest.mark.parametrize("suffix", [".txt", ".md", ""])
def test_text_file(
    suffix: str, tmp_path: Path, reference_article_text: str, expected: tuple[Any, ...]
) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_text(reference_article_text, encoding="utf-8")
    data = analyze(str(path))
    assert shape(data) == expected
    # the file's name alone: no folder of this machine in what may be shared
    assert data["source"] == {"kind": "file", "name": path.name, "format": "text"}


@pytest.mark.parametrize("suffix", [".html", ".htm", ".txt"])
def test_html_file(suffix: str, tmp_path: Path, reference_html: str, expected: tuple[Any, ...]) -> None:
    path = tmp_path / f"page{suffix}"  # a .txt holding HTML is recognised by its content
    path.write_text(reference_html, encoding="utf-8")
    data = analyze(str(path))
    assert shape(data) == expected
    assert data["source"]["format"] == "html"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings(
    encoding: str, tmp_path: Path, reference_article_text: str, expected: tuple[Any, ...]
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(reference_article_text.replace("\u00a0", " ").encode(encoding))
    assert shape(analyze(str(path))) == expected


def test_crlf_and_single_newlines(
    tmp_path: Path, reference_article_text: str, expected: tuple[Any, ...]
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(reference_article_text.replace("\n\n", "\n").replace("\n", "\r\n").encode())
    assert shape(analyze(str(path))) == expected


def test_stdin(reference_article_text: str, expected: tuple[Any, ...]) -> None:
    data = analyze("-", stdin=reference_article_text.encode())
    assert shape(data) == expected
    assert data["source"]["kind"] == "stdin"


@pytest.mark.parametrize("path", ["/article.html", "/article.txt", "/hops/3"])
def test_url(path: str, http_server: LocalHTTPServer, expected: tuple[Any, ...]) -> None:
    data = analyze(http_server.url(path), "--allow-private-urls")
    assert shape(data) == expected
    assert data["source"]["kind"] == "url"


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


FILE_ERRORS: list[tuple[str, Callable[[Path], str], str]] = [
    ("missing", lambda d: str(d / "nope.txt"), "not found"),
    ("directory", lambda d: str(d), "directory"),
    ("empty", lambda d: _write(d, "e.txt", b""), "empty"),
    ("whitespace", lambda d: _write(d, "w.txt", b" \n\t\n  \r\n"), "empty"),
    ("pdf", lambda d: _write(d, "r.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "PDF"),
    ("png", lambda d: _write(d, "i.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "PNG"),
    ("zip", lambda d: _write(d, "a.docx", _zip()), "zip"),
    (
        "undecodable",
        lambda d: _write(d, "u.txt", bytes(range(0x80, 0xA0)) * 20 + b"\x01\x02\x03" * 50),
        "known encoding",
    ),
    (
        "html without text",
        lambda d: _write(d, "n.html", b"<html><body><nav>Home</nav></body></html>"),
        "no article",
    ),
    ("title only", lambda d: _write(d, "t.txt", b"A title\n\n25 October 2021\n"), "no article"),
    ("too large", lambda d: _write(d, "big.txt", b"word " * (MAX_INPUT_BYTES // 5 + 1)), "MiB"),
]


def _write(directory: Path, name: str, data: bytes) -> str:
    path = directory / name
    path.write_bytes(data)
    return str(path)


def _assert_one_line_error(result: Any, code: ExitCode, needle: str) -> None:
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefcli: error: ")
    assert needle.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("case", "make", "needle"), FILE_ERRORS, ids=[c[0] for c in FILE_ERRORS])
def test_file_errors(case: str, make: Callable[[Path], str], needle: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["summary", make(tmp_path)])
    _assert_one_line_error(result, ExitCode.INPUT, needle)


@pytest.mark.parametrize(("data", "needle"), [(b"", "empty"), (b"%PDF-1.4\n", "PDF")])
def test_stdin_errors(data: bytes, needle: str) -> None:
    result = runner.invoke(app, ["summary", "-"], input=data)
    _assert_one_line_error(result, ExitCode.INPUT, needle)


URL_ERRORS = [
    ("/missing", "404"),
    ("/error", "500"),
    ("/report.pdf", "application/pdf"),
    ("/huge", "MiB"),
    ("/endless", "MiB"),
    ("/loop", "redirect"),
    ("/hops/7", "redirect"),
]


@pytest.mark.parametrize(("path", "needle"), URL_ERRORS, ids=[u[0] for u in URL_ERRORS])
def test_url_errors(path: str, needle: str, http_server: LocalHTTPServer) -> None:
    result = runner.invoke(app, ["summary", http_server.url(path), "--allow-private-urls"])
    _assert_one_line_error(result, ExitCode.NETWORK, needle)


def test_url_timeout(http_server: LocalHTTPServer) -> None:
    result = runner.invoke(
        app, ["--timeout", "0.5", "--allow-private-urls", "summary", http_server.url("/slow")]
    )
    _assert_one_line_error(result, ExitCode.NETWORK, "timed out")


def test_url_refused(refused_url: str) -> None:
    result = runner.invoke(app, ["--allow-private-urls", "summary", refused_url])
    _assert_one_line_error(result, ExitCode.NETWORK, "refused")


def test_url_dns_failure(unresolvable_url: str) -> None:
    result = runner.invoke(app, ["summary", unresolvable_url])
    _assert_one_line_error(result, ExitCode.NETWORK, "briefcli-test.invalid")


def test_url_sends_a_user_agent(http_server: LocalHTTPServer) -> None:
    analyze(http_server.url("/article.txt"), "--allow-private-urls")
    agents = [headers.get("User-Agent", "") for _path, headers in http_server.requests]
    assert any(agent.startswith("briefcli/") for agent in agents)


# --- Hostile HTML: the libraries' logs stay quiet -----------------------------------------------

_PROSE = "<p>The Minister of Trade met the Ambassador of Chile in Geneva on Monday to discuss customs.</p>"
HOSTILE_PAGES = {
    "5,000 nested divs": "<html><body>" + "<div>" * 5000 + _PROSE + "</div>" * 5000 + "</body></html>",
    "10,000 nested tables": "<html><body>" + "<table><tr><td>" * 10_000 + _PROSE + "</body></html>",
    "unclosed tags": "<html><body>" + "<div><p><span><b><i>" * 2000 + _PROSE * 5,
    "huge attribute": f"<html><body><div class='{'x' * 200_000}'>{_PROSE}</div></body></html>",
}


def _briefcli(*args: str) -> subprocess.CompletedProcess[str]:
    # A process of its own: under pytest the root logger has pytest's handlers, which would take
    # the libraries' records that a real run prints.
    return subprocess.run(
        [sys.executable, "-m", "briefcli", *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize("page", list(HOSTILE_PAGES))
def test_hostile_html_prints_one_line_at_most(page: str, tmp_path: Path) -> None:
    path = _write(tmp_path, "page.html", HOSTILE_PAGES[page].encode())
    result = _briefcli("summary", path, "--format", "md")
    lines = result.stderr.splitlines()
    assert len(lines) <= 1, result.stderr
    if result.returncode:
        assert result.returncode == ExitCode.INPUT
        assert lines[0].startswith("briefcli: error: ")


def test_debug_shows_the_libraries_logs(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.html", HOSTILE_PAGES["5,000 nested divs"].encode())
    quiet, debug = _briefcli("summary", path), _briefcli("--debug", "summary", path)
    assert "trafilatura" not in quiet.stderr
    assert "trafilatura." in debug.stderr
