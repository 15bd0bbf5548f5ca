package org.candour.intake.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.AffectedPerson;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Professional;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedBefore;
import org.candour.intake.identity.SealedContact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The concerns intake has accepted. Lists of answers are kept as JSON, in the shape of the event. */
@Repository
class Concerns {

    private static final TypeReference<List<AffectedPerson>> AFFECTED = new TypeReference<>() {};
    private static final TypeReference<List<Professional>> PROFESSIONALS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Concerns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long nextReferenceNumber() {
        return jdbc.sql("select nextval('concern_reference_seq')")
                .query(Long.class)
                .single();
    }

    void add(Concern concern, @Nullable String receiptCodeHash) {
        SealedContact contact = concern.contact();
        jdbc.sql("""
                        insert into concern (id, reference, raised_at, provider_kind, organisation_code, provider_name,
                          provider_icb_code, service, occurred_on, occurred_period, description, affected, reported_harm,
                          immediate_danger, professionals, raised_before, identity, contact_key_id, contact_ciphertext,
                          receipt_code_hash)
                        values (:id, :reference, :raisedAt, :providerKind, :odsCode, :providerName,
                          :icbCode, :service, :occurredOn, :occurredPeriod, :description, cast(:affected as jsonb), :reportedHarm,
                          :immediateDanger, cast(:professionals as jsonb), cast(:raisedBefore as jsonb), :identity, :contactKeyId,
                          :contactCiphertext, :receiptCodeHash)
                        """)
                .param("id", concern.id())
                .param("reference", concern.reference().value())
                .param("raisedAt", Timestamp.from(concern.raisedAt()))
                .param("providerKind", concern.provider().kind().name())
                .param("odsCode", concern.provider().odsCode())
                .param("providerName", concern.provider().name())
                .param("icbCode", concern.provider().icbCode())
                .param("service", concern.service())
                .param("occurredOn", concern.occurred().on())
                .param("occurredPeriod", concern.occurred().period())
                .param("description", concern.description())
                .param("affected", json.writeValueAsString(concern.affected()))
                .param("reportedHarm", concern.reportedHarm().name())
                .param("immediateDanger", concern.immediateDanger())
                .param("professionals", json.writeValueAsString(concern.professionals()))
                .param("raisedBefore", json.writeValueAsString(concern.raisedBefore()))
                .param("identity", concern.identity().name())
                .param("contactKeyId", contact == null ? null : contact.keyId())
                .param("contactCiphertext", contact == null ? null : contact.ciphertext())
                .param("receiptCodeHash", receiptCodeHash)
                .update();
    }

    void replaceReceiptCodeHash(UUID id, String receiptCodeHash) {
        jdbc.sql("update concern set receipt_code_hash = ? where id = ?")
                .params(receiptCodeHash, id)
                .update();
    }

    Optional<String> receiptCodeHash(UUID id) {
        return jdbc.sql("select receipt_code_hash from concern where id = ? and receipt_code_hash is not null")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<Concern> withReference(Reference reference) {
        return jdbc.sql("select * from concern where reference = ?")
                .param(reference.value())
                .query(this::concern)
                .optional();
    }

    Optional<Concern> withId(UUID id) {
        return jdbc.sql("select * from concern where id = ?")
                .param(id)
                .query(this::concern)
                .optional();
    }

    private Concern concern(ResultSet row, int rowNumber) throws SQLException {
        return new Concern(
                row.getObject("id", UUID.class),
                new Reference(row.getString("reference")),
                row.getTimestamp("raised_at").toInstant(),
                new Provider(
                        ProviderKind.valueOf(row.getString("provider_kind")),
                        row.getString("organisation_code"),
                        row.getString("provider_name"),
                        row.getString("provider_icb_code")),
                row.getString("service"),
                new Occurred(row.getObject("occurred_on", java.time.LocalDate.class), row.getString("occurred_period")),
                row.getString("description"),
                json.readValue(row.getString("affected"), AFFECTED),
                HarmLevel.valueOf(row.getString("reported_harm")),
                row.getBoolean("immediate_danger"),
                json.readValue(row.getString("professionals"), PROFESSIONALS),
                json.readValue(row.getString("raised_before"), RaisedBefore.class),
                IdentityChoice.valueOf(row.getString("identity")),
                row.getString("contact_key_id") == null
                        ? null
                        : new SealedContact(row.getString("contact_key_id"), row.getBytes("contact_ciphertext")));
    }
}
