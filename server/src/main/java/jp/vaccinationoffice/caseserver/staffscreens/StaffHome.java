package jp.vaccinationoffice.caseserver.staffscreens;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff screens' start: the work a member of staff can begin here. */
@Controller
class StaffHome {

  @GetMapping({"/staff", "/staff/"})
  String home() {
    return "staff/index";
  }
}
