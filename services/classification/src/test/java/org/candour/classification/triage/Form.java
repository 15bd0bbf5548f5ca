package org.candour.classification.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/** A page's form as the browser would send its fields, to change before posting. */
final class Form {

    private final String action;
    private final List<Map.Entry<String, String>> fields;

    private Form(String action, List<Map.Entry<String, String>> fields) {
        this.action = action;
        this.fields = fields;
    }

    static Form of(Document page) {
        FormElement form = (FormElement) page.select("main form").last();
        assertThat(form).isNotNull();
        return new Form(
                form.attr("action"),
                new ArrayList<>(form.formData().stream()
                        .map(field -> Map.entry(field.key(), field.value()))
                        .toList()));
    }

    String action() {
        return action;
    }

    String value(String name) {
        return fields.stream()
                .filter(field -> field.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    /** Sets the field to these values only, as choosing a radio button or ticking only these boxes does. */
    void set(String name, String... values) {
        fields.removeIf(field -> field.getKey().equals(name));
        for (String value : values) {
            fields.add(Map.entry(name, value));
        }
    }

    String encoded() {
        return fields.stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
