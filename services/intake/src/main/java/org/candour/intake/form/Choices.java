package org.candour.intake.form;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The items of a set of radios or checkboxes, with the ids the NHS.UK design system gives them: the
 * first item takes the field's id, the n-th item the id followed by -n, and an "or" divider takes a
 * number too.
 */
final class Choices {

    /**
     * One radio or checkbox.
     *
     * @param id the input's id
     * @param value what it sends
     * @param label what it says
     * @param hint more words under the label, if any
     * @param checked whether it is chosen
     * @param dividerBefore whether an "or" comes before it
     * @param exclusive whether choosing it clears the others (checkboxes only)
     */
    record Choice(
            String id,
            String value,
            String label,
            @Nullable String hint,
            boolean checked,
            boolean dividerBefore,
            boolean exclusive) {

        public String hintId() {
            return id + "-item-hint";
        }

        public String conditionalId() {
            return "conditional-" + id;
        }
    }

    private final String field;
    private final List<Choice> choices = new ArrayList<>();
    private int position;
    private boolean divider;

    private Choices(String field) {
        this.field = field;
    }

    static Choices forField(String field) {
        return new Choices(field);
    }

    Choices option(String value, String label, @Nullable String hint, boolean checked) {
        return add(value, label, hint, checked, false);
    }

    /** A checkbox that stands alone, such as "No, this is the first time". */
    Choices exclusiveOption(String value, String label, boolean checked) {
        return add(value, label, null, checked, true);
    }

    /** An "or" before the next item. */
    Choices or() {
        position++;
        divider = true;
        return this;
    }

    List<Choice> list() {
        return List.copyOf(choices);
    }

    private Choices add(String value, String label, @Nullable String hint, boolean checked, boolean exclusive) {
        position++;
        String id = position == 1 ? field : field + "-" + position;
        choices.add(new Choice(id, value, label, hint, checked, divider, exclusive));
        divider = false;
        return this;
    }
}
