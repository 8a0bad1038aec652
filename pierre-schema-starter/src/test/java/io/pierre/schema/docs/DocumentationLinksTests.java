package io.pierre.schema.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link of the README and of the {@code docs/} pages leads somewhere: a relative link to a file
 * that exists, an anchor to a heading of its page, as GitHub names headings.
 */
class DocumentationLinksTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

	private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

	private final Map<Path, Set<String>> anchors = new HashMap<>();

	@Test
	void everyLinkAndAnchorResolves() throws IOException {
		List<Path> pages = pages();
		assertThat(pages).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/configuration.md"));
		List<String> broken = new ArrayList<>();
		int links = 0;
		for (Path page : pages) {
			for (String target : links(page)) {
				links++;
				String problem = problem(page, target);
				if (problem != null) {
					broken.add(ROOT.relativize(page) + ": (" + target + ") " + problem);
				}
			}
		}
		assertThat(links).as("links found").isGreaterThan(30);
		assertThat(broken).as("broken links").isEmpty();
	}

	@Test
	void anchorsAreNamedAsGitHubNamesHeadings() {
		assertThat(slug("Outgrowing SQLite: `transfer`")).isEqualTo("outgrowing-sqlite-transfer");
		assertThat(slug("Starting faster on JDK 25: the AOT cache")).isEqualTo("starting-faster-on-jdk-25-the-aot-cache");
		assertThat(slug("The schema's database")).isEqualTo("the-schemas-database");
	}

	private static List<Path> pages() throws IOException {
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
			return pages;
		}
	}

	private String problem(Path page, String target) {
		if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
			return null;
		}
		int hash = target.indexOf('#');
		String file = (hash < 0) ? target : target.substring(0, hash);
		Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
		if (!Files.exists(linked)) {
			return "no such file";
		}
		if (!linked.startsWith(ROOT)) {
			return "outside the repository";
		}
		if (hash < 0) {
			return null;
		}
		if (!linked.toString().endsWith(".md")) {
			return "an anchor into a file that is not Markdown";
		}
		String anchor = target.substring(hash + 1);
		return anchors(linked).contains(anchor) ? null : "no heading with anchor #" + anchor;
	}

	private Set<String> anchors(Path page) {
		return this.anchors.computeIfAbsent(page, (path) -> {
			Set<String> found = new HashSet<>();
			Map<String, Integer> seen = new HashMap<>();
			for (String line : prose(path)) {
				if (line.matches("#{1,6} .*")) {
					String slug = slug(line.replaceFirst("#{1,6} ", ""));
					int count = seen.merge(slug, 1, Integer::sum);
					found.add((count == 1) ? slug : slug + "-" + (count - 1));
				}
			}
			return found;
		});
	}

	/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
	private static String slug(String heading) {
		return heading.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N} _-]", "")
			.replace(' ', '-');
	}

	private static List<String> links(Path page) {
		List<String> targets = new ArrayList<>();
		for (String line : prose(page)) {
			Matcher matcher = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
			while (matcher.find()) {
				targets.add(matcher.group(1));
			}
		}
		return targets;
	}

	/** The page's lines outside fenced code blocks. */
	private static List<String> prose(Path page) {
		try {
			List<String> prose = new ArrayList<>();
			boolean inCode = false;
			for (String line : Files.readAllLines(page)) {
				if (line.startsWith("```")) {
					inCode = !inCode;
				}
				else if (!inCode) {
					prose.add(line);
				}
			}
			return prose;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
