package org.egovarchive.infra.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * A server of the stack did not come up. The message names the server and its log and quotes the end of
 * that log, which is usually where the reason is.
 */
public final class StackStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int TAIL_LINES = 20;

    private final String component;
    private final transient Path logFile;

    StackStartException(String component, List<Path> logFiles, String reason, Throwable cause) {
        super(message(component, logFiles, reason), cause);
        this.component = component;
        this.logFile = logFiles.isEmpty() ? null : logFiles.get(0);
    }

    /** The server that failed. */
    public String component() {
        return component;
    }

    /** Its main log file, null when the start was interrupted before any server was involved. */
    public Path logFile() {
        return logFile;
    }

    private static String message(String component, List<Path> logFiles, String reason) {
        StringBuilder message = new StringBuilder(component).append(" failed to start: ").append(reason);
        if (!logFiles.isEmpty()) {
            message.append("\n  log: ").append(logFiles.get(0));
        }
        for (Path log : logFiles) {
            List<String> tail = LogTail.lastLines(log, TAIL_LINES);
            if (!tail.isEmpty()) {
                message.append("\n  last lines of ").append(log).append(':');
                tail.forEach(line -> message.append("\n    ").append(line));
            }
        }
        return message.toString();
    }
}
