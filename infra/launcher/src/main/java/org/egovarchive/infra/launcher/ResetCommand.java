package org.egovarchive.infra.launcher;

import org.egovarchive.infra.stack.LocalStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./egov reset [--yes]}: stops everything and deletes the local stack's data and passwords — also
 * data an earlier checkout at this path left in {@code /var/lib/egov-archive/} — and the seal key store, so
 * that the next {@code up} starts afresh. Asks first on a terminal; elsewhere only {@code --yes} deletes.
 */
final class ResetCommand {

    private final Settings settings;
    private final Console console;

    ResetCommand(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** @param down stops the applications and the stack, as {@code ./egov down} */
    int run(boolean confirmed, Runnable down) {
        if (!confirmed && !confirm()) {
            console.line("nothing deleted; ./egov reset --yes deletes without asking");
            return 1;
        }
        down.run();
        LocalStack.reset(settings.workDir(), console::line);
        for (Path file : List.of(settings.logDir(), settings.workDir().resolve("seals.p12"),
                settings.workDir().resolve("seal-keystore.password"))) {
            delete(file);
        }
        console.line("reset: ./egov up or ./egov demo starts afresh");
        return 0;
    }

    private boolean confirm() {
        var terminal = System.console();
        if (terminal == null) {
            console.line("./egov reset deletes every record of the local stack of " + settings.workDir());
            return false;
        }
        String answer = terminal.readLine("This deletes every record of the local stack of %s: documents, letters,"
                + " seals and indices. Type yes to go on: ", settings.workDir());
        return answer != null && answer.trim().equals("yes");
    }

    private void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
        console.step("launcher", "deleted " + path);
    }
}
