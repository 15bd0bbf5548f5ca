package org.candour.intake.form;

import java.util.Comparator;
import java.util.List;
import org.candour.organisations.OrganisationDirectory;
import org.springframework.stereotype.Component;

/** Every ICB, by the name people use, for the list a reporter chooses from. */
@Component
class IcbChoices {

    /**
     * An ICB in the list.
     *
     * @param code its ODS code, which the form sends
     * @param name its name without "NHS" and "Integrated Care Board", which every ICB has
     */
    record IcbChoice(String code, String name) {}

    private final OrganisationDirectory directory;

    IcbChoices(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** Read each time, as the directory can change while intake runs. */
    List<IcbChoice> all() {
        return directory.icbs().stream()
                .map(icb -> new IcbChoice(icb.code(), icb.shortName()))
                .sorted(Comparator.comparing(IcbChoice::name))
                .toList();
    }
}
