"""A throwaway certificate authority for the signature tests: a root, and signers' certificates and PKCS#12 files
made with ``cryptography`` (nothing leaves the test's folder)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

P12_PASSWORD = "Mật khẩu ký số 1"


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _usage(*, ca: bool, signing: bool = True) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=signing and not ca, content_commitment=signing and not ca,
                         key_encipherment=not signing and not ca, data_encipherment=False, key_agreement=False,
                         key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False)


@dataclass(frozen=True)
class Issued:
    """A signer's certificate with its key."""

    cert: x509.Certificate
    key: rsa.RSAPrivateKey

    def p12(self, path: Path, password: str = P12_PASSWORD, ca: CA | None = None) -> Path:
        chain = [ca.cert] if ca else None
        encryption = (serialization.BestAvailableEncryption(password.encode("utf-8")) if password
                      else serialization.NoEncryption())
        path.write_bytes(pkcs12.serialize_key_and_certificates(b"signer", self.key, self.cert, chain, encryption))
        return path

    def key_pem(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


@dataclass(frozen=True)
class CA:
    """A root certificate and its key, issuing signers' certificates."""

    cert: x509.Certificate
    key: rsa.RSAPrivateKey

    @classmethod
    def make(cls, name: str = "CA thử nghiệm Lâm Đồng") -> CA:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        now = datetime.now(UTC)
        cert = (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(_name(name))
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=365 * 30)).not_valid_after(now + timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(_usage(ca=True), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
                .sign(key, hashes.SHA256()))
        return cls(cert, key)

    def issue(self, common_name: str, *, serial: int = 0x1A2B3C4D, days: int = 365, expired: bool = False,
              signing: bool = True, since_days: int = 1) -> Issued:
        """A signer's certificate valid from ``since_days`` ago for ``days`` (or one that expired a month ago)."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        now = datetime.now(UTC)
        start, end = (now - timedelta(days=400), now - timedelta(days=35)) if expired else (
            now - timedelta(days=since_days), now + timedelta(days=days))
        cert = (x509.CertificateBuilder().subject_name(_name(common_name)).issuer_name(self.cert.subject)
                .public_key(key.public_key()).serial_number(serial)
                .not_valid_before(start).not_valid_after(end)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(_usage(ca=False, signing=signing), critical=True)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                               critical=False)
                .sign(self.key, hashes.SHA256()))
        return Issued(cert, key)

    def install(self, folder: Path, name: str = "ca-thu-nghiem.cer") -> Path:
        """Put the root in a trust folder, DER-encoded as a CA publishes it."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_bytes(self.cert.public_bytes(serialization.Encoding.DER))
        return path
