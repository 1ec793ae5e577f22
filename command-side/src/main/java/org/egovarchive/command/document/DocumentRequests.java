package org.egovarchive.command.document;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.StatusMark;

import java.util.List;

/** Request bodies of the documents API, with their bounds. */
final class DocumentRequests {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 2000;

    private DocumentRequests() {
    }

    record Draft(
            @NotBlank @Size(max = TITLE_MAX) String title,
            @NotBlank String body,
            @NotBlank @Size(max = 100) String channel,
            @NotNull DocType docType,
            @NotNull Classification classification,
            @Size(max = 100) String number) {
    }

    record Edit(@NotBlank @Size(max = TITLE_MAX) String title, @NotBlank String body, @NotNull Long expectedVersion) {
    }

    record Approve(@Size(max = TEXT_MAX) String comment) {
    }

    record Reason(@NotBlank @Size(max = TEXT_MAX) String reason) {
    }

    record Seal(@NotBlank @Size(max = 100) String sealId) {
    }

    record Forward(@NotEmpty @Size(max = 20) List<@NotBlank String> toDepartments, @Size(max = TEXT_MAX) String note) {
    }

    record Archive(@NotNull @Min(0) @Max(100) Integer retentionYears) {
    }

    record Mark(@NotNull StatusMark mark, @Size(max = TEXT_MAX) String note,
                @Pattern(regexp = "[A-Za-z0-9_-]{1,100}", message = "must be a document id") String relatedDocumentId) {
    }
}
