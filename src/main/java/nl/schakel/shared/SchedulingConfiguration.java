package nl.schakel.shared;

import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs are cluster-safe: each run takes a lock row in PostgreSQL ({@code public.shedlock}), so when
 * several nodes share one database a job runs on one of them only. Times come from the database clock. At shutdown
 * the scheduler and the executor of the asynchronous event listeners wait for what runs
 * ({@code spring.task.*.shutdown.await-termination}) before the connection pool closes (ADR-0022).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    /** The beans that run jobs and asynchronous event listeners (Spring Boot's names). */
    static final List<String> EXECUTORS = List.of("taskScheduler", "applicationTaskExecutor");

    /**
     * Closes the scheduler and the listener executor before every data source: a bean is destroyed after the beans
     * registered as depending on it. Without this the listener executor was closed after the pool (and the embedded
     * database), so a listener still running at shutdown lost its connection.
     */
    @Bean
    static BeanFactoryPostProcessor closeExecutorsBeforeTheDataSource() {
        return beanFactory -> {
            for (String dataSource : beanFactory.getBeanNamesForType(DataSource.class, false, false)) {
                for (String executor : EXECUTORS) {
                    if (beanFactory.containsBeanDefinition(executor)) {
                        beanFactory.registerDependentBean(dataSource, executor);
                    }
                }
            }
        };
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("public.shedlock")
                .usingDbTime()
                .build());
    }
}
