package org.egovarchive.kernel.seal;

import org.axonframework.serialization.Revision;

/** The keeper may no longer apply this seal; what they sealed before stays valid. */
@Revision("1")
public record SealKeeperRevoked(String sealId, String username) implements SealEvent {
}
