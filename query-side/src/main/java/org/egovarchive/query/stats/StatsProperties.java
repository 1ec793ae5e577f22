package org.egovarchive.query.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * {@code egov.stats.min-letters}: below this many letters in a period a department shows its counts but
 * no on-time rate and no rank (a rate over three letters says nothing). {@code egov.stats.stale-days}:
 * per channel, the days without a publication after which it counts as stale; {@code default-stale-days}
 * for the channels not named.
 */
@ConfigurationProperties("egov.stats")
public record StatsProperties(@DefaultValue("10") int minLetters, @DefaultValue Map<String, Integer> staleDays,
                              @DefaultValue("14") int defaultStaleDays) {
}
