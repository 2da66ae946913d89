package nl.schakel.concept.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schakel.concept.Concept;
import nl.schakel.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One row per user and form key; every query is scoped to the one user. */
@Repository
public class ConceptStore {

    private static final TypeReference<Map<String, List<String>>> FIELDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ConceptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(UserId user, String key, Map<String, List<String>> fields, Instant at) {
        jdbc.sql("INSERT INTO concept.concept (user_id, sleutel, velden, opgeslagen_op)"
                        + " VALUES (?, ?, CAST(? AS JSONB), ?)"
                        + " ON CONFLICT (user_id, sleutel) DO UPDATE"
                        + " SET velden = excluded.velden, opgeslagen_op = excluded.opgeslagen_op")
                .params(user.value(), key, json.writeValueAsString(fields), Timestamp.from(at))
                .update();
    }

    public Optional<Concept> find(UserId user, String key) {
        return jdbc.sql("SELECT sleutel, velden, opgeslagen_op FROM concept.concept WHERE user_id = ? AND sleutel = ?")
                .params(user.value(), key)
                .query((rs, n) -> new Concept(
                        rs.getString("sleutel"),
                        json.readValue(rs.getString("velden"), FIELDS),
                        rs.getTimestamp("opgeslagen_op").toInstant()))
                .optional();
    }

    public void remove(UserId user, String key) {
        jdbc.sql("DELETE FROM concept.concept WHERE user_id = ? AND sleutel = ?")
                .params(user.value(), key)
                .update();
    }

    public int removeOlderThan(Instant before) {
        return jdbc.sql("DELETE FROM concept.concept WHERE opgeslagen_op < ?")
                .param(Timestamp.from(before))
                .update();
    }
}
