"""Shared fixtures: the reference article, an HTML page builder, a local HTTP server, and URLs
that fail without leaving the machine (refused port, unresolvable host)."""

from __future__ import annotations

import gzip
import html
import importlib.resources
import ipaddress
import os
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from briefcli.text.load import MAX_INPUT_BYTES


def pytest_configure(config: pytest.Config) -> None:
    """Standard input from /dev/null for every briefcli process a test starts, unless the test
    gives its own: without a SOURCE, briefcli reads a pipe on standard input, and a CI runner's
    may be a pipe that never closes. A terminal is kept, for a debugger."""
    try:
        interactive = os.isatty(0)
    except OSError:
        interactive = False
    if not interactive:
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)


# --- The gold corpus ---------------------------------------------------------------------------


def corpus_dir() -> Path:
    """The gold corpus: ``../shared/corpus`` beside the repository, or ``$BRIEFCLI_CORPUS``."""
    configured = os.environ.get("BRIEFCLI_CORPUS")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "corpus"


def article_dir() -> Path:
    """Articles every checkout has, for tests that need many (18 ``.txt`` beside their gold
    ``.json``): the dev set the project wrote. CI has no ``../shared``."""
    return Path(__file__).resolve().parent / "data" / "devset"


# --- The reference article (the bundled sample) ------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReferenceArticle:
    text: str
    title: str
    date_line: str
    paragraphs: tuple[str, ...]


def _reference() -> ReferenceArticle:
    text = importlib.resources.files("briefcli.data").joinpath("sample.txt").read_text(encoding="utf-8")
    title, date_line, *paragraphs = [block.strip() for block in text.split("\n\n") if block.strip()]
    return ReferenceArticle(text, title, date_line, tuple(paragraphs))


@pytest.fixture(scope="session")
def reference_article() -> ReferenceArticle:
    """The reference article split into title, date line and body paragraphs."""
    return _reference()


@pytest.fixture(scope="session")
def reference_article_text(reference_article: ReferenceArticle) -> str:
    """The reference article as the bundled sample has it (UTF-8 text, blank-line paragraphs)."""
    return reference_article.text


# --- HTML pages --------------------------------------------------------------------------------


def build_html_page(
    title: str,
    date_line: str | None,
    paragraphs: Sequence[str],
    *,
    published: str | None = None,
    charset: str = "utf-8",
) -> str:
    """A news page: the article (title in <h1>, the date line in a <p>, one <p> per paragraph)
    inside navigation, a related-news aside and a footer, the boilerplate an extractor must drop."""
    esc = html.escape
    date_html = f'<p class="date">{esc(date_line)}</p>' if date_line else ""
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    meta_date = f'<meta property="article:published_time" content="{esc(published)}">' if published else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{charset}">
<title>{esc(title)} | World Customs Organization</title>
{meta_date}
</head>
<body>
<header><a href="/">WCO</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/newsroom">Newsroom</a></li>
<li><a href="/about">About us</a></li></ul></nav>
</header>
<main>
<article>
<h1>{esc(title)}</h1>
{date_html}
{body}
</article>
<aside><h2>Related news</h2><ul>
<li><a href="/news/1">Council session opens in Brussels with record attendance</a></li>
<li><a href="/news/2">Regional workshop on risk management held in Nairobi</a></li>
</ul></aside>
</main>
<footer><p>© 2021 World Customs Organization. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


@pytest.fixture(scope="session")
def reference_html(reference_article: ReferenceArticle) -> str:
    """The reference article wrapped in a news page, with its date in the page metadata too."""
    ref = reference_article
    return build_html_page(ref.title, ref.date_line, ref.paragraphs, published="2021-10-25")


