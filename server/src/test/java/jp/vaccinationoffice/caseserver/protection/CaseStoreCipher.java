package jp.vaccinationoffice.caseserver.protection;

import java.security.SecureRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The server's cipher over a case store without the server, under a master key made for the test. */
public final class CaseStoreCipher {

  private CaseStoreCipher() {}

  public static PersonalDataCipher on(DataSource dataSource) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    MunicipalityKeys keys = new MunicipalityKeys(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource),
        MasterKey.of("test-master-key", key));
    keys.unwrapAll();
    return new AesGcmPersonalDataCipher(keys);
  }
}
