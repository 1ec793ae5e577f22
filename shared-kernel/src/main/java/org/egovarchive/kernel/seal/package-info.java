/**
 * Electronic seals (电子印章) as anyone reading a {@code DocumentSealed} must check them: the one fold of
 * a seal ({@link org.egovarchive.kernel.seal.SealRecord}: when it and each keeper were valid), the
 * canonical sealed content, its SM3 or SHA-256 digest, and SM2 or Ed25519 signature verification
 * against the public key of {@code SealRegistered}. Private keys stay on the command side.
 */
package org.egovarchive.kernel.seal;
