package org.egovarchive.infra.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code verify-package FILE [--strict]} and {@code verify-ledger ...} (see {@link #USAGE}). Exit codes:
 * 0 verified, 1 verification failed, 2 wrong usage or unreadable input, 3 (with {@code --strict}) the
 * package is intact but a property of the record is not satisfied.
 */
public final class Main {

    static final String USAGE = """
            usage:
              verify-package FILE [--strict]
                  checks an export package: manifest digests (SHA-256, SM3), the checkpoint's SM2 signature,
                  each record's sequence, hash chain and ledger inclusion proofs, seals, content files, and that
                  report.json says what the verifier finds. --strict: exit 3 when a property is not satisfied.
                  A package of more than 100,000 entries, 64 MiB in one entry or 1 GiB in all is refused.
              verify-ledger --key KEY.json --checkpoint CHECKPOINT.json
                            [--inclusion PROOF.json [--event EVENT.json]]
                            [--consistency PROOF.json --old-checkpoint OLD.json [--old-key KEY.json]]
                  checks saved API answers: the checkpoint's signature; an inclusion proof into it (and that the
                  proof's leaf is the event's, given a line of a package's events.jsonl); a consistency proof
                  from an older checkpoint.
              verify-ledger --url URL --user NAME [--password-file FILE] [--event EVENT_ID] [--since OLD.json]
                            [--save DIR]
                  fetches the latest checkpoint and key from a running command side (password from
                  --password-file or the environment variable EGOV_PASSWORD, never the command line) and checks
                  them, an event's inclusion proof, and the consistency of a checkpoint kept earlier; --save
                  writes what it fetched, to keep.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line without {@code System.exit}, for scripts and tests that run it in their own JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "verify-package" -> verifyPackage(rest, out, err);
                case "verify-ledger" -> new LedgerCommand(Options.parse(rest), out).run();
                default -> {
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (Options.UsageException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }

    private static int verifyPackage(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1 || !Files.isRegularFile(Path.of(files.get(0)))) {
            err.println(files.size() == 1 ? "no such file: " + files.get(0) : "name one package file");
            return 2;
        }
        PackageVerifier.Result result;
        try {
            result = PackageVerifier.verify(Path.of(files.get(0)));
        } catch (IOException e) {
            out.println("FAIL " + files.get(0) + ": " + e.getMessage());
            return 1;
        }
        for (String property : List.of("authenticity", "integrity", "usability", "security")) {
            List<Finding> mine = result.findings().stream().filter(f -> f.property().equals(property)).toList();
            out.println(property + ": " + (mine.stream().allMatch(Finding::passed) ? "satisfied" : "NOT satisfied"));
            mine.forEach(f -> out.println("  " + (f.passed() ? "ok  " : f.aboutTheRecord() ? "NOTE" : "FAIL") + " " + f.record() + " / " + f.check()
                    + ": " + f.detail()));
        }
        result.reportDisagreements().forEach(d -> out.println("FAIL report.json: " + d));
        if (!result.intact()) {
            out.println("VERIFICATION FAILED: " + result.failures().size() + " problem(s); the first: " + result.failures().get(0));
            return 1;
        }
        out.println(result.allPropertiesSatisfied() ? "VERIFIED: the package is intact and its report is true"
                : "VERIFIED with findings: the package is intact and its report is true; see NOT satisfied above");
        return result.allPropertiesSatisfied() || !args.contains("--strict") ? 0 : 3;
    }
}
