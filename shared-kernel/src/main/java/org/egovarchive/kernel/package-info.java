/**
 * The published language of egov-archive: the events both sides agree on, their value types, the one
 * fold of each record kind (document, letter, seal) that every reader of the events derives its state
 * from, and the envelope in which an event travels from the event store over Kafka to the projections.
 * Plain Java; no Spring, no Kafka, no Elasticsearch.
 */
package org.egovarchive.kernel;
