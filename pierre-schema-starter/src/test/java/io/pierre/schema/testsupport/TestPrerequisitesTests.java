package io.pierre.schema.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A command that a test needs: found on the PATH, the test runs; missing, it is skipped with the
 * reason, or fails under {@code CI=true}.
 */
class TestPrerequisitesTests {

	@TempDir
	Path bin;

	@Test
	void commandOnThePathIsFound() throws IOException {
		Path tool = Files.createFile(this.bin.resolve("pierre-tool"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		assertThatCode(() -> TestPrerequisites.requireCommand("pierre-tool", Map.of("PATH", tool.getParent().toString(),
				"CI", "true")))
			.doesNotThrowAnyException();
	}

	@Test
	void missingCommandSkipsTheTestWithTheReason() {
		assertThatExceptionOfType(TestAbortedException.class)
			.isThrownBy(() -> TestPrerequisites.requireCommand("pierre-tool", Map.of("PATH", this.bin.toString())))
			.withMessageContaining("This test runs pierre-tool, which is not on the PATH");
	}

	@Test
	void missingCommandFailsTheTestUnderCi() throws IOException {
		// Present but not executable: not a command.
		Files.createFile(this.bin.resolve("pierre-tool"));
		assertThatExceptionOfType(AssertionFailedError.class)
			.isThrownBy(() -> TestPrerequisites.requireCommand("pierre-tool",
					Map.of("PATH", this.bin.toString(), "CI", "true")))
			.withMessageContaining("This test runs pierre-tool, which is not on the PATH")
			.withMessageEndingWith("(CI=true: tests may not be skipped)");
	}

}
