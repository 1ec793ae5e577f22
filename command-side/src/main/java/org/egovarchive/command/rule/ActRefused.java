package org.egovarchive.command.rule;

import java.util.Map;

/**
 * A rule of the record refused an act. Thrown from command handlers, so nothing of the act is
 * stored. {@code code} is a stable machine-readable name (e.g. {@code four-eyes}).
 */
public class ActRefused extends RuntimeException {

    /** The kinds of refusal and the HTTP status each becomes. */
    public enum Kind {
        FORBIDDEN(403, "Not allowed"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Not possible in the current state"),
        UNPROCESSABLE(422, "Refused by a rule");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final String code;
    private final Map<String, Object> details;

    public ActRefused(Kind kind, String code, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public static ActRefused forbidden(String code, String message) {
        return new ActRefused(Kind.FORBIDDEN, code, message, Map.of());
    }

    public static ActRefused notFound(String code, String message) {
        return new ActRefused(Kind.NOT_FOUND, code, message, Map.of());
    }

    public static ActRefused conflict(String code, String message) {
        return new ActRefused(Kind.CONFLICT, code, message, Map.of());
    }

    public static ActRefused unprocessable(String code, String message, Map<String, Object> details) {
        return new ActRefused(Kind.UNPROCESSABLE, code, message, details);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
