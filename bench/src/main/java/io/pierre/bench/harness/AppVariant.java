package io.pierre.bench.harness;

/**
 * The bench app's variants, which differ by their class path alone (see bench/pom.xml).
 */
enum AppVariant {

	/** With the Pierre schema starter. */
	WITH_STARTER("with-starter", "starter"),

	/** The same app without the starter: no schema tool at all. */
	WITHOUT_STARTER("without-starter", "no starter"),

	/** Plain Spring Boot Flyway auto-configuration running the starter's scripts. */
	BOOT_FLYWAY("boot-flyway", "plain Boot Flyway");

	private final String classpathName;

	private final String label;

	AppVariant(String classpathName, String label) {
		this.classpathName = classpathName;
		this.label = label;
	}

	/**
	 * The name of the class path file that Maven writes for this variant.
	 * @return e.g. {@code with-starter}
	 */
	String classpathName() {
		return this.classpathName;
	}

	String label() {
		return this.label;
	}

}
