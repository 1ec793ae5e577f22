package org.egovarchive.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.egovarchive.kernel.seal.SealedContent;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.projection.SealView;
import org.egovarchive.query.search.PublicDocument;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;

/**
 * Verifies the seal of a published document as a reader would: recompute the digest of the
 * canonical content shown, check the signature with the seal's registered public key, and check the
 * seal and its keeper were valid when it was applied.
 */
@Component
public class SealCheck {

    private final ElasticsearchClient client;

    public SealCheck(ElasticsearchClient client) {
        this.client = client;
    }

    /** The outcome shown on the page; {@code problem} is null when the seal verifies. */
    public record Result(boolean verified, String sealName, String algorithm, String keeper, Instant sealedAt,
                         String digest, String problem) {
    }

    public Result check(PublicDocument document) {
        DocumentRecord.AppliedSeal seal = document.seal();
        if (seal == null) {
            return new Result(false, null, null, null, null, null, "no seal on record");
        }
        SealView view = find(seal.sealId());
        if (view == null) {
            return result(seal, null, "the seal is not registered");
        }
        SealAlgorithm algorithm = SealAlgorithm.valueOf(view.algorithm());
        SealedContent content = new SealedContent(document.id(), document.title(), document.body(), document.department(),
                document.docType(), document.classification(), document.contentVersion());
        byte[] digest = algorithm.digest(content.canonicalBytes());
        if (!Arrays.equals(digest, Hex.decode(seal.contentDigest()))) {
            return result(seal, view, "the text differs from what was sealed");
        }
        if (!algorithm.verify(Hex.decode(view.publicKey()), digest, Hex.decode(seal.signature()))) {
            return result(seal, view, "the signature does not verify with the seal's public key");
        }
        if (!view.validAt(seal.sealedAt()) || !view.keeperAt(seal.keeper(), seal.sealedAt())) {
            return result(seal, view, "the seal or its keeper was not valid when it was applied");
        }
        return result(seal, view, null);
    }

    private static Result result(DocumentRecord.AppliedSeal seal, SealView view, String problem) {
        return new Result(problem == null, view == null ? null : view.name(), seal.algorithm(), seal.keeper(),
                seal.sealedAt(), seal.contentDigest(), problem);
    }

    private SealView find(String sealId) {
        try {
            GetResponse<SealView> response = client.get(g -> g.index(ReadModel.SEALS.alias()).id(sealId), SealView.class);
            return response.found() ? response.source() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
