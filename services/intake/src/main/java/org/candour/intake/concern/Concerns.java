package org.candour.intake.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.IdentityChoice;
import org.candour.intake.identity.SealedContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The concerns intake has accepted. */
@Repository
class Concerns {

    private final JdbcClient jdbc;

    Concerns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextReferenceNumber() {
        return jdbc.sql("select nextval('concern_reference_seq')")
                .query(Long.class)
                .single();
    }

    void add(Concern concern) {
        jdbc.sql("""
                        insert into concern (id, reference, organisation_code, description, identity, immediate_danger, raised_at,
                          contact_key_id, contact_ciphertext)
                        values (:id, :reference, :organisationCode, :description, :identity, :immediateDanger, :raisedAt,
                          :contactKeyId, :contactCiphertext)
                        """)
                .param("id", concern.id())
                .param("reference", concern.reference().value())
                .param("organisationCode", concern.organisationCode())
                .param("description", concern.description())
                .param("identity", concern.identity().name())
                .param("immediateDanger", concern.immediateDanger())
                .param("raisedAt", Timestamp.from(concern.raisedAt()))
                .param(
                        "contactKeyId",
                        concern.contact() == null ? null : concern.contact().keyId())
                .param(
                        "contactCiphertext",
                        concern.contact() == null ? null : concern.contact().ciphertext())
                .update();
    }

    Optional<Concern> withReference(Reference reference) {
        return jdbc.sql("select * from concern where reference = ?")
                .param(reference.value())
                .query(Concerns::concern)
                .optional();
    }

    Optional<Concern> withId(UUID id) {
        return jdbc.sql("select * from concern where id = ?")
                .param(id)
                .query(Concerns::concern)
                .optional();
    }

    private static Concern concern(ResultSet row, int rowNumber) throws SQLException {
        return new Concern(
                row.getObject("id", UUID.class),
                new Reference(row.getString("reference")),
                row.getString("organisation_code"),
                row.getString("description"),
                IdentityChoice.valueOf(row.getString("identity")),
                row.getBoolean("immediate_danger"),
                row.getTimestamp("raised_at").toInstant(),
                row.getString("contact_key_id") == null
                        ? null
                        : new SealedContact(row.getString("contact_key_id"), row.getBytes("contact_ciphertext")));
    }
}
