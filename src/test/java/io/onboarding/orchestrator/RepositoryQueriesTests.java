package io.onboarding.orchestrator;

import java.util.Collection;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Every query a repository declares is written out, in JPQL or SQL. Hibernate 6.6 caches
 * the translation of a query string, but a query Spring Data derives from a method's name
 * is built as a criteria query and translated again at every call: in a profile of a bulk
 * migration, that translation alone was 8 % of the service's CPU. (ArchUnit comes with
 * Spring Modulith's test support.)
 */
class RepositoryQueriesTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.onboarding.orchestrator");

	@Test
	void repositoriesDeclareNoDerivedQueries() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAssignableTo(Repository.class)
			.and()
			.areDeclaredInClassesThat()
			.areInterfaces()
			.and()
			.haveModifier(JavaModifier.ABSTRACT)
			.should()
			.beAnnotatedWith(Query.class)
			.because("a derived query is translated by Hibernate at every call, a written one once")
			.check(classes);
	}

	@Test
	void writtenQueriesTakeNoListOfValues() {
		methods().that().areAnnotatedWith(Query.class).should(new ArchCondition<>("take no collection parameter") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				method.getRawParameterTypes()
					.stream()
					.filter(type -> type.isAssignableTo(Collection.class))
					.forEach(type -> events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " takes a " + type.getSimpleName())));
			}
		})
			.because("Hibernate translates a query with a list parameter again at every call (its SQL "
					+ "depends on the list's length); a relation count did so twice per onboarding")
			.check(classes);
	}

}
