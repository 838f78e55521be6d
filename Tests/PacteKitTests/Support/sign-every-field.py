"""Signs every signature field of a PDF in turn, then validates every signature.

Used by the PDF tests: `python3 sign-every-field.py IN.pdf OUT.pdf`. A
throwaway self-signed certificate is made for the run; each field is signed
by an incremental update (pyHanko), and after the last one every signature
must still be intact, valid against that certificate, and followed only by
changes a signature allows (form filling). Prints one line per field and
exits non-zero on any failure.
"""
import datetime
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_cert_from_pemder  # noqa: F401  (pyHanko present)
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore
from asn1crypto import keys as asn1_keys, x509 as asn1_x509
from cryptography.hazmat.primitives import serialization


def throwaway_signer():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "pacte test signatory")])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=36500))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    asn1_key = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=asn1_cert, signing_key=asn1_key,
                                  cert_registry=SimpleCertificateStore.from_certs([asn1_cert]))
    return signer, asn1_cert


def main():
    source, target = sys.argv[1], sys.argv[2]
    signer, cert = throwaway_signer()
    with open(source, "rb") as file:
        data = file.read()
    import io
    names = [name for name, _, _ in fields.enumerate_sig_fields(PdfFileReader(io.BytesIO(data)))]
    if not names:
        print("no signature field")
        return 1
    for name in names:
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        output = io.BytesIO()
        signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=name), signer=signer, output=output,
                         existing_fields_only=True)
        data = output.getvalue()
    with open(target, "wb") as file:
        file.write(data)
    reader = PdfFileReader(io.BytesIO(data))
    failures = 0
    for embedded in reader.embedded_signatures:
        context = ValidationContext(trust_roots=[cert], allow_fetching=False)
        status = validate_pdf_signature(embedded, context)
        level = status.modification_level.name if status.modification_level is not None else "?"
        good = status.intact and status.valid and status.trusted and level in ("NONE", "FORM_FILLING")
        failures += not good
        print(f"{embedded.field_name}: intact={status.intact} valid={status.valid} trusted={status.trusted} "
              f"coverage={status.coverage.name} modifications={level}")
    if len(reader.embedded_signatures) != len(names):
        print(f"{len(names)} fields but {len(reader.embedded_signatures)} signatures")
        failures += 1
    return 1 if failures else 0


sys.exit(main())
