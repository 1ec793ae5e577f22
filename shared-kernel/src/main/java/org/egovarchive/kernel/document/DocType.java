package org.egovarchive.kernel.document;

/** Kind of document, with the label the public site shows. */
public enum DocType {
    NOTICE("通知公告"),
    POLICY("政策文件"),
    INTERPRETATION("政策解读"),
    NEWS("工作动态"),
    SPEECH("讲话"),
    REPORT("报告"),
    PLAN("规划计划"),
    OTHER("其他");

    private final String label;

    DocType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
