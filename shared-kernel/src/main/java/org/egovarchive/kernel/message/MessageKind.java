package org.egovarchive.kernel.message;

/** What a letter is, as the citizen files it, with the label the public site shows. */
public enum MessageKind {
    CONSULTATION("咨询"),
    COMPLAINT("投诉"),
    SUGGESTION("建议"),
    REPORT("举报"),
    OTHER("其他");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
