package jp.vaccinationoffice.caseserver.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import jp.vaccinationoffice.caseserver.support.RepositoryModels;
import jp.vaccinationoffice.modelchecks.lint.ModelLint;
import jp.vaccinationoffice.modelchecks.lint.Violation;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every model in processes/, dmn/ and forms/ follows the conventions the model lint checks. */
class ModelConventionsTest {

  @Test
  void everyModelFollowsTheConventions() {
    var violations = ModelLint.check(RepositoryModels.PROCESSES, RepositoryModels.DMN, RepositoryModels.FORMS,
        subscribedTopics());
    assertThat(violations).extracting(Violation::toString).isEmpty();
  }

  /** The topics of the production workers: classes of the workers module marked with their topic. */
  static Set<String> subscribedTopics() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ExternalTaskTopic.class));
    Set<String> topics = new TreeSet<>();
    for (BeanDefinition worker : scanner.findCandidateComponents("jp.vaccinationoffice.workers")) {
      try {
        topics.add(Class.forName(worker.getBeanClassName()).getAnnotation(ExternalTaskTopic.class).value());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return topics;
  }
}
