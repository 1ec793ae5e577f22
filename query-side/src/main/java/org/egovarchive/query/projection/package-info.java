/**
 * Projections: the Kafka consumer of {@code egov.events} and the read models it keeps. Reads the
 * {@code Document*} events into {@code documents-admin} (every document, the projection's own
 * state) and {@code public-documents} (published PUBLIC documents only).
 */
package org.egovarchive.query.projection;
