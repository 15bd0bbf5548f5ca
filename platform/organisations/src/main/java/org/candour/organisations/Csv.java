package org.candour.organisations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the RFC 4180 CSV of the reference files: a header row, quoted fields that may hold commas. */
final class Csv {

    private Csv() {}

    /** The data rows, each checked to have as many fields as the header. */
    static List<List<String>> rows(Reader source, String name) {
        try (BufferedReader reader = new BufferedReader(source)) {
            List<List<String>> rows = new ArrayList<>();
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException(name + " is empty");
            }
            int width = fields(header).size();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() != width) {
                    throw new IllegalArgumentException(
                            name + " line " + number + " has " + fields.size() + " fields, expected " + width);
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
