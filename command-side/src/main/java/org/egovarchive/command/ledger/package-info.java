/**
 * The ledger: an RFC 6962-style Merkle tree over every stored event, appended by its own tracking
 * processor in the same transaction as its token, with SM2-signed checkpoints and inclusion and
 * consistency proofs (docs/ledger.md). Reads every event; owns no events.
 */
package org.egovarchive.command.ledger;
