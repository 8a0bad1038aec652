package io.pierre.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Quick start, as a newcomer runs it. Its shell commands run as written through
 * {@code bash}, in a working folder that holds this build's jar where the command names it; the app
 * gets a free port ({@code SERVER_PORT}) and the health request is sent to that port instead of
 * 8080, which another process may hold. Its two Maven commands are this build itself and cannot run
 * inside it: the packaging one is checked to make the jar that the command after it starts, and the
 * test command to be the one CI runs.
 */
class ReadmeQuickStartIT {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Duration STARTUP = Duration.ofMinutes(2);

	private static final String README_PORT = "localhost:8080";

	@TempDir
	Path workingDir;

	private final int port = freePort();

	private Process app;

	private Path appLog;

	private int answered;

	@Test
	void everyCommandOfTheQuickStartWorks() throws Exception {
		List<String> commands = quickStartCommands();
		assertThat(commands).as("the Quick start's commands").hasSizeGreaterThanOrEqualTo(3);
		try {
			for (String command : commands) {
				for (String step : command.split(" && ")) {
					run(step.strip());
				}
			}
		}
		finally {
			stopApp();
		}
		assertThat(this.app).as("a command that starts the sample app").isNotNull();
		assertThat(this.answered).as("health requests answered").isPositive();
	}

	private void run(String step) throws Exception {
		if (step.startsWith("mvn ")) {
			checkMavenCommand(step);
		}
		else if (step.startsWith("java -jar ")) {
			startApp(step);
		}
		else if (step.startsWith("curl ")) {
			assertThat(this.app).as("an app running for '%s'", step).isNotNull();
			assertThat(awaitHealth(step)).contains("\"status\":\"UP\"");
			this.answered++;
		}
		else {
			Process process = bash(step).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(process.exitValue()).as("'%s': %s", step, output).isZero();
		}
	}

	/** The packaging command is checked by the {@code java -jar} after it, which starts what it made. */
	private void checkMavenCommand(String step) throws IOException {
		assertThat(step).as("a Maven command this test knows").isIn("mvn -B package -DskipTests", "mvn -B verify");
		if (step.equals("mvn -B verify")) {
			assertThat(Files.readAllLines(ROOT.resolve(".ci/run"))).as("the test command is what CI runs")
				.contains(step);
		}
	}

	private void startApp(String step) throws Exception {
		Path named = Path.of(step.substring("java -jar ".length()).split(" ")[0]);
		Path built = Path.of(System.getProperty("sample.jar"));
		assertThat(ROOT.resolve(named)).as("the jar the Quick start starts is the one the build makes")
			.exists()
			.satisfies((path) -> assertThat(Files.isSameFile(path, built)).isTrue());
		Files.createDirectories(this.workingDir.resolve(named).getParent());
		Files.createSymbolicLink(this.workingDir.resolve(named), built);
		this.appLog = this.workingDir.resolve("app.log");
		ProcessBuilder builder = bash(step).redirectErrorStream(true).redirectOutput(this.appLog.toFile());
		builder.environment().put("SERVER_PORT", Integer.toString(this.port));
		this.app = builder.start();
	}

	private String awaitHealth(String step) throws Exception {
		String command = step.replace(README_PORT, "localhost:" + this.port);
		assertThat(command).as("the health request names the README's port").isNotEqualTo(step);
		Instant deadline = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(deadline)) {
			assertThat(this.app.isAlive()).as("the app exited: %s", Files.readString(this.appLog)).isTrue();
			Process curl = bash(command).start();
			String body = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (curl.waitFor() == 0 && !body.isEmpty()) {
				return body;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("No answer within " + STARTUP + ": " + Files.readString(this.appLog));
	}

	private void stopApp() throws InterruptedException {
		if (this.app == null) {
			return;
		}
		this.app.descendants().forEach(ProcessHandle::destroy);
		this.app.destroy();
		if (!this.app.waitFor(1, TimeUnit.MINUTES)) {
			this.app.descendants().forEach(ProcessHandle::destroyForcibly);
			this.app.destroyForcibly();
		}
	}

	private ProcessBuilder bash(String command) {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(this.workingDir.toFile());
		builder.environment().remove("DATABASE_URL");
		builder.environment()
			.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + builder.environment().get("PATH"));
		return builder;
	}

	/** The lines of the Quick start's {@code bash} blocks, their comments left out. */
	private static List<String> quickStartCommands() throws IOException {
		List<String> commands = new ArrayList<>();
		boolean inSection = false;
		boolean inBash = false;
		for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
			if (line.startsWith("## ")) {
				inSection = line.equals("## Quick start");
			}
			else if (inSection && line.startsWith("```")) {
				inBash = !inBash && line.equals("```bash");
			}
			else if (inBash) {
				String command = line.replaceFirst("\\s+#.*$", "").strip();
				if (!command.isEmpty()) {
					commands.add(command);
				}
			}
		}
		return commands;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
