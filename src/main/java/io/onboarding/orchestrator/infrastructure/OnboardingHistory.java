package io.onboarding.orchestrator.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers {@link OnboardingHistoryLevel} with the engine. A database the engine set up
 * at {@code full} (the level before it) is moved to it once, before the engine compares
 * the two: it records a subset of {@code full}, so nothing stored becomes unreadable. A
 * database at any other level is left alone, and the engine refuses the mismatch as it
 * always does.
 */
@Component
class OnboardingHistory extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(OnboardingHistory.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomHistoryLevels());
		levels.add(new OnboardingHistoryLevel());
		configuration.setCustomHistoryLevels(levels);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (OnboardingHistoryLevel.NAME.equals(configuration.getHistory())) {
			moveFromFull(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
		}
	}

	private static void moveFromFull(DataSource dataSource, String prefix) {
		String table = (prefix == null ? "" : prefix) + "ACT_GE_PROPERTY";
		try (Connection connection = dataSource.getConnection()) {
			try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
				boolean found = false;
				while (tables.next()) {
					found |= table.equalsIgnoreCase(tables.getString("TABLE_NAME"));
				}
				if (!found) {
					return; // a new database: the engine creates it at this level
				}
			}
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE " + table + " SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
				update.setString(1, Integer.toString(OnboardingHistoryLevel.ID));
				update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
				if (update.executeUpdate() > 0) {
					log.info("The engine's history level moves from full to {}", OnboardingHistoryLevel.NAME);
				}
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("The engine's history level could not be read", e);
		}
	}

}
