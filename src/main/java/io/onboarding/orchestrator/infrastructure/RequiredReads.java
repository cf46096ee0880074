package io.onboarding.orchestrator.infrastructure;

import java.util.UUID;

/**
 * Reads by id that fail with a {@link RecordNotFoundException} naming the record (its
 * entity's name) when there is none, a 404 at the API. {@link LockingRepository}
 * implements them for every repository that declares this interface. As default methods
 * of each repository interface they were five copies, and Spring Data called each through
 * a method handle bound anew at every call, then the repository's proxy again for the
 * read: 1 to 2 % of the service's CPU in a profile of creations.
 */
public interface RequiredReads<T> extends LockedReads<T> {

	/** The record. */
	T require(UUID id);

	/** The record with its row locked to change it (see {@link #findForUpdate}). */
	T requireForUpdate(UUID id);

}
