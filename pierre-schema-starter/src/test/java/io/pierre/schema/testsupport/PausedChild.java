package io.pierre.schema.testsupport;

import java.util.concurrent.locks.LockSupport;

/**
 * Stops a child process at a point that a test chose, for the test to kill it there: the child
 * says where it stopped on standard output, then waits for ever. A test that waits for that line
 * knows where the kill lands, however fast or slow the machine is.
 */
public final class PausedChild {

	/** The start of the line that the child prints where it stops. */
	public static final String PAUSED = "PIERRE PAUSED";

	private PausedChild() {
	}

	/**
	 * Says where the child stopped, and waits until it is killed.
	 * @param where where it stopped, for the test to match
	 */
	public static void pause(String where) {
		System.out.println(PAUSED + " " + where);
		System.out.flush();
		while (true) {
			LockSupport.park();
		}
	}

}
