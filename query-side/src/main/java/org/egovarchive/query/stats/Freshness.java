package org.egovarchive.query.stats;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.query.elastic.ReadModel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content freshness (网站内容更新), the inspection's deduction and veto items: per department and channel the
 * last first-publication and the days since, flagged stale past the channel's threshold — news (动态) 14
 * days, 通知公告 and 政策文件 180 by default — and every channel the city expects
 * ({@code egov.freshness.channels}) that has never published anything. The home page is as fresh as its
 * newest publication.
 */
@Service
public class Freshness {

    /** The channels each department is expected to keep fresh, and the thresholds in days per channel. */
    @ConfigurationProperties("egov.freshness")
    public record Settings(@DefaultValue Map<String, List<String>> channels, @DefaultValue Map<String, Integer> thresholds,
                           @DefaultValue("14") int defaultThreshold, @DefaultValue("14") int homePageThreshold) {

        int threshold(String channel) {
            if (thresholds.containsKey(channel)) {
                return thresholds.get(channel);
            }
            if (channel.contains("通知公告") || channel.contains("政策文件")) {
                return 180;
            }
            return defaultThreshold;
        }
    }

    /** One channel of a department. {@code lastPublishedAt} null: never published. */
    public record Channel(String department, String departmentName, String channel, Instant lastPublishedAt, Long daysSince,
                          int thresholdDays, boolean stale) {
    }

    /** All channels, stale first, and the home page. */
    public record Report(Instant at, Channel homePage, List<Channel> channels) {
    }

    private final ElasticsearchClient client;
    private final Settings settings;
    private final Clock clock;

    public Freshness(ElasticsearchClient client, Settings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    public Report report(String department) {
        Instant now = clock.instant();
        try {
            SearchResponse<Void> response = client.search(s -> {
                s.index(ReadModel.DOCUMENTS_ADMIN.alias()).size(0)
                        .query(q -> q.bool(b -> {
                            b.filter(f -> f.exists(e -> e.field("firstPublishedAt")));
                            if (department != null) {
                                b.filter(f -> f.term(t -> t.field("department").value(FieldValue.of(department))));
                            }
                            return b;
                        }))
                        .aggregations("latest", Aggregation.of(a -> a.max(m -> m.field("firstPublishedAt"))))
                        .aggregations("departments", Aggregation.of(a -> a.terms(t -> t.field("department").size(200))
                                .aggregations("channels", Aggregation.of(c -> c.terms(t -> t.field("channel").size(500))
                                        .aggregations("last", Aggregation.of(m -> m.max(x -> x.field("firstPublishedAt"))))))));
                return s;
            }, Void.class);
            Map<String, Channel> channels = new LinkedHashMap<>();
            for (StringTermsBucket dept : response.aggregations().get("departments").sterms().buckets().array()) {
                for (StringTermsBucket channel : dept.aggregations().get("channels").sterms().buckets().array()) {
                    Instant last = Instant.ofEpochMilli((long) channel.aggregations().get("last").max().value());
                    channels.put(dept.key().stringValue() + "/" + channel.key().stringValue(),
                            channel(dept.key().stringValue(), channel.key().stringValue(), last, now));
                }
            }
            settings.channels().forEach((dept, expected) -> {
                if (department == null || department.equals(dept)) {
                    expected.forEach(channel -> channels.putIfAbsent(dept + "/" + channel, channel(dept, channel, null, now)));
                }
            });
            double latest = response.aggregations().get("latest").max().value();
            Instant newest = Double.isFinite(latest) && latest > 0 ? Instant.ofEpochMilli((long) latest) : null;
            Channel home = home(newest, now);
            List<Channel> list = new ArrayList<>(channels.values());
            list.sort(Comparator.comparing(Channel::stale).reversed()
                    .thenComparing(c -> c.daysSince() == null ? Long.MAX_VALUE : c.daysSince(), Comparator.reverseOrder()));
            return new Report(now, home, list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Channel home(Instant newest, Instant now) {
        Long days = newest == null ? null : Duration.between(newest, now).toDays();
        return new Channel(null, "首页", "首页", newest, days, settings.homePageThreshold(),
                days == null || days > settings.homePageThreshold());
    }

    private Channel channel(String department, String channel, Instant last, Instant now) {
        int threshold = settings.threshold(channel);
        Long days = last == null ? null : Duration.between(last, now).toDays();
        return new Channel(department, Department.demo(department).map(Department::name).orElse(department), channel, last,
                days, threshold, days == null || days > threshold);
    }
}
