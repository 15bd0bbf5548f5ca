package org.candour.organisations;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who is who among NHS organisations: trusts by ODS code, and the ICBs each serves. Built from the
 * reference facts the project keeps (compiled from NHS ODS data), or from newer files an operator
 * supplies without a release.
 */
public final class OrganisationDirectory {

    private static final String ICBS = "icbs.csv";
    private static final String TRUST_ICB = "trust-icb.csv";

    private final Map<String, Icb> icbs;
    private final Map<String, Trust> trusts;

    private OrganisationDirectory(Map<String, Icb> icbs, Map<String, Trust> trusts) {
        this.icbs = Map.copyOf(icbs);
        this.trusts = Map.copyOf(trusts);
    }

    /** The reference facts bundled with this release. */
    public static OrganisationDirectory bundled() {
        try (Reader icbs = resource(ICBS);
                Reader links = resource(TRUST_ICB)) {
            return read(icbs, links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Facts from {@code folder} when an operator supplied newer ones there, so the directory can be
     * updated without a release; the bundled facts otherwise.
     */
    public static OrganisationDirectory fromFolderOrBundled(@Nullable Path folder) {
        return folder == null ? bundled() : fromDirectory(folder);
    }

    /** Facts from a directory holding {@code icbs.csv} and {@code trust-icb.csv} in the bundled format. */
    public static OrganisationDirectory fromDirectory(Path directory) {
        try (Reader icbs = Files.newBufferedReader(directory.resolve(ICBS), UTF_8);
                Reader links = Files.newBufferedReader(directory.resolve(TRUST_ICB), UTF_8)) {
            return read(icbs, links);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the organisation directory in " + directory, e);
        }
    }

    static OrganisationDirectory read(Reader icbSource, Reader trustIcbSource) {
        Map<String, Icb> icbs = Csv.rows(icbSource, ICBS).stream()
                .map(row -> new Icb(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)))
                .collect(Collectors.toMap(Icb::code, Function.identity(), OrganisationDirectory::duplicate));

        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> served = new LinkedHashMap<>();
        for (List<String> row : Csv.rows(trustIcbSource, TRUST_ICB)) {
            String trust = row.get(0);
            String icb = row.get(2);
            if (!icbs.containsKey(icb)) {
                throw new IllegalArgumentException("Trust " + trust + " is linked to unknown ICB " + icb);
            }
            names.putIfAbsent(trust, row.get(1));
            List<String> icbCodes = served.computeIfAbsent(trust, code -> new ArrayList<>());
            if (!icbCodes.contains(icb)) {
                icbCodes.add(icb);
            }
        }
        Map<String, Trust> trusts = new LinkedHashMap<>();
        served.forEach((code, icbCodes) -> trusts.put(code, new Trust(code, names.get(code), icbCodes)));
        return new OrganisationDirectory(icbs, trusts);
    }

    public Optional<Trust> trust(String odsCode) {
        return Optional.ofNullable(trusts.get(normalise(odsCode)));
    }

    public Optional<Icb> icb(String odsCode) {
        return Optional.ofNullable(icbs.get(normalise(odsCode)));
    }

    /** Every ICB, by name; for pickers. */
    public List<Icb> icbs() {
        return icbs.values().stream().sorted(Comparator.comparing(Icb::name)).toList();
    }

    /** The ICBs a trust serves, in the order the facts list them. */
    public List<Icb> icbsServedBy(Trust trust) {
        return trust.icbCodes().stream().map(icbs::get).toList();
    }

    /** Trusts whose name or ODS code contains the query, by name; for pickers. */
    public List<Trust> searchTrusts(String query, int limit) {
        String wanted = query.trim().toLowerCase(Locale.ROOT);
        return trusts.values().stream()
                .filter(trust -> trust.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || trust.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(Trust::name))
                .limit(limit)
                .toList();
    }

    public int trustCount() {
        return trusts.size();
    }

    public int icbCount() {
        return icbs.size();
    }

    private static String normalise(String odsCode) {
        return odsCode.trim().toUpperCase(Locale.ROOT);
    }

    private static Reader resource(String name) {
        InputStream in = OrganisationDirectory.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Reference file " + name + " is missing from the classpath");
        }
        return new InputStreamReader(in, UTF_8);
    }

    private static Icb duplicate(Icb first, Icb second) {
        throw new IllegalArgumentException("ICB " + first.code() + " is listed twice");
    }
}
