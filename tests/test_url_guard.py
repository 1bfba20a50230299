"""Fetching a URL is guarded: one deadline covers the whole fetch, only public addresses are
fetched unless allowed (after name lookup, on every redirect, connecting to the address that
was checked), and a URL's credentials are never shown.

No test connects outside the loopback range: the "public" server is a stand-in on 127.0.0.2
that the policy is told to treat as public, host names are answered by a fake resolver, and any
connect elsewhere fails the test (``loopback_only``).
"""

from __future__ import annotations

import base64
import io
import ipaddress
import json
import socket
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode, NetworkError
from briefcli.render.formats import formats
from briefcli.text import net
from briefcli.text.load import read_source, redact_url
from conftest import LocalHTTPServer, Reply

runner = CliRunner()

STAND_IN = "127.0.0.2"  # the stand-in for a public address
SITE = "news.example.test"  # a public-looking name, answered by the fake resolver only

# --- Guards: loopback only, no real name lookups -----------------------------------------------


def _is_loopback(sockaddr: Any) -> bool:
    try:
        return ipaddress.ip_address(str(sockaddr[0]).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Any connect outside 127.0.0.0/8 and ::1 fails the test (and is not made)."""
    attempts: list[Any] = []
    real_connect = socket.socket.connect
    real_create = socket.create_connection

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            attempts.append(address)
            pytest.fail(f"a connection to {address} was attempted")
        real_connect(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not _is_loopback(address):
            attempts.append(address)
            pytest.fail(f"a connection to {address} was attempted")
        return real_create(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    yield attempts
    assert not attempts


Resolver = Callable[[str], list[str]]


def fake_dns(monkeypatch: pytest.MonkeyPatch, answer: Resolver) -> list[str]:
    """getaddrinfo answers numeric hosts as the C library does, and names from ``answer``
    (no name ever reaches a real resolver); returns the names looked up, in order."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        flags = kwargs.get("flags", 0)
        try:
            return real(host, port, *args, **{**kwargs, "flags": flags | socket.AI_NUMERICHOST})
        except socket.gaierror:
            if flags & socket.AI_NUMERICHOST:
                raise
        asked.append(host)
        addresses = answer(host)
        if not addresses:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [info for a in addresses for info in real(a, port, *args, **kwargs)]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


@pytest.fixture
def stand_in_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.2 counts as a public address; every other address is judged as usual."""
    real = net.address_class
    monkeypatch.setattr(net, "address_class", lambda a: None if str(a) == STAND_IN else real(a))


@pytest.fixture(scope="module")
def public_server() -> Iterator[LocalHTTPServer]:
    server = LocalHTTPServer(STAND_IN)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def site(
    public_server: LocalHTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    loopback_only: list[Any],
    stand_in_public: None,
) -> Callable[[str], str]:
    """URL of a path on the stand-in public server, under the name SITE."""
    fake_dns(monkeypatch, lambda host: [STAND_IN] if host == SITE else [])
    return lambda path: f"http://{SITE}:{public_server.port}{path}"


# --- One deadline ------------------------------------------------------------------------------

# A hang is caught by this margin, not timed: the fetch must give up near its deadline, where
# before it waited for the server (30 s here, 90 s and more in the report).
MARGIN = 4.0


def test_headers_sent_a_byte_at_a_time_end_at_the_deadline(http_server: LocalHTTPServer) -> None:
    start = time.monotonic()
    with pytest.raises(NetworkError, match=r"timed out, no complete answer within 1 s"):
        read_source(http_server.url("/drip-headers"), timeout=1, allow_private=True)
    assert time.monotonic() - start < 1 + MARGIN


def test_the_cli_deadline_covers_the_headers(http_server: LocalHTTPServer) -> None:
    start = time.monotonic()
    result = runner.invoke(
        app, ["summary", http_server.url("/drip-headers"), "--timeout", "1", "--allow-private-urls"]
    )
    assert time.monotonic() - start < 1 + MARGIN
    assert result.exit_code == ExitCode.NETWORK
    assert result.stderr.splitlines() == [
        f"briefcli: error: {http_server.url('/drip-headers')}: timed out, no complete answer within 1 s; "
        "try again later, raise --timeout or check the address"
    ]


def test_a_slow_name_lookup_counts_against_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    released = threading.Event()

    def hang(host: str) -> list[str]:
        released.wait(30)
        return []

    fake_dns(monkeypatch, hang)
    start = time.monotonic()
    try:
        with pytest.raises(NetworkError, match=r"no complete answer within 0\.5 s"):
            read_source("http://slow-dns.example.test/", timeout=0.5)
        assert time.monotonic() - start < 0.5 + MARGIN
    finally:
        released.set()


def test_the_deadline_covers_every_redirect_hop(http_server: LocalHTTPServer) -> None:
    http_server.routes["/to-drip"] = Reply(302, b"", {"Location": "/drip-headers"})
    start = time.monotonic()
    with pytest.raises(NetworkError, match="timed out"):
        read_source(http_server.url("/to-drip"), timeout=1, allow_private=True)
    assert time.monotonic() - start < 1 + MARGIN


# --- The address policy ------------------------------------------------------------------------

ADDRESSES = [
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("10.0.0.1", "private"),
    ("172.16.5.4", "private"),
    ("192.168.1.1", "private"),
    ("169.254.1.1", "link-local"),
    ("169.254.169.254", "cloud metadata"),
    ("100.100.100.200", "cloud metadata"),
    ("100.64.0.1", "shared (carrier-grade NAT)"),
    ("0.0.0.0", "unspecified"),
    ("224.0.0.1", "multicast"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
    ("192.0.2.1", "reserved"),
    ("198.18.0.1", "reserved"),
    ("8.8.8.8", None),
    ("93.184.216.34", None),
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("fe80::1", "link-local"),
    ("fe80::1%eth0", "link-local"),
    ("fc00::1", "private"),
    ("fd12:3456::1", "private"),
    ("fd00:ec2::254", "cloud metadata"),
    ("ff02::1", "multicast"),
    ("2001:db8::1", "reserved"),
    ("::7f00:1", "reserved"),
    ("2606:4700:4700::1111", None),
    ("2001:4860:4860::8888", None),
    # IPv6 forms of IPv4 addresses: IPv4-mapped, NAT64, 6to4.
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:169.254.169.254", "cloud metadata"),
    ("::ffff:a9fe:a9fe", "cloud metadata"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:8.8.8.8", None),
    ("64:ff9b::7f00:1", "loopback"),
    ("64:ff9b::808:808", None),
    ("2002:7f00:1::", "loopback"),
    ("2002:a9fe:a9fe::", "cloud metadata"),
]


@pytest.mark.parametrize(("address", "kind"), ADDRESSES)
def test_address_class(address: str, kind: str | None) -> None:
    assert net.address_class(address) == kind


HOSTS = [
    ("localhost", "loopback"),
    ("LOCALHOST.", "loopback"),
    ("api.localhost", "loopback"),
    ("2130706433", "loopback"),  # 127.0.0.1 as one decimal number
    ("0x7f.1", "loopback"),
    ("017700000001", "loopback"),
    ("127.1", "loopback"),
    ("::ffff:169.254.169.254", "cloud metadata"),
    ("2852039166", "cloud metadata"),  # 169.254.169.254
    ("rebind.example.test", "loopback"),  # resolves to a public and a loopback address
    ("metadata.example.test", "cloud metadata"),
    ("public.example.test", None),
]


@pytest.mark.parametrize(("host", "kind"), HOSTS)
def test_hosts_are_judged_by_every_address_they_resolve_to(
    host: str, kind: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = {
        "rebind.example.test": ["93.184.216.34", "127.0.0.1"],
        "metadata.example.test": ["169.254.169.254"],
        "public.example.test": ["93.184.216.34", "2606:4700:4700::1111"],
    }
    asked = fake_dns(monkeypatch, lambda name: names.get(name, []))
    guard = net.Guard(5)
    if kind is None:
        assert {info[4][0] for info in guard.addresses(host, 80)} == set(names[host])
    else:
        with pytest.raises(net.BlockedAddressError) as err:
            guard.addresses(host, 80)
        assert err.value.kind == kind
    if "localhost" in host.lower():
        assert asked == []  # refused by name: no resolver is asked


REFUSED_URLS = [
    ("http://127.0.0.1:9/a", "127.0.0.1 is a loopback address"),
    ("http://localhost:9/a", "localhost is a loopback address"),
    ("http://2130706433:9/a", "2130706433 is a loopback address (127.0.0.1)"),
    ("http://[::1]:9/a", "::1 is a loopback address"),
    ("http://[::ffff:7f00:1]:9/a", "::ffff:7f00:1 is a loopback address (::ffff:127.0.0.1)"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"),
    ("http://[fd00:ec2::254]/latest/", "fd00:ec2::254 is a cloud metadata address"),
    ("http://10.1.2.3/", "10.1.2.3 is a private address"),
    ("http://0.0.0.0:9/", "0.0.0.0 is an unspecified address"),
]


@pytest.mark.parametrize(("url", "message"), REFUSED_URLS)
def test_non_public_urls_are_refused_by_default(
    url: str, message: str, loopback_only: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, lambda name: [])
    with pytest.raises(NetworkError) as err:
        read_source(url, timeout=2)
    assert str(err.value) == (
        f"{url}: {message}; briefcli fetches only public addresses unless given --allow-private-urls"
    )


def test_the_cli_refuses_with_exit_4_naming_the_option(loopback_only: list[Any]) -> None:
    result = runner.invoke(app, ["summary", "http://127.0.0.1:9/article.html"])
    assert result.exit_code == ExitCode.NETWORK
    [line] = result.stderr.splitlines()
    assert "loopback address" in line
    assert "--allow-private-urls" in line


def test_the_stand_in_public_site_is_fetched(
    site: Callable[[str], str], public_server: LocalHTTPServer
) -> None:
    public_server.routes["/ok.txt"] = Reply(200, b"The minister met the ambassador on Monday.\n")
    assert read_source(site("/ok.txt")).text.startswith("The minister met")


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("http://127.0.0.1:{port}/article.txt", "redirected to 127.0.0.1, a loopback address"),
        ("http://localhost:{port}/article.txt", "redirected to localhost, a loopback address"),
        ("http://2130706433:{port}/article.txt", "redirected to 2130706433, a loopback address (127.0.0.1)"),
        (
            "http://169.254.169.254/latest/meta-data/",
            "redirected to 169.254.169.254, a cloud metadata address",
        ),
        (
            "http://[::ffff:169.254.169.254]/latest/",
            "redirected to ::ffff:169.254.169.254, a cloud metadata address",
        ),
    ],
)
def test_redirects_to_non_public_addresses_are_refused(
    location: str,
    message: str,
    site: Callable[[str], str],
    public_server: LocalHTTPServer,
    http_server: LocalHTTPServer,
) -> None:
    path = f"/redirect/{abs(hash(location))}"
    public_server.routes[path] = Reply(302, b"", {"Location": location.format(port=http_server.port)})
    with pytest.raises(NetworkError) as err:
        read_source(site(path), timeout=5)
    assert str(err.value) == (
        f"{site(path)}: {message}; briefcli fetches only public addresses unless given --allow-private-urls"
    )


def test_allowed_redirects_to_loopback_are_followed(
    site: Callable[[str], str], public_server: LocalHTTPServer, http_server: LocalHTTPServer
) -> None:
    public_server.routes["/to-loopback"] = Reply(302, b"", {"Location": http_server.url("/article.txt")})
    raw = read_source(site("/to-loopback"), allow_private=True)
    assert raw.source.name == site("/to-loopback")
    result = runner.invoke(app, ["--allow-private-urls", "analyze", "-f", "json", site("/to-loopback")])
    assert result.exit_code == 0, result.stderr


def test_the_connection_goes_to_the_address_that_was_checked(
    public_server: LocalHTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    loopback_only: list[Any],
    stand_in_public: None,
) -> None:
    # DNS rebinding: the first answer is public, any later one loopback. The name is looked up
    # once and the connection made to that answer.
    answers = iter([[STAND_IN]])
    asked = fake_dns(monkeypatch, lambda name: next(answers, ["127.0.0.1"]))
    public_server.routes["/rebind.txt"] = Reply(200, b"The minister met the ambassador on Monday.\n")
    url = f"http://rebind.example.test:{public_server.port}/rebind.txt"
    assert read_source(url).text.startswith("The minister")
    assert asked == ["rebind.example.test"]
    path, headers = public_server.requests[-1]
    assert (path, headers["Host"]) == ("/rebind.txt", f"rebind.example.test:{public_server.port}")


# --- Global options after the command ----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--allow-private-urls", "analyze", "-f", "json", "{url}"],
        ["analyze", "-f", "json", "{url}", "--allow-private-urls"],
        ["--timeout", "5", "analyze", "--allow-private-urls", "--timeout", "7", "-f", "json", "{url}"],
    ],
)
def test_allow_private_urls_before_or_after_the_command(
    args: list[str], http_server: LocalHTTPServer
) -> None:
    url = http_server.url("/article.txt")
    result = runner.invoke(app, [a.format(url=url) for a in args])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["name"] == url


def test_timeout_after_the_command(http_server: LocalHTTPServer) -> None:
    result = runner.invoke(
        app, ["summary", http_server.url("/slow"), "--allow-private-urls", "--timeout", "0.5"]
    )
    assert result.exit_code == ExitCode.NETWORK
    assert "within 0.5 s" in result.stderr


# --- Credentials -------------------------------------------------------------------------------

SECRET = "s3cr3t-Pa55"


def _with_credentials(url: str) -> str:
    return url.replace("http://", f"http://reader:{SECRET}@", 1)


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


COMMANDS = {
    "analyze": "analysis",
    "summary": "summary",
    "export": "export",
    "people": "people",
    "sections": "sections",
    "timeline": "timeline",
    "quotes": "quotes",
}
OUTPUTS = [(command, fmt) for command, view in COMMANDS.items() for fmt in formats(view)]


@pytest.mark.parametrize(("command", "fmt"), OUTPUTS)
def test_credentials_are_in_no_output(command: str, fmt: str, http_server: LocalHTTPServer) -> None:
    url = _with_credentials(http_server.url("/article.html"))
    extra = ["-o", "-"] if fmt == "docx" else []
    result = runner.invoke(app, ["--allow-private-urls", command, url, "-f", fmt, *extra])
    assert result.exit_code == 0, result.stderr
    shown = _docx_text(result.stdout_bytes) if fmt == "docx" else result.stdout
    assert SECRET not in shown and "reader" not in shown
    assert SECRET not in result.stderr
    if command in ("summary", "export") or fmt == "json":  # the views with a Source line
        assert http_server.url("/article.html") in shown.replace("\\", "")


def test_the_source_is_the_url_without_credentials(http_server: LocalHTTPServer) -> None:
    raw = read_source(_with_credentials(http_server.url("/article.txt")), allow_private=True)
    assert raw.source.name == http_server.url("/article.txt")


@pytest.mark.parametrize(
    ("path", "needle"),
    [("/missing", "404"), ("/ftp-redirect", "not http(s)"), ("/drip-headers", "timed out")],
)
def test_credentials_are_in_no_error_message(path: str, needle: str, http_server: LocalHTTPServer) -> None:
    url = _with_credentials(http_server.url(path))
    result = runner.invoke(app, ["--timeout", "1", "--allow-private-urls", "summary", url])
    assert result.exit_code == ExitCode.NETWORK
    assert needle in result.stderr
    assert SECRET not in result.stderr


def test_credentials_are_not_shown_when_refused_or_malformed(loopback_only: list[Any]) -> None:
    for url in (
        f"http://u:{SECRET}@127.0.0.1:9/",
        f"ftp://u:{SECRET}@example.org/a.txt",
        f"http://u:{SECRET}@/",
    ):
        result = runner.invoke(app, ["summary", url])
        assert result.exit_code in (ExitCode.INPUT, ExitCode.NETWORK), result.stderr
        assert SECRET not in result.stderr


def test_credentials_are_not_in_debug_logs(
    http_server: LocalHTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    http_server.routes["/hop"] = Reply(
        302, b"", {"Location": _with_credentials(http_server.url("/article.txt"))}
    )
    with caplog.at_level("DEBUG"):
        read_source(_with_credentials(http_server.url("/hop")), allow_private=True)
    assert caplog.text and SECRET not in caplog.text


def test_credentials_go_to_their_own_origin_only(
    http_server: LocalHTTPServer, public_server: LocalHTTPServer
) -> None:
    # The same server under 127.0.0.1 and, after a redirect, another origin (127.0.0.2).
    public_server.routes["/elsewhere.txt"] = Reply(200, b"The minister met the ambassador on Monday.\n")
    http_server.routes["/away"] = Reply(302, b"", {"Location": public_server.url("/elsewhere.txt")})
    read_source(_with_credentials(http_server.url("/away")), allow_private=True)
    expected = "Basic " + base64.b64encode(f"reader:{SECRET}".encode()).decode()
    first = next(h for p, h in reversed(http_server.requests) if p == "/away")
    second = next(h for p, h in reversed(public_server.requests) if p == "/elsewhere.txt")
    assert first.get("Authorization") == expected
    assert "Authorization" not in second


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pass@example.org/a", "http://example.org/a"),
        ("https://user@example.org:8443/a?b=c@d", "https://example.org:8443/a?b=c@d"),
        ("http://a:b@c@example.org/", "http://example.org/"),
        ("http://example.org/path@x", "http://example.org/path@x"),
        ("HTTP://u:p@[::1]:8/", "HTTP://[::1]:8/"),
    ],
)
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown
