package org.egovarchive.command.seal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.ActorCommand;

/** The commands of a seal. The key pair exists before {@link RegisterSeal}: the key store made it. */
public final class SealCommands {

    private SealCommands() {
    }

    public record RegisterSeal(String sealId, String name, String department, String algorithm, String publicKey,
                               Actor actor) implements ActorCommand {
    }

    public record AuthorizeKeeper(@TargetAggregateIdentifier String sealId, String username, Actor actor)
            implements ActorCommand {
    }

    public record RevokeKeeper(@TargetAggregateIdentifier String sealId, String username, Actor actor)
            implements ActorCommand {
    }

    public record RevokeSeal(@TargetAggregateIdentifier String sealId, String reason, Actor actor)
            implements ActorCommand {
    }
}
