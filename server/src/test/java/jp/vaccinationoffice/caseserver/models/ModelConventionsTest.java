package jp.vaccinationoffice.caseserver.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.vaccinationoffice.caseserver.support.RepositoryModels;
import jp.vaccinationoffice.modelchecks.lint.ModelLint;
import jp.vaccinationoffice.modelchecks.lint.Violation;
import jp.vaccinationoffice.modelchecks.lint.WorkerDeclaration;
import jp.vaccinationoffice.workers.runtime.BpmnErrorCodes;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every model in processes/, dmn/ and forms/ follows the conventions the model lint checks, against
 * the production workers and beans, and README's process map says what the files say.
 */
class ModelConventionsTest {

  @Test
  void everyModelFollowsTheConventions() {
    assertThat(Files.isRegularFile(RepositoryModels.ROOT.resolve("README.md"))).isTrue();
    var violations = ModelLint.checkRepository(RepositoryModels.ROOT, workers(), beanNames());
    assertThat(violations).extracting(Violation::toString).isEmpty();
  }

  @Test
  void theLintKnowsTheBeansAModelMustNotName() {
    assertThat(beanNames()).contains("caseJournal", "consents", "moveInCases");
  }

  /** The production workers: classes of the workers module marked with their topic and error codes. */
  static List<WorkerDeclaration> workers() {
    List<WorkerDeclaration> workers = new ArrayList<>();
    for (Class<?> worker : scan("jp.vaccinationoffice.workers", ExternalTaskTopic.class)) {
      BpmnErrorCodes codes = worker.getAnnotation(BpmnErrorCodes.class);
      workers.add(new WorkerDeclaration(worker.getAnnotation(ExternalTaskTopic.class).value(), worker.getSimpleName(),
          codes == null ? Set.of() : Set.of(codes.value())));
    }
    return workers;
  }

  /** The names of the application's beans, which an expression in a model could otherwise reach. */
  static Set<String> beanNames() {
    Set<String> names = new TreeSet<>();
    for (Class<?> bean : scan("jp.vaccinationoffice", Component.class)) {
      Component component = bean.getAnnotation(Component.class);
      names.add(component != null && !component.value().isEmpty()
          ? component.value() : Introspector.decapitalize(bean.getSimpleName()));
    }
    return names;
  }

  private static List<Class<?>> scan(String basePackage, Class<? extends java.lang.annotation.Annotation> annotation) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
    List<Class<?>> classes = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
      try {
        classes.add(Class.forName(definition.getBeanClassName()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return classes;
  }
}
