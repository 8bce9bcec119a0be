package jp.vaccinationoffice.caseserver.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the generated OpenAPI document of the case API ({@code /api/openapi.json}) says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class CaseApiDocument {

  @Bean
  OpenAPI caseApi() {
    return new OpenAPI()
        .info(new Info().title("Vaccination record office case API").version("1")
            .description("Every endpoint authenticates with HTTP Basic, sees only the caller's municipality and"
                + " answers refusals with an RFC 9457 problem body (application/problem+json)."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
