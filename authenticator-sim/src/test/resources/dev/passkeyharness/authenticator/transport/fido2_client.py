"""Drives the simulated authenticator with python-fido2 over a CTAPHID carrier and checks every answer.

Usage: fido2_client.py udp|tcp HOST PORT ATTESTATION_ROOT_DER_FILE
           every step below, from INIT to Fido2Client against Fido2Server
       fido2_client.py make-credential udp|tcp HOST PORT [--timeout SECONDS]
           one makeCredential for example.com; prints the credential ID and COSE public key in hex
       fido2_client.py get-assertion udp|tcp HOST PORT CREDENTIAL_ID_HEX PUBLIC_KEY_HEX [--timeout SECONDS]
           one getAssertion with that credential, its signature verified with that key
       --timeout: how long the client waits for any report (default 30 s); keepalives count as reports
Prints one "ok ..." line per passed step and exits 0; any wrong answer raises and exits non-zero; a CTAP error
status in the single-step modes prints "refused NAME" and exits 3. The carriers' connection classes come from
tools/ctaphid_socket.py, which must be on PYTHONPATH.
"""
import hashlib
import os
import sys

from fido2.attestation import Attestation
from fido2.attestation.base import verify_x509_chain
from fido2.client import Fido2Client
from fido2.ctap import CtapError
from fido2 import cbor
from fido2.cose import CoseKey
from fido2.ctap2 import Ctap2
from fido2.hid import CAPABILITY
from fido2.server import AttestationVerifier, Fido2Server

from ctaphid_socket import open_device

RP_ID = "example.com"
ORIGIN = "https://example.com"


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


class Keepalives:
    """The last CTAPHID_KEEPALIVE status of one request (python-fido2 reports each change of status only)."""

    def __init__(self):
        self.status = "none"

    def __call__(self, status):
        self.status = {1: "PROCESSING", 2: "UPNEEDED"}.get(status, str(status))


def make_credential(ctap2):
    client_data_hash = hashlib.sha256(b"serve make credential").digest()
    keepalives = Keepalives()
    attestation = ctap2.make_credential(
        client_data_hash, {"id": RP_ID, "name": "Example"},
        {"id": b"user-serve", "name": "serve@example.com", "displayName": "Serve"},
        [{"type": "public-key", "alg": -7}], on_keepalive=keepalives)
    credential = attestation.auth_data.credential_data
    ok("make_credential credential=%s public_key=%s counter=%d keepalive=%s" % (
        credential.credential_id.hex(), cbor.encode(dict(credential.public_key)).hex(),
        attestation.auth_data.counter, keepalives.status))


def get_assertion(ctap2, credential_id_hex, public_key_hex):
    credential_id = bytes.fromhex(credential_id_hex)
    public_key = CoseKey.parse(cbor.decode(bytes.fromhex(public_key_hex)))
    client_data_hash = hashlib.sha256(b"serve get assertion").digest()
    keepalives = Keepalives()
    assertion = ctap2.get_assertion(
        RP_ID, client_data_hash, [{"type": "public-key", "id": credential_id}], on_keepalive=keepalives)
    check(assertion.credential["id"] == credential_id, "credential id")
    assertion.verify(client_data_hash, public_key)
    ok("get_assertion counter=%d keepalive=%s" % (assertion.auth_data.counter, keepalives.status))


def single_step(step, carrier, host, port, args):
    timeout = 30.0
    if "--timeout" in args:
        at = args.index("--timeout")
        timeout = float(args[at + 1])
        args = args[:at] + args[at + 2:]
    device = open_device(carrier, host, port, timeout=timeout)
    try:
        ctap2 = Ctap2(device)
        if step == "make-credential":
            make_credential(ctap2)
        else:
            get_assertion(ctap2, *args)
    except CtapError as e:
        print("refused %s" % e.code.name, flush=True)
        sys.exit(3)
    finally:
        device.close()


def main():
    if sys.argv[1] in ("make-credential", "get-assertion"):
        single_step(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:])
        return
    carrier, host, port, root_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(root_file, "rb") as f:
        root = f.read()
    device = open_device(carrier, host, port)

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
