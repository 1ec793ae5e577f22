package org.egovarchive.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.search.IndexText;
import org.egovarchive.query.search.PublicDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** {@code /documents/{id}}: a published document as the public reads it. */
@Controller
public class DocumentPageController {

    private final ElasticsearchClient client;
    private final SealCheck seals;

    public DocumentPageController(ElasticsearchClient client, SealCheck seals) {
        this.client = client;
        this.seals = seals;
    }

    @GetMapping("/documents/{id}")
    public String page(@PathVariable String id, Model model) {
        try {
            GetResponse<PublicDocument> response = client.get(g -> g.index(ReadModel.PUBLIC_DOCUMENTS.alias()).id(id)
                    .sourceExcludes(IndexText.INDEX_ONLY_FIELDS), PublicDocument.class);
            if (!response.found()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no published document " + id);
            }
            model.addAttribute("doc", response.source());
            model.addAttribute("docTypeLabel", Arrays.stream(DocType.values())
                    .filter(t -> t.name().equals(response.source().docType())).findFirst().map(DocType::label).orElse(""));
            model.addAttribute("seal", seals.check(response.source()));
            return "document";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
