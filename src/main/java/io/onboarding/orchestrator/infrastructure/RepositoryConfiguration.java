package io.onboarding.orchestrator.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Every repository of the service, on {@link LockingRepository}. */
@Configuration
@EnableJpaRepositories(basePackages = "io.onboarding.orchestrator", repositoryBaseClass = LockingRepository.class)
class RepositoryConfiguration {

}
