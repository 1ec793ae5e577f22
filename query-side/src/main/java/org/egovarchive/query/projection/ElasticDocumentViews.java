package org.egovarchive.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import org.egovarchive.query.elastic.ReadModel;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads current document views from {@code documents-admin}; a realtime get sees the last bulk at once. */
@Component
public class ElasticDocumentViews implements DocumentViews {

    private final ElasticsearchClient client;

    public ElasticDocumentViews(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public Map<String, DocumentView> find(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            MgetResponse<DocumentView> response = client.mget(m -> m.index(ReadModel.DOCUMENTS_ADMIN.alias())
                    .ids(List.copyOf(ids)).realtime(true), DocumentView.class);
            Map<String, DocumentView> found = new HashMap<>();
            response.docs().forEach(doc -> {
                if (doc.isResult() && doc.result().found()) {
                    found.put(doc.result().id(), doc.result().source());
                }
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch unreachable", e);
        }
    }
}
