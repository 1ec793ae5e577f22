package org.egovarchive.query.search;

import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.staff.Department;

import java.util.Arrays;

/** What a citizen reads for a facet value: 市信息中心 for info-center, 讲话 for SPEECH, 2024年 for 2024. */
final class FacetLabels {

    private FacetLabels() {
    }

    static String label(String facet, String key) {
        return switch (facet) {
            case "department" -> Department.demo(key).map(Department::name).orElse(key);
            case "docType" -> Arrays.stream(DocType.values()).filter(t -> t.name().equals(key)).findFirst()
                    .map(DocType::label).orElse(key);
            case "year" -> key + "年";
            default -> key;
        };
    }

    /** The heading of a facet on the page. */
    static String heading(String facet) {
        return switch (facet) {
            case "department" -> "发布机构";
            case "channel" -> "栏目";
            case "docType" -> "文件类型";
            case "year" -> "年份";
            default -> facet;
        };
    }
}
