package org.egovarchive.infra.verifier;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SHA-256 and SM3 from BouncyCastle's lightweight API (no JCA provider is registered). */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(byte[]... parts) {
        return digest(new SHA256Digest(), parts);
    }

    public static byte[] sm3(byte[]... parts) {
        return digest(new SM3Digest(), parts);
    }

    private static byte[] digest(Digest digest, byte[]... parts) {
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
