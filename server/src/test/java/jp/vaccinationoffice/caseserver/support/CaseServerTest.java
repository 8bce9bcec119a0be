package jp.vaccinationoffice.caseserver.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole server on a random port, demo profile, in a private in-memory H2 database, reading the
 * J-LIS revocation list anew on every check (so that a card revoked by a test is refused at once).
 * Tests that share these settings share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:case-server-${random.uuid};DB_CLOSE_DELAY=-1",
        "DEMO_PASSWORD=" + CaseServerTest.DEMO_PASSWORD,
        "jpki.crl-cache-duration=0s"
    })
public @interface CaseServerTest {

  String DEMO_PASSWORD = "demo-password-for-tests";
}
