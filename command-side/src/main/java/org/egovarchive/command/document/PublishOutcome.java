package org.egovarchive.command.document;

import java.util.List;

/**
 * What a publish command did. A refusal for classified content is not an exception: the refusal
 * is itself recorded ({@code PublicationBlocked}), so the unit of work must commit.
 */
public sealed interface PublishOutcome {

    long version();

    record Published(long version) implements PublishOutcome {
    }

    record Blocked(long version, String reason, List<String> findings) implements PublishOutcome {
    }
}
