package nl.schakel.shared.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.UserId;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.EntryKind;
import nl.schakel.veiligthuis.domain.EntryPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every journal table has the one append-only shape documented on {@link JournalTable}: a row trigger that refuses
 * UPDATE and DELETE and a statement trigger that refuses TRUNCATE, both calling the schema's own refusing function.
 */
@SpringBootTest
class JournalTableIT {

    /** {@code pg_trigger.tgtype}: ROW 1, BEFORE 2, DELETE 8, UPDATE 16, TRUNCATE 32. */
    private static final int BEFORE_UPDATE_OR_DELETE_PER_ROW = 1 | 2 | 8 | 16;

    private static final int BEFORE_TRUNCATE = 2 | 32;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "veiligthuis"})
    void everyJournalTableRefusesChangeInTheDatabase(String schema) {
        List<Map<String, Object>> triggers = jdbc.queryForList(
                "SELECT t.tgname AS name, t.tgtype AS type, p.proname AS function, n.nspname AS function_schema"
                        + " FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid"
                        + " JOIN pg_namespace n ON n.oid = p.pronamespace"
                        + " WHERE t.tgrelid = CAST(? AS regclass) AND NOT t.tgisinternal ORDER BY t.tgname",
                schema + ".journal_entry");

        assertThat(triggers)
                .extracting(
                        t -> t.get("name"),
                        t -> ((Number) t.get("type")).intValue(),
                        t -> t.get("function"),
                        t -> t.get("function_schema"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "journal_entry_append_only", BEFORE_UPDATE_OR_DELETE_PER_ROW, "refuse_change", schema),
                        org.assertj.core.groups.Tuple.tuple(
                                "journal_entry_no_truncate", BEFORE_TRUNCATE, "refuse_change", schema));
        assertThatThrownBy(() -> jdbc.update("TRUNCATE " + schema + ".journal_entry CASCADE"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void aJournalWithoutCorrectionColumnsTakesNoCorrection() {
        JournalTable<EntryPayload, EntryKind> journal = JournalTable.withoutCorrections(
                jdbcClient, "veiligthuis.journal_entry", "zaak_id", EntryPayload.class, EntryKind.class);
        JournalEntry<EntryPayload> correction = new JournalEntry<>(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.EPOCH,
                new UserId(UUID.randomUUID()),
                "Test",
                null,
                null,
                AcuutGemarkeerd.of("Een reden."),
                UUID.randomUUID(),
                "Een reden.");

        assertThatThrownBy(() -> journal.insert(correction)).hasMessageContaining("takes no corrections");
    }
}
