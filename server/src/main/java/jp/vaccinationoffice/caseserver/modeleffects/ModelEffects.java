package jp.vaccinationoffice.caseserver.modeleffects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Finds the {@link CaseRecords} that keeps a process's effects. */
@Component
public class ModelEffects {

  private final Map<String, CaseRecords> byProcess = new HashMap<>();

  public ModelEffects(List<CaseRecords> records) {
    for (CaseRecords store : records) {
      for (String process : store.processes()) {
        if (byProcess.put(process, store) != null) {
          throw new IllegalStateException("two case stores keep process " + process);
        }
      }
    }
  }

  public CaseRecords of(String processDefinitionKey) {
    CaseRecords store = byProcess.get(processDefinitionKey);
    if (store == null) {
      throw new IllegalStateException("no case store keeps the effects of process " + processDefinitionKey);
    }
    return store;
  }

  public boolean keeps(String processDefinitionKey) {
    return byProcess.containsKey(processDefinitionKey);
  }
}
