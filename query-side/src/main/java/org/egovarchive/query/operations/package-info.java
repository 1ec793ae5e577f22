/**
 * Projection operations: blue/green rebuilds of every read model from the start of {@code egov.events}
 * with an atomic alias swap, the status of the live stream (position, lag, dead letters), and the
 * automatic rebuild when a read model's schema changed; and the notices an administrator must act on
 * ({@code GET /api/admin/notices}: the working-day calendar's missing or provisional years).
 */
package org.egovarchive.query.operations;
