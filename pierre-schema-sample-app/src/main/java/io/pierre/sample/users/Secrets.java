package io.pierre.sample.users;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes and API keys, with the JDK's own algorithms.
 */
final class Secrets {

	private static final int PBKDF2_ITERATIONS = 210_000;

	private final SecureRandom random = new SecureRandom();

	String hashPassword(String password) {
		byte[] salt = randomBytes(16);
		try {
			byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new PBEKeySpec(password.toCharArray(), salt, PBKDF2_ITERATIONS, 256))
				.getEncoded();
			Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
			return "pbkdf2-sha256$" + PBKDF2_ITERATIONS + "$" + base64.encodeToString(salt) + "$"
					+ base64.encodeToString(hash);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", ex);
		}
	}

	String newApiKey() {
		return "pk_live_" + HexFormat.of().formatHex(randomBytes(20));
	}

	String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
		}
	}

	private byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