# --- A local HTTP server -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reply:
    """A fixed answer. ``length=False`` leaves out Content-Length (the body ends at close)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    length: bool = True


Route = Reply | Callable[[BaseHTTPRequestHandler, "LocalHTTPServer"], None]


class LocalHTTPServer:
    """An HTTP/1.0 server on 127.0.0.1, or another loopback ``host`` (port chosen by the system),
    in a daemon thread.

    ``routes`` maps a path to a ``Reply`` or to a function that writes the answer itself.
    Tests may add routes; ``requests`` keeps each request's path and headers.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        assert ipaddress.ip_address(host).is_loopback, host  # tests never listen elsewhere
        self.host = host
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path.split("?", 1)[0])
                try:
                    if route is None:
                        send(self, Reply(404, b"not found", {"Content-Type": "text/plain"}))
                    elif isinstance(route, Reply):
                        send(self, route)
                    else:
                        route(self, server)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on purpose (size cap, timeout)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer((host, 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="briefcli-test-http", daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()  # releases the slow routes
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def send(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
    handler.send_response(reply.status)
    for name, value in reply.headers.items():
        handler.send_header(name, value)
    if reply.length and "Content-Length" not in reply.headers:
        handler.send_header("Content-Length", str(len(reply.body)))
    handler.end_headers()
    handler.wfile.write(reply.body)


def _endless(handler: BaseHTTPRequestHandler, server: LocalHTTPServer) -> None:
    """Text with no Content-Length that runs past the input cap (bounded: 1 MiB past it)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.end_headers()
    line = b"The delegation met again and again to discuss the agreement in detail.\n" * 900
    sent = 0
    while sent <= MAX_INPUT_BYTES + 1024 * 1024 and not server.stopping.is_set():
        handler.wfile.write(line)
        sent += len(line)


def _slow(handler: BaseHTTPRequestHandler, server: LocalHTTPServer) -> None:
    """No answer for 5 s (or until the server stops)."""
    server.stopping.wait(5)
    send(handler, Reply(200, b"too late", {"Content-Type": "text/plain"}))


def _drip(handler: BaseHTTPRequestHandler, server: LocalHTTPServer) -> None:
    """Headers at once, then a byte every 0.1 s for up to 5 s: each read is quick, the whole is not."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    for _ in range(50):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        if server.stopping.wait(0.1):
            break


def _drip_headers(handler: BaseHTTPRequestHandler, server: LocalHTTPServer) -> None:
    """The status line and headers a byte every 0.1 s, for up to 30 s: no single receive waits
    long, so only a deadline on the whole answer ends it."""
    head = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + b"." * 300 + b"\r\n\r\n"
    for byte in head:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        if server.stopping.wait(0.1):
            return
    handler.wfile.write(b"The minister met the ambassador in the capital on Monday.\n")
    handler.close_connection = True


def _redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, b"", {"Location": location})


def _routes(reference_text: str, reference_page: str) -> dict[str, Route]:
    utf8_text = {"Content-Type": "text/plain; charset=utf-8"}
    routes: dict[str, Route] = {
        "/article.html": Reply(200, reference_page.encode(), {"Content-Type": "text/html; charset=utf-8"}),
        "/article.txt": Reply(200, reference_text.encode(), utf8_text),
        "/article.md": Reply(200, reference_text.encode(), {"Content-Type": "text/markdown"}),
        "/untyped": Reply(200, reference_page.encode()),
        "/text-as-html": Reply(200, reference_text.encode(), {"Content-Type": "text/html"}),
        "/article.gz": Reply(
            200, gzip.compress(reference_text.encode()), {**utf8_text, "Content-Encoding": "gzip"}
        ),
        "/missing": Reply(404, b"<h1>Not Found</h1>", {"Content-Type": "text/html"}),
        "/error": Reply(500, b"<h1>Internal Server Error</h1>", {"Content-Type": "text/html"}),
        "/empty": Reply(200, b"", utf8_text),
        "/report.pdf": Reply(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", {"Content-Type": "application/pdf"}),
        "/pdf-as-html": Reply(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", {"Content-Type": "text/html"}),
        # Declares a body one byte over the cap and sends none: the client must refuse up front.
        "/huge": Reply(200, b"", {"Content-Type": "text/plain", "Content-Length": str(MAX_INPUT_BYTES + 1)}),
        "/endless": _endless,
        "/slow": _slow,
        "/drip": _drip,
        "/drip-headers": _drip_headers,
        "/loop": _redirect("/loop"),
        "/ftp-redirect": _redirect("ftp://127.0.0.1/article.txt"),
        "/redirect-no-location": Reply(302, b""),
    }
    # /hops/N redirects to /hops/N-1 ... /hops/0, which is the HTML article.
    for n in range(1, 8):
        routes[f"/hops/{n}"] = _redirect(f"/hops/{n - 1}", 301 if n % 2 else 307)
    routes["/hops/0"] = routes["/article.html"]
    return routes


@pytest.fixture(scope="session")
def http_server(reference_article_text: str, reference_html: str) -> Iterator[LocalHTTPServer]:
    """A local server with routes for the article (HTML, text, markdown, untyped, gzip), errors
    (404, 500), redirects (/hops/N, /loop), wrong content (/report.pdf), size (/huge, /endless)
    and time (/slow, /drip, /drip-headers)."""
    server = LocalHTTPServer()
    server.routes.update(_routes(reference_article_text, reference_html))
    server.start()
    try:
        yield server
    finally:
        server.stop()


# --- URLs that fail locally --------------------------------------------------------------------


def _is_ip_literal(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return host is None
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@pytest.fixture
def no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Name lookups fail at once, in this process: no query leaves the machine. IP literals
    (127.0.0.1) still work."""
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_ip_literal(host):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def unresolvable_url(no_dns: None) -> str:
    """A URL under the reserved .invalid TLD, whose lookup fails without any DNS traffic."""
    return "http://briefcli-test.invalid/article.html"


@pytest.fixture
def refused_url() -> Iterator[str]:
    """A URL on a 127.0.0.1 port that is bound but not listening: connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/article.html"
