package org.candour.organisations;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory read from an export in the shape of the NHS ODS ORD API (version 2-0-0): a JSON array
 * of organisations, each as the API's organisation endpoint returns it ({@code {"Organisation": {…}}})
 * or the bare {@code Organisation} object. The field names follow NHS Digital's documentation of that
 * endpoint (see the README beside the bundled facts).
 *
 * <ul>
 *   <li>ICBs: active organisations whose primary role is {@code RO261} (strategic partnership, the
 *       ICBs' organisation type). The region of each: the target of its active relationship to an
 *       organisation whose primary role is {@code RO209} (NHS England region), named by that region's
 *       own record in the export. ODS holds no ONS code, so it is left empty.
 *   <li>Trusts: active organisations whose primary role is {@code RO197} (NHS trust); the ICBs each
 *       serves are the targets of its active relationships that are ICBs of the export, in its order.
 * </ul>
 *
 * <p>Names in ODS are in capitals; they are put in the case people write them ("NHS Greater
 * Manchester Integrated Care Board"). Anything the directory needs and the export lacks is refused
 * with what is missing, as the CSV files are.
 */
final class OdsExport {

    static final String FILE = "ods-organisations.json";

    static final String ICB_ROLE = "RO261";
    static final String TRUST_ROLE = "RO197";
    static final String REGION_ROLE = "RO209";

    private static final String ACTIVE = "Active";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OdsExport() {}

    /** One organisation of the export, as far as the directory reads it. */
    private record Organisation(
            String code, String name, boolean active, Optional<String> primaryRole, List<Relationship> rels) {}

    /** An active relationship: its target's ODS code and the target's primary role, when given. */
    private record Relationship(String target, Optional<String> targetRole) {}

    static OrganisationDirectory read(Reader source) {
        JsonNode root;
        try {
            root = JSON.readTree(source);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(FILE + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(FILE + " must be a JSON array of ODS ORD organisations, each as"
                    + " the ORD API's organisation endpoint returns it ({\"Organisation\": {…}})");
        }
        List<Organisation> organisations = new ArrayList<>();
        int index = 0;
        for (JsonNode element : root) {
            organisations.add(organisation(element, index++));
        }

        Map<String, String> regions = new LinkedHashMap<>();
        organisations.stream()
                .filter(org -> org.primaryRole().equals(Optional.of(REGION_ROLE)))
                .forEach(region -> regions.putIfAbsent(region.code(), region.name()));

        Map<String, Icb> icbs = new LinkedHashMap<>();
        for (Organisation icb : withPrimaryRole(organisations, ICB_ROLE)) {
            if (icbs.containsKey(icb.code())) {
                throw new IllegalArgumentException("ICB " + icb.code() + " is listed twice in " + FILE);
            }
            String region = region(icb, regions);
            icbs.put(icb.code(), new Icb(icb.code(), "", icb.name(), region, regions.get(region)));
        }

        if (icbs.isEmpty()) {
            // An empty directory is a mistake, never a directory: every concern would go to triage.
            throw new IllegalArgumentException("The organisation directory lists no ICBs (" + FILE
                    + " has no active organisation with primary role " + ICB_ROLE + ")");
        }
        Map<String, Trust> trusts = new LinkedHashMap<>();
        for (Organisation trust : withPrimaryRole(organisations, TRUST_ROLE)) {
            List<String> served = new ArrayList<>();
            for (Relationship rel : trust.rels()) {
                if (icbs.containsKey(rel.target())) {
                    if (!served.contains(rel.target())) {
                        served.add(rel.target());
                    }
                } else if (rel.targetRole().equals(Optional.of(ICB_ROLE))) {
                    throw new IllegalArgumentException("Trust " + trust.code() + " is linked to unknown ICB "
                            + rel.target() + ": " + FILE + " holds no active organisation " + rel.target()
                            + " with primary role " + ICB_ROLE);
                }
            }
            if (served.isEmpty()) {
                throw new IllegalArgumentException("Trust " + trust.code() + " (" + trust.name() + ") has no active"
                        + " relationship to an ICB of " + FILE + ", so no ICB can be told of its concerns");
            }
            trusts.putIfAbsent(trust.code(), new Trust(trust.code(), trust.name(), served));
        }
        if (trusts.isEmpty()) {
            throw new IllegalArgumentException("The organisation directory lists no trusts (" + FILE
                    + " has no active organisation with primary role " + TRUST_ROLE + ")");
        }
        return OrganisationDirectory.of(icbs, trusts);
    }

    /** The NHS England region an ICB belongs to, which the export must name. */
    private static String region(Organisation icb, Map<String, String> regions) {
        List<String> codes = icb.rels().stream()
                .filter(rel -> rel.targetRole().equals(Optional.of(REGION_ROLE)))
                .map(Relationship::target)
                .distinct()
                .toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("ICB " + icb.code() + " has no active relationship to an NHS England"
                    + " region (an organisation with primary role " + REGION_ROLE + ") in " + FILE
                    + ", so its region is not known");
        }
        String code = codes.getFirst();
        if (!regions.containsKey(code)) {
            throw new IllegalArgumentException("ICB " + icb.code() + " belongs to NHS England region " + code
                    + ", which " + FILE + " does not hold: include the regions (primary role " + REGION_ROLE
                    + ") so that they can be named");
        }
        return code;
    }

    private static List<Organisation> withPrimaryRole(List<Organisation> organisations, String role) {
        return organisations.stream()
                .filter(org -> org.active() && org.primaryRole().equals(Optional.of(role)))
                .toList();
    }

    private static Organisation organisation(JsonNode element, int index) {
        JsonNode org = element.has("Organisation") ? element.get("Organisation") : element;
        String where = "Organisation " + index + " of " + FILE;
        String code = text(org.path("OrgId").path("extension"))
                .orElseThrow(() -> new IllegalArgumentException(where + " has no OrgId.extension (its ODS code)"));
        String name = text(org.path("Name"))
                .orElseThrow(() -> new IllegalArgumentException(where + " (" + code + ") has no Name"));
        Optional<String> primaryRole = each(org.path("Roles").path("Role"))
                .filter(role -> role.path("primaryRole").asBoolean(false))
                .map(role -> text(role.path("id")))
                .flatMap(Optional::stream)
                .findFirst();
        List<Relationship> rels = each(org.path("Rels").path("Rel"))
                .filter(rel -> ACTIVE.equals(rel.path("Status").asString("")))
                .map(rel -> text(rel.path("Target").path("OrgId").path("extension"))
                        .map(target -> new Relationship(
                                normalise(target),
                                text(rel.path("Target").path("PrimaryRoleId").path("id")))))
                .flatMap(Optional::stream)
                .toList();
        return new Organisation(
                normalise(code),
                readable(name),
                ACTIVE.equals(org.path("Status").asString("")),
                primaryRole,
                rels);
    }

    /** The items of a list; the ORD API gives a list of one as the item alone in some places. */
    private static Stream<JsonNode> each(JsonNode node) {
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false);
        }
        return node.isObject() ? Stream.of(node) : Stream.empty();
    }

    private static Optional<String> text(JsonNode node) {
        return node.isString() && !node.asString().isBlank()
                ? Optional.of(node.asString().strip())
                : Optional.empty();
    }

    private static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static final Set<String> UPPER = Set.of("NHS", "ICB", "UK", "CIC", "LLP");
    private static final Set<String> LOWER = Set.of("and", "of", "the", "for", "in", "on", "at", "upon");

    /**
     * A name in the case people write it, when ODS gives it in capitals: "NHS GREATER MANCHESTER
     * INTEGRATED CARE BOARD" becomes "NHS Greater Manchester Integrated Care Board". A name already in
     * mixed case is kept.
     */
    static String readable(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        List<String> out = new ArrayList<>();
        for (String word : name.toLowerCase(Locale.ROOT).split(" ", -1)) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split("-", -1)) {
                parts.add(word(part, out.isEmpty() && parts.isEmpty()));
            }
            out.add(String.join("-", parts));
        }
        return String.join(" ", out);
    }

    private static String word(String word, boolean first) {
        if (word.isEmpty()) {
            return word;
        }
        String upper = word.toUpperCase(Locale.ROOT);
        if (UPPER.contains(upper)) {
            return upper;
        }
        if (!first && LOWER.contains(word)) {
            return word;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
