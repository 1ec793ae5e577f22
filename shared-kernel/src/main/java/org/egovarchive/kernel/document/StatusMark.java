package org.egovarchive.kernel.document;

/** Status marks of a published document, with the label the public site shows. */
public enum StatusMark {
    AMENDED("已修改"),
    REPEALED("已废止"),
    EXPIRED("已失效");

    private final String label;

    StatusMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
