package org.egovarchive.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads current views with a realtime multi-get, which sees the previous bulk at once (no refresh needed). */
@Component
public class ElasticViewStore implements ViewStore {

    private final ElasticsearchClient client;

    public ElasticViewStore(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public <V> Map<String, V> find(String index, Collection<String> ids, Class<V> type) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            MgetResponse<V> response = client.mget(m -> m.index(index).ids(List.copyOf(ids)).realtime(true), type);
            Map<String, V> found = new HashMap<>();
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
