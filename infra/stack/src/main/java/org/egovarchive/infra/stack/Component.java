package org.egovarchive.infra.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** One server of the stack, as the orchestration in {@link LocalStack} sees it. */
interface Component {

    /** What a start needs beyond the component's own layout. */
    record StartContext(Secrets secrets, StackArtifacts artifacts, DistributionCache cache, Consumer<String> progress) {
    }

    /**
     * How a component came up.
     *
     * @param pid     its main process
     * @param details for the progress line, e.g. {@code 127.0.0.1:15432}
     * @param adopted it was already running (persistent stack started twice) and was only checked
     */
    record Started(long pid, String details, boolean adopted) {
    }

    String name();

    /** Starts the server (or adopts it if it already runs) and returns once it answers its health check. */
    Started start(StartContext context) throws Exception;

    /**
     * Stops the server if it runs.
     *
     * @return whether it was running
     */
    boolean stop() throws Exception;

    ComponentStatus status();

    /** Text on its main process's command line that no other process has (see {@link Daemon}). */
    String cmdlineMarker();

    /** Its logs, main one first: quoted when the start fails. */
    List<Path> logFiles();
}
