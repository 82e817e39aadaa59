package dev.passkeyharness.authenticator.attestation;

import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * An Android Keystore AuthorizationList (Android key attestation schema, as WebAuthn L3 §8.4 reads it): the key's
 * properties, each an EXPLICIT context-tagged field in ascending tag order. Null or empty fields are absent.
 *
 * @param purposes [1] SET OF INTEGER, KM_PURPOSE_*
 * @param algorithm [2] KM_ALGORITHM_*
 * @param keySize [3] bits
 * @param digests [5] SET OF INTEGER, KM_DIGEST_*
 * @param ecCurve [10] KM_EC_CURVE_*
 * @param noAuthRequired [503] NULL when present
 * @param allApplications [600] NULL when present; a WebAuthn credential must not have it
 * @param creationDateTime [701] milliseconds since the epoch
 * @param origin [702] KM_ORIGIN_*
 */
public record AuthorizationList(
        List<Integer> purposes,
        Integer algorithm,
        Integer keySize,
        List<Integer> digests,
        Integer ecCurve,
        boolean noAuthRequired,
        boolean allApplications,
        Long creationDateTime,
        Integer origin) {

    public static final int TAG_PURPOSE = 1;
    public static final int TAG_ALGORITHM = 2;
    public static final int TAG_KEY_SIZE = 3;
    public static final int TAG_DIGEST = 5;
    public static final int TAG_EC_CURVE = 10;
    public static final int TAG_NO_AUTH_REQUIRED = 503;
    public static final int TAG_ALL_APPLICATIONS = 600;
    public static final int TAG_CREATION_DATE_TIME = 701;
    public static final int TAG_ORIGIN = 702;

    public static final int KM_PURPOSE_ENCRYPT = 0;
    public static final int KM_PURPOSE_SIGN = 2;
    public static final int KM_ALGORITHM_RSA = 1;
    public static final int KM_ALGORITHM_EC = 3;
    public static final int KM_DIGEST_SHA_2_256 = 4;
    public static final int KM_EC_CURVE_P_256 = 1;
    public static final int KM_ORIGIN_GENERATED = 0;
    public static final int KM_ORIGIN_IMPORTED = 2;

    public static final AuthorizationList EMPTY =
            new AuthorizationList(List.of(), null, null, List.of(), null, false, false, null, null);

    public AuthorizationList {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        digests = digests == null ? List.of() : List.copyOf(digests);
    }

    public AuthorizationList withPurposes(List<Integer> newPurposes) {
        return new AuthorizationList(newPurposes, algorithm, keySize, digests, ecCurve, noAuthRequired,
                allApplications, creationDateTime, origin);
    }

    public AuthorizationList withAllApplications(boolean present) {
        return new AuthorizationList(purposes, algorithm, keySize, digests, ecCurve, noAuthRequired, present,
                creationDateTime, origin);
    }

    public AuthorizationList withOrigin(Integer newOrigin) {
        return new AuthorizationList(purposes, algorithm, keySize, digests, ecCurve, noAuthRequired, allApplications,
                creationDateTime, newOrigin);
    }

    DERSequence toAsn1() {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        if (!purposes.isEmpty()) {
            fields.add(tagged(TAG_PURPOSE, set(purposes)));
        }
        addInteger(fields, TAG_ALGORITHM, algorithm);
        addInteger(fields, TAG_KEY_SIZE, keySize);
        if (!digests.isEmpty()) {
            fields.add(tagged(TAG_DIGEST, set(digests)));
        }
        addInteger(fields, TAG_EC_CURVE, ecCurve);
        if (noAuthRequired) {
            fields.add(tagged(TAG_NO_AUTH_REQUIRED, DERNull.INSTANCE));
        }
        if (allApplications) {
            fields.add(tagged(TAG_ALL_APPLICATIONS, DERNull.INSTANCE));
        }
        if (creationDateTime != null) {
            fields.add(tagged(TAG_CREATION_DATE_TIME, new ASN1Integer(BigInteger.valueOf(creationDateTime))));
        }
        addInteger(fields, TAG_ORIGIN, origin);
        return new DERSequence(fields);
    }

    private static void addInteger(ASN1EncodableVector fields, int tag, Integer value) {
        if (value != null) {
            fields.add(tagged(tag, new ASN1Integer(value)));
        }
    }

    private static DERTaggedObject tagged(int tag, ASN1Encodable value) {
        return new DERTaggedObject(true, tag, value);
    }

    private static DERSet set(List<Integer> values) {
        return new DERSet(values.stream().map(ASN1Integer::new).toArray(ASN1Encodable[]::new));
    }
}
