/**
 * Projection operations: blue/green rebuilds of every read model from the start of {@code egov.events}
 * with an atomic alias swap, the status of the live stream (position, lag, dead letters), and the
 * automatic rebuild when a read model's schema changed.
 */
package org.egovarchive.query.operations;
