"""CTAPHID over the sockets `passkey-harness authenticator serve` listens on, for python-fido2 (0.9 and later).

    from ctaphid_socket import open_device
    device = open_device("udp", "127.0.0.1", 8111)   # a fido2.hid.CtapHidDevice; "tcp" and 35962 for TCP

UDP carries one 64-byte report a datagram; TCP sends each report after its length in two big-endian bytes.
"""
import socket
import struct

from fido2.hid import CtapHidDevice
from fido2.hid.base import CtapHidConnection, HidDescriptor

REPORT_SIZE = 64


class UdpConnection(CtapHidConnection):
    """One report per datagram."""

    def __init__(self, host, port, timeout=5.0):
        self.sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.settimeout(timeout)
        self.sock.connect((host, port))

    def write_packet(self, data):
        self.sock.send(bytes(data))

    def read_packet(self):
        return self.sock.recv(REPORT_SIZE)

    def close(self):
        self.sock.close()


class TcpConnection(CtapHidConnection):
    """Each report preceded by its length, two bytes big-endian."""

    def __init__(self, host, port, timeout=5.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)

    def write_packet(self, data):
        data = bytes(data)
        self.sock.sendall(struct.pack(">H", len(data)) + data)

    def _read(self, n):
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise OSError("connection closed")
            out += chunk
        return out

    def read_packet(self):
        (length,) = struct.unpack(">H", self._read(2))
        return self._read(length)

    def close(self):
        self.sock.close()


def open_device(carrier, host, port, timeout=5.0):
    """A CtapHidDevice on the simulated authenticator at host:port; carrier is "udp" or "tcp"."""
    connection = {"udp": UdpConnection, "tcp": TcpConnection}[carrier](host, port, timeout)
    descriptor = HidDescriptor("%s:%s:%d" % (carrier, host, port), 0x1209, 0x0001, REPORT_SIZE, REPORT_SIZE)
    return CtapHidDevice(descriptor, connection)
