package io.onboarding.orchestrator.relation;

import java.util.List;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.PartyRules;
import io.onboarding.orchestrator.client.ReservedAttributes;
import io.onboarding.orchestrator.api.Violations;

/**
 * The rules of related parties (SPEC 4): at most ten at a time, their roles and who may
 * hold them.
 */
public final class RelationRules {

	public static final int MAX_PER_REQUEST = 10;
	static final String DIRECTOR = "director";
	static final String SHAREHOLDER = "shareholder";
	static final String DIRECTOR_AND_SHAREHOLDER = "director-and-shareholder";
	static final String AUTHORIZED_PERSON = "authorized-person";
	static final List<String> ROLES = List.of(DIRECTOR, SHAREHOLDER, DIRECTOR_AND_SHAREHOLDER, AUTHORIZED_PERSON);

	private RelationRules() {
	}

	/** The field rules of a list of new relations at {@code path}. */
	public static void validate(Violations v, String path, List<RelationInput> relations) {
		if (relations == null) {
			return;
		}
		if (relations.size() > MAX_PER_REQUEST) {
			v.add(path,
					"must have at most " + MAX_PER_REQUEST + " relations; add more with POST /clients/{id}/relations");
			return;
		}
		for (int i = 0; i < relations.size(); i++) {
			validate(v, path + "[" + i + "]", relations.get(i));
		}
	}

	public static void validate(Violations v, String path, RelationInput relation) {
		if (!v.required(path, relation)) {
			return;
		}
		if (v.required(path + ".relation", relation.relation())) {
			v.oneOf(path + ".relation", relation.relation(), ROLES);
		}
		PartyRules.identity(v, path + ".identity", relation.identity());
		String type = relation.identity() == null ? null : relation.identity().type();
		PartyRules.profile(v, path + ".profile", relation.profile(), type, false);
		// screening reads isPep from them: a related party's reserved attributes follow
		// the client's rules (SPEC 3.4), without the railsbank requirements
		ReservedAttributes.validate(v, path + ".attributes", relation.attributes(), type, false);
	}

	/**
	 * Only corporate clients have relations (SPEC 4): a valid request that gives one to
	 * an individual is a 422 naming {@code path}.
	 */
	public static void requireCorporateHolder(String path, Identity holder) {
		if (!holder.isCorporate()) {
			throw new BusinessRuleException(path,
					"Only corporate clients have relations; this client is an individual");
		}
	}

	/**
	 * Directors and authorized persons are people; only shareholders may be companies. A
	 * valid request that breaks this is a 422.
	 */
	public static void checkRoles(String path, List<RelationInput> relations) {
		for (int i = 0; i < relations.size(); i++) {
			RelationInput relation = relations.get(i);
			boolean mustBePerson = !SHAREHOLDER.equals(relation.relation());
			if (mustBePerson && relation.identity() != null && !relation.identity().isIndividual()) {
				throw new BusinessRuleException(path + "[" + i + "].identity.type",
						"A " + relation.relation() + " must be an individual; only shareholders may be companies");
			}
		}
	}

}
