package org.egovarchive.kernel.seal;

import java.util.List;

/**
 * An event of a seal's life. Sealed, so that the one fold of a seal ({@link SealRecord#next}) is written
 * against every event there is.
 */
public sealed interface SealEvent permits SealRegistered, SealKeeperAuthorized, SealKeeperRevoked, SealRevoked {

    /** Every seal event type, for the registry of the published language. */
    List<Class<?>> TYPES = List.of(SealEvent.class.getPermittedSubclasses());

    String sealId();
}
