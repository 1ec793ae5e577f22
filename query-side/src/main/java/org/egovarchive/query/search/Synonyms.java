package org.egovarchive.query.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Synonyms applied at query time: a query word that is, or contains, one word of a group is also
 * searched with each other word of the group in its place (社保缴费 → 社会保险缴费). Query time,
 * because a changed list then needs no reindexing. Groups come from {@code egov.search.synonyms}
 * (a list of groups, each a list of words), folded like everything else.
 */
@ConfigurationProperties("egov.search")
public record Synonyms(@DefaultValue List<List<String>> synonyms) {

    /** No term grows into more than this many alternatives: a long query must not become a huge one. */
    static final int MAX_ALTERNATIVES = 4;

    public Synonyms {
        synonyms = synonyms.stream()
                .map(group -> group.stream().map(ChineseText::fold).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList())
                .filter(group -> group.size() > 1)
                .toList();
    }

    /** Other ways of saying {@code term} (folded), longest synonym first, without the term itself. */
    public List<String> alternatives(String term) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> group : synonyms) {
            String contained = group.stream().filter(term::contains)
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
            if (contained == null) {
                continue;
            }
            for (String other : group) {
                if (!other.equals(contained) && out.size() < MAX_ALTERNATIVES) {
                    out.add(term.replace(contained, other));
                }
            }
        }
        out.remove(term);
        return new ArrayList<>(out);
    }
}
