package io.pierre.schema.test;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests without Spring a database at the newest Pierre schema: a {@link DataSource} or
 * {@link MigratedDatabase} parameter, of the kind that {@link PierreDatabase} says (SQLite
 * without it). Asked for by a test method or {@code @BeforeEach} method, it belongs to that test;
 * by a {@code @BeforeAll} method or a constructor, to the test class. Either way it is dropped
 * when its owner ends. Under {@link CheckStatements}, the DataSource records what it runs.
 */
public final class PierreDatabaseExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PierreDatabaseExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == DataSource.class || type == MigratedDatabase.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		DatabaseKind kind = parameterContext.findAnnotation(PierreDatabase.class)
			.map(PierreDatabase::value)
			.orElse(DatabaseKind.SQLITE);
		// Stored values that are AutoCloseable are closed when their test or class ends.
		MigratedDatabase database = extensionContext.getStore(NAMESPACE)
			.computeIfAbsent(kind, MigratedDatabase::create, MigratedDatabase.class);
		if (parameterContext.getParameter().getType() == MigratedDatabase.class) {
			return database;
		}
		DataSource dataSource = database.dataSource();
		if (StatementRecording.isRequested(extensionContext)) {
			return StatementRecording.wrap(dataSource, kind);
		}
		return dataSource;
	}

}
