package org.candour.intake.form;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.candour.intake.IntakeProperties;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every ICB, by name, for the list a reporter chooses from. The directory can look an ICB up but not
 * list them all, so the codes are read from the same {@code icbs.csv} the directory was built from
 * (the operator's folder, or the bundled copy) and each is then looked up in the directory.
 */
@Component
class IcbChoices {

    /**
     * An ICB in the list.
     *
     * @param code its ODS code, which the form sends
     * @param name its name without "NHS" and "Integrated Care Board", which every ICB has
     */
    record IcbChoice(String code, String name) {}

    private static final String BUNDLED = "/org/candour/organisations/icbs.csv";

    private final List<IcbChoice> all;

    IcbChoices(OrganisationDirectory directory, IntakeProperties properties) {
        List<IcbChoice> choices = new ArrayList<>();
        for (String code : codes(properties.organisationDirectory())) {
            Icb icb = directory
                    .icb(code)
                    .orElseThrow(() -> new IllegalStateException("ICB " + code + " is not in the directory"));
            choices.add(new IcbChoice(icb.code(), shortName(icb.name())));
        }
        choices.sort(Comparator.comparing(IcbChoice::name));
        this.all = List.copyOf(choices);
    }

    List<IcbChoice> all() {
        return all;
    }

    static String shortName(String name) {
        return name.replaceFirst("^NHS ", "").replaceFirst(" Integrated Care Board$", "");
    }

    /** The first column of each row after the header: ODS codes, which never need quoting. */
    private static List<String> codes(@Nullable Path folder) {
        try (InputStream in = folder == null
                        ? IcbChoices.class.getResourceAsStream(BUNDLED)
                        : Files.newInputStream(folder.resolve("icbs.csv"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(requirePresent(in), UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf(',')).strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of ICBs", e);
        }
    }

    private static InputStream requirePresent(@Nullable InputStream in) {
        if (in == null) {
            throw new IllegalStateException(BUNDLED + " is missing from the classpath");
        }
        return in;
    }
}
