package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a package's zip entry by entry, so that a damaged entry is named, and checks the manifest and
 * the package's usability: deflate or stored only, UTF-8 text, JSON that parses. It reads no more
 * than {@link ZipLimits} allow.
 */
final class PackageReader {

    static final String MANIFEST = "manifest.json";

    final Map<String, byte[]> files = new LinkedHashMap<>();
    final List<Finding> findings = new ArrayList<>();
    private final List<String> damaged = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();
    JsonNode manifest;

    /** @throws ZipLimits.Exceeded when the package is beyond the limits: nothing of it is then checked */
    static PackageReader read(Path zip, ZipLimits limits) throws IOException {
        PackageReader reader = new PackageReader();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            limits.checkDeclared(file);
            Enumeration<? extends ZipEntry> entries = file.entries();
            long read = 0;
            while (entries.hasMoreElements()) {
                read += reader.entry(file, entries.nextElement(), limits, read);
            }
        } catch (ZipException e) {
            throw new IOException("not a readable zip file (" + e.getMessage() + ")", e);
        }
        return reader;
    }

    /** The number of bytes the entry inflated to. */
    private long entry(ZipFile file, ZipEntry entry, ZipLimits limits, long readSoFar) throws ZipLimits.Exceeded {
        if (entry.isDirectory()) {
            return 0;
        }
        if (entry.getMethod() != ZipEntry.DEFLATED && entry.getMethod() != ZipEntry.STORED) {
            methods.add(entry.getName() + " uses compression method " + entry.getMethod());
        }
        try (InputStream in = file.getInputStream(entry)) {
            byte[] bytes = limits.read(entry.getName(), in, readSoFar);
            files.put(entry.getName(), bytes);
            return bytes.length;
        } catch (ZipLimits.Exceeded e) {
            throw e;
        } catch (IOException e) {
            damaged.add(entry.getName() + ": the zip entry is damaged or encrypted (" + e.getMessage() + ")");
            return 0;
        }
    }

    /** Manifest digests, unlisted and missing files, damaged entries; then usability. */
    void check() {
        checkManifest();
        findings.add(new Finding("package", "zip-methods", methods.isEmpty() && damaged.isEmpty(),
                methods.isEmpty() && damaged.isEmpty() ? "every entry is deflated or stored, none encrypted"
                        : String.join("; ", concat(damaged, methods))));
        List<String> notUtf8 = files.entrySet().stream().filter(e -> e.getKey().endsWith(".txt") && !utf8(e.getValue()))
                .map(e -> e.getKey() + " is not valid UTF-8").toList();
        findings.add(new Finding("package", "utf8-text", notUtf8.isEmpty(),
                notUtf8.isEmpty() ? "every .txt file is UTF-8" : String.join("; ", notUtf8)));
        List<String> notJson = new ArrayList<>();
        files.forEach((path, bytes) -> parseProblem(path, bytes).ifPresent(notJson::add));
        findings.add(new Finding("package", "json", notJson.isEmpty(),
                notJson.isEmpty() ? "every .json and .jsonl file parses" : String.join("; ", notJson)));
    }

    private void checkManifest() {
        List<String> problems = new ArrayList<>(damaged);
        byte[] bytes = files.get(MANIFEST);
        try {
            manifest = bytes == null ? null : Json.parse(bytes);
        } catch (IOException e) {
            manifest = null;
        }
        if (manifest == null || !manifest.path("files").isArray()) {
            problems.add(MANIFEST + " is missing or unreadable");
            findings.add(new Finding("package", "manifest", false, String.join("; ", problems)));
            return;
        }
        Set<String> listed = new LinkedHashSet<>();
        for (JsonNode file : manifest.get("files")) {
            String path = file.path("path").asText();
            listed.add(path);
            byte[] content = files.get(path);
            if (content == null) {
                problems.add(path + " is listed in the manifest but not in the package");
            } else if (content.length != file.path("size").asLong()
                    || !Hex.encode(Digests.sha256(content)).equals(file.path("sha256").asText())) {
                problems.add(path + ": SHA-256 differs from the manifest (the file was changed)");
            } else if (!Hex.encode(Digests.sm3(content)).equals(file.path("sm3").asText())) {
                problems.add(path + ": SM3 differs from the manifest (the file or the manifest was changed)");
            }
        }
        files.keySet().stream().filter(p -> !p.equals(MANIFEST) && !listed.contains(p))
                .forEach(p -> problems.add(p + " is in the package but not in the manifest"));
        findings.add(new Finding("package", "manifest", problems.isEmpty(), problems.isEmpty()
                ? "SHA-256 and SM3 of all " + listed.size() + " files match the manifest" : String.join("; ", problems)));
    }

    /** The lines of a .jsonl file as JSON; a line that does not parse is null. */
    List<JsonNode> lines(String path) {
        byte[] bytes = files.get(path);
        List<JsonNode> lines = new ArrayList<>();
        if (bytes == null) {
            return lines;
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            try {
                lines.add(Json.MAPPER.readTree(line));
            } catch (IOException e) {
                lines.add(null);
            }
        }
        return lines;
    }

    private static Optional<String> parseProblem(String path, byte[] bytes) {
        List<String> texts = path.endsWith(".json") ? List.of(new String(bytes, StandardCharsets.UTF_8))
                : path.endsWith(".jsonl") ? Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n")) : List.of();
        for (int i = 0; i < texts.size(); i++) {
            try {
                Json.MAPPER.readTree(texts.get(i));
            } catch (IOException e) {
                return Optional.of(path + (path.endsWith(".jsonl") ? " line " + (i + 1) : "") + " does not parse");
            }
        }
        return Optional.empty();
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
