package jp.vaccinationoffice.caseserver.hardening.fuzz;

import static jp.vaccinationoffice.caseserver.hardening.fuzz.CaseApiFuzzer.encode;
import static jp.vaccinationoffice.caseserver.hardening.fuzz.CaseApiFuzzer.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Requests for the engine REST endpoints that the office's staff use through the Tasklist: the task
 * list and a task's life (claim, complete, form variables, comments), process instances, history and
 * filters, with random parameters, query bodies and variables.
 */
public final class EngineRestFuzzer {

  private static final String REST = "/engine-rest";
  private static final List<String> VARIABLE_TYPES = List.of("String", "Boolean", "Integer", "Long", "Double",
      "Date", "Json", "Xml", "Object", "Null", "Bytes", "File", "Nope", "");
  private static final List<String> TASK_SORTS = List.of("created", "dueDate", "name", "assignee", "id", "priority",
      "processVariable", "taskVariable", "nope", "");
  private static final List<String> TASK_PARAMETERS = List.of("assignee", "candidateGroup", "candidateUser",
      "processInstanceId", "nameLike", "createdBefore", "dueAfter", "taskDefinitionKey", "tenantIdIn",
      "processVariables", "active", "withCandidateGroups", "variableNamesIgnoreCase");

  private final FuzzValues values;
  private final List<String> callers;
  private final List<Function<String, FuzzRequest>> endpoints;

  public EngineRestFuzzer(FuzzValues values, List<String> callers) {
    this.values = values;
    this.callers = callers;
    this.endpoints = endpoints();
  }

  private List<Function<String, FuzzRequest>> endpoints() {
    return List.of(
        caller -> get(caller, "/task" + query(true, TASK_PARAMETERS)),
        caller -> post(caller, "/task" + page(), taskQuery()),
        caller -> post(caller, "/task/count", taskQuery()),
        caller -> get(caller, "/task/" + id()),
        caller -> post(caller, "/task/" + id() + "/claim", "{\"userId\":" + values.anyJson() + "}"),
        caller -> post(caller, "/task/" + id() + "/unclaim", null),
        caller -> post(caller, "/task/" + id() + "/complete", variablesBody()),
        caller -> post(caller, "/task/" + id() + "/submit-form", variablesBody()),
        caller -> get(caller, "/task/" + id() + "/form-variables"
          + (values.chance(0.5) ? "" : "?variableNames=" + encode(values.string()))),
        caller -> get(caller, "/task/" + id() + "/variables"),
        caller -> get(caller, "/task/" + id() + "/comment"),
        caller -> post(caller, "/task/" + id() + "/comment/create", "{\"message\":" + values.anyJson() + "}"),
        caller -> get(caller, "/process-instance/" + id()),
        caller -> get(caller, "/process-instance/" + id() + "/variables"),
        caller -> get(caller, "/process-instance" + query(true, List.of("businessKey", "processDefinitionKey", "active"))),
        caller -> get(caller, "/history/task" + query(true, List.of("taskId", "processInstanceId", "taskAssignee"))),
        caller -> get(caller, "/history/process-instance/" + id()),
        caller -> get(caller, "/history/process-instance" + query(true, List.of("processInstanceId", "finished"))),
        caller -> get(caller, "/filter" + query(true, List.of("resourceType", "name"))),
        caller -> get(caller, "/filter/" + id() + "/list" + page()),
        caller -> post(caller, "/filter/" + id() + "/list" + page(), taskQuery()),
        caller -> get(caller, "/filter/" + id() + "/count"),
        caller -> get(caller, "/task/" + id() + "/form"),
      caller -> get(caller, "/" + values.word(1 + values.below(12))));
  }

  public List<FuzzRequest> requests(int perEndpoint) {
    List<FuzzRequest> requests = new ArrayList<>();
    for (Function<String, FuzzRequest> endpoint : endpoints) {
      for (int i = 0; i < perEndpoint; i++) {
        FuzzRequest request = endpoint.apply(values.pick(callers));
        requests.add(values.chance(0.08) ? request.accepting(values.pick(CaseApiFuzzer.ODD_ACCEPTS)) : request);
      }
    }
    return requests;
  }

