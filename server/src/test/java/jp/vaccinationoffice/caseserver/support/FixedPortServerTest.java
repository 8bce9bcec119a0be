package jp.vaccinationoffice.caseserver.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole server on the JVM's one fixed port ({@link ServerOnFreePort}, which the test class
 * extends), demo profile, where the demo's national-system addresses reach the simulators of this
 * very server. The classes with these settings share one server (and its database): a failing
 * national system is retried once, 300 ms later, and the workers look for tasks at least every
 * second; the J-LIS revocation list is read anew on every check; a worker step can be made to fail
 * before its commit ({@link WorkerStepKill}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.DEFINED_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:fixed-port-server;DB_CLOSE_DELAY=-1",
        "DEMO_PASSWORD=" + CaseServerTest.DEMO_PASSWORD,
        "workers.retries=1",
        "workers.retry-interval=300ms",
        "workers.poll-interval=1s",
        "jpki.crl-cache-duration=0s"
    })
@Import(WorkerStepKill.class)
public @interface FixedPortServerTest {}
