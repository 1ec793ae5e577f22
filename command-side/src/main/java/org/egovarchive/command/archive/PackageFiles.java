package org.egovarchive.command.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The files of a package by path, their digests for the manifest, the usability checks over them, and the zip. */
final class PackageFiles {

    static final String MANIFEST = "manifest.json";

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    void put(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("two files at " + path);
        }
    }

    void putJson(String path, JsonNode json) {
        try {
            put(path, Payloads.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** Every .txt decodes as UTF-8 and every .json / .jsonl parses. */
    Check[] usability() {
        long texts = files.keySet().stream().filter(p -> p.endsWith(".txt")).count();
        String badText = files.entrySet().stream().filter(e -> e.getKey().endsWith(".txt") && !isUtf8(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        String badJson = files.entrySet().stream().filter(e -> !parses(e.getKey(), e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        return new Check[]{
                new Check("package", "utf8-text", badText == null, badText == null ? texts + " text files are UTF-8"
                        : badText + " is not UTF-8"),
                new Check("package", "json", badJson == null, badJson == null ? "every .json and .jsonl file parses"
                        : badJson + " does not parse"),
                new Check("package", "zip-methods", true, "zip entries deflated (RFC 1951) or stored; nothing encrypted")};
    }

    /** The manifest: every other file with its size, SHA-256 and SM3. */
    ObjectNode manifest(ObjectNode head) {
        ArrayNode list = head.putArray("files");
        files.forEach((path, bytes) -> list.addObject().put("path", path).put("size", bytes.length)
                .put("sha256", Hex.encode(sha256(bytes))).put("sm3", Hex.encode(SealAlgorithm.SM2.digest(bytes))));
        return head;
    }

    /** The zip: the manifest first, then the files in the order they were put; deflate only. */
    byte[] zip(ObjectNode manifest, Instant time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            write(zip, MANIFEST, Payloads.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest), time);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                write(zip, file.getKey(), file.getValue(), time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(ZipOutputStream zip, String path, byte[] content, Instant time) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(time.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean parses(String path, byte[] bytes) {
        try {
            if (path.endsWith(".json")) {
                Payloads.JSON.readTree(bytes);
            } else if (path.endsWith(".jsonl")) {
                for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                    Payloads.JSON.readTree(line);
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
