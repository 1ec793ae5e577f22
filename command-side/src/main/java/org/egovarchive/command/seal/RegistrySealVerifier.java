package org.egovarchive.command.seal;

import org.egovarchive.command.document.SealVerifier;
import org.egovarchive.kernel.document.DocumentRecord.AppliedSeal;
import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.egovarchive.kernel.seal.SealRecord;
import org.egovarchive.kernel.seal.SealedContent;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/** Verifies a seal on record with nothing but public facts: the registered public key and the seal's history. */
@Component
public class RegistrySealVerifier implements SealVerifier {

    private final SealRegistry registry;

    public RegistrySealVerifier(SealRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<String> problem(AppliedSeal applied, SealedContent content) {
        Optional<SealRecord> found = registry.find(applied.sealId());
        if (found.isEmpty()) {
            return Optional.of("seal " + applied.sealId() + " is not registered");
        }
        SealRecord seal = found.get();
        SealAlgorithm algorithm = SealAlgorithm.valueOf(seal.algorithm());
        byte[] digest = algorithm.digest(content.canonicalBytes());
        if (!Arrays.equals(digest, Hex.decode(applied.contentDigest()))) {
            return Optional.of("the content's digest differs from the sealed digest");
        }
        if (!algorithm.verify(Hex.decode(seal.publicKey()), digest, Hex.decode(applied.signature()))) {
            return Optional.of("the signature does not verify with the seal's public key");
        }
        if (!seal.validAt(applied.sealedAt())) {
            return Optional.of("the seal was not valid when it was applied");
        }
        if (!seal.keeperAt(applied.keeper(), applied.sealedAt())) {
            return Optional.of(applied.keeper() + " was not a keeper of the seal when it was applied");
        }
        return Optional.empty();
    }
}
