package io.onboarding.orchestrator.infrastructure;

import java.util.Optional;
import java.util.UUID;

/**
 * What a repository adds to read a record to change it: {@link #findForUpdate} locks its
 * row. Every repository has it through {@link LockingRepository}, their base class; one
 * that declares this interface makes it callable.
 */
public interface LockedReads<T> {

	/**
	 * The record with its row locked, so that two changes of it (an integrator's update
	 * and a process step) wait for each other instead of failing each other. A row this
	 * transaction already holds locked is not read again; one it read before without a
	 * lock is locked by id (and version, where it has one).
	 */
	Optional<T> findForUpdate(UUID id);

}
