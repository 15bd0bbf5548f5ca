package org.candour.intake.followup.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The errors a page shows: all of them in the error summary at the top, each linking to its field,
 * and each beside its field. Public, with its accessors, because the templates read it by reflection.
 *
 * @param list the errors, in the order of the fields on the page
 */
public record PageErrors(List<Error> list) {

    public PageErrors {
        list = List.copyOf(list);
    }

    /**
     * @param field the id of the field the error is about, which the summary links to
     * @param message what to do, in plain words
     */
    public record Error(String field, String message) {}

    static PageErrors none() {
        return new PageErrors(List.of());
    }

    static PageErrors of(String field, String message) {
        return new PageErrors(List.of(new Error(field, message)));
    }

    public boolean any() {
        return !list.isEmpty();
    }

    /** The message for the field, or none. */
    public @Nullable String of(String field) {
        return list.stream()
                .filter(error -> error.field().equals(field))
                .map(Error::message)
                .findFirst()
                .orElse(null);
    }
}
