/**
 * Letters (留言/来信): the message board and the leader mailbox — boxes, kinds, statuses and the
 * events of a letter's handling from receipt to rating. Written by the command side's message
 * aggregate, read by the replies board and the efficiency statistics.
 */
package org.egovarchive.kernel.message;
