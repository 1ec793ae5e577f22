package org.egovarchive.kernel.seal;

import java.util.List;

/** The seal event types, for the registry of the published language. */
public final class SealEvents {

    public static final List<Class<?>> ALL = List.of(
            SealRegistered.class,
            SealKeeperAuthorized.class,
            SealKeeperRevoked.class,
            SealRevoked.class);

    private SealEvents() {
    }
}
