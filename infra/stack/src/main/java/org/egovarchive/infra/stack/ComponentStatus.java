package org.egovarchive.infra.stack;

/**
 * What {@link LocalStack#status} reports for one server.
 *
 * @param name    {@code postgres}, {@code elasticsearch} or {@code kafka}
 * @param running whether its process is alive (and is ours)
 * @param pid     its pid, 0 when not running
 * @param port    the port it serves clients on (0 if the stack was never started)
 * @param rssKb   resident memory of its main process in kB, 0 when not running
 */
public record ComponentStatus(String name, boolean running, long pid, int port, long rssKb) {
}
