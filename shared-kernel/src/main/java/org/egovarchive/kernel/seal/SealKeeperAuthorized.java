package org.egovarchive.kernel.seal;

import org.axonframework.serialization.Revision;

/** A seal keeper (印章管理员) may apply this seal from now on. */
@Revision("1")
public record SealKeeperAuthorized(String sealId, String username) implements SealEvent {
}
