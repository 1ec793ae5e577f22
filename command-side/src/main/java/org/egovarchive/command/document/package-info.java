/**
 * Documents: the {@link org.egovarchive.command.document.Document} aggregate, the application service
 * the API and pages act through ({@link org.egovarchive.command.document.DocumentService}: who may read,
 * which departments exist, the public address, what an act did), the reader that rebuilds a document
 * with the kernel's one fold, the classification scan and the seal the aggregate uses. Owns the
 * {@code Document*} events of the shared kernel.
 */
package org.egovarchive.command.document;
