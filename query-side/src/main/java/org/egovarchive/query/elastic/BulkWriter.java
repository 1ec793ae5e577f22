package org.egovarchive.query.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a batch of {@link IndexOp}s in one bulk request. A version conflict means the index
 * already holds this or a newer version — the idempotent case, not an error. Any other failure
 * throws, so the consumer does not commit its offsets and the batch is delivered again.
 */
@Component
public class BulkWriter {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

    private final ElasticsearchClient client;

    public BulkWriter(ElasticsearchClient client) {
        this.client = client;
    }

    public void write(List<IndexOp> ops, Targets targets) {
        if (ops.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = ops.stream().map(op -> operation(op, targets)).toList();
        try {
            BulkResponse response = client.bulk(b -> b.operations(operations));
            if (response.errors()) {
                String failures = response.items().stream()
                        .filter(item -> item.error() != null && !VERSION_CONFLICT.equals(item.error().type()))
                        .map(BulkWriter::describe)
                        .collect(Collectors.joining("; "));
                if (!failures.isEmpty()) {
                    throw new IndexWriteException("bulk write failed: " + failures);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch unreachable", e);
        }
    }

    private static BulkOperation operation(IndexOp op, Targets targets) {
        String index = targets.of(op.model());
        if (op instanceof IndexOp.Put put) {
            return BulkOperation.of(b -> b.index(i -> i.index(index).id(put.id())
                    .version(put.version()).versionType(put.restate() ? VersionType.ExternalGte : VersionType.External)
                    .document(put.document())));
        }
        return BulkOperation.of(b -> b.delete(d -> d.index(index)
                .id(op.id()).version(op.version()).versionType(VersionType.External)));
    }

    private static String describe(BulkResponseItem item) {
        return item.index() + "/" + item.id() + ": " + item.error().type() + " " + item.error().reason();
    }

    /** Elasticsearch refused part of a bulk write for a reason other than a stale version. */
    public static class IndexWriteException extends RuntimeException {
        public IndexWriteException(String message) {
            super(message);
        }
    }
}
