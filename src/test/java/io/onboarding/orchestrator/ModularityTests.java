package io.onboarding.orchestrator;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are modules: no cycles between them, and none reaches into
 * another's internals (its sub-packages) or past what it exposes. The module
 * documentation in docs/modules is written from the same model.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OnboardingOrchestrator.class);

	@Test
	void modulesRespectEachOthersBoundaries() {
		modules.verify();
	}

	@Test
	void moduleDocumentationIsWritten() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
