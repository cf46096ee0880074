package io.onboarding.orchestrator.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import io.onboarding.orchestrator.support.IntegrationTest;

/**
 * The service's connections to PostgreSQL send a batch of INSERTs as one multi-row
 * INSERT, which the driver reports by not counting the rows of each; an URL that says
 * otherwise is left as it is.
 */
@IntegrationTest
class PostgresBatchedInsertsIT {

	@Autowired
	DataSource dataSource;

	@Test
	void aBatchOfInsertsGoesAsOneStatement() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE TEMPORARY TABLE batched_inserts (n INT)");
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batched_inserts VALUES (?)")) {
				for (int n = 0; n < 4; n++) {
					insert.setInt(1, n);
					insert.addBatch();
				}
				assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO);
			}
			finally {
				try (Statement drop = connection.createStatement()) {
					drop.execute("DROP TABLE batched_inserts");
				}
			}
		}
	}

	@Test
	void aSettingOfTheUrlWins() {
		HikariDataSource configured = new HikariDataSource();
		configured.setJdbcUrl("jdbc:postgresql://127.0.0.1/onboarding?reWriteBatchedInserts=false");
		new PostgresBatchedInserts().postProcessAfterInitialization(configured, "dataSource");
		assertThat(configured.getDataSourceProperties()).doesNotContainKey(PostgresBatchedInserts.PROPERTY);

		HikariDataSource h2 = new HikariDataSource();
		h2.setJdbcUrl("jdbc:h2:mem:onboarding");
		new PostgresBatchedInserts().postProcessAfterInitialization(h2, "dataSource");
		assertThat(h2.getDataSourceProperties()).doesNotContainKey(PostgresBatchedInserts.PROPERTY);
	}

}
