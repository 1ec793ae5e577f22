package org.egovarchive.command.seal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.egovarchive.kernel.seal.SealAlgorithm;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The certificate a PKCS#12 private-key entry must carry. It states nothing anyone relies on:
 * trust in a seal's key comes from its {@code SealRegistered} event, so the validity is simply
 * long enough never to matter.
 */
final class SelfSignedCertificate {

    private static final int VALIDITY_YEARS = 100;
    private static final SecureRandom SERIALS = new SecureRandom();

    private SelfSignedCertificate() {
    }

    static X509Certificate issue(String sealId, KeyPair keys, SealAlgorithm algorithm) {
        // built, not parsed from "CN=" + sealId, so that a comma or equals sign in an id stays text
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, sealId).build();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(63, SERIALS).add(BigInteger.ONE),
                Date.from(now.toInstant()), Date.from(now.plusYears(VALIDITY_YEARS).toInstant()), subject, keys.getPublic());
        try {
            var signer = new JcaContentSignerBuilder(algorithm.signatureName())
                    .setProvider(SealAlgorithm.provider())
                    .build(keys.getPrivate());
            return new JcaX509CertificateConverter().setProvider(SealAlgorithm.provider())
                    .getCertificate(builder.build(signer));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot certify the new key of seal " + sealId, e);
        }
    }
}
