package org.egovarchive.query.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Makes sure every read model has its index template and an index behind its alias before any
 * event is projected. Idempotent: safe on every start and on several instances at once.
 */
@Component
public class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ElasticsearchClient client;

    public IndexBootstrap(ElasticsearchClient client) {
        this.client = client;
        for (ReadModel model : ReadModel.values()) {
            ensure(model);
        }
    }

    private void ensure(ReadModel model) {
        try (InputStream template = new ClassPathResource(model.templateResource()).getInputStream()) {
            client.indices().putIndexTemplate(t -> t.name(model.alias()).withJson(template));
            if (!client.indices().existsAlias(a -> a.name(model.alias())).value()) {
                createFirstIndex(model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up read model " + model.alias(), e);
        }
    }

    private void createFirstIndex(ReadModel model) throws IOException {
        try {
            client.indices().create(c -> c.index(model.firstIndex()).aliases(model.alias(), a -> a.isWriteIndex(true)));
            log.info("created index {} behind alias {}", model.firstIndex(), model.alias());
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
