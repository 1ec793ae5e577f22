package org.egovarchive.command.archive;

import java.util.List;
import java.util.Map;

/**
 * One check of the four-property report.
 *
 * @param record {@code kind/id}, or {@code package} for the package as a whole
 */
public record Check(String record, String check, boolean passed, String detail) {

    /** The required-metadata check: passed when every value is present (not null or blank), else names the missing. */
    static Check metadata(String record, Map<String, String> required, String whenComplete) {
        List<String> missing = required.entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().isBlank()).map(Map.Entry::getKey).toList();
        return new Check(record, "metadata", missing.isEmpty(), missing.isEmpty() ? whenComplete
                : "missing: " + String.join(", ", missing));
    }
}
