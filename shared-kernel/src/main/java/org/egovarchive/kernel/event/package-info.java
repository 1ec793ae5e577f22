/**
 * The event envelope (id, position, aggregate, sequence, type, revision, time, metadata, payload)
 * and its JSON codec, with the one pinned Jackson mapping used for stored events and envelopes alike.
 */
package org.egovarchive.kernel.event;
