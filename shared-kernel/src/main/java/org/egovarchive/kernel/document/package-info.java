/**
 * Documents (公文/政务信息): the events of a document's life from draft to publication, sealed under
 * {@link org.egovarchive.kernel.document.DocumentEvent}, their value types, and the one fold of a
 * document ({@link org.egovarchive.kernel.document.DocumentRecord}). Written by the command side's
 * document aggregate; its state, the audit, the export and the query side's views are all that fold.
 */
package org.egovarchive.kernel.document;
