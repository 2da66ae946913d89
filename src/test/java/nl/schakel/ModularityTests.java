package nl.schakel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void keepsTheModuleBoundaries() {
        modules.verify();
    }
}
