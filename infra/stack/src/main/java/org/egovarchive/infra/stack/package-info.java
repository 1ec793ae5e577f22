/**
 * A local PostgreSQL, Elasticsearch and Kafka, each provisioned from a Maven Central artifact and run
 * as its own OS process on loopback: persistent for the {@code egov} launcher, throwaway for
 * integration tests. Entry point: {@link org.egovarchive.infra.stack.LocalStack}.
 */
package org.egovarchive.infra.stack;
