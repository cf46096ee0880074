package io.onboarding.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.client.KycStatus;
import io.onboarding.orchestrator.client.RiskLevel;

/** The application's lifecycle (SPEC 5.2), as the entity itself guards it. */
class ApplicationTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aSubmittedApplicationIsScreenedReviewedAndApproved() {
		Application application = underReview(RiskLevel.LOW);

		application.approve("olivia", "documents verified", NOW);

		assertThat(application.status()).isEqualTo(Application.Status.APPROVED);
		assertThat(application.decision()).isEqualTo(Application.Decision.APPROVED);
		assertThat(application.reviewedBy()).isEqualTo("olivia");
		assertThat(application.kycStatus()).isEqualTo(KycStatus.APPROVED);
		assertThat(application.complete(NOW)).isTrue();
		assertThat(application.complete(NOW)).as("completing twice moves nothing").isFalse();
	}

	@Test
	void aHighRiskApprovalNeedsASecondOfficer() {
		Application application = underReview(RiskLevel.HIGH);
		application.approveFirst("olivia", "PEP, documented", NOW);
		assertThat(application.awaitsSecondApproval()).isTrue();
		assertThat(application.kycStatus()).isEqualTo(KycStatus.IN_REVIEW);

		assertThatThrownBy(() -> application.approve("olivia", null, NOW)).isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("another officer");
		assertThatThrownBy(() -> application.decline("olivia", "changed my mind", NOW))
			.isInstanceOf(BusinessRuleException.class);

		application.decline("sam", "source of wealth not shown", NOW);
		assertThat(application.decision()).isEqualTo(Application.Decision.DECLINED);
		assertThat(application.approvedBy()).isEqualTo("olivia");
		assertThat(application.secondApprovedBy()).isEqualTo("sam");
	}

	@Test
	void aDeclineNeedsAReason() {
		Application application = underReview(RiskLevel.LOW);

		assertThatThrownBy(() -> application.decline("olivia", " ", NOW)).isInstanceOf(BusinessRuleException.class);
		assertThat(application.status()).isEqualTo(Application.Status.UNDER_REVIEW);
	}

	@Test
	void informationIsTakenOnlyWhenAskedFor() {
		Application application = underReview(RiskLevel.MEDIUM);
		assertThatThrownBy(application::requireAwaitingInformation).isInstanceOf(ConflictException.class);

		application.requestInformation("olivia", "a current passport", NOW);
		application.requireAwaitingInformation();
		application.startReview(NOW);

		assertThat(application.status()).isEqualTo(Application.Status.UNDER_REVIEW);
	}

	@Test
	void onlyAnApplicationReturnedForRevisionIsSubmittedAgain() {
		Application application = underReview(RiskLevel.LOW);
		assertThatThrownBy(application::requireReturnedForRevision).isInstanceOf(ConflictException.class);

		application.returnForRevision("olivia", "address incomplete", NOW);
		application.requireReturnedForRevision();
		application.submit(NOW);

		assertThat(application.status()).isEqualTo(Application.Status.SUBMITTED);
	}

	@Test
	void anOpenApplicationIsWithdrawnOnceAndThenTakesNoDecision() {
		Application application = underReview(RiskLevel.LOW);

		application.withdraw("expired", NOW);

		assertThat(application.isOpen()).isFalse();
		assertThat(application.kycStatus()).isEqualTo(KycStatus.EXPIRED);
		assertThatThrownBy(() -> application.withdraw("again", NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> application.approve("olivia", null, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void anyOpenApplicationIsAutoDeclinedButNotADecidedOne() {
		Application open = submitted();
		open.autoDecline("client blacklisted", NOW);
		assertThat(open.decision()).isEqualTo(Application.Decision.AUTO_DECLINED);
		assertThat(open.kycStatus()).isEqualTo(KycStatus.REJECTED);

		Application decided = underReview(RiskLevel.LOW);
		decided.approve("olivia", null, NOW);
		assertThatThrownBy(() -> decided.autoDecline("too late", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void onlyASubmittedApplicationIsScreened() {
		Application application = underReview(RiskLevel.LOW);

		assertThatThrownBy(() -> application.screened(RiskLevel.HIGH, List.of(), NOW))
			.isInstanceOf(ConflictException.class);
		assertThat(application.riskLevel()).isEqualTo(RiskLevel.LOW);
	}

	private static Application submitted() {
		Application application = new Application(UUID.randomUUID(), UUID.randomUUID(), NOW);
		application.submit(NOW);
		assertThat(application.kycStatus()).isEqualTo(KycStatus.PENDING);
		return application;
	}

	private static Application underReview(RiskLevel riskLevel) {
		Application application = submitted();
		application.screened(riskLevel, List.of("politically_exposed_person"), NOW);
		application.startReview(NOW);
		return application;
	}

}
