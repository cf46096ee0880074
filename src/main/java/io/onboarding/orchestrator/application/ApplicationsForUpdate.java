package io.onboarding.orchestrator.application;

import java.util.Optional;
import java.util.UUID;

/** The part of {@link Applications} that locks an application's row to move it. */
interface ApplicationsForUpdate {

	/**
	 * Reads an application to move it, locking its row: moves of one application happen
	 * one at a time.
	 */
	Optional<Application> findForUpdate(UUID id);

}
