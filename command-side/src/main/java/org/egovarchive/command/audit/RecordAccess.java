package org.egovarchive.command.audit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.ActorCommand;
import org.egovarchive.kernel.audit.AuditView;

import java.util.Map;

/** Record that {@code actor} looked at a record through the audit view (see {@code RecordAccessed}). */
public record RecordAccess(@TargetAggregateIdentifier String accessId, String recordKind, String recordId, AuditView view,
                           Map<String, String> parameters, String channel, Actor actor)
        implements ActorCommand {
}
