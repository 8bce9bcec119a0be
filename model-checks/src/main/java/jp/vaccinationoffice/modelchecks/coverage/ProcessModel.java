package jp.vaccinationoffice.modelchecks.coverage;

import java.util.List;

/** The elements of one executable process that tests are expected to pass through. */
public record ProcessModel(String id, String file, List<Element> flowNodes, List<Element> sequenceFlows) {

  public record Element(String id, String name) {}
}
