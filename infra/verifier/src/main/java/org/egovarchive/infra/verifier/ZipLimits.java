package org.egovarchive.infra.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How much of a zip the verifier takes in: it holds a package in memory, so a small file that inflates
 * to gigabytes (a zip bomb), or one with millions of entries, must be refused, not read. Sizes are
 * checked twice: against what the central directory declares, before anything is read, and against the
 * bytes actually inflated, because a forged header may declare less than its entry holds.
 */
record ZipLimits(int entries, long entryBytes, long totalBytes) {

    private static final long MIB = 1L << 20;
    /** Far above what an export or a department's yearly transfer package holds (docs/ledger.md §7). */
    static final ZipLimits DEFAULT = new ZipLimits(100_000, 64 * MIB, 1024 * MIB);

    /** A package beyond a limit; refused as a whole, like a file that is not a zip. */
    static final class Exceeded extends IOException {
        Exceeded(String message) {
            super("refused: " + message);
        }
    }

    /** Before reading: the entry count and the sizes the central directory declares. */
    void checkDeclared(ZipFile zip) throws Exceeded {
        if (zip.size() > entries) {
            throw new Exceeded("the package has " + zip.size() + " entries, more than the " + entries + " a package may have");
        }
        long declared = 0;
        for (ZipEntry entry : zip.stream().toList()) {
            checkEntry(entry.getName(), Math.max(entry.getSize(), 0));
            declared += Math.max(entry.getSize(), 0);
            checkTotal(declared);
        }
    }

    /**
     * The entry's bytes, read no further than the limits allow.
     *
     * @param readSoFar what the entries before it inflated to
     */
    byte[] read(String name, InputStream in, long readSoFar) throws IOException {
        long room = Math.min(entryBytes, totalBytes - readSoFar);
        byte[] bytes = in.readNBytes((int) Math.min(room + 1, Integer.MAX_VALUE - 8));
        checkEntry(name, bytes.length);
        checkTotal(readSoFar + bytes.length);
        return bytes;
    }

    private void checkEntry(String name, long size) throws Exceeded {
        if (size > entryBytes) {
            throw new Exceeded(name + " inflates to more than " + mib(entryBytes) + ", the most one entry may hold");
        }
    }

    private void checkTotal(long size) throws Exceeded {
        if (size > totalBytes) {
            throw new Exceeded("the entries inflate to more than " + mib(totalBytes) + " in all, the most a package may hold");
        }
    }

    private static String mib(long bytes) {
        return bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
    }
}
