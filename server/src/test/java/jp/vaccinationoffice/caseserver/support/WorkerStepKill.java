package jp.vaccinationoffice.caseserver.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Kills a worker step's transaction the way a crash would: after the worker has written to the case
 * store and the engine has been told the task is complete, but before the commit. The retry that
 * follows waits until the test has looked at the database. Armed for one case and activity at a time;
 * unarmed, the workers run as they are. Part of the servers of {@link FixedPortServerTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WorkerStepKill {

  private static volatile String caseId;
  private static volatile String activityId;
  private static final AtomicInteger ATTEMPTS = new AtomicInteger();
  private static volatile CountDownLatch retryMayRun = new CountDownLatch(0);
  private static volatile CountDownLatch retryWaiting = new CountDownLatch(0);

  public static void arm(String armedCaseId, String armedActivityId) {
    ATTEMPTS.set(0);
    retryMayRun = new CountDownLatch(1);
    retryWaiting = new CountDownLatch(1);
    activityId = armedActivityId;
    caseId = armedCaseId;
  }

  public static void awaitRetryWaiting() throws InterruptedException {
    if (!retryWaiting.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the killed step was not retried");
    }
  }

  public static void letRetryRun() {
    caseId = null;
    retryMayRun.countDown();
  }

  @Bean
  static BeanPostProcessor killableWorkers() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof CaseWorker)) {
          return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
          CaseTask task = invocation.getArguments().length == 1 && invocation.getArguments()[0] instanceof CaseTask t ? t : null;
          boolean armed = task != null && task.caseId().equals(caseId) && task.activityId().equals(activityId);
          if (armed && ATTEMPTS.incrementAndGet() > 1) {
            retryWaiting.countDown();
            retryMayRun.await(30, TimeUnit.SECONDS);
            return invocation.proceed();
          }
          Object result = invocation.proceed();
          if (armed) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
              @Override
              public void beforeCommit(boolean readOnly) {
                throw new IllegalStateException("step killed before its commit");
              }
            });
          }
          return result;
        });
        return proxy.getProxy();
      }
    };
  }
}
