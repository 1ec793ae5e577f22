/**
 * The query side: consumes the events on Kafka into Elasticsearch read models and serves what
 * people read — the public search and document pages, and later statistics and audit search.
 */
package org.egovarchive.query;
