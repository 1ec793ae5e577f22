/**
 * Upcasters of the published language: one class per step of an event's schema, as pure JSON
 * transformations, used by the event store (Axon) and by readers of older envelopes alike.
 */
package org.egovarchive.kernel.event.upcast;
