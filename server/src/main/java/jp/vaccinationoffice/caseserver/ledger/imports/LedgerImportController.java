package jp.vaccinationoffice.caseserver.ledger.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports of the health management system's ledger export into the municipality's ledger. */
@RestController
class LedgerImportController {

  private final LedgerImports imports;

  LedgerImportController(LedgerImports imports) {
    this.imports = imports;
  }

  @PostMapping(path = "/api/ledger/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('CLERKS')")
  ResponseEntity<LedgerImportView> upload(@RequestPart("file") MultipartFile file, HttpServletRequest http) {
    LedgerImportView started = imports.start(file, CurrentStaff.get(), http.getRemoteAddr());
    return ResponseEntity.accepted().location(URI.create("/api/ledger/imports/" + started.importId()))
        .cacheControl(CacheControl.noStore()).body(started);
  }

  @GetMapping("/api/ledger/imports/{importId}")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<LedgerImportView> status(@PathVariable String importId) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(imports.find(CurrentStaff.get().municipalityCode(), importId));
  }

  @GetMapping("/api/ledger/imports")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<List<LedgerImportView>> latest() {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(imports.latest(CurrentStaff.get().municipalityCode()));
  }
}
