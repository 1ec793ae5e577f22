/**
 * The relay: an Axon tracking processor that carries every stored event, in global order, as a
 * versioned JSON envelope to the Kafka topic {@code egov.events}. Reads every event type.
 */
package org.egovarchive.command.relay;
