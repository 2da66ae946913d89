package nl.schakel.identity.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL: a session attribute is written with an upsert, so that two requests of one session at the
 * same time (two tabs, a page and its script) that both add the same attribute do not make the second one fail with
 * a duplicate key (a 500 and a stack trace), which the plain insert of Spring Session did. A request that changed
 * nothing in its session writes nothing ({@link LazyTouchSessionRepository}, ADR-0035).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Wraps Spring Boot's session store, so that the session filter and logout of all sessions both use the wrapper. */
    @Bean
    static BeanPostProcessor lazySessionTouch() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc
                        ? new LazyTouchSessionRepository<>(jdbc)
                        : bean;
            }
        };
    }
}
