package nl.schakel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Schakel: one process for the whole meldcode chain, split into Spring Modulith application modules. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
