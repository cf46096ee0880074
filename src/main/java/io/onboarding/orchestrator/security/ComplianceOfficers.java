package io.onboarding.orchestrator.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The compliance groups of Tasklist: {@code compliance} (reviews) and
 * {@code compliance-senior} (second approvals, escalations), created at boot if missing,
 * with what Tasklist needs: the app, the filters, the definitions and forms to read.
 * Their tasks are theirs through candidate groups. The quick start also creates two demo
 * officers; anywhere else officers are Camunda users an admin creates in Admin.
 */
@Component
class ComplianceOfficers {

	static final String COMPLIANCE = "compliance";
	static final String SENIOR = "compliance-senior";

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final Environment environment;

	private final SecureRandom random = new SecureRandom();

	private Map<String, String> demoPasswords = Map.of();

	ComplianceOfficers(IdentityService identity, AuthorizationService authorizations, Environment environment) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.environment = environment;
	}

	/**
	 * Before the banner, on every node: the groups always, the demo officers in the quick
	 * start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void prepare() {
		ensureGroups();
		if (isQuickStart()) {
			demoPasswords = ensureDemoOfficers();
		}
	}

	Map<String, String> demoPasswords() {
		return demoPasswords;
	}

	void ensureGroups() {
		group(COMPLIANCE, "Compliance officers");
		group(SENIOR, "Senior compliance officers");
		for (String group : List.of(COMPLIANCE, SENIOR)) {
			grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(group, Resources.FILTER, "*", Permissions.READ);
			grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
			grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
		}
	}

	/**
	 * The quick start's officers, with passwords made anew at every start. Returns user
	 * to password.
	 */
	Map<String, String> ensureDemoOfficers() {
		Map<String, String> passwords = new LinkedHashMap<>();
		passwords.put("officer", officer("officer", "Olivia", "Officer", List.of(COMPLIANCE)));
		passwords.put("senior", officer("senior", "Sam", "Senior", List.of(COMPLIANCE, SENIOR)));
		return passwords;
	}

	boolean isQuickStart() {
		return environment.getProperty(QuickStartEnvironment.QUICK_START, Boolean.class, false);
	}

	private String officer(String id, String first, String last, List<String> groups) {
		byte[] bytes = new byte[12];
		random.nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		User user = identity.createUserQuery().userId(id).singleResult();
		if (user == null) {
			user = identity.newUser(id);
			user.setFirstName(first);
			user.setLastName(last);
		}
		user.setPassword(password);
		identity.saveUser(user);
		for (String group : groups) {
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
		return password;
	}

	private void group(String id, String name) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			try {
				identity.saveGroup(group);
			}
			catch (ProcessEngineException e) {
				// nodes of a cluster start together: fine if another one created it
				// meanwhile
				if (identity.createGroupQuery().groupId(id).count() == 0) {
					throw e;
				}
			}
		}
	}

	private void grant(String group, Resource resource, String resourceId, Permission permission) {
		boolean granted = authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.hasPermission(permission)
			.count() > 0;
		if (!granted) {
			Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(group);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			authorization.addPermission(permission);
			try {
				authorizations.saveAuthorization(authorization);
			}
			catch (ProcessEngineException e) {
				// fine if a node that started at the same time wrote the same grant
				if (authorizations.createAuthorizationQuery()
					.groupIdIn(group)
					.resourceType(resource)
					.resourceId(resourceId)
					.hasPermission(permission)
					.count() == 0) {
					throw e;
				}
			}
		}
	}

}
