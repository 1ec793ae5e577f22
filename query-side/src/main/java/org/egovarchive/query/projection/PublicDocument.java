package org.egovarchive.query.projection;

import org.egovarchive.kernel.staff.Department;
import org.egovarchive.query.search.ChineseText;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A published document as the public search index holds it: the document's own text for
 * display, its folded form for matching, and the facets.
 */
public record PublicDocument(
        String id,
        String title,
        String body,
        String titleNorm,
        String bodyNorm,
        String department,
        String departmentName,
        String channel,
        String docType,
        Instant publishedAt,
        int year,
        String url) {

    static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

    static PublicDocument of(DocumentView view) {
        return new PublicDocument(view.id(), view.title(), view.body(),
                ChineseText.fold(view.title()), ChineseText.fold(view.body()),
                view.department(),
                Department.demo(view.department()).map(Department::name).orElse(view.department()),
                view.channel(), view.docType().name(), view.publishedAt(),
                view.publishedAt().atZone(SITE_ZONE).getYear(),
                "/documents/" + view.slug());
    }
}
