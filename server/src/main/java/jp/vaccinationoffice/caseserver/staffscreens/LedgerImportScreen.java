package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.ledger.imports.ImportError;
import jp.vaccinationoffice.caseserver.ledger.imports.ImportStatus;
import jp.vaccinationoffice.caseserver.ledger.imports.LedgerImportView;
import jp.vaccinationoffice.caseserver.ledger.imports.LedgerImports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 予防接種台帳の取込: the upload of the health management system's ledger export, through the same
 * service as {@code POST /api/ledger/imports}, a page following the import until it ends (it reloads
 * itself while the import runs), the findings of a rejected file by line and column, and the
 * municipality's latest imports.
 */
@Controller
@PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
class LedgerImportScreen {

  private static final Pattern IMPORT_ID = Pattern.compile("[0-9a-f-]{36}");
  /** Seconds between reloads of a running import's page. */
  static final int REFRESH_SECONDS = 2;

  /** One finding of a rejected file, in Japanese. */
  record Finding(int line, String column, String message) {}

  private final LedgerImports imports;

  LedgerImportScreen(LedgerImports imports) {
    this.imports = imports;
  }

  @GetMapping("/staff/ledger/imports")
  String list(Model model) {
    return form(model, null);
  }

  @PostMapping("/staff/ledger/imports")
  @PreAuthorize("hasRole('CLERKS')")
  String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletRequest http) {
    if (file == null || file.isEmpty()) {
      return form(model, file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()
          ? "取り込むファイルを選んでください。" : "ファイルが空です。健康管理システムから出力し直してください。");
    }
    try {
      LedgerImportView started = imports.start(file, CurrentStaff.get(), http.getRemoteAddr());
      return "redirect:/staff/ledger/imports/" + started.importId();
    } catch (ApiException refused) {
      return form(model, uploadRefusal(refused));
    }
  }

  @GetMapping("/staff/ledger/imports/{importId}")
  String show(@PathVariable String importId, Model model) {
    if (!IMPORT_ID.matcher(importId).matches()) {
      throw ApiException.notFound("import");
    }
    LedgerImportView found = imports.find(CurrentStaff.get().municipalityCode(), importId);
    model.addAttribute("ledgerImport", found);
    model.addAttribute("running", found.status() == ImportStatus.RUNNING);
    model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    model.addAttribute("findings", findings(found.errors()));
    model.addAttribute("failure", found.status() == ImportStatus.FAILED ? ImportMessagesInJapanese.failure(found.failure()) : null);
    return "staff/ledger-import";
  }

  private String form(Model model, String fileError) {
    model.addAttribute("fileError", fileError);
    model.addAttribute("imports", imports.latest(CurrentStaff.get().municipalityCode()));
    return "staff/ledger-imports";
  }

  static List<Finding> findings(List<ImportError> errors) {
    return errors.stream()
        .map(error -> new Finding(error.line(), error.column(), ImportMessagesInJapanese.finding(error.message())))
        .toList();
  }

  /** The service's refusals of an upload (English, for the API) as the screen says them. */
  static String uploadRefusal(ApiException refused) {
    String detail = refused.getMessage() == null ? "" : refused.getMessage();
    return switch (refused.status()) {
      case UNSUPPORTED_MEDIA_TYPE -> detail.contains("encoding")
          ? "ファイルの文字コードを読めません。健康管理システムから UTF-8 または Shift_JIS の CSV で出力してください。"
          : "CSV のテキストファイルではありません（ファイルの名前ではなく中身で判定します）。健康管理システムの CSV 出力を選んでください。";
      case CONFLICT -> "この市の別の取込がまだ終わっていません。終わってから送ってください。";
      case SERVICE_UNAVAILABLE -> "サーバーがほかの取込で混み合っています。何も取り込んでいません。時間をおいて送ってください。";
      case PAYLOAD_TOO_LARGE -> "ファイルが大きすぎます。";
      case FORBIDDEN -> "台帳を取り込む権限がありません。";
      default -> detail.startsWith("the file is empty") ? "ファイルが空です。健康管理システムから出力し直してください。"
          : detail.contains("could not be read") ? "ファイルを最後まで受け取れませんでした。もう一度送ってください。"
          : "ファイルの文字を読めません（文字コードの誤りや、表せない文字があります）。UTF-8 または Shift_JIS で出力し直してください。";
    };
  }
}
