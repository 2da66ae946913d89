package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.schakel.shared.Instantie.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/** What an instance serves comes from {@code schakel.instantie.rollen}; by default everything (all-in-one). */
class InstantieTests {

    @Test
    void servesAllThreeRolesByDefault() {
        Instantie instantie = start(null);

        assertThat(instantie.rollen()).containsExactlyInAnyOrder(Rol.values());
        assertThat(instantie.allesInEen()).isTrue();
    }

    @Test
    void servesOnlyTheConfiguredRoles() {
        Instantie instantie = start("regios, REGISTER");

        assertThat(instantie.bedient(Rol.REGIOS)).isTrue();
        assertThat(instantie.bedient(Rol.REGISTER)).isTrue();
        assertThat(instantie.bedient(Rol.ORGANISATIES)).isFalse();
        assertThat(instantie.allesInEen()).isFalse();
    }

    @Test
    void refusesNoRoleAtAll() {
        assertThatThrownBy(() -> new Instantie(Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schakel.instantie.rollen");
    }

    @Test
    void refusesAnUnknownRole() {
        assertThatThrownBy(() -> start("ORGANISATIES,ARCHIEF")).hasStackTraceContaining("ARCHIEF");
    }

    /** Binds the setting as the application does (Spring Boot's conversion service, lenient about case). */
    private static Instantie start(String rollen) {
        try (var context = new AnnotationConfigApplicationContext()) {
            context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
            if (rollen != null) {
                PropertySource<?> setting =
                        new MapPropertySource("test", java.util.Map.of("schakel.instantie.rollen", rollen));
                context.getEnvironment().getPropertySources().addFirst(setting);
            }
            context.register(Instantie.class);
            context.refresh();
            return context.getBean(Instantie.class);
        }
    }
}
