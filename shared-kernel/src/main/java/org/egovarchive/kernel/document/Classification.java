package org.egovarchive.kernel.document;

/** Security classification of a document. Only {@link #PUBLIC} may ever be published (涉密不上网). */
public enum Classification {
    PUBLIC,
    INTERNAL,
    SECRET,
    CONFIDENTIAL,
    TOP_SECRET;

    public boolean publishable() {
        return this == PUBLIC;
    }
}
