/**
 * Electronic seals (电子印章): the {@link org.egovarchive.command.seal.Seal} aggregate, the application
 * service its admin API acts through, the key store holding the private keys, and the sealer and
 * verifier documents use. Owns the {@code Seal*} events of the shared kernel.
 */
package org.egovarchive.command.seal;
