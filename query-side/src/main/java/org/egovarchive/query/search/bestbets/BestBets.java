package org.egovarchive.query.search.bestbets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.annotation.PreDestroy;
import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.query.elastic.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The pinned documents, one Elasticsearch document per (query, document) so two admins pinning at
 * once cannot overwrite each other. Searches read them from memory — a search must not pay a round
 * trip for the rare query that has best bets — reloaded after each change here and every
 * {@value #RELOAD_SECONDS} seconds, which is how long a change made on another instance takes.
 */
@Component
@DependsOn("indexBootstrap")
public class BestBets {

    private static final Logger log = LoggerFactory.getLogger(BestBets.class);
    static final int RELOAD_SECONDS = 30;
    /** Far more than anyone will pin; beyond it the oldest pins are not loaded. */
    private static final int MAX_PINS = 10_000;

    private final ElasticsearchClient client;
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "best-bets-reload");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Map<String, List<String>> byQuery = Map.of();

    public BestBets(ElasticsearchClient client) {
        this.client = client;
        reloader.scheduleWithFixedDelay(this::reloadQuietly, 0, RELOAD_SECONDS, TimeUnit.SECONDS);
    }

    /** The documents pinned to a normalised query, earliest pin first. */
    public List<String> pinnedFor(String query) {
        return byQuery.getOrDefault(query, List.of());
    }

    public void pin(BestBet bet) {
        try {
            client.index(i -> i.index(ReadModel.BEST_BETS.alias()).id(id(bet.query(), bet.documentId()))
                    .document(bet).refresh(Refresh.WaitFor));
            reload();
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    /** Whether there was such a pin. */
    public boolean unpin(String query, String documentId) {
        try {
            boolean found = client.delete(d -> d.index(ReadModel.BEST_BETS.alias()).id(id(query, documentId))
                    .refresh(Refresh.WaitFor)).result() == Result.Deleted;
            reload();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    public List<BestBet> all() {
        try {
            return client.search(s -> s.index(ReadModel.BEST_BETS.alias()).size(MAX_PINS)
                    .sort(o -> o.field(f -> f.field("pinnedAt").order(SortOrder.Asc))), BestBet.class)
                    .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    private void reload() {
        Map<String, List<String>> loaded = new LinkedHashMap<>();
        for (BestBet bet : all()) {
            loaded.computeIfAbsent(bet.query(), q -> new ArrayList<>()).add(bet.documentId());
        }
        loaded.replaceAll((q, ids) -> List.copyOf(ids));
        byQuery = Map.copyOf(loaded);
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            log.warn("best bets not reloaded, keeping the {} queries loaded before: {}", byQuery.size(), e.toString());
        }
    }

    /** A stable id for a pin: a query can be longer than an Elasticsearch id may be. */
    private static String id(String query, String documentId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return Hex.encode(sha.digest((query + "\n" + documentId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @PreDestroy
    void stop() {
        reloader.shutdownNow();
    }
}
