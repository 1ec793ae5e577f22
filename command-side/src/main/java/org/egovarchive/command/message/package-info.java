/**
 * Letters: the {@link org.egovarchive.command.message.Message} aggregate (receipt, assignment, 转办,
 * 送领导阅示, instruction, explanation, reply, closure, rating, reopening), the application service the
 * staff API acts through ({@link org.egovarchive.command.message.MessageService}: departments, who may
 * read a letter and its writer's contact), the public submission API, and the vault that keeps
 * writers' contact details out of the event log. Owns the {@code Message*} events of the shared kernel.
 */
package org.egovarchive.command.message;
