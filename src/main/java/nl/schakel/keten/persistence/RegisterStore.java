package nl.schakel.keten.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.keten.Beeindiging;
import nl.schakel.keten.RegisterMatch;
import nl.schakel.keten.Registratie;
import nl.schakel.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The VT-register messages that crossed the chain, in the {@code keten} schema, each as its JSON copy: registrations,
 * their ends and the matches told to a region. Only ever inserted into, each once by its id.
 */
@Repository
public class RegisterStore {

    private final JdbcClient jdbc;
    /** Our own mapper, so that how the copies are stored never follows a setting made for the web. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    RegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the registration unless one with its id was kept before; returns whether it was kept now. */
    public boolean insert(Registratie r, Instant nu) {
        return insert("register_registratie", "verzonden_op", r.id(), r.regio().id(), r.zaakReferentie(), nu, r);
    }

    /** Keeps the end of an involvement unless one with its id was kept before; returns whether it was kept now. */
    public boolean insert(Beeindiging b, Instant nu) {
        return insert("register_beeindiging", "verzonden_op", b.id(), b.regio().id(), b.zaakReferentie(), nu, b);
    }

    /** Keeps the match told to a region unless it was kept before; returns whether it was kept now. */
    public boolean insert(RegisterMatch m, Instant nu) {
        return insert("register_match", "ontvangen_op", m.id(), m.regio(), m.zaakReferentie(), nu, m);
    }

    private boolean insert(
            String tabel, String op, UUID id, TenantId regio, UUID zaakReferentie, Instant nu, Object copy) {
        return jdbc.sql("INSERT INTO keten." + tabel + " (id, regio_id, zaak_referentie, " + op + ", payload)"
                                + " VALUES (?,?,?,?,CAST(? AS JSONB)) ON CONFLICT (id) DO NOTHING")
                        .params(id, regio.value(), zaakReferentie, Timestamp.from(nu), json.writeValueAsString(copy))
                        .update()
                > 0;
    }

    public Optional<Registratie> registratie(UUID id) {
        return jdbc.sql("SELECT payload FROM keten.register_registratie WHERE id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("payload"), Registratie.class))
                .optional();
    }

    public Optional<Beeindiging> beeindiging(UUID id) {
        return jdbc.sql("SELECT payload FROM keten.register_beeindiging WHERE id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("payload"), Beeindiging.class))
                .optional();
    }

    /** The match with this id, when it was told to this region. */
    public Optional<RegisterMatch> match(TenantId regio, UUID id) {
        return jdbc.sql("SELECT payload FROM keten.register_match WHERE id = ? AND regio_id = ?")
                .params(id, regio.value())
                .query((rs, n) -> json.readValue(rs.getString("payload"), RegisterMatch.class))
                .optional();
    }

    /** The matches told to a region about one of its cases, in the order they came. */
    public List<RegisterMatch> matches(TenantId regio, UUID zaakReferentie) {
        return jdbc.sql(
                        "SELECT payload FROM keten.register_match WHERE regio_id = ? AND zaak_referentie = ? ORDER BY seq")
                .params(regio.value(), zaakReferentie)
                .query((rs, n) -> json.readValue(rs.getString("payload"), RegisterMatch.class))
                .list();
    }
}
