package org.egovarchive.kernel.message;

/** Where a citizen's letter arrives, with the label the public site shows. */
public enum Box {
    MESSAGE_BOARD("网站留言"),
    LEADER_MAILBOX("领导信箱");

    private final String label;

    Box(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
