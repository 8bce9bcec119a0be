package jp.vaccinationoffice.caseserver.accounts;

import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.cmd.SaveUserCmd;
import org.operaton.bpm.engine.impl.interceptor.Command;
import org.operaton.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine refuses a password against the policy with a plain engine exception, which its REST
 * API answers with 500 and its command context logs as an error. A password that is too weak is the
 * caller's mistake: this turns it into a bad request (400), with the policy in words, before the
 * command context sees it.
 */
class PolicyRefusalAsBadRequest extends CommandInterceptor {

  static final String ENGINE_MESSAGE = "Password does not match policy";

  private final StaffPasswordPolicy policy;

  PolicyRefusalAsBadRequest(StaffPasswordPolicy policy) {
    this.policy = policy;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      if (command instanceof SaveUserCmd && e.getClass() == ProcessEngineException.class
          && ENGINE_MESSAGE.equals(e.getMessage())) {
        throw new BadUserRequestException(ENGINE_MESSAGE + ": a password must be " + policy.requirements() + ".", e);
      }
      throw e;
    }
  }
}
