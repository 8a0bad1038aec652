package io.pierre.schema.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * A class loader whose Pierre scripts and expected schemas ({@code db/pierre/...}) come from one
 * folder alone, everything else from its parent: how the procedure for adding a version runs on a
 * scratch copy of the resources.
 */
public final class ScratchResources extends URLClassLoader {

	private static final String PIERRE = "db/pierre";

	/**
	 * @param root the folder that holds {@code db/pierre}
	 * @param parent where classes and every other resource come from
	 */
	public ScratchResources(Path root, ClassLoader parent) {
		super(new URL[] { url(root) }, parent);
	}

	private static URL url(Path root) {
		try {
			return root.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public URL getResource(String name) {
		return name.startsWith(PIERRE) ? findResource(name) : super.getResource(name);
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		return name.startsWith(PIERRE) ? findResources(name) : super.getResources(name);
	}

}