  private String id() {
    return segment(values.id());
  }

  private String page() {
    return switch (values.below(6)) {
      case 0 -> "";
      case 1 -> "?maxResults=" + values.pick(List.of("2001", "-1", "x", "", "99999999999"));
      case 2 -> "?firstResult=" + values.pick(List.of("-1", "x", "0")) + "&maxResults=10";
      default -> "?firstResult=0&maxResults=" + values.pick(List.of("1", "15", "2000"));
    };
  }

  private String query(boolean paged, List<String> names) {
    StringBuilder query = new StringBuilder(paged ? page() : "");
    int count = values.below(3);
    for (int i = 0; i < count; i++) {
      String name = values.chance(0.2) ? values.pick(List.of("sortBy", "sortOrder")) : values.pick(names);
      String value = name.equals("sortBy") ? values.pick(TASK_SORTS) : values.string();
      query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encode(value));
    }
    return query.toString();
  }

  private String taskQuery() {
    if (values.chance(0.15)) {
      return values.brokenJson();
    }
    List<String> members = new ArrayList<>();
    if (values.chance(0.4)) {
      members.add("\"sorting\":[{\"sortBy\":" + FuzzValues.quoted(values.pick(TASK_SORTS)) + ",\"sortOrder\":"
          + values.pick(List.of("\"asc\"", "\"desc\"", "\"x\"", "null")) + (values.chance(0.6) ? ""
          : ",\"parameters\":{\"variable\":" + values.anyJson()
              + (values.chance(0.5) ? "" : ",\"type\":" + FuzzValues.quoted(values.pick(VARIABLE_TYPES))) + "}")
          + "}]");
    }
    if (values.chance(0.3)) {
      members.add("\"processVariables\":[{\"name\":" + values.anyJson() + ",\"operator\":"
          + FuzzValues.quoted(values.pick(List.of("eq", "neq", "like", "gt", "x"))) + ",\"value\":" + values.anyJson() + "}]");
    }
    if (values.chance(0.3)) {
      members.add("\"orQueries\":[{\"assignee\":" + values.anyJson() + "},{\"candidateGroup\":" + values.anyJson() + "}]");
    }
    if (values.chance(0.4)) {
      members.add(FuzzValues.quoted(values.pick(TASK_PARAMETERS)) + ":" + values.anyJson());
    }
    if (values.chance(0.1) && !members.isEmpty()) {
      members.add(members.get(0)); // the same key twice
    }
    return "{" + String.join(",", members) + "}";
  }

  private String variablesBody() {
    if (values.chance(0.15)) {
      return values.brokenJson();
    }
    StringBuilder variables = new StringBuilder();
    int count = values.below(3);
    for (int i = 0; i < count; i++) {
      String type = values.pick(VARIABLE_TYPES);
      String value = type.equals("Object") && values.chance(0.5) ? "\"rO0ABXQAAmhp\"" : values.anyJson();
      String valueInfo = type.equals("Object") ? ",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
          + "\"serializationDataFormat\":" + FuzzValues.quoted(values.pick(List.of(
              "application/x-java-serialized-object", "application/json", "x"))) + "}" : "";
      variables.append(i == 0 ? "" : ",").append(FuzzValues.quoted(values.pick(List.of("consentConfirmed",
          "municipalityCode", "x", "", values.word(8))))).append(":{\"value\":").append(value)
          .append(",\"type\":").append(FuzzValues.quoted(type)).append(valueInfo).append('}');
    }
    return "{\"variables\":{" + variables + "}}";
  }

  private FuzzRequest get(String caller, String path) {
    return FuzzRequest.of(caller, "GET", REST + path, null, null);
  }

  private FuzzRequest post(String caller, String path, String json) {
    if (json != null && values.chance(0.08)) {
      return FuzzRequest.of(caller, "POST", REST + path, values.pick(CaseApiFuzzer.WRONG_MEDIA_TYPES), json);
    }
    return FuzzRequest.of(caller, "POST", REST + path, json == null ? null : "application/json", json);
  }
}
