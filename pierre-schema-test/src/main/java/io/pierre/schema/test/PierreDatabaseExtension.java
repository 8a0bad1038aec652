package io.pierre.schema.test;

import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Gives tests without Spring a database at the newest Pierre schema: a {@link DataSource} or
 * {@link MigratedDatabase} parameter, of the kind that {@link PierreDatabase} says (SQLite
 * without it). Asked for by a test method or {@code @BeforeEach} method, it belongs to that test;
 * by a {@code @BeforeAll} method or a constructor, to the test class. Either way it is dropped
 * when its owner ends. Under {@link CheckStatements}, the DataSource records what it runs.
 * <p>
 * Where a PostgreSQL database is asked for and no server is at hand, the class (for a constructor
 * or {@code @BeforeAll} method) or the test is skipped with the reason before it starts, as
 * {@link TestPostgres} says: JUnit would report a skip thrown while resolving a parameter as a
 * failure.
 */
public final class PierreDatabaseExtension implements ParameterResolver, BeforeAllCallback, BeforeEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PierreDatabaseExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		Class<?> testClass = context.getRequiredTestClass();
		requireServerFor(Stream.concat(Arrays.stream(testClass.getDeclaredConstructors()),
				AnnotationSupport.findAnnotatedMethods(testClass, BeforeAll.class, HierarchyTraversalMode.TOP_DOWN)
					.stream()));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		requireServerFor(Stream.concat(Stream.of(context.getRequiredTestMethod()), AnnotationSupport
			.findAnnotatedMethods(context.getRequiredTestClass(), BeforeEach.class, HierarchyTraversalMode.TOP_DOWN)
			.stream()));
	}

	private static void requireServerFor(Stream<? extends Executable> executables) {
		boolean asksForPostgresql = executables.flatMap((executable) -> Arrays.stream(executable.getParameters()))
			.map((parameter) -> parameter.getAnnotation(PierreDatabase.class))
			.anyMatch((annotation) -> annotation != null && annotation.value() == DatabaseKind.POSTGRESQL);
		if (asksForPostgresql) {
			TestPostgres.requireServer();
		}
	}

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
