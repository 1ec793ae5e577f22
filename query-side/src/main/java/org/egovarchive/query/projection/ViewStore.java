package org.egovarchive.query.projection;

import java.util.Collection;
import java.util.Map;

/** Where a projection finds the current views it folds events into (its own read model, by index or alias name). */
public interface ViewStore {

    /** The views that exist for these ids; absent ids are missing from the map. */
    <V> Map<String, V> find(String index, Collection<String> ids, Class<V> type);
}
