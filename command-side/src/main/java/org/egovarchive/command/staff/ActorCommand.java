package org.egovarchive.command.staff;

/** A command someone gives: it names its actor, whose name, role and department go on every event it makes. */
public interface ActorCommand {

    Actor actor();
}
