package org.egovarchive.infra.verifier;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Signature checks with BouncyCastle's lightweight API. SM2 per GB/T 32918.2 with SM3 and a signer id
 * (the Z value), signature DER-encoded (r, s); Ed25519 per RFC 8032. Public keys are X.509
 * SubjectPublicKeyInfo DER. Anything malformed is "does not verify", never an exception.
 */
public final class Signatures {

    /** The signer id seals and the ledger use: GB/T 35276's default. */
    public static final String DEFAULT_SM2_SIGNER_ID = "1234567812345678";

    private Signatures() {
    }

    public static boolean sm2(byte[] publicKeyDer, String signerId, byte[] message, byte[] signature) {
        try {
            if (!(publicKey(publicKeyDer) instanceof ECPublicKeyParameters key)) {
                return false;
            }
            SM2Signer signer = new SM2Signer();
            signer.init(false, new ParametersWithID(key, signerId.getBytes(StandardCharsets.UTF_8)));
            signer.update(message, 0, message.length);
            return signer.verifySignature(signature);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static boolean ed25519(byte[] publicKeyDer, byte[] message, byte[] signature) {
        try {
            if (!(publicKey(publicKeyDer) instanceof Ed25519PublicKeyParameters key)) {
                return false;
            }
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(false, key);
            signer.update(message, 0, message.length);
            return signer.verifySignature(signature);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static CipherParameters publicKey(byte[] der) throws IOException {
        return PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(der));
    }
}
