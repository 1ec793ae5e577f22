/**
 * Canonical forms of the published language: the exact bytes (RFC 8785 JSON) that hashes and
 * seals are computed over, so that both sides and an independent auditor reproduce them.
 */
package org.egovarchive.kernel.canonical;
