package io.pierre.schema.sql;

import java.util.List;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Checks a service's SQL while javac compiles it: every constant marked {@link PierreSql} and
 * every Spring Data JDBC {@code @Query} is prepared on SQLite (in a database of the compilation's
 * own) and on PostgreSQL (online on a server, or offline from committed metadata), at the Pierre
 * schema that the starter embeds followed by the service's own migrations. A statement that does
 * not prepare is a compile error on its element, naming the database and its message.
 * <p>
 * It claims no annotation, so other processors still see them, and asks to see every round, so
 * that a compilation without statements still finds (check mode) or removes (prepare) unused
 * metadata.
 */
public final class PierreSqlProcessor extends AbstractProcessor {

	private Reporter reporter;

	private SqlCheckOptions options;

	private StatementScanner scanner;

	private OwnMigrationsLocator ownMigrations;

	private CompilationChecks checks;

	private boolean failed;

	@Override
	public Set<String> getSupportedAnnotationTypes() {
		return Set.of("*");
	}

	@Override
	public Set<String> getSupportedOptions() {
		return SqlCheckOptions.NAMES;
	}

	@Override
	public SourceVersion getSupportedSourceVersion() {
		return SourceVersion.latestSupported();
	}

	@Override
	public synchronized void init(ProcessingEnvironment environment) {
		super.init(environment);
		this.reporter = new Reporter(environment.getMessager());
		this.scanner = new StatementScanner(environment.getElementUtils(), this.reporter);
		this.ownMigrations = new OwnMigrationsLocator(environment.getFiler());
		try {
			this.options = SqlCheckOptions.of(environment.getOptions(), System.getenv());
		}
		catch (IllegalArgumentException ex) {
			this.reporter.error("Pierre SQL: " + ex.getMessage());
			this.failed = true;
		}
	}

	@Override
	public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
		if (this.failed) {
			return false;
		}
		try {
			List<SqlStatement> statements = this.scanner.scan(round);
			// Check and prepare runs end by looking for unused metadata, even without statements.
			if (!statements.isEmpty() || (round.processingOver() && this.options.mode() != CheckMode.VERIFY)) {
				CompilationChecks checks = checks();
				statements.forEach((statement) -> checks.check(statement, this.reporter));
			}
			if (round.processingOver() && this.checks != null) {
				this.checks.finish(this.reporter);
			}
		}
		catch (RuntimeException ex) {
			this.reporter.error("Pierre SQL: " + ex.getMessage());
			this.failed = true;
		}
		finally {
			if ((round.processingOver() || this.failed) && this.checks != null) {
				this.checks.close();
				this.checks = null;
			}
		}
		return false;
	}

	private CompilationChecks checks() {
		if (this.checks == null) {
			this.checks = CompilationChecks.open(this.options, this.ownMigrations.locate(this.options),
					PierreSqlProcessor.class.getClassLoader());
		}
		return this.checks;
	}

}
