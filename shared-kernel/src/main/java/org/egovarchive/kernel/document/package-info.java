/**
 * Documents (公文/政务信息): the events of a document's life from draft to publication and their
 * value types. Written by the command side's document aggregate, read by the search and
 * staff-list projections.
 */
package org.egovarchive.kernel.document;
