/**
 * The hash chain: every event's metadata carries {@code prevHash} and {@code hash}, chaining each
 * aggregate's events from a fixed genesis value so that any later change to a stored event shows.
 * Computed when events are appended; checked by {@link org.egovarchive.command.chain.HashChainVerifier}.
 */
package org.egovarchive.command.chain;
