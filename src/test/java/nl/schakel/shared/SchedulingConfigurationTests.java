package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.AbstractDataSource;

/** At shutdown the scheduler and the listener executor close before the data source (ADR-0022). */
class SchedulingConfigurationTests {

    @Test
    void closesTheSchedulerAndTheListenerExecutorBeforeTheDataSourceWhateverTheOrderTheyWereMadeIn() {
        List<String> closed = new CopyOnWriteArrayList<>();
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            // made before the data source, as the listener executor was: without the rule it would close after it
            context.registerBean(
                    "applicationTaskExecutor",
                    ClosingExecutor.class,
                    () -> new ClosingExecutor("applicationTaskExecutor", closed));
            context.registerBean(
                    "taskScheduler", ClosingExecutor.class, () -> new ClosingExecutor("taskScheduler", closed));
            context.registerBean("dataSource", ClosingDataSource.class, () -> new ClosingDataSource(closed));
            context.addBeanFactoryPostProcessor(SchedulingConfiguration.closeExecutorsBeforeTheDataSource());
            context.refresh();
        }

        assertThat(closed).containsExactlyInAnyOrder("applicationTaskExecutor", "taskScheduler", "dataSource");
        assertThat(closed.getLast()).isEqualTo("dataSource");
    }

    record ClosingExecutor(String name, List<String> closed) implements Executor, AutoCloseable {

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void close() {
            closed.add(name);
        }
    }

    static final class ClosingDataSource extends AbstractDataSource implements AutoCloseable {

        private final List<String> closed;

        ClosingDataSource(List<String> closed) {
            this.closed = closed;
        }

        @Override
        public Connection getConnection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Connection getConnection(String username, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closed.add("dataSource");
        }
    }
}
