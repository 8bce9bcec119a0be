package jp.vaccinationoffice.caseserver.engine;

import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.operaton.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.operaton.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.operaton.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Models are deployed once for all municipalities; every process instance belongs to the
 * municipality named by its {@code municipalityCode} start variable, and called processes and
 * decisions to the municipality of the instance that started them. The engine's tenant check then
 * keeps each municipality's staff to their own instances, tasks and history.
 */
public class MunicipalityTenantIdProvider implements TenantIdProvider {

  public static final String MUNICIPALITY_VARIABLE = "municipalityCode";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (context.getSuperExecution() != null) {
      return context.getSuperExecution().getTenantId();
    }
    Object code = context.getVariables() == null ? null : context.getVariables().get(MUNICIPALITY_VARIABLE);
    if (!(code instanceof String municipalityCode) || municipalityCode.isBlank()) {
      throw new ProcessEngineException("Process " + context.getProcessDefinition().getKey()
          + " must be started with the variable " + MUNICIPALITY_VARIABLE + " naming its municipality");
    }
    return municipalityCode;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() != null ? context.getExecution().getTenantId() : null;
  }
}
