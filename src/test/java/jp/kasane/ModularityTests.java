package jp.kasane;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module boundaries (no cycles, only public APIs used across modules) and writes the
 * module diagram that the README shows ({@code docs/modules.puml}).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(KasaneApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).contains("organization", "person", "consent",
				"audit", "platform", "demo");
	}

	@Test
	void writesTheModuleDiagram() throws IOException {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		Path written = Path.of("target/spring-modulith-docs/components.puml");
		assertThat(written).exists();
		Files.createDirectories(Path.of("docs"));
		Files.copy(written, Path.of("docs/modules.puml"), StandardCopyOption.REPLACE_EXISTING);
	}
}
