package io.pierre.bench.harness;

import java.nio.file.Path;

/**
 * A packaged sample app that the transfer benchmark runs: this tree's, or a baseline built from
 * another commit to compare with in the same run.
 *
 * @param label how the results name it
 * @param jar the jar
 */
record SampleAppJar(String label, Path jar) {
}
