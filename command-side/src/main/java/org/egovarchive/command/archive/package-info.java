/**
 * Export packages: one record, or an archive transfer (移交) of a department's documents of a year, as
 * a zip of its stored events, content versions, seals, ledger inclusion proofs against a signed
 * checkpoint, a manifest of SM3 and SHA-256 digests and a DA/T 70 four-property report (docs/ledger.md).
 */
package org.egovarchive.command.archive;
