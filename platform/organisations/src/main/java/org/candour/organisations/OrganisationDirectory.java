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
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who is who among NHS organisations: trusts by ODS code, and the ICBs each serves. Built from the
 * reference facts the project keeps (compiled from NHS ODS data), or from newer files an operator
 * supplies without a release, which {@link #replaceWith} swaps in while the services run.
 *
 * <p>Each question reads one set of facts; a swap replaces the whole set at once. An operation that
 * asks several questions across a swap may get old facts for one and new for the next: at worst a
 * trust's ICB is no longer known, which routing answers with triage, never with a lost concern.
 */
public final class OrganisationDirectory {

    static final String ICBS = "icbs.csv";
    static final String TRUST_ICB = "trust-icb.csv";

    private volatile Facts facts;

    private OrganisationDirectory(Map<String, Icb> icbs, Map<String, Trust> trusts) {
        this.facts = new Facts(Map.copyOf(icbs), Map.copyOf(trusts));
    }

    /** A directory of these facts, already checked by the reader that built them. */
    static OrganisationDirectory of(Map<String, Icb> icbs, Map<String, Trust> trusts) {
        return new OrganisationDirectory(icbs, trusts);
    }

    /** One consistent set of facts. */
    private record Facts(Map<String, Icb> icbs, Map<String, Trust> trusts) {}

    /**
     * Takes on the newer directory's facts, all at once, and says what changed: each ICB and trust
     * added, removed or changed, in words an operator can read. Empty if nothing did.
     */
    public List<String> replaceWith(OrganisationDirectory newer) {
        Facts old = facts;
        Facts next = newer.facts;
        List<String> changes = new ArrayList<>();
        changes(old.icbs(), next.icbs(), "ICB", Icb::name, changes);
        changes(old.trusts(), next.trusts(), "trust", OrganisationDirectory::describe, changes);
        facts = next;
        return changes;
    }

    private static <T> void changes(
            Map<String, T> old, Map<String, T> next, String kind, Function<T, String> words, List<String> changes) {
        new TreeSet<>(next.keySet()).forEach(code -> {
            T was = old.get(code);
            T now = next.get(code);
            if (was == null) {
                changes.add(kind + " " + code + " added: " + words.apply(now));
            } else if (!was.equals(now)) {
                changes.add(kind + " " + code + " changed: " + words.apply(was) + " → " + words.apply(now));
            }
        });
        new TreeSet<>(old.keySet())
                .stream()
                        .filter(code -> !next.containsKey(code))
                        .forEach(code -> changes.add(kind + " " + code + " removed: " + words.apply(old.get(code))));
    }

    private static String describe(Trust trust) {
        return trust.name() + ", serving " + String.join(", ", trust.icbCodes());
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

    /**
     * Facts from a directory holding {@code icbs.csv} and {@code trust-icb.csv} in the bundled format, or
     * instead an export in the NHS ODS ORD API's shape, {@code ods-organisations.json} ({@link OdsExport}).
     *
     * @throws IllegalArgumentException if the files do not make a valid directory, or the folder holds
     *     both shapes, so that which one is in use would be a guess
     */
    public static OrganisationDirectory fromDirectory(Path directory) {
        if (holdsOdsExport(directory)) {
            if (Files.exists(directory.resolve(ICBS)) || Files.exists(directory.resolve(TRUST_ICB))) {
                throw new IllegalArgumentException("The organisation directory in " + directory + " holds both "
                        + OdsExport.FILE + " and " + ICBS + "/" + TRUST_ICB + ": keep one shape, so that which one"
                        + " is in use is not a guess");
            }
            try (Reader export = Files.newBufferedReader(directory.resolve(OdsExport.FILE), UTF_8)) {
                return OdsExport.read(export);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the organisation directory in " + directory, e);
            }
        }
        try (Reader icbs = Files.newBufferedReader(directory.resolve(ICBS), UTF_8);
                Reader links = Files.newBufferedReader(directory.resolve(TRUST_ICB), UTF_8)) {
            return read(icbs, links);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the organisation directory in " + directory, e);
        }
    }

    /** Whether the folder holds an export in the ODS ORD API's shape rather than the two CSV files. */
    static boolean holdsOdsExport(Path directory) {
        return Files.exists(directory.resolve(OdsExport.FILE));
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
        if (icbs.isEmpty() || trusts.isEmpty()) {
            // An empty file is a mistake, never a directory: every concern would go to triage.
            throw new IllegalArgumentException("The organisation directory lists no "
                    + (icbs.isEmpty() ? "ICBs (" + ICBS : "trusts (" + TRUST_ICB) + " has no rows after its header)");
        }
        return new OrganisationDirectory(icbs, trusts);
    }

    public Optional<Trust> trust(String odsCode) {
        return Optional.ofNullable(facts.trusts().get(normalise(odsCode)));
    }

    public Optional<Icb> icb(String odsCode) {
        return Optional.ofNullable(facts.icbs().get(normalise(odsCode)));
    }

    /** Every ICB, by name; for pickers. */
    public List<Icb> icbs() {
        return facts.icbs().values().stream()
                .sorted(Comparator.comparing(Icb::name))
                .toList();
    }

    /**
     * The ICBs a trust serves, in the order the facts list them; an ICB the facts no longer hold (the
     * directory was replaced meanwhile) is left out.
     */
    public List<Icb> icbsServedBy(Trust trust) {
        Map<String, Icb> icbs = facts.icbs();
        return trust.icbCodes().stream()
                .filter(icbs::containsKey)
                .map(icbs::get)
                .toList();
    }

    /** Trusts whose name or ODS code contains the query, by name; for pickers. */
    public List<Trust> searchTrusts(String query, int limit) {
        String wanted = query.trim().toLowerCase(Locale.ROOT);
        return facts.trusts().values().stream()
                .filter(trust -> trust.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || trust.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(Trust::name))
                .limit(limit)
                .toList();
    }

    public int trustCount() {
        return facts.trusts().size();
    }

    public int icbCount() {
        return facts.icbs().size();
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
