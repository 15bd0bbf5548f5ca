package org.candour.classification.analysis;

/** A taxonomy that cannot be applied as written; the message names the entry and what to fix. */
public class InvalidTaxonomyException extends RuntimeException {

    public InvalidTaxonomyException(String message) {
        super(message);
    }

    public InvalidTaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
