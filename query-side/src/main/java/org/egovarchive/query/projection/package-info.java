/**
 * Projections: the Kafka consumer of {@code egov.events} and the read models it keeps. Each stored view
 * carries its aggregate's record as the shared kernel's one fold of its kind makes it, and the fields
 * searches need are derived from that record: {@code documents-admin} (every document) and
 * {@code public-documents} (published PUBLIC documents only), {@code messages} (letters without their
 * private text), {@code seals}, and {@code audit-events} (every event, no payload). What cannot be read
 * or folded goes to the dead-letter topic with the reason.
 */
package org.egovarchive.query.projection;
