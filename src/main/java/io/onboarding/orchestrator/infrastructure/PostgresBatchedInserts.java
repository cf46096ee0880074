package io.onboarding.orchestrator.infrastructure;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Lets the PostgreSQL driver send a batch of equal INSERTs as one multi-row INSERT
 * ({@code reWriteBatchedInserts}). The engine batches its writes at each flush, and a
 * creation's variables, their history rows and a job's activity instances are such
 * batches: one statement each instead of one per row. The engine supports it (it needs no
 * row count from an INSERT, see its BatchDbSqlSession); a value the URL or
 * {@code spring.datasource.hikari.data-source-properties} gives wins.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {

	static final String PROPERTY = "reWriteBatchedInserts";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource && isPostgres(dataSource.getJdbcUrl())
				&& !dataSource.getJdbcUrl().contains(PROPERTY)
				&& !dataSource.getDataSourceProperties().containsKey(PROPERTY)) {
			dataSource.addDataSourceProperty(PROPERTY, "true");
		}
		return bean;
	}

	private static boolean isPostgres(String url) {
		return url != null && url.startsWith("jdbc:postgresql:");
	}

}
