package org.egovarchive.query.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of the public search: the largest page, and how deep paging may go (from + size) —
 * deep pages are costly for Elasticsearch and useless to people.
 */
@ConfigurationProperties("egov.search")
public record SearchLimits(int maxSize, int maxDepth) {

    public static final int MAX_QUERY_LENGTH = 200;
}
