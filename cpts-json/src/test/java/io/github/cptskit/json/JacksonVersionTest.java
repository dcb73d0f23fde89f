package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** cpts-bom (standalone, it cannot read the parent's property) imports the jackson-bom the build uses. */
class JacksonVersionTest {
    @Test
    void theBomImportsTheJacksonTheModuleIsBuiltWith() throws Exception {
        String bom = Files.readString(Path.of("..", "cpts-bom", "pom.xml"));
        String built = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertThat(bom).contains("<artifactId>jackson-bom</artifactId>\n        <version>" + built + "</version>");
    }
}
