package org.egovarchive.command.archive;

/**
 * One check of the four-property report.
 *
 * @param record {@code kind/id}, or {@code package} for the package as a whole
 */
public record Check(String record, String check, boolean passed, String detail) {
}
