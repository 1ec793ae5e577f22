/**
 * Letters (留言/来信): the message board and the leader mailbox — boxes, kinds, statuses, the events of
 * a letter's handling from receipt to rating (sealed under
 * {@link org.egovarchive.kernel.message.MessageEvent}) and the one fold of a letter
 * ({@link org.egovarchive.kernel.message.LetterRecord}), with what of it may leave the command side.
 */
package org.egovarchive.kernel.message;
