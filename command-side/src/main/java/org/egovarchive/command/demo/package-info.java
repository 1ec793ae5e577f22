/**
 * Demo data for the local stack: loads, idempotently, the records the demo shows — the seals and their
 * keepers, the seed speech as a published document, and letters with realistic handling. Only present
 * in demo mode.
 */
package org.egovarchive.command.demo;
