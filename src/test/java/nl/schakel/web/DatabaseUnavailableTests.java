package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (a 503), and which are an ordinary error (a 500 or 4xx). */
class DatabaseUnavailableTests {

    @Test
    void thePoolsTimeOutAndAConnectionThatCouldNotBeOpenedMeanNoDatabase() {
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
    }

    @Test
    void aConnectionLostOrAServerShuttingDownMeanNoDatabaseAlsoDeepInTheCauses() {
        for (String state : new String[] {"08006", "08001", "57P01", "57P03"}) {
            assertThat(DatabaseUnavailable.isCause(
                            new IllegalStateException("wrapped", new SQLException("lost", state))))
                    .as(state)
                    .isTrue();
        }
    }

    @Test
    void aRollbackThatFailsAfterALostConnectionStillMeansNoDatabase() {
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(
                new DataAccessResourceFailureException("terminating connection due to unexpected postmaster exit"));

        assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedMeansNoDatabaseAlsoWithoutTheFirstException() {
        // what Spring throws when the commit failed and the rollback after it too ("Commit exception overridden")
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();
    }

    @Test
    void aStatementThatIsWrongIsNotAMissingDatabase() {
        assertThat(DatabaseUnavailable.isCause(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException(
                        "write in a read-only transaction", new SQLException("read-only", "25006"))))
                .as("a fault of the application, not an outage")
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("commit failed")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
