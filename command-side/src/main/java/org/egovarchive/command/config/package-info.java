/**
 * Wiring of the command side: Axon (serializers, event store schema, error handling), Kafka, the clock,
 * and the start-up check of the working-day calendar.
 */
package org.egovarchive.command.config;
