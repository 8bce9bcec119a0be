package jp.vaccinationoffice.caseserver.support;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.admin.Admin;
import org.operaton.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.operaton.bpm.cockpit.Cockpit;
import org.operaton.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngines;
import org.operaton.bpm.tasklist.Tasklist;
import org.operaton.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.operaton.bpm.welcome.Welcome;
import org.operaton.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Lets the test classes of one JVM share their servers: a class whose Spring configuration
 * (annotations, properties, imports) equals an earlier class's runs on that class's server, still
 * open in Spring's context cache, instead of starting its own.
 *
 * <p>Several servers may then be open in one JVM, and Operaton keeps some of its state in static
 * fields that every server of the JVM shares: the engine registry by name ({@code default}, which
 * every server's engine takes), where the engine REST API finds its engine, and the runtimes of the
 * Cockpit, Admin, Tasklist and Welcome webapps, which a server clears when it stops and which cache
 * the engine's command executors. So before a class runs on a server other than the last one, that
 * server's engine is registered again and the webapps' runtimes are made anew. Servers on a fixed
 * port ({@link ServerOnFreePort}: one port per JVM) cannot be open together: an open one is closed
 * before another of a different configuration starts. Registered in {@code META-INF/spring.factories},
 * so every server test takes part without an annotation.
 */
public class SharedServers implements TestExecutionListener, Ordered {

  /** Test contexts of the open servers on the JVM's fixed port (at most one in practice). */
  private static final List<TestContext> OPEN_ON_FIXED_PORT = new ArrayList<>();
  private static ApplicationContext current;

  /** After {@code @DirtiesContext(classMode = BEFORE_CLASS)} has closed what it closes, before injection. */
  @Override
  public int getOrder() {
    return 1600;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    if (onFixedPort(testContext) && !testContext.hasApplicationContext()) {
      closeOpenServersOnFixedPort();
    }
    ApplicationContext context = testContext.getApplicationContext();
    if (onFixedPort(testContext)) {
      rememberOnFixedPort(testContext);
    }
    makeCurrent(context);
  }

  /** A method may run on a server started after the class began (one closed by {@code @DirtiesContext}). */
  @Override
  public void beforeTestMethod(TestContext testContext) {
    makeCurrent(testContext.getApplicationContext());
  }

  private static boolean onFixedPort(TestContext testContext) {
    SpringBootTest test = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(), SpringBootTest.class);
    return test != null && test.webEnvironment() == WebEnvironment.DEFINED_PORT;
  }

  private static synchronized void closeOpenServersOnFixedPort() {
    for (TestContext open : OPEN_ON_FIXED_PORT) {
      open.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
    }
    OPEN_ON_FIXED_PORT.clear();
  }

  private static synchronized void rememberOnFixedPort(TestContext testContext) {
    OPEN_ON_FIXED_PORT.removeIf(open -> open.getTestClass() == testContext.getTestClass());
    OPEN_ON_FIXED_PORT.add(testContext);
  }

  private static synchronized void makeCurrent(ApplicationContext context) {
    ProcessEngine engine = context.getBeanProvider(ProcessEngine.class).getIfUnique();
    if (engine == null) {
      return;
    }
    boolean registered = ProcessEngines.getProcessEngines().get(engine.getName()) == engine;
    if (registered && context == current && webappRuntimesPresent()) {
      return;
    }
    ProcessEngines.registerProcessEngine(engine);
    Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    current = context;
  }

  private static boolean webappRuntimesPresent() {
    try {
      return Cockpit.getRuntimeDelegate() != null && Admin.getRuntimeDelegate() != null
          && Tasklist.getRuntimeDelegate() != null && Welcome.getRuntimeDelegate() != null;
    } catch (RuntimeException unset) {
      return false;
    }
  }
}
