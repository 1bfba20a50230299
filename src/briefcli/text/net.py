"""The guard around fetching a URL: one deadline for the whole fetch, and public addresses only.

- **One deadline.** urllib3's timeouts bound each socket operation, so a server that sends a
  byte at a time (headers included) never trips them. Here a watchdog timer shuts the fetch's
  sockets down when the deadline passes: a receive blocked in any phase (TLS handshake,
  headers, body) returns at once, and ``Guard.expired`` tells the caller it was the deadline.
  The name lookup, which no socket can interrupt, runs in a daemon thread waited for only as
  long as time remains; each connect gets the time that remains as its timeout.
- **Public addresses only**, unless allowed: every hop's host is resolved once, every address
  it resolves to is checked (``address_class``), and the socket connects to those very
  addresses; HTTP and TLS still speak to the name (Host header, SNI, certificate check), so no
  second lookup can swap in another address between the check and the connection.

Imported only when a URL is fetched (it imports urllib3).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
import typing
from collections.abc import Sequence

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

if typing.TYPE_CHECKING:
    from urllib3.util.connection import _TYPE_SOCKET_OPTIONS

# Instance-metadata services hand out cloud credentials: AWS, GCP, Azure, OpenStack, Oracle and
# DigitalOcean on 169.254.169.254, AWS over IPv6 on fd00:ec2::254, Alibaba Cloud on 100.100.100.200.
_METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)
# RFC 1918 and IPv6 unique-local: named apart, because Python's is_private also covers the
# documentation and benchmarking ranges, which are reported as reserved.
_PRIVATE = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # the IPv4 address is in the low 32 bits

Address: typing.TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for: IPv4-mapped (::ffff:a.b.c.d), NAT64 or 6to4."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour


def address_class(address: str | Address) -> str | None:
    """Why an address is not a public one ("loopback", "private", "link-local", "cloud
    metadata", "unspecified", "multicast", "shared (carrier-grade NAT)", "reserved"), or None
    for a public address. An IPv6 address that carries an IPv4 one is judged by that one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0] if isinstance(address, str) else address)
    if isinstance(ip, ipaddress.IPv6Address):
        ip = _embedded_ipv4(ip) or ip
    checks: tuple[tuple[str, bool], ...] = (
        ("cloud metadata", ip in _METADATA),
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("shared (carrier-grade NAT)", ip in _SHARED),
        ("private", any(ip in net for net in _PRIVATE)),
        # Python's is_global differs across versions on a few ranges; is_reserved covers the
        # unassigned IPv6 space and 240.0.0.0/4 in all of them.
        ("reserved", ip.is_reserved or not ip.is_global),
    )
    return next((kind for kind, hit in checks if hit), None)


def _is_localhost(host: str) -> bool:
    """'localhost' and its subdomains are loopback by definition (RFC 6761): refused without
    asking a resolver, which might send the name out to the network."""
    name = host.rstrip(".").lower()
    return name == "localhost" or name.endswith(".localhost")


class DeadlineError(Exception):
    """The fetch's deadline passed."""


class BlockedAddressError(Exception):
    """A host that is, or resolves to, an address that is not public."""

    def __init__(self, host: str, address: str, kind: str) -> None:
        super().__init__(f"{host} is {address} ({kind})")
        self.host, self.address, self.kind = host, address, kind


# (family, type, proto, canonname, sockaddr) as getaddrinfo gives them; sockaddr[0] is the address.
_AddrInfo: typing.TypeAlias = tuple[socket.AddressFamily, socket.SocketKind, int, str, typing.Any]


