/**
 * Demo data for the local stack: loads, idempotently, the records the demo shows (the seed speech
 * as a published document). Only present in demo mode.
 */
package org.egovarchive.command.demo;
