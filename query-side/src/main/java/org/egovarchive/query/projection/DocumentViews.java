package org.egovarchive.query.projection;

import java.util.Collection;
import java.util.Map;

/** Where the projection finds the current views of documents (the {@code documents-admin} read model). */
public interface DocumentViews {

    /** The views that exist for these ids; absent ids are missing from the map. */
    Map<String, DocumentView> find(Collection<String> ids);
}
