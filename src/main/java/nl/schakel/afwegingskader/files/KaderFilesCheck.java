package nl.schakel.afwegingskader.files;

import java.util.List;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.afwegingskader.Kaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the kader data files while the application starts (ADR-0027): a broken file stops the start with a
 * {@link KaderFileException} that names the file and the problem, instead of failing the first professional who
 * opens the afwegingen.
 */
@Component
class KaderFilesCheck {

    private static final Logger log = LoggerFactory.getLogger(KaderFilesCheck.class);

    KaderFilesCheck() {
        List<Kader> versions = Kaders.allVersions();
        log.info(
                "Afwegingskaders loaded: {} versions for {} beroepsclusters",
                versions.size(),
                Kaders.all().size());
    }
}
