/**
 * The command side: staff and public write API, Axon aggregates, the event store on PostgreSQL,
 * and the relay that carries every stored event to Kafka.
 */
package org.egovarchive.command;
