package io.onboarding.orchestrator.infrastructure;

import java.util.List;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The engine's decision tables evaluate FEEL with {@link ParsedFeelEngine}. */
@Component
class FeelParsedOnce extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
				? configuration.getDmnEngineConfiguration() : new DefaultDmnEngineConfiguration();
		// The engine is made when the DMN engine is built, after the process engine has
		// set its FEEL function providers (none are configured today)
		dmn.setFeelEngineFactory(() -> new ParsedFeelEngine(
				dmn.getFeelCustomFunctionProviders() == null ? List.of() : dmn.getFeelCustomFunctionProviders()));
		configuration.setDmnEngineConfiguration(dmn);
	}

}
