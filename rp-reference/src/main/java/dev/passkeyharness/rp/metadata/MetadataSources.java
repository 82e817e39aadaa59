package dev.passkeyharness.rp.metadata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the relying party's FIDO metadata comes from: MDS3 BLOBs (compact JWS text, each with a name for messages),
 * the MDS roots their signing chains must lead to, and CRLs for the certificates of those chains.
 */
public record MetadataSources(List<Blob> blobs, List<X509Certificate> roots, List<X509CRL> crls) {

    /** One BLOB as read, named for messages (usually its file name). */
    public record Blob(String name, String jws) {
        public Blob {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(jws, "jws");
        }
    }

    public MetadataSources {
        blobs = List.copyOf(blobs);
        roots = List.copyOf(roots);
        crls = List.copyOf(crls);
        if (blobs.isEmpty()) {
            throw new IllegalArgumentException("at least one metadata BLOB is needed");
        }
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("a metadata BLOB needs an MDS root to verify its signing chain");
        }
    }

    /** Reads BLOB files (text), root certificate files (PEM or DER) and CRL files (PEM or DER). */
    public static MetadataSources read(List<Path> blobFiles, List<Path> rootFiles, List<Path> crlFiles)
            throws MetadataException {
        List<Blob> blobs = new ArrayList<>();
        for (Path file : blobFiles) {
            blobs.add(new Blob(file.getFileName().toString(), readText(file, "metadata BLOB")));
        }
        List<X509Certificate> roots = new ArrayList<>();
        for (Path file : rootFiles) {
            roots.addAll(certificates(readBytes(file, "metadata root"), "metadata root " + file));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : crlFiles) {
            crls.addAll(crls(readBytes(file, "CRL"), "CRL " + file));
        }
        try {
            return new MetadataSources(blobs, roots, crls);
        } catch (IllegalArgumentException e) {
            throw new MetadataException(e.getMessage());
        }
    }

    /** Every certificate in PEM or DER bytes; none, or anything else, is refused. */
    public static List<X509Certificate> certificates(byte[] bytes, String what) throws MetadataException {
        List<X509Certificate> out = new ArrayList<>();
        try {
            for (Certificate c : factory().generateCertificates(new ByteArrayInputStream(bytes))) {
                out.add((X509Certificate) c);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new MetadataException(what + ": not an X.509 certificate file (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty()) {
            throw new MetadataException(what + ": no certificate in the file");
        }
        return out;
    }

    /** Every CRL in PEM or DER bytes; none, or anything else, is refused. */
    public static List<X509CRL> crls(byte[] bytes, String what) throws MetadataException {
        List<X509CRL> out = new ArrayList<>();
        try {
            for (CRL c : factory().generateCRLs(new ByteArrayInputStream(bytes))) {
                out.add((X509CRL) c);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new MetadataException(what + ": not an X.509 CRL file (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty()) {
            throw new MetadataException(what + ": no CRL in the file");
        }
        return out;
    }

    private static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }

    private static String readText(Path file, String what) throws MetadataException {
        return new String(readBytes(file, what), StandardCharsets.UTF_8).strip();
    }

    private static byte[] readBytes(Path file, String what) throws MetadataException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MetadataException(what + " " + file + ": cannot read (no such file)", e);
        } catch (AccessDeniedException e) {
            throw new MetadataException(what + " " + file + ": cannot read (permission denied)", e);
        } catch (IOException e) {
            throw new MetadataException(what + " " + file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
