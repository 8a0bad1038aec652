package io.pierre.schema.test.boot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The smallest Boot application on the starter, for the Spring tests of this package.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {

}
