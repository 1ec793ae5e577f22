package org.egovarchive.infra.verifier;

/**
 * One check the verifier made, named as in the package's report (docs/ledger.md, "Four-property report").
 *
 * @param record {@code kind/id}, or {@code package}
 * @param detail what was found, with the file, line and sequence where a check failed
 */
public record Finding(String record, String check, boolean passed, String detail) {

    /** The property of DA/T 70 this check belongs to. */
    public String property() {
        if (check.equals("checkpoint-signature") || check.equals("hash-chain") || check.equals("ledger-inclusion")
                || check.startsWith("seal at sequence ")) {
            return "authenticity";
        }
        if (check.equals("sequence") || check.equals("metadata") || check.equals("content-versions")) {
            return "integrity";
        }
        if (check.equals("utf8-text") || check.equals("json") || check.equals("zip-methods")) {
            return "usability";
        }
        return "security";
    }

    /** Checks whose failure is a property of the record itself, not damage or forgery of the package. */
    public boolean aboutTheRecord() {
        return check.equals("metadata") || check.startsWith("public-content") || check.equals("contact-data");
    }
}
