package org.egovarchive.query.projection;

import org.egovarchive.kernel.staff.Department;
import org.egovarchive.query.search.ChineseText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A published document as the public search index holds it: the text of the published version for
 * display (its own script), its folded form for matching, facets, status marks, and the seal with
 * everything needed to verify it against the text.
 */
public record PublicDocument(
        String id,
        String title,
        String body,
        String titleNorm,
        String bodyNorm,
        String number,
        String department,
        String departmentName,
        String channel,
        String docType,
        String classification,
        long contentVersion,
        Instant publishedAt,
        int year,
        String url,
        DocumentView.SealInfo seal,
        List<DocumentView.Mark> marks) {

    static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

    static PublicDocument of(DocumentView view) {
        DocumentView.PublishedVersion published = view.published();
        return new PublicDocument(view.id(), published.title(), published.body(),
                ChineseText.fold(published.title()), ChineseText.fold(published.body()),
                view.number(), view.department(),
                Department.demo(view.department()).map(Department::name).orElse(view.department()),
                view.channel(), view.docType().name(), view.classification().name(), published.contentVersion(),
                published.publishedAt(), published.publishedAt().atZone(SITE_ZONE).getYear(),
                "/documents/" + view.id(), published.seal(), view.marks());
    }
}
