package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Real API answers and a real export package of a published, sealed document, saved from a command
 * side on the throwaway stack of the integration tests; the forgeries are made from them.
 */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try {
            return Json.parse(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String name, Path dir) throws IOException {
        return Files.write(dir.resolve(name), bytes(name));
    }

    static Path write(Path dir, String name, JsonNode json) throws IOException {
        return Files.write(dir.resolve(name), Json.MAPPER.writeValueAsBytes(json));
    }

    /** The package's files, in order. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /**
     * The package with the files whose names contain {@code part} changed, zipped anew; with
     * {@code fixManifest} the manifest's digests are made to fit, as a careful forger would.
     */
    static Path forge(Path dir, String part, UnaryOperator<byte[]> change, boolean fixManifest) throws IOException {
        Map<String, byte[]> files = unzip(bytes("document.zip"));
        files.replaceAll((path, content) -> path.contains(part) ? change.apply(content) : content);
        if (fixManifest) {
            ObjectNode manifest = (ObjectNode) Json.parse(files.get("manifest.json"));
            for (JsonNode file : manifest.get("files")) {
                byte[] content = files.get(file.get("path").asText());
                ((ObjectNode) file).put("size", content.length).put("sha256", Hex.encode(Digests.sha256(content)))
                        .put("sm3", Hex.encode(Digests.sm3(content)));
            }
            files.put("manifest.json", Json.MAPPER.writeValueAsBytes(manifest));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve("forged.zip"), out.toByteArray());
    }
}
