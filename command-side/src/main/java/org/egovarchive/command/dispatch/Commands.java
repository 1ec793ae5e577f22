package org.egovarchive.command.dispatch;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.ActorCommand;
import org.egovarchive.kernel.event.EventMetadata;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a command and waits for its result. The command's actor, role, department, a correlation id
 * and the request time go into the command's metadata, from where Axon copies them onto every event
 * the command produces. Refusals ({@code ActRefused}) arrive unwrapped.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final Clock clock;

    public Commands(CommandGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    public <R> R send(ActorCommand command) {
        Actor actor = command.actor();
        MetaData metaData = MetaData.from(Map.of(
                EventMetadata.ACTOR, actor.username(),
                EventMetadata.ROLE, actor.role().name(),
                EventMetadata.DEPARTMENT, actor.department(),
                EventMetadata.CORRELATION_ID, UUID.randomUUID().toString(),
                EventMetadata.REQUEST_TIME, clock.instant().toString()));
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
