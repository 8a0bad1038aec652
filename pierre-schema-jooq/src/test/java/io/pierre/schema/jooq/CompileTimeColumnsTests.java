package io.pierre.schema.jooq;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code on the generated classes compiles against the columns that exist and not against one that
 * does not: two fixtures, the same but for one column, through the Java compiler.
 */
class CompileTimeColumnsTests {

	private static final String FIXTURE = """
			import static io.pierre.schema.jooq.Tables.USERS;

			import org.jooq.DSLContext;

			class UserByEmail {

				Object find(DSLContext dsl, String email) {
					return dsl.selectFrom(USERS).where(USERS.%s.eq(email)).fetchOne();
				}

			}
			""";

	@TempDir
	Path output;

	@Test
	void aQueryOnAnExistingColumnCompiles() {
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		assertThat(compile(FIXTURE.formatted("EMAIL"), diagnostics)).as(diagnostics.getDiagnostics().toString()).isTrue();
	}

	@Test
	void aQueryOnAColumnThatDoesNotExistFailsToCompile() {
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		assertThat(compile(FIXTURE.formatted("E_MAIL"), diagnostics)).isFalse();
		assertThat(diagnostics.getDiagnostics()).singleElement()
			.satisfies((diagnostic) -> assertThat(diagnostic.getMessage(null)).contains("cannot find symbol")
				.contains("E_MAIL"));
	}

	private boolean compile(String source, DiagnosticCollector<JavaFileObject> diagnostics) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///UserByEmail.java"),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
		List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
				this.output.toString(), "-proc:none");
		return compiler.getTask(new StringWriter(), null, diagnostics, options, null, List.of(file)).call();
	}

}
