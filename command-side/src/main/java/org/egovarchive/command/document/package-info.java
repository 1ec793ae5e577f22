/**
 * Documents: the {@link org.egovarchive.command.document.Document} aggregate and its staff API.
 * Owns the {@code Document*} events of the shared kernel.
 */
package org.egovarchive.command.document;
