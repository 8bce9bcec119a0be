package jp.vaccinationoffice.caseserver.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** The case panel of a task as the Tasklist's 案件 tab fetches it, read as text: headings, labels and values, cells, notes. */
public final class CasePanelText {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CasePanelText() {}

  public static String path(String taskId) {
    return "/staff/api/tasks/" + taskId + "/panel";
  }

  /** The panel of the task as the signed-in member of staff reads it; anything but 200 fails. */
  public static String of(WebappClient client, String taskId) throws Exception {
    HttpResponse<String> response = client.get(path(taskId));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    StringBuilder text = new StringBuilder();
    for (JsonNode section : JSON.readTree(response.body()).get("sections")) {
      text.append(section.get("heading").asText()).append('\n');
      section.get("rows").forEach(row -> text.append(row.get("label").asText()).append(' ')
          .append(row.get("value").asText()).append('\n'));
      if (section.hasNonNull("table")) {
        section.get("table").get("rows").forEach(cells -> cells.forEach(cell -> text.append(cell.asText()).append(' ')));
      }
      if (section.hasNonNull("note")) {
        text.append(section.get("note").asText()).append('\n');
      }
    }
    return text.toString();
  }
}
