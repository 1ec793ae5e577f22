package org.egovarchive.query.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes sure every read model has its index template and an index behind its alias before any
 * event is projected, and notes the projections whose index an older template made (a rebuild brings
 * them up to date). Idempotent: safe on every start and on several instances at once.
 */
@Component
public class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ElasticsearchClient client;
    private final List<ReadModel> outdated = new ArrayList<>();

    public IndexBootstrap(ElasticsearchClient client) {
        this.client = client;
        for (ReadModel model : ReadModel.values()) {
            ensure(model);
        }
    }

    /** Projected read models whose live index was made by an older template (its {@code _meta.schema} is lower). */
    public List<ReadModel> outdated() {
        return List.copyOf(outdated);
    }

    private void ensure(ReadModel model) {
        try (InputStream template = new ClassPathResource(model.templateResource()).getInputStream()) {
            client.indices().putIndexTemplate(t -> t.name(model.alias()).withJson(template));
            if (!client.indices().existsAlias(a -> a.name(model.alias())).value()) {
                createFirstIndex(model);
            } else if (model.projected() && liveSchema(model) < templateSchema(model)) {
                outdated.add(model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up read model " + model.alias(), e);
        }
    }

    private int liveSchema(ReadModel model) throws IOException {
        return client.indices().getMapping(g -> g.index(model.alias())).result().values().stream()
                .map(m -> m.mappings().meta().get("schema"))
                .mapToInt(schema -> schema == null ? 0 : schema.to(Integer.class))
                .min().orElse(0);
    }

    private static int templateSchema(ReadModel model) throws IOException {
        try (InputStream template = new ClassPathResource(model.templateResource()).getInputStream()) {
            return new ObjectMapper().readTree(template).path("template").path("mappings").path("_meta").path("schema").asInt(0);
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
