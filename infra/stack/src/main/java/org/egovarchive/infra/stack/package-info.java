/**
 * A local PostgreSQL, Elasticsearch and Kafka, each provisioned from a Maven Central artifact and run
 * as its own OS process on loopback: persistent for the {@code egov} launcher, throwaway for
 * integration tests. Its data is its owner's (homes 0700, passwords 0600), Kafka admits only authenticated
 * principals within their ACLs ({@link org.egovarchive.infra.stack.KafkaPrincipal}). Entry point:
 * {@link org.egovarchive.infra.stack.LocalStack}.
 */
package org.egovarchive.infra.stack;
