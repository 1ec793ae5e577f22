/**
 * The independent verifier: checks checkpoints, inclusion and consistency proofs and export packages
 * from the layouts of docs/ledger.md and docs/hash-chain.md alone, with the JDK, BouncyCastle and
 * Jackson — no class of the application. {@code ./egov verify-ledger} and {@code ./egov verify-package}.
 */
package org.egovarchive.infra.verifier;
