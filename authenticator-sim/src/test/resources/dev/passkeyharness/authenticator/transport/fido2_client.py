"""Drives the simulated authenticator with python-fido2 over a CTAPHID carrier and checks every answer.

Usage: fido2_client.py udp|tcp HOST PORT ATTESTATION_ROOT_DER_FILE
Prints one "ok ..." line per passed step and exits 0; any wrong answer raises and exits non-zero.
"""
import hashlib
import os
import socket
import struct
import sys

from fido2.attestation import Attestation
from fido2.attestation.base import verify_x509_chain
from fido2.client import Fido2Client
from fido2.ctap import CtapError
from fido2.ctap2 import Ctap2
from fido2.hid import CAPABILITY, CtapHidDevice
from fido2.hid.base import CtapHidConnection, HidDescriptor
from fido2.server import AttestationVerifier, Fido2Server

REPORT_SIZE = 64
RP_ID = "example.com"
ORIGIN = "https://example.com"


class UdpConnection(CtapHidConnection):
    """One report per datagram."""

    def __init__(self, host, port):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.settimeout(5.0)
        self.sock.connect((host, port))

    def write_packet(self, data):
        self.sock.send(bytes(data))

    def read_packet(self):
        return self.sock.recv(REPORT_SIZE)

    def close(self):
        self.sock.close()


class TcpConnection(CtapHidConnection):
    """Each report preceded by its length, two bytes big-endian."""

    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=5.0)

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


class RootVerifier(AttestationVerifier):
    """Trusts exactly the simulator's attestation root."""

    def __init__(self, root):
        super().__init__()
        self.root = root

    def ca_lookup(self, attestation_result, auth_data):
        return [self.root]


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def ok(step):
    print("ok " + step, flush=True)


def main():
    carrier, host, port, root_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(root_file, "rb") as f:
        root = f.read()
    connection = {"udp": UdpConnection, "tcp": TcpConnection}[carrier](host, port)
    descriptor = HidDescriptor("%s:%s:%d" % (carrier, host, port), 0x1209, 0x0001, REPORT_SIZE, REPORT_SIZE)
    device = CtapHidDevice(descriptor, connection)

    check(device.version == 2, "CTAPHID protocol version %r" % device.version)
    check(CAPABILITY.CBOR.supported(device.capabilities), "CBOR capability")
    check(CAPABILITY.WINK.supported(device.capabilities), "WINK capability")
    check(CAPABILITY.NMSG.supported(device.capabilities), "NMSG capability")
    ok("init channel=%08x capabilities=%02x" % (device._channel_id, device.capabilities))

    payload = os.urandom(1000)
    check(device.ping(payload) == payload, "PING echo")
    device.wink()
    ok("ping wink")

    ctap2 = Ctap2(device)  # strict_cbor: the getInfo response must be canonical CBOR
    info = ctap2.get_info()
    check("FIDO_2_0" in info.versions, "versions %r" % info.versions)
    check(len(info.aaguid) == 16, "aaguid")
    ok("get_info versions=%s" % ",".join(info.versions))

    # authenticatorMakeCredential, the attestation statement verified by python-fido2's own classes
    client_data_hash = hashlib.sha256(b"ctap2 make credential").digest()
    rp = {"id": RP_ID, "name": "Example"}
    user = {"id": b"user-ctap2", "name": "ctap2@example.com", "displayName": "CTAP2"}
    attestation = ctap2.make_credential(client_data_hash, rp, user, [{"type": "public-key", "alg": -7}])
    auth_data = attestation.auth_data
    check(auth_data.rp_id_hash == hashlib.sha256(RP_ID.encode()).digest(), "rpIdHash")
    check(auth_data.is_user_present() and auth_data.is_attested(), "flags %02x" % auth_data.flags)
    result = Attestation.for_type(attestation.fmt)().verify(
        attestation.att_statement, auth_data, client_data_hash)
    verify_x509_chain(result.trust_path + [root])
    credential = auth_data.credential_data
    ok("make_credential fmt=%s attestation=%s" % (attestation.fmt, result.attestation_type.name))

    # authenticatorGetAssertion, its signature verified with the credential's public key
    client_data_hash = hashlib.sha256(b"ctap2 get assertion").digest()
    assertion = ctap2.get_assertion(
        RP_ID, client_data_hash, [{"type": "public-key", "id": credential.credential_id}])
    check(assertion.credential["id"] == credential.credential_id, "credential id")
    check(assertion.auth_data.counter > auth_data.counter, "the per-credential counter grows")
    assertion.verify(client_data_hash, credential.public_key)
    ok("get_assertion counter=%d" % assertion.auth_data.counter)

    # an unknown command is refused with the authenticator's status, not a transport failure
    try:
        ctap2.send_cbor(0x42)
        raise AssertionError("command 0x42 was accepted")
    except CtapError as e:
        check(e.code == CtapError.ERR.INVALID_COMMAND, "status %r" % e.code)
    ok("unknown command refused")

    # The WebAuthn client and server of python-fido2, from options to verified responses
    server = Fido2Server(rp, attestation="direct", verify_attestation=RootVerifier(root))
    client = Fido2Client(device, ORIGIN)
    options, state = server.register_begin(
        {"id": b"user-client", "name": "client@example.com", "displayName": "Client"},
        user_verification="discouraged")
    registration = client.make_credential(options["publicKey"])
    registered = server.register_complete(state, registration.client_data, registration.attestation_object)
    credentials = [registered.credential_data]
    ok("Fido2Client make_credential verified by Fido2Server")

    options, state = server.authenticate_begin(credentials, user_verification="discouraged")
    response = client.get_assertion(options["publicKey"]).get_response(0)
    server.authenticate_complete(state, credentials, response.credential_id, response.client_data,
                                 response.authenticator_data, response.signature)
    ok("Fido2Client get_assertion verified by Fido2Server")

    device.close()
    print("ALL OK", flush=True)


if __name__ == "__main__":
    main()
