package org.egovarchive.kernel.document;

import java.util.List;

/**
 * Status marks of a published document, with the label the public site shows and the notes it may
 * carry. A note goes on the public page with no review and no seal, so it is a choice from a fixed
 * list, never free text (涉密不上网): what changed is told by linking the amending document.
 */
public enum StatusMark {
    AMENDED("已修改", List.of("本文件已修改，以修改后的文件为准", "部分条款已被新文件修改")),
    REPEALED("已废止", List.of("本文件已废止", "已被新文件废止")),
    EXPIRED("已失效", List.of("本文件已失效", "有效期届满，已失效"));

    private final String label;
    private final List<String> notes;

    StatusMark(String label, List<String> notes) {
        this.label = label;
        this.notes = notes;
    }

    public String label() {
        return label;
    }

    /** The notes this mark may carry on the public page. */
    public List<String> notes() {
        return notes;
    }
}