class Guard:
    """What the connections of one fetch share: the deadline, its watchdog and the address
    policy. Use as a context manager: the watchdog runs inside it."""

    def __init__(self, timeout: float, *, allow_private: bool = False) -> None:
        self.timeout = timeout
        self.allow_private = allow_private
        self.expired = False
        self._end = time.monotonic() + timeout
        self._lock = threading.Lock()
        # Duplicates of the fetch's sockets: shutting a duplicate down ends the connection it
        # shares (shutdown acts on the connection, not the descriptor), and a duplicate stays
        # valid where the original object does not (the TLS wrapper detaches it).
        self._watched: list[socket.socket] = []
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Guard:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        with self._lock:
            watched, self._watched = self._watched, []
        for sock in watched:
            sock.close()

    def remaining(self) -> float:
        """Seconds left; DeadlineError when none are."""
        left = self._end - time.monotonic()
        if left <= 0 or self.expired:
            raise DeadlineError
        return left

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            watched = list(self._watched)
        for sock in watched:
            _shut(sock)

    def _watch(self, sock: socket.socket) -> None:
        duplicate = sock.dup()
        with self._lock:
            self._watched.append(duplicate)
            expired = self.expired
        if expired:
            _shut(duplicate)

    def _lookup(self, host: str, port: int) -> Sequence[_AddrInfo]:
        """getaddrinfo within the deadline. Numeric hosts (127.0.0.1, ::1, and the old forms
        2130706433 or 0x7f.1 that the C library also reads as addresses) need no thread."""
        try:
            return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
        except socket.gaierror:
            pass
        found: list[_AddrInfo] = []
        failed: list[OSError] = []

        def lookup() -> None:
            try:
                found.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
            except OSError as exc:
                failed.append(exc)

        # A daemon thread: one that outlives the deadline ends when the resolver gives up.
        thread = threading.Thread(target=lookup, name="briefcli-dns", daemon=True)
        thread.start()
        thread.join(self.remaining())
        if thread.is_alive():
            raise DeadlineError
        if failed:
            raise failed[0]
        return found

    def addresses(self, host: str, port: int) -> Sequence[_AddrInfo]:
        """Where ``host`` resolves to, every address checked against the policy:
        BlockedAddressError if any one is not public (unless allowed)."""
        if _is_localhost(host) and not self.allow_private:
            raise BlockedAddressError(host, "localhost", "loopback")
        infos = self._lookup(host, port)
        if not self.allow_private:
            for info in infos:
                kind = address_class(info[4][0])
                if kind is not None:
                    raise BlockedAddressError(host, info[4][0], kind)
        return infos

    def connect(self, host: str, port: int, options: _TYPE_SOCKET_OPTIONS | None) -> socket.socket:
        """A socket connected to one of ``host``'s checked addresses, tried in order."""
        error: OSError | None = None
        for family, kind, proto, _name, sockaddr in self.addresses(host, port):
            sock = socket.socket(family, kind, proto)
            try:
                self._watch(sock)
                for option in options or ():
                    sock.setsockopt(*option)
                sock.settimeout(self.remaining())
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                error = exc
                continue
            except BaseException:
                sock.close()
                raise
            return sock
        raise error or OSError(f"{host} has no address")


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # not connected (yet, or any more): nothing to wake
        sock.shutdown(socket.SHUT_RDWR)


def _open(connection: HTTPConnection, guard: Guard) -> socket.socket:
    """The socket of ``connection``, with urllib3's exceptions for urllib3's failures."""
    try:
        return guard.connect(connection.host, connection.port, connection.socket_options)
    except socket.gaierror as exc:
        raise NameResolutionError(connection.host, connection, exc) from exc
    except TimeoutError as exc:
        raise ConnectTimeoutError(connection, f"Connection to {connection.host} timed out") from exc
    except OSError as exc:
        raise NewConnectionError(connection, f"Failed to establish a new connection: {exc}") from exc


class _Connection(HTTPConnection):
    def __init__(self, *args: typing.Any, guard: Guard, **kwargs: typing.Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard = guard

    def _new_conn(self) -> socket.socket:
        return _open(self, self._guard)


class _TLSConnection(HTTPSConnection):
    def __init__(self, *args: typing.Any, guard: Guard, **kwargs: typing.Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard = guard

    def _new_conn(self) -> socket.socket:
        return _open(self, self._guard)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


def pool(scheme: str, host: str, port: int | None, guard: Guard) -> HTTPConnectionPool:
    """A connection pool for one origin whose connections go through ``guard``."""
    cls = _TLSPool if scheme == "https" else _Pool
    return cls(host, port, maxsize=1, retries=False, guard=guard)
