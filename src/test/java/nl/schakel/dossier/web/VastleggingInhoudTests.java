package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schakel.dossier.domain.EntryKind;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.shared.journal.SampleValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API shows its own record of every kind of journal entry, never the stored payload, in the same JSON form and
 * under the same schema name as the payload had: what record systems read does not change when the journal does.
 */
class VastleggingInhoudTests {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @ParameterizedTest
    @EnumSource(EntryKind.class)
    void everyKindHasItsOwnApiRecordWithThePayloadsJsonForm(EntryKind kind) {
        EntryPayload payload = (EntryPayload) SampleValues.of(kind.payloadType());

        VastleggingInhoud inhoud = VastleggingInhoud.of(payload);

        assertThat(inhoud).isNotInstanceOf(EntryPayload.class);
        assertThat(inhoud.getClass()).isEqualTo(VastleggingInhoud.contract(kind));
        assertThat(json.readTree(json.writeValueAsString(inhoud)))
                .isEqualTo(json.readTree(json.writeValueAsString(payload)));
    }
}
