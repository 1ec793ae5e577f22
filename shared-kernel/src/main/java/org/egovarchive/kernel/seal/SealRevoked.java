package org.egovarchive.kernel.seal;

import org.axonframework.serialization.Revision;

/** The seal may no longer be applied by anyone; seals applied before this moment stay valid. */
@Revision("1")
public record SealRevoked(String sealId, String reason) implements SealEvent {
}
