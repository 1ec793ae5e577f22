/**
 * The query side: consumes the events on Kafka into Elasticsearch read models and serves what
 * people read — the public search, document pages and replies board, staff lists, the efficiency
 * statistics and dashboard, and audit search.
 */
package org.egovarchive.query;
