package nl.schakel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows written in bulk by {@link AccessLogCopy} continue the chain: the verifier accepts them and what follows. */
@SpringBootTest
class AccessLogCopyIT {

    @Autowired
    AccessLog accessLog;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void bulkRowsContinueTheChainThatTheVerifierChecks() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        Instant start = Instant.parse("2024-03-01T08:15:30.123456789Z");
        long written = transactions.execute(status -> {
            try {
                var rows = IntStream.range(0, 2_500)
                        .mapToObj(i -> new AccessLogCopy.Row(
                                AccessEvent.anonymous("dossier.read", ActionCode.R, Outcome.GESLAAGD)
                                        .on("dossier", "d\t" + i + "\\n")
                                        .segment(i % 2 == 0 ? null : "signalen\nregel"),
                                start.plusMillis(i * 7L),
                                "127.0.0.1",
                                UUID.randomUUID()))
                        .iterator();
                return AccessLogCopy.copy(DataSourceUtils.getConnection(dataSource), rows, 1_000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        transactions.executeWithoutResult(
                status -> accessLog.record(AccessEvent.anonymous("na.bulk", ActionCode.E, Outcome.GESLAAGD)
                        .on("toegangslog", tenant.value().toString())));

        assertThat(written).isEqualTo(2_500);
        ChainVerificationResult result = accessLog.verifyChain();
        assertThat(result.intact())
                .as("first broken at %s", result.firstBrokenSeq())
                .isTrue();
    }
}
