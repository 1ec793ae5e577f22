/** Wiring of the command side: Axon (serializers, event store schema, error handling) and Kafka. */
package org.egovarchive.command.config;
