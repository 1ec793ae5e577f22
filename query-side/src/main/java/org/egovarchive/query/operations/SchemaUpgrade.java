package org.egovarchive.query.operations;

import org.egovarchive.query.elastic.IndexBootstrap;
import org.egovarchive.query.elastic.ReadModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * When a new version changed a read model's mapping, its live index no longer fits: the projection is
 * rebuilt into indices of the new template, blue/green, as soon as the application is up
 * ({@code egov.projections.rebuild-on-schema-change}, on by default).
 */
@Component
public class SchemaUpgrade {

    private final IndexBootstrap indices;
    private final Rebuilds rebuilds;
    private final boolean enabled;

    public SchemaUpgrade(IndexBootstrap indices, Rebuilds rebuilds,
                         @Value("${egov.projections.rebuild-on-schema-change:true}") boolean enabled) {
        this.indices = indices;
        this.rebuilds = rebuilds;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildOutdated() {
        List<ReadModel> outdated = indices.outdated();
        if (enabled && !outdated.isEmpty()) {
            rebuilds.start("the schema of " + outdated.stream().map(ReadModel::alias).toList() + " changed");
        }
    }
}
