package org.egovarchive.command.seal;

import org.egovarchive.command.document.Sealer;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.egovarchive.kernel.seal.SealRecord;
import org.egovarchive.kernel.seal.SealedContent;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Applies a seal from the key store, after checking it may be applied by this keeper to this department's document. */
@Component
public class KeyStoreSealer implements Sealer {

    private final SealRegistry registry;
    private final SealKeyStore keys;
    private final Clock clock;

    public KeyStoreSealer(SealRegistry registry, SealKeyStore keys, Clock clock) {
        this.registry = registry;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Signed seal(String sealId, Actor keeper, String department, SealedContent content) {
        SealRecord seal = registry.find(sealId)
                .orElseThrow(() -> ActRefused.forbidden("seal", "there is no seal " + sealId));
        if (!seal.department().equals(department)) {
            throw ActRefused.forbidden("seal", "seal " + sealId + " belongs to " + seal.department()
                    + ", not to " + department);
        }
        if (!seal.validAt(clock.instant())) {
            throw ActRefused.forbidden("seal", "seal " + sealId + " was revoked");
        }
        if (!seal.isKeeper(keeper.username())) {
            throw ActRefused.forbidden("seal", keeper.username() + " is not a keeper of seal " + sealId);
        }
        SealAlgorithm algorithm = SealAlgorithm.valueOf(seal.algorithm());
        byte[] digest = algorithm.digest(content.canonicalBytes());
        return new Signed(algorithm.name(), Hex.encode(digest), Hex.encode(keys.sign(sealId, digest)));
    }
}
