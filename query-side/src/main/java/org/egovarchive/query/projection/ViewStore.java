package org.egovarchive.query.projection;

import org.egovarchive.query.elastic.ReadModel;

import java.util.Collection;
import java.util.Map;

/** Where a projection finds the current views it folds events into (its own read model). */
public interface ViewStore {

    /** The views that exist for these ids; absent ids are missing from the map. */
    <V> Map<String, V> find(ReadModel model, Collection<String> ids, Class<V> type);
}
