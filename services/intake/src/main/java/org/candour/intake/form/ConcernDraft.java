package org.candour.intake.form;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.candour.events.AffectedPerson;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.ProfessionalRole;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedRoute;
import org.candour.intake.concern.web.RaiseConcernRequest;
import org.jspecify.annotations.Nullable;

/**
 * The answers given so far, kept in the HTTP session until the concern is sent. Each page stores
 * only answers that passed its checks. It holds contact details and what happened, so it is never
 * logged: {@link #toString()} says nothing.
 */
final class ConcernDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String SESSION_ATTRIBUTE = ConcernDraft.class.getName();

    /** When it happened, as the reporter chose to say. */
    enum When {
        ON_A_DATE,
        OVER_A_PERIOD,
        NOT_SURE
    }

    /**
     * A professional as entered: the role may still be missing while the list is being edited.
     *
     * @param role their role, once chosen
     * @param name their name, or empty
     */
    record ProfessionalAnswer(@Nullable ProfessionalRole role, String name) implements Serializable {
        static final ProfessionalAnswer EMPTY = new ProfessionalAnswer(null, "");
    }

    /** Names this draft's submission, so that sending it twice raises one concern. */
    private final UUID id = UUID.randomUUID();

    private @Nullable ProviderKind kind;
    private @Nullable String trustQuery;
    private @Nullable String trustCode;
    private @Nullable String providerName;
    private @Nullable String icbCode;
    private String providerOdsCode = "";
    private boolean areaAsked;
    private boolean areaAnswered;

    private @Nullable String service;

    private @Nullable When when;
    private DateParts occurredTyped = DateParts.BLANK;
    private @Nullable LocalDate occurredOn;
    private String period = "";

    private @Nullable String description;
    private @Nullable Boolean immediateDanger;
    private @Nullable List<AffectedPerson> affected;
    private @Nullable HarmLevel harm;

    private @Nullable Boolean professionalsInvolved;
    private List<ProfessionalAnswer> professionals = List.of(ProfessionalAnswer.EMPTY);
    private boolean professionalsConfirmed;

    private @Nullable List<RaisedRoute> raisedBefore;
    private DateParts finalResponseTyped = DateParts.BLANK;
    private @Nullable LocalDate finalResponseOn;

    private @Nullable IdentityChoice identity;
    private String reporterName = "";
    private String reporterEmail = "";

    /** The draft in this session, started if there is none. */
    static ConcernDraft in(HttpSession session) {
        if (session.getAttribute(SESSION_ATTRIBUTE) instanceof ConcernDraft draft) {
            return draft;
        }
        ConcernDraft draft = new ConcernDraft();
        session.setAttribute(SESSION_ATTRIBUTE, draft);
        return draft;
    }

    /** Stores the changed draft, so that a session store that copies attributes sees the change. */
    void saveIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }

    static void discard(HttpSession session) {
        session.removeAttribute(SESSION_ATTRIBUTE);
    }

    UUID id() {
        return id;
    }

    // Where it happened

    @Nullable
    ProviderKind kind() {
        return kind;
    }

    @Nullable
    String trustQuery() {
        return trustQuery;
    }

    @Nullable
    String trustCode() {
        return trustCode;
    }

    @Nullable
    String providerName() {
        return providerName;
    }

    @Nullable
    String icbCode() {
        return icbCode;
    }

    String providerOdsCode() {
        return providerOdsCode;
    }

    /** Whether the trust chosen serves several ICBs, so the area of the care is asked. */
    boolean areaAsked() {
        return areaAsked;
    }

    /** Whether the area of the care at a trust serving several ICBs was answered ("not sure" included). */
    boolean areaAnswered() {
        return areaAnswered;
    }

    /** A search that found several trusts: the reporter still has to choose one. */
    void searchedForTrust(String query) {
        kind = ProviderKind.NHS_TRUST;
        trustQuery = query;
        trustCode = null;
        forgetOtherProvider();
    }

    /**
     * The trust chosen; the area of the care is asked next when it serves several ICBs, and any earlier
     * answer to it is forgotten, as it belonged to the trust chosen before.
     */
    void choseTrust(String query, String odsCode, boolean servesSeveralIcbs) {
        kind = ProviderKind.NHS_TRUST;
        trustQuery = query;
        trustCode = odsCode;
        forgetOtherProvider();
        areaAsked = servesSeveralIcbs;
    }

    /** The ICB whose area the care at the trust was in, or null for "not sure". */
    void answerArea(@Nullable String icb) {
        icbCode = icb;
        areaAnswered = true;
    }

    /** A provider that is not an NHS trust; its details come on the next page. */
    void choseKind(ProviderKind chosen) {
        if (chosen != kind) {
            forgetOtherProvider();
        }
        kind = chosen;
        trustQuery = null;
        trustCode = null;
    }

    void describedProvider(String name, String icb, String odsCode) {
        providerName = name;
        icbCode = icb;
        providerOdsCode = odsCode;
    }

    private void forgetOtherProvider() {
        providerName = null;
        icbCode = null;
        providerOdsCode = "";
        areaAsked = false;
        areaAnswered = false;
    }

    boolean whereAnswered() {
        if (kind == ProviderKind.NHS_TRUST) {
            return trustCode != null && (!areaAsked || areaAnswered);
        }
        return kind != null && providerName != null && icbCode != null;
    }

    // Service, ward or department

    @Nullable
    String service() {
        return service;
    }

    void answerService(String answer) {
        service = answer;
    }

    // When

    @Nullable
    When when() {
        return when;
    }

    DateParts occurredTyped() {
        return occurredTyped;
    }

    @Nullable
    LocalDate occurredOn() {
        return occurredOn;
    }

    String period() {
        return period;
    }

    void happenedOn(DateParts typed, LocalDate date) {
        when = When.ON_A_DATE;
        occurredTyped = typed;
        occurredOn = date;
        period = "";
    }

    void happenedOver(String answer) {
        when = When.OVER_A_PERIOD;
        period = answer;
        occurredTyped = DateParts.BLANK;
        occurredOn = null;
    }

    void happenedWhenNotSure() {
        when = When.NOT_SURE;
        period = "";
        occurredTyped = DateParts.BLANK;
        occurredOn = null;
    }

    // What happened, danger, who was affected and how badly

    @Nullable
    String description() {
        return description;
    }

    void describe(String answer) {
        description = answer;
    }

    @Nullable
    Boolean immediateDanger() {
        return immediateDanger;
    }

    void answerDanger(boolean answer) {
        immediateDanger = answer;
    }

    @Nullable
    List<AffectedPerson> affected() {
        return affected;
    }

    void answerAffected(List<AffectedPerson> answer) {
        affected = List.copyOf(answer);
    }

    /** How badly is not asked about a risk that has affected no one yet. */
    boolean harmAsked() {
        return affected == null || !affected.equals(List.of(AffectedPerson.NO_ONE_YET));
    }

    @Nullable
    HarmLevel harm() {
        return harm;
    }

    void answerHarm(HarmLevel answer) {
        harm = answer;
    }

    // Professionals

    @Nullable
    Boolean professionalsInvolved() {
        return professionalsInvolved;
    }

    void answerProfessionalsInvolved(boolean answer) {
        professionalsInvolved = answer;
    }

    List<ProfessionalAnswer> professionals() {
        return professionals;
    }

    /** The list as edited, not yet checked; adding or removing a row comes back to the list. */
    void editProfessionals(List<ProfessionalAnswer> rows) {
        professionals = List.copyOf(rows);
        professionalsConfirmed = false;
    }

    void confirmProfessionals(List<ProfessionalAnswer> rows) {
        professionals = List.copyOf(rows);
        professionalsConfirmed = true;
    }

    boolean professionalsAnswered() {
        return Boolean.FALSE.equals(professionalsInvolved)
                || (Boolean.TRUE.equals(professionalsInvolved) && professionalsConfirmed);
    }

    // Raised before

    @Nullable
    List<RaisedRoute> raisedBefore() {
        return raisedBefore;
    }

    DateParts finalResponseTyped() {
        return finalResponseTyped;
    }

    @Nullable
    LocalDate finalResponseOn() {
        return finalResponseOn;
    }

    /** Where it was raised before; none when this is the first time. */
    void answerRaisedBefore(List<RaisedRoute> routes, DateParts typed, @Nullable LocalDate responseOn) {
        raisedBefore = List.copyOf(routes);
        finalResponseTyped = typed;
        finalResponseOn = responseOn;
    }

    // Identity

    @Nullable
    IdentityChoice identity() {
        return identity;
    }

    String reporterName() {
        return reporterName;
    }

    String reporterEmail() {
        return reporterEmail;
    }

    void answerIdentity(IdentityChoice choice, String name, String email) {
        identity = choice;
        reporterName = choice == IdentityChoice.ANONYMOUS ? "" : name;
        reporterEmail = choice == IdentityChoice.ANONYMOUS ? "" : email;
    }

    /**
     * The request these answers make, built exactly as an API client would send it, so that the
     * same validator checks it before it is sent.
     */
    RaiseConcernRequest toRequest() {
        RaiseConcernRequest.ProviderRequest provider = kind == null
                ? null
                : kind == ProviderKind.NHS_TRUST
                        ? new RaiseConcernRequest.ProviderRequest(kind, trustCode, null, icbCode)
                        : new RaiseConcernRequest.ProviderRequest(
                                kind, emptyToNull(providerOdsCode), providerName, icbCode);
        RaiseConcernRequest.OccurredRequest occurred = when == When.ON_A_DATE
                ? new RaiseConcernRequest.OccurredRequest(occurredOn, null)
                : when == When.OVER_A_PERIOD ? new RaiseConcernRequest.OccurredRequest(null, period) : null;
        List<RaiseConcernRequest.ProfessionalRequest> named = Boolean.TRUE.equals(professionalsInvolved)
                ? professionals.stream()
                        .map(row -> new RaiseConcernRequest.ProfessionalRequest(row.role(), emptyToNull(row.name())))
                        .toList()
                : List.of();
        RaiseConcernRequest.RaisedBeforeRequest before = raisedBefore == null || raisedBefore.isEmpty()
                ? null
                : new RaiseConcernRequest.RaisedBeforeRequest(
                        raisedBefore, raisedBefore.contains(RaisedRoute.FORMAL_COMPLAINT) ? finalResponseOn : null);
        RaiseConcernRequest.Reporter reporter = identity == null || identity == IdentityChoice.ANONYMOUS
                ? null
                : new RaiseConcernRequest.Reporter(reporterName, reporterEmail);
        return new RaiseConcernRequest(
                provider,
                emptyToNull(service),
                occurred,
                description,
                affected,
                harmAsked() ? harm : HarmLevel.UNKNOWN,
                immediateDanger,
                named,
                before,
                identity,
                reporter);
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** What happened and who the reporter is stay out of logs. */
    @Override
    public String toString() {
        return "ConcernDraft[hidden]";
    }
}
